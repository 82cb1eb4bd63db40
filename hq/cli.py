"""`showroom-hq`: run the HQ service and administer it. Every command takes --data-dir or --database-url."""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.exc import SQLAlchemyError

from hq.console import cli as console_cli
from hq.limits import SYNC_SLOTS
from hq.store import Refusal
from kernel.command_line import split_command, value_options


def _database_url(args) -> str:
    if args.database_url:
        return args.database_url
    from hq.db import sqlite_url

    folder = Path(args.data_dir or user_data_dir("ShowroomHQ", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return sqlite_url(folder)


def _sessions(args):
    from hq.db import make_engine, make_sessions, upgrade

    engine = make_engine(_database_url(args))
    upgrade(engine)
    return make_sessions(engine)


def _when(t) -> str:
    return t.astimezone().strftime("%Y-%m-%d %H:%M") if t else "never"


def cmd_serve(args) -> int:
    """The schema is migrated here, once; then `--workers` processes serve it, each with its own pool of
    database connections and nothing else shared: any worker takes any request (hq/PROTOCOL.md, Limits)."""
    import os

    import uvicorn

    from hq.app import COMPACT_ENV, DATABASE_URL_ENV, SYNC_SLOTS_ENV
    from hq.db import make_engine, upgrade

    url = _database_url(args)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    os.environ.update(
        {DATABASE_URL_ENV: url, SYNC_SLOTS_ENV: str(args.sync_slots), COMPACT_ENV: str(args.compact_every * 3600)}
    )
    print(
        f"Showroom HQ on http://{args.host}:{args.port}  (schema: /openapi.json; {args.workers} worker(s), "
        f"{args.sync_slots} syncs at once each)",
        flush=True,
    )
    uvicorn.run(
        "hq.app:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=args.log_level,
    )
    return 0


def cmd_showroom(args) -> int:
    from hq import admin

    s = _sessions(args)
    if args.action == "add":
        room = admin.add_showroom(s, args.code, args.name)
        print(f"showroom {room.code} {room.name} added")
    else:
        for room in admin.status(s)[0]:
            print(f"{room.code}\t{room.name}\tdevices {room.devices}")
    return 0


def cmd_enrol_code(args) -> int:
    from hq import admin

    code, expires = admin.make_enrol_code(_sessions(args), args.code, args.hours)
    print(code)
    print(f"one use, valid until {_when(expires)}: showroom enrol --data-dir DIR URL {code}", file=sys.stderr)
    return 0


def cmd_device(args) -> int:
    from hq import admin

    s = _sessions(args)
    if args.action == "revoke":
        if not args.device_id:
            raise Refusal(400, "usage", "which device? showroom-hq device revoke DEVICE_ID")
        admin.revoke_device(s, args.device_id)
        print(f"device {args.device_id} revoked")
        return 0
    for d in admin.list_devices(s):
        state = "REVOKED" if d["revoked"] else "active"
        skew = f"  CLOCK OFF BY {d['clock_skew_s']} s" if abs(d["clock_skew_s"] or 0) > 300 else ""
        print(
            f"{d['id']}  {d['showroom']:4}  {state:7}  acked {d['acked_seq']:>7}  "
            f"last push {_when(d['last_push_at'])}  last pull {_when(d['last_pull_at'])}  {d['name']}{skew}"
        )
    return 0


def _yuan(fen: int) -> str:
    return f"¥{fen / 100:,.2f}"


def cmd_status(args) -> int:
    from hq import admin

    s = _sessions(args)
    rooms, network = admin.status(s)
    for r in rooms:
        samples = ", ".join(f"{k} {v}" for k, v in sorted(r.samples.items())) or "none"
        print(
            f"{r.code} {r.name}: devices {r.devices} (revoked {r.revoked}), last sync {_when(r.last_sync)}, "
            f"events {r.events}, open loans {r.open_loans}"
        )
        print(f"    samples: {samples}")
        if r.deposits:
            d = r.deposits
            print(
                f"    deposits: collected {_yuan(d['collected'])}, refunded {_yuan(d['refunded'])}, "
                f"forfeited {_yuan(d['forfeited'])}, charged {_yuan(d['charged'])}"
            )
    print("network: " + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in network.items()))
    for alert in admin.alerts(s, limit=args.exceptions):
        print(f"  ALERT {_when(alert.at)} {alert.kind} device {alert.device_id}: {alert.detail}")
    for ex in admin.sync_exceptions(s, limit=args.exceptions):
        print(f"  ! {_when(ex['at'])} {ex['kind']} [{','.join(ex['showroom_codes'])}] {ex['detail']}")
    return 0


def cmd_streamer(args) -> int:
    from hq import admin

    s = admin.lift_blacklist(_sessions(args), args.phone, args.reason)
    print(f"blacklist lifted for {s.name} {s.phone}; showrooms see it after their next sync")
    return 0


def cmd_catalog(args) -> int:
    """CSV columns: merchant,name,sample_value_fen and optionally retail_price_fen,live_price_fen,commission_bp,
    brand,category,spec,ean."""
    from hq import admin

    items = []
    with open(args.csv, newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            ints = {
                k: int(row[k])
                for k in ("sample_value_fen", "retail_price_fen", "live_price_fen", "commission_bp")
                if row.get(k)
            }
            texts = {k: row[k] for k in ("brand", "category", "spec", "ean") if row.get(k)}
            items.append(admin.CatalogItem(merchant=row["merchant"], name=row["name"], **ints, **texts))
    print(f"{admin.add_catalog(_sessions(args), items)} products added to the shared catalog")
    return 0


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, help="folder of the embedded SQLite database (default: per user)")
    common.add_argument("--database-url", help="e.g. postgresql+psycopg://user@host/db (overrides --data-dir)")
    p = argparse.ArgumentParser(prog="showroom-hq", description="Showroom headquarters: sync service and admin")
    sub = p.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", parents=[common], help="run the HQ service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8400)
    serve.add_argument("--log-level", default="info")
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="processes serving requests (default 1; on PostgreSQL, about one per core)",
    )
    serve.add_argument(
        "--sync-slots",
        type=int,
        default=SYNC_SLOTS,
        help=f"pushes and pulls at once per worker; more wait, then get 503 (default {SYNC_SLOTS})",
    )
    serve.add_argument(
        "--compact-every",
        type=float,
        default=1,
        metavar="HOURS",
        help="compact the change log this often, 0 never (default 1; hq/PROTOCOL.md, Limits)",
    )
    serve.set_defaults(run=cmd_serve)
    room = sub.add_parser("showroom", parents=[common], help="add or list showrooms")
    room.add_argument("action", choices=["add", "list"])
    room.add_argument("code", nargs="?")
    room.add_argument("name", nargs="?")
    room.set_defaults(run=cmd_showroom)
    code = sub.add_parser("enrol-code", parents=[common], help="print a one-time code that enrols one device")
    code.add_argument("code", help="showroom code, e.g. CS")
    code.add_argument("--hours", type=float, default=24, help="valid for this many hours (default 24)")
    code.set_defaults(run=cmd_enrol_code)
    dev = sub.add_parser("device", parents=[common], help="list or revoke devices")
    dev.add_argument("action", choices=["list", "revoke"])
    dev.add_argument("device_id", nargs="?")
    dev.set_defaults(run=cmd_device)
    st = sub.add_parser("status", parents=[common], help="per showroom: devices, last sync, events, samples")
    st.add_argument("--exceptions", type=int, default=20, help="show this many recent alerts and sync exceptions")
    st.set_defaults(run=cmd_status)
    lift = sub.add_parser("lift-blacklist", parents=[common], help="lift a network blacklist (HQ only)")
    lift.add_argument("phone")
    lift.add_argument("--reason", required=True)
    lift.set_defaults(run=cmd_streamer)
    cat = sub.add_parser("catalog-import", parents=[common], help="add products to the shared catalog from CSV")
    cat.add_argument("csv", type=Path)
    cat.set_defaults(run=cmd_catalog)
    console_cli.register(sub, common, sessions=_sessions, database_url=_database_url)
    return p


