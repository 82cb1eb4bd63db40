"""`showroom commands -o sheet.pdf`: the counter's command barcodes (CMD-CONFIRM and the others).

The same for every showroom, so it needs no data folder: an A4 sheet by default, or one label per
command with `--layout thermal-50x30` (or any sample-label layout).
"""

from __future__ import annotations

from pathlib import Path

from cli.common import run, translate, write_output
from kernel.command_line import IntermixedParser
from printing.labels import LAYOUTS

SHEET = "a4"


def main(argv: list[str]) -> int:
    p = IntermixedParser(
        prog="showroom commands",
        description="The counter's command barcodes (confirm, start over, conditions) as a PDF",
    )
    p.add_argument(
        "--layout",
        choices=[SHEET, *sorted(LAYOUTS)],
        default=SHEET,
        help="a4: one A4 sheet (default); a label layout: one label per command",
    )
    p.add_argument("--language", choices=["zh_CN", "en"], default="zh_CN", help="language of the captions")
    p.add_argument("-o", "--output", type=Path, required=True)
    args = p.parse_args(argv)

    def body() -> int:
        from printing.commands import build_command_labels, build_command_sheet

        if args.layout == SHEET:
            return write_output(args.output, build_command_sheet(translate))
        return write_output(args.output, build_command_labels(translate, args.layout))

    return run(args.language, body)
