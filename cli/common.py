"""What every back-office subcommand shares: the data folder, the language and calm failures.

Subcommands never create a showroom: pointing one at an empty folder is a typo, not a wish.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from kernel.command_line import IntermixedParser


class CliError(Exception):
    """A refusal to print as it is (already translated) and exit 1."""


def command_parser(name: str, description: str) -> argparse.ArgumentParser:
    """A subcommand's parser: options may come before, between or after its positionals."""
    p = IntermixedParser(prog=f"showroom {name}", description=description)
    p.add_argument("--data-dir", type=Path, required=True, help="folder that holds the showroom database")
    p.add_argument("--language", choices=["zh_CN", "en"], default="zh_CN", help="language of messages and papers")
    return p


def translate(context: str, text: str) -> str:
    """Qt's translator (lupdate finds calls written translate("Cli", "...") in cli/)."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def start_translations(language: str) -> None:
    """Messages go through Qt's translation system like the app's; a core application is enough."""
    from PySide6.QtCore import QCoreApplication

    from present import i18n

    if QCoreApplication.instance() is None:
        start_translations.app = QCoreApplication([])  # kept alive for the command's lifetime
    i18n.install(language)


def write_output(path: Path, data: bytes) -> int:
    """Writes a command's file and says where, with its size. A full disk leaves no half file behind."""
    partial = path.with_name(f".{path.name}.partial")
    try:
        partial.write_bytes(data)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    print(translate("Cli", "Wrote {path} ({size} KB)").format(path=path, size=max(len(data) // 1024, 1)))
    return 0


def _require_database(data_dir: Path) -> None:
    from db.engine import database_path

    if not database_path(Path(data_dir)).exists():
        raise CliError(translate("Cli", "No showroom database in {folder}.").format(folder=data_dir))


def open_store(data_dir: Path):
    from showroom.store import DatabaseTooNew, Store

    _require_database(data_dir)
    try:
        return Store(Path(data_dir))
    except DatabaseTooNew:
        raise CliError(
            translate("Cli", "This showroom was saved by a newer version of the app; update the app first.")
        ) from None


@contextmanager
def writing(data_dir: Path, command: str):
    """A command that writes the showroom holds the folder's lock meanwhile: refused (FolderInUse, said
    plainly by run) while the app or another writing command works on the folder."""
    from showroom.folder_lock import FolderLock

    _require_database(data_dir)
    with FolderLock(Path(data_dir), command):
        yield


def run(language: str, body: Callable[[], int]) -> int:
    """Runs a command body; a refusal, or the disk or database refusing (full, read-only, locked, ...),
    becomes one translated line on stderr and exit status 1."""
    start_translations(language)
    from kernel.storage_faults import storage_refusal
    from present.errors import describe
    from showroom.domain.errors import ShowroomError

    try:
        return body()
    except CliError as exc:
        sys.stderr.write(f"{exc}\n")
    except ShowroomError as exc:
        sys.stderr.write(f"{describe(exc)}\n")
    except Exception as exc:
        problem = storage_refusal(exc)
        if problem is None:
            raise
        sys.stderr.write(f"{describe(problem)}\n")
    return 1
