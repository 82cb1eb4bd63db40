"""`showroom`: opens the counter window on a data directory, or the demo showroom."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kernel.command_line import split_command, value_options

NO_DISPLAY = """\
Showroom needs a graphical display, and none was found (DISPLAY and WAYLAND_DISPLAY are not set).
  - On a desktop, run it from a terminal inside your graphical session.
  - On a server or over SSH, run it under a virtual display:  xvfb-run -a make run
  - To check the app without any display:  QT_QPA_PLATFORM=offscreen showroom --demo
"""


# Back-office subcommands: name -> "module" (its `main`) or "module:function", called with the rest of
# argv (without the command's name, wherever it stood) and returning the exit status. Each parses its
# own arguments (they all take --data-dir), so `showroom` alone keeps opening the counter window.
COMMANDS: dict[str, str] = {
    "labels": "cli.papers:labels_main",
    "receipt": "cli.papers:receipt_main",
    "card": "cli.papers:card_main",
    "sync": "cli.sync",
    "enrol": "cli.enrol",
    "recover": "cli.recover",
    "report": "cli.report",
    "backup": "cli.backup:backup_main",
    "restore": "cli.backup:restore_main",
    "commands": "cli.commands",
}


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="showroom", description="Sample showroom counter (样品间柜台)")
    p.add_argument("--data-dir", type=Path, help="folder that holds the showroom database")
    p.add_argument("--demo", action="store_true", help="open the demo showroom (seeded on first use)")
    p.add_argument("--language", choices=["zh_CN", "en"], help="UI language (default: last used, else zh_CN)")
    p.add_argument("--version", action="store_true", help="print the version and exit")
    p.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation (database, papers, barcodes, translations, printing) and exit",
    )
    p.epilog = "commands: " + ", ".join(sorted(COMMANDS)) + "  (showroom COMMAND --help)"
    return p


def has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM") or sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    top = parser()
    command, rest = split_command(argv, COMMANDS, value_options(top))  # `--data-dir D backup` works too
    if command is not None:
        import importlib

        module, _, function = COMMANDS[command].partition(":")
        return getattr(importlib.import_module(module), function or "main")(rest)
    args = top.parse_args(argv)
    if args.version:
        from showroom import __version__

        print(__version__)
        return 0
    if args.selftest:
        from cli.selftest import selftest

        return selftest()
    if not has_display():
        sys.stderr.write(NO_DISPLAY)
        return 2
    from showroom.store import default_data_dir
    from ui.app import run_gui

    data_dir = args.data_dir or default_data_dir(demo=args.demo)
    return run_gui(data_dir, demo=args.demo, language=args.language)
