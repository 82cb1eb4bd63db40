"""`showroom report daily|overdue|merchant`: the manager's papers from the command line.

The output format follows the -o extension (.pdf, and for the call list also .csv or .xlsx).
Chinese by default (`--language en` for English).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from cli.common import CliError, command_parser, open_store, run, translate, write_output
from kernel.command_line import split_command, value_options

KINDS = ("daily", "overdue", "merchant")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CliError(translate("Cli", "{text} is not a date (YYYY-MM-DD).").format(text=text)) from None


def _parser(kind: str):
    p = command_parser(
        f"report {kind}",
        {
            "daily": "daily report (A4 PDF) of one local day, or of a range of days",
            "overdue": "the call list: samples late or due soon, in tiers",
            "merchant": "a merchant's statement for a period",
        }[kind],
    )
    p.add_argument("-o", "--output", type=Path, required=True, help="file to write (.pdf; overdue also .csv/.xlsx)")
    if kind == "daily":
        p.add_argument("--date", help="the day (YYYY-MM-DD; default today)")
        p.add_argument("--to", help="last day of a range (YYYY-MM-DD)")
    if kind == "merchant":
        p.add_argument("merchant", help="merchant name")
        p.add_argument("--from", dest="first", required=True, help="first day (YYYY-MM-DD)")
        p.add_argument("--to", dest="last", required=True, help="last day (YYYY-MM-DD)")
    return p


def _daily(store, args) -> int:
    from present.formatting import local_today
    from printing.daily_report import build_daily_report
    from showroom.services.reports.daily import daily_report
    from showroom.services.setup import showroom_info

    if args.output.suffix.lower() != ".pdf":
        raise CliError(translate("Cli", "The daily report is a PDF: name the output file .pdf."))
    first = _day(args.date) if args.date else local_today(ZoneInfo(showroom_info(store.uow()).timezone))
    last = _day(args.to) if args.to else None
    return write_output(args.output, build_daily_report(daily_report(store.uow(), first, last), translate))


def _overdue(store, args) -> int:
    from kernel.exports import format_of, table_bytes
    from printing.overdue_list import build_overdue_list, call_list_table
    from showroom.services.overdue import overdue_board
    from showroom.services.setup import showroom_info

    info = showroom_info(store.uow())
    board = overdue_board(store.uow(), enforce=False)  # a report reads; the screen enforces
    if args.output.suffix.lower() == ".pdf":
        return write_output(
            args.output, build_overdue_list(board.lines, info.name, board.as_of, info.timezone, translate)
        )
    if format_of(args.output) is None:
        raise CliError(translate("Cli", "Name the output file .pdf, .csv or .xlsx."))
    headers, rows = call_list_table(board.lines, info.timezone, translate)
    return write_output(args.output, table_bytes(args.output, headers, rows, translate("Cli", "Call list")))


def _merchant(store, args) -> int:
    from printing.merchant_statement import build_merchant_statement
    from showroom.services.reports.merchant import merchant_statement_by_name

    if args.output.suffix.lower() != ".pdf":
        raise CliError(translate("Cli", "The merchant statement is a PDF: name the output file .pdf."))
    statement = merchant_statement_by_name(store.uow(), args.merchant, _day(args.first), _day(args.last))
    return write_output(args.output, build_merchant_statement(statement, translate))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    kind, rest = split_command(argv, KINDS, value_options(*(_parser(k) for k in KINDS)))
    if kind is None:
        sys.stderr.write("usage: showroom report {daily,overdue,merchant} --data-dir DIR ... -o FILE\n")
        return 2
    args = _parser(kind).parse_args(rest)

    def body() -> int:
        store = open_store(args.data_dir)
        try:
            return {"daily": _daily, "overdue": _overdue, "merchant": _merchant}[kind](store, args)
        finally:
            store.close()

    return run(args.language, body)
