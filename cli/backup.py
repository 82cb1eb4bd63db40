"""`showroom backup` and `showroom restore`: a verified copy of the database, and putting one back.

`showroom backup --data-dir DIR [-o FILE]` writes a consistent copy (SQLite's backup API, safe while
the app runs) to FILE, or into the backup folder when -o is left out or names a folder, and says where.
`showroom restore --data-dir DIR FILE` checks FILE first (a showroom database of a version this app
knows, whole), keeps the current database as a before-restore backup and puts FILE in its place. It
refuses while the app (or any program) has the database open, and then changes nothing. It may
restore into a folder with no database yet: that is how a showroom moves to a new PC.
"""

from __future__ import annotations

import sys
from pathlib import Path
from zoneinfo import ZoneInfo

from cli.common import CliError, command_parser, open_store, run, translate


def _refusal(exc: BaseException) -> CliError:
    from present.errors import describe

    return CliError(describe(exc))


def backup_main(argv: list[str] | None = None) -> int:
    p = command_parser("backup", "write a checked copy of the showroom database (safe while the app runs)")
    p.add_argument(
        "-o",
        "--output",
        type=Path,
        help="file (or folder) to write; default: the backup folder of the showroom's settings",
    )
    args = p.parse_args(sys.argv[1:] if argv is None else list(argv))

    def body() -> int:
        from present.backup_text import backup_done_text
        from showroom.domain.errors import BackupFailed
        from showroom.services.backups import back_up_to

        store = open_store(args.data_dir)
        try:
            info = back_up_to(store.uow(), args.output)
        except (BackupFailed, OSError) as exc:  # a full or read-only disk comes as a StorageProblem
            raise _refusal(exc) from None
        finally:
            store.close()
        print(backup_done_text(info))
        return 0

    return run(args.language, body)


def restore_main(argv: list[str] | None = None) -> int:
    p = command_parser("restore", "put a backup in place of the showroom database (refused while the app runs)")
    p.add_argument("file", type=Path, help="the backup file to restore")
    p.add_argument(
        "--other-showroom",
        action="store_true",
        help="restore it even though it is a backup of another showroom than this folder holds",
    )
    args = p.parse_args(sys.argv[1:] if argv is None else list(argv))

    def body() -> int:
        from present.backup_text import summary_text
        from showroom.domain.errors import BackupFailed, BackupRefused, StoreInUse
        from showroom.restore import restore_now
        from showroom.services.setup import showroom_info
        from showroom.store import Store

        try:
            outcome = restore_now(args.data_dir, args.file, other_showroom=args.other_showroom)
        except (BackupRefused, StoreInUse, BackupFailed, OSError) as exc:
            raise _refusal(exc) from None
        store = Store(args.data_dir)  # an older backup migrates now (with its own before-upgrade copy)
        try:
            tz = ZoneInfo(showroom_info(store.uow()).timezone)
        finally:
            store.close()
        print(translate("Cli", "Restored {file}.").format(file=args.file))
        print(summary_text(outcome.summary, tz))
        if outcome.previous is not None:
            print(translate("Cli", "The database it replaced is kept as {path}.").format(path=outcome.previous))
        return 0

    return run(args.language, body)
