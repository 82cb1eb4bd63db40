"""`showroom sync --data-dir DIR`: one sync with HQ; prints what was pushed and pulled."""

from __future__ import annotations

import sys

from cli.common import command_parser, open_store, run, translate, writing


def progress(stage: str, done: int, total: int) -> None:
    label = translate("Cli", "Sending") if stage == "push" else translate("Cli", "Receiving")
    sys.stderr.write(f"\r{label} {done}/{total} ({100 * done // max(total, 1)}%)")
    if done >= total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def main(argv: list[str]) -> int:
    args = command_parser("sync", "Send this showroom's changes to HQ and fetch the network's.").parse_args(argv)

    def body() -> int:
        from showroom.sync.service import sync_once, sync_status

        with writing(args.data_dir, "sync"):  # the app syncs by itself (F9) while it runs
            store = open_store(args.data_dir)
            try:
                report = sync_once(store.uow, store.data_dir, progress=progress)
                status = sync_status(store.uow())
            finally:
                store.close()
        print(
            translate("Cli", "Sent {pushed} change(s) to HQ; received {pulled} change(s) from HQ.").format(
                pushed=report.pushed, pulled=report.pulled
            )
        )
        if report.new_exceptions:
            print(
                translate("Cli", "HQ reported {n} new sync exception(s) involving this showroom.").format(
                    n=report.new_exceptions
                )
            )
        print(translate("Cli", "Waiting to be sent: {n}.").format(n=status.pending))
        return 0

    return run(args.language, body)
