"""Where the app's log goes: `<data dir>/logs/showroom.log`, or, when that cannot be written (a
read-only or full disk, a `logs` that is not a folder), a folder in the system's temp folder, or at
worst the console. The app opens all the same; About says where the log went and why.
"""

from __future__ import annotations

import hashlib
import logging
import logging.handlers
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

LOG_MAX_BYTES = 2_000_000  # a new log file after this many bytes; About tells the user
LOG_BACKUPS = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

log = logging.getLogger("showroom")


@dataclass(frozen=True)
class LogPlace:
    path: Path | None  # the file being written; None: the console (stderr) only
    wanted: Path  # where it belongs: <data dir>/logs/showroom.log
    problem: str = ""  # why it is not there (the system's words); "" when it is


_current: LogPlace | None = None


def current_place() -> LogPlace | None:
    """Where this app's log goes (None before configure_logging)."""
    return _current


def fallback_path(data_dir: Path) -> Path:
    """One temp folder per data folder, so two showrooms' logs never mix."""
    key = hashlib.sha1(str(Path(data_dir).resolve()).encode()).hexdigest()[:12]
    return Path(tempfile.gettempdir()) / "showroom-logs" / key / "showroom.log"


def _file_handler(path: Path) -> logging.Handler:
    path.parent.mkdir(parents=True, exist_ok=True)
    return logging.handlers.RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")


def configure_logging(data_dir: Path) -> LogPlace:
    global _current
    wanted = Path(data_dir) / "logs" / "showroom.log"
    logging.raiseExceptions = False  # a log line the disk refuses later is dropped, not printed as a traceback
    handler, place, problem = None, None, ""
    for path in (wanted, fallback_path(data_dir)):
        try:
            handler = _file_handler(path)
        except OSError as exc:
            problem = problem or (exc.strerror or str(exc))
            continue
        place = LogPlace(path, wanted, problem)
        break
    if handler is None:
        handler, place = logging.StreamHandler(sys.stderr), LogPlace(None, wanted, problem)
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    if place.problem:
        log.warning("the log cannot be written in %s (%s); it goes to %s", wanted, problem, place.path or "the console")
    _current = place
    return place
