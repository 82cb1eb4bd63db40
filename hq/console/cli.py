"""`showroom-hq user …` (HQ console accounts) and `showroom-hq demo` (a network of three cities).

hq/cli.py registers these with `register(sub, common, sessions=..., database_url=...)`: the two helpers that
open HQ's database from --data-dir / --database-url stay there.
"""

from __future__ import annotations

import getpass
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from platformdirs import user_data_dir

from hq.console.accounts import ROLES, AccountRefused
from hq.console.i18n import N_, translator


def _words(refused: AccountRefused) -> str:
    return translator("en")(refused.key, **refused.params)


def _password(args) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise AccountRefused(N_("The two passwords differ."))
    return first


def cmd_user(args, sessions) -> int:
    from hq.console import accounts

    s = sessions(args)
    now = datetime.now(timezone.utc)
    try:
        if args.action == "list":
            with s() as session:
                for row in accounts.list_staff(session):
                    state = "active" if row.active else "disabled"
                    locked = (
                        f"  locked until {row.locked_until.astimezone():%Y-%m-%d %H:%M}"
                        if (row.locked_until and row.locked_until > now)
                        else ""
                    )
                    print(f"{row.login}\t{row.role}\t{state}\t{row.display_name}{locked}")
            return 0
        if not args.login:
            print(f"usage: showroom-hq user {args.action} LOGIN", file=sys.stderr)
            return 2
        with s() as session, session.begin():
            if args.action == "add":
                staff = accounts.add_staff(
                    session, args.login, args.name or args.login, args.role, _password(args), now
                )
                print(f"{staff.login} added ({staff.role}); sign in at http://HOST:PORT/console/")
            elif args.action == "password":
                accounts.set_password(session, args.login, _password(args), now)
                print(f"password of {args.login} changed; their sessions are signed out")
            else:
                accounts.unlock(session, args.login, now)
                print(f"{args.login} unlocked")
    except AccountRefused as refused:
        print(_words(refused), file=sys.stderr)
        return 1
    return 0


def cmd_demo(args, sessions, database_url) -> int:
    from demo import network as demo
    from hq.app import create_app
    from hq.console.serving import serving

    s = sessions(args)
    counters = Path(
        args.counters or Path(args.data_dir or user_data_dir("ShowroomHQ", appauthor=False)) / "demo-counters"
    )
    try:
        if demo.hq_answers(args.url):
            print(f"seeding through the HQ that answers at {args.url}")
            cities = demo.seed_network(s, args.url, counters, args.cities)
        else:  # serve this database there for the while, so the counters keep the address they will sync with
            host, port = demo.local_port(args.url)
            with serving(create_app(database_url(args)), host, port):
                print(f"seeding through a temporary HQ at {args.url}")
                cities = demo.seed_network(s, args.url, counters, args.cities)
    except demo.DemoRefused as refused:
        print(str(refused), file=sys.stderr)
        return 1
    print("\nthe demo network:")
    for c in cities:
        print(
            f"  {c.code} {c.name}: {c.samples} samples, {c.open_loans} loans out ({c.overdue_loans} overdue); "
            f"counter: showroom --data-dir {c.folder}"
        )
    print(
        f"\nnext: showroom-hq serve (same database), open {args.url.rstrip('/')}/console/ and sign in "
        "(showroom-hq user add NAME --role admin). Counter staff: 王店长 0000, 李经理 8888, 张小雨 1111."
    )
    return 0


@dataclass(frozen=True)
class _Run:
    """A command bound to how showroom-hq opens its database; equal when built alike (argparse defaults
    of two parses compare equal, as the option-order test checks)."""

    command: Callable[..., int]
    openers: tuple

    def __call__(self, args) -> int:
        return self.command(args, *self.openers)


def register(sub, common, *, sessions, database_url) -> None:
    user = sub.add_parser("user", parents=[common], help="HQ console accounts: add, list, unlock, password")
    user.add_argument("action", choices=["add", "list", "unlock", "password"])
    user.add_argument("login", nargs="?", help="the name they sign in with")
    user.add_argument("--name", help="the name shown in the console (default: the login)")
    user.add_argument(
        "--role",
        choices=ROLES,
        default="viewer",
        help="viewer reads; operator also blacklists, resolves, imports; admin also enrols and revokes",
    )
    user.add_argument("--password-stdin", action="store_true", help="read the password from the first line of stdin")
    user.set_defaults(run=_Run(cmd_user, (sessions,)))
    demo = sub.add_parser("demo", parents=[common], help="seed a demo network of three cities through real sync")
    demo.add_argument(
        "--url",
        default="http://127.0.0.1:8400",
        help="where HQ will be served (counters keep this address); used now if something answers",
    )
    demo.add_argument(
        "--counters",
        type=Path,
        help="folder for the cities' counters (default: demo-counters in --data-dir, or per user)",
    )
    demo.add_argument("--cities", type=int, default=3, choices=[1, 2, 3])
    demo.set_defaults(run=_Run(cmd_demo, (sessions, database_url)))