def _commands(p: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    return p._subparsers._group_actions[0].choices


def parse(argv: list[str]) -> argparse.Namespace:
    """Options before or after the command's name and its positionals: `showroom add --data-dir D CS 长沙`."""
    p = parser()
    commands = _commands(p)
    name, rest = split_command(argv, commands, value_options(*commands.values()))
    if name is None:
        return p.parse_args(argv)  # --help, or a usage error naming the commands
    args = commands[name].parse_intermixed_args(rest)
    args.command = name
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse(sys.argv[1:] if argv is None else list(argv))
    if args.command == "showroom" and args.action == "add" and not (args.code and args.name):
        print("usage: showroom-hq showroom add CODE NAME", file=sys.stderr)
        return 2
    try:
        return args.run(args)
    except Refusal as exc:
        print(exc.message, file=sys.stderr)
        return 1
    except (OSError, SQLAlchemyError) as exc:
        print(_storage_words(exc, args), file=sys.stderr)
        return 1
    except (ValueError, KeyError) as exc:
        print(f"cannot do that: {exc}", file=sys.stderr)
        return 1


def _storage_words(exc: BaseException, args) -> str:
    """The disk or the database refused: one plain line (by error type and code), never a traceback."""
    from kernel import refusals as e
    from kernel.storage_faults import storage_refusal

    problem = storage_refusal(exc, args.data_dir or "")
    words = {
        e.StorageFull: "the disk holding {where} is full: free some space, then try again",
        e.StorageReadOnly: "{where} cannot be written (a read-only drive or no permission)",
        e.StoreBusy: "the database is busy with another program: try again in a moment",
        e.StorageUnavailable: "{where} cannot be opened (a missing folder or drive)",
        e.StorageDamaged: "the database in {where} is damaged: restore it from a backup",
        e.StorageIOError: "the disk could not read or write {where}: check the drive",
    }
    for kind, text in words.items():
        if isinstance(problem, kind):
            return "cannot do that: " + text.format(where=problem.where or "the HQ data folder")
    if isinstance(exc, SQLAlchemyError):  # PostgreSQL down, a wrong URL, ...
        detail = getattr(exc, "orig", None) or exc
        return f"cannot do that: the HQ database refused or cannot be reached ({str(detail).strip()[:200]})"
    return f"cannot do that: {exc}"
