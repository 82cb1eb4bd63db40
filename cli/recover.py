"""`showroom recover --data-dir DIR HQ_URL CODE`: a new PC for a showroom whose counter is gone, rebuilt in an
empty folder from HQ's copy of its events (showroom/sync/recover.py), then synced once for the catalog."""

from __future__ import annotations

import getpass
from pathlib import Path

from cli.common import CliError, command_parser, run, translate


def main(argv: list[str]) -> int:
    p = command_parser("recover", "Rebuild this showroom in an empty folder from HQ's copy of its events.")
    p.add_argument("url", help="address of HQ, e.g. http://hq.example.com:8400")
    p.add_argument("code", help="a one-time enrolment code for the showroom, from `showroom-hq enrol-code`")
    p.add_argument("--admin-pin", help="the new PIN of the first administrator (asked when not given)")
    args = p.parse_args(argv)

    def body() -> int:
        from zoneinfo import ZoneInfo

        from cli.sync import progress
        from db.engine import database_path
        from showroom.folder_lock import FolderLock
        from showroom.services.setup import showroom_info
        from showroom.store import Store
        from showroom.sync.recover import recover
        from showroom.sync.service import sync_once
        from showroom.sync.unrecovered import unrecovered_work

        folder = Path(args.data_dir)
        if database_path(folder).exists():
            raise CliError(
                translate("Cli", "{folder} already holds a showroom database: recover into an empty folder.").format(
                    folder=folder
                )
            )
        pin = args.admin_pin or getpass.getpass(translate("Cli", "New PIN of the first administrator: "))
        folder.mkdir(parents=True, exist_ok=True)
        with FolderLock(folder, "recover"):
            store = Store(folder)
            try:
                done = recover(store.uow, store.data_dir, args.url, args.code, pin, progress=progress)
                sync_once(store.uow, store.data_dir, progress=progress)  # the catalog, streamers, standing
                lost = unrecovered_work(store.uow())
                tz = ZoneInfo(showroom_info(store.uow()).timezone)
            finally:
                store.close()
        _say_what_came_back(done, lost, tz)
        return 0

    return run(args.language, body)


def _say_what_came_back(done, lost, tz) -> None:
    from present.catch_up_text import catch_up_lines

    enrolment = done.enrolment
    print(
        translate(
            "Cli", "Recovered showroom {code} ({name}) from HQ at {url}. Device {device}; the old one is revoked."
        ).format(
            code=enrolment.showroom_code, name=enrolment.showroom_name, url=enrolment.hq_url, device=enrolment.device_id
        )
    )
    for line in catch_up_lines(enrolment.caught_up, lost, tz):
        print(line)
    print(translate("Cli", "{admin} logs in with the PIN given here.").format(admin=done.admin_name))
    if done.pins_to_reset:
        print(
            translate(
                "Cli", "These accounts need a new PIN from an administrator (HQ never holds PINs): {names}."
            ).format(names=", ".join(done.pins_to_reset))
        )
    print(translate("Cli", "This PC's own settings (printers, paper, backups) start from the defaults."))
