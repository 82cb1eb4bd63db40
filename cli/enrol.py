"""`showroom enrol --data-dir DIR URL CODE`: connect this showroom to HQ with a one-time code."""

from __future__ import annotations

from cli.common import command_parser, open_store, run, translate, writing


def main(argv: list[str]) -> int:
    p = command_parser("enrol", "Connect this showroom to HQ with a one-time code from `showroom-hq enrol-code`.")
    p.add_argument("url", help="address of HQ, e.g. http://hq.example.com:8400")
    p.add_argument("code", help="the one-time enrolment code")
    p.add_argument("--replace", action="store_true", help="enrol again after HQ revoked this computer")
    args = p.parse_args(argv)

    def body() -> int:
        from zoneinfo import ZoneInfo

        from cli.sync import progress
        from present.catch_up_text import catch_up_lines
        from showroom.services.setup import showroom_info
        from showroom.sync.enrol import enrol
        from showroom.sync.unrecovered import unrecovered_work

        with writing(args.data_dir, "enrol"):  # the app enrols from Sync → Connect to HQ… while it runs
            store = open_store(args.data_dir)
            try:
                done = enrol(store.uow, store.data_dir, args.url, args.code, replace=args.replace, progress=progress)
                lost = unrecovered_work(store.uow())
                tz = ZoneInfo(showroom_info(store.uow()).timezone)
            finally:
                store.close()
        print(
            translate("Cli", "Enrolled with HQ at {url} as showroom {code} ({name}). Device {device}.").format(
                url=done.hq_url, code=done.showroom_code, name=done.showroom_name, device=done.device_id
            )
        )
        if done.caught_up is not None:  # an older copy of this showroom: HQ's history came back first
            for line in catch_up_lines(done.caught_up, lost, tz):
                print(line)
        return 0

    return run(args.language, body)
