"""The counter's command barcodes: an A4 sheet, or one 50 × 30 mm label per command.

A scanner's suffix never confirms anything at the counter, so confirming (and starting over, and a
returned sample's condition) can be scanned from these codes, kept by the scanner's stand. Each
code is the same Code 128 the labels use, drawn by printing.barcodes, with its caption in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from printing.barcodes import draw_code128, fit_code128
from printing.documents import LabelData
from printing.labels import build_labels
from printing.paper import Paper
from printing.text import draw_text, fit_size, line_height, wrap
from printing.words import Translate, untranslated
from showroom.domain.codes import Command

MARGIN = 18 * mm
ROW = 44 * mm  # one command per row: five fit on a page under the title
BARS_WIDTH = 92 * mm  # room for CMD-CONFIRM at 0.5 mm per module with its quiet zones
BARS_HEIGHT = 22 * mm
SHEET_MODULE_MM = 0.5  # wider than a label's: scanned from a sheet lying on the counter


@dataclass(frozen=True)
class CommandCard:
    code: str
    title: str  # what the command does, in a word or two
    explanation: str


def command_cards(translate: Translate = untranslated) -> list[CommandCard]:
    """The commands in the order they are printed, with translated captions."""
    words = {
        Command.CONFIRM: (
            translate("Commands", "Confirm"),
            translate("Commands", "Records the loan or the return on the screen (same as F12)."),
        ),
        Command.CANCEL: (
            translate("Commands", "Start over"),
            translate("Commands", "Clears the screen; asks first when there is a list."),
        ),
        Command.GOOD: (
            translate("Commands", "Returned: good"),
            translate("Commands", "Check-in: the last scanned sample came back in good condition."),
        ),
        Command.DAMAGED: (
            translate("Commands", "Returned: damaged"),
            translate("Commands", "Check-in: the last scanned sample came back damaged."),
        ),
        Command.PARTS: (
            translate("Commands", "Returned: parts missing"),
            translate("Commands", "Check-in: the last scanned sample came back with parts missing."),
        ),
    }
    return [CommandCard(command.value, *words[command]) for command in Command]


def build_command_sheet(translate: Translate = untranslated, dpi: int = 203) -> bytes:
    """One A4 page: a title, then each command's barcode with its caption beside it."""
    width, height = A4
    paper = Paper(translate("Commands", "Counter commands"), A4)
    canvas = paper.canvas
    title = translate("Commands", "Counter commands")
    draw_text(canvas, MARGIN, height - MARGIN - 6 * mm, title, 20, bold=True)
    intro = translate(
        "Commands",
        "Scan a code to act on the Check-out or Check-in screen. A scanner's Enter or "
        "Tab only ends a scan: it never confirms.",
    )
    baseline = height - MARGIN - 14 * mm
    for line in wrap(intro, width - 2 * MARGIN, 10):
        draw_text(canvas, MARGIN, baseline, line, 10)
        baseline -= line_height(10)
    top = baseline - 4 * mm
    for card in command_cards(translate):
        _draw_row(canvas, card, top, width, dpi)
        top -= ROW
    return paper.pdf()


def _draw_row(canvas, card: CommandCard, top: float, page_width: float, dpi: int) -> None:
    bars_bottom = top - BARS_HEIGHT - 2 * mm
    fit = fit_code128(card.code, BARS_WIDTH, dpi, largest_mm=SHEET_MODULE_MM)
    draw_code128(canvas, fit, MARGIN, bars_bottom, BARS_WIDTH, BARS_HEIGHT)
    draw_text(canvas, MARGIN + BARS_WIDTH / 2, bars_bottom - 5 * mm, card.code, 10, bold=True, align="center")
    left = MARGIN + BARS_WIDTH + 6 * mm
    room = page_width - MARGIN - left
    size = fit_size(card.title, room, 18, 11)
    draw_text(canvas, left, top - 9 * mm, card.title, size, bold=True)
    baseline = top - 17 * mm
    for line in wrap(card.explanation, room, 10, max_lines=3):
        draw_text(canvas, left, baseline, line, 10)
        baseline -= line_height(10)
    canvas.setLineWidth(0.3)
    canvas.setDash(2, 2)
    canvas.line(MARGIN, top - ROW + 4 * mm, page_width - MARGIN, top - ROW + 4 * mm)  # a line to cut along
    canvas.setDash()


def build_command_labels(translate: Translate = untranslated, layout: str = "thermal-50x30", dpi: int = 203) -> bytes:
    """One sample-label-sized label per command (caption where a label has the product name)."""
    labels = [LabelData(card.code, card.title, card.explanation) for card in command_cards(translate)]
    return build_labels(labels, layout, translate, dpi)
