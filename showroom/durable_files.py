"""Putting a whole file in place so that a power cut leaves the old one or the new one, on POSIX and Windows.

The steps: flush the file (fsync), rename it over the target (os.replace, atomic on both), flush the
folder that holds the name. Windows differs in two ways that are guarded here: a folder cannot be opened
to be flushed (NTFS makes the rename durable by itself), and a file that another process holds open
(an antivirus scanner, the search indexer, for a moment) cannot be replaced, so the rename is retried
for a while before it gives up with the PermissionError Windows raised.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

log = logging.getLogger(__name__)

# How long a briefly held target is waited for on Windows: 20 tries, 0.1 s apart.
REPLACE_TRIES = 20
REPLACE_PAUSE_S = 0.1


def on_windows() -> bool:
    """The one platform check of the file work (tests switch it to walk the Windows path on Linux)."""
    return os.name == "nt"


def fsync_file(path: Path) -> None:
    """The file's bytes on the disk, not only in the system's cache."""
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    """A rename is durable only once its directory is flushed (POSIX). Windows cannot open a directory
    for this, and needs no such call: NTFS journals the rename itself."""
    if on_windows():
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_file(source: Path, target: Path) -> None:
    """`source` takes `target`'s name atomically. On Windows a target another process holds open refuses
    with PermissionError: tried again for ~2 s (a scanner lets go quickly), then that refusal is raised."""
    tries = REPLACE_TRIES if on_windows() else 1
    for attempt in range(1, tries + 1):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == tries:
                raise
            log.info("%s is held by another program; trying again (%d/%d)", target, attempt, tries)
            time.sleep(REPLACE_PAUSE_S)
