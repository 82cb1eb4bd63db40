"""Member cards: one ID-1 card (85.6 × 54 mm, a bank card's size) per page, for a card printer.

The streamer shows the card at the counter and the clerk scans its member code, so the barcode
gets the whole bottom of the card and the name is large enough to check against a face.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from printing.barcodes import draw_code128, fit_code128
from printing.documents import MemberCardData
from printing.paper import Paper
from printing.text import draw_text, ellipsize, fit_size, width_of
from printing.words import Translate, untranslated

CARD_WIDTH, CARD_HEIGHT = 85.6 * mm, 54 * mm
MARGIN = 4 * mm  # card printers leave an unprintable rim of 1–2 mm; keep well inside it
BAND = 11 * mm  # the dark band with the showroom's name


def platform_handle(platform: str, handle: str) -> str:
    """ "抖音 @xiaomei": one @ whether or not the streamer typed one (half or full width) with the handle."""
    handle = handle.strip().lstrip("@＠").strip()
    return f"{platform} @{handle}" if handle else platform


def build_member_cards(cards: Sequence[MemberCardData], translate: Translate = untranslated, dpi: int = 300) -> bytes:
    paper = Paper(translate("MemberCard", "Member cards"), (CARD_WIDTH, CARD_HEIGHT))
    for card in paper.one_per_page(cards):
        _draw_card(paper.canvas, card, translate, dpi)
    return paper.pdf()


def _draw_card(canvas: Canvas, card: MemberCardData, translate: Translate, dpi: int) -> None:
    width = CARD_WIDTH - 2 * MARGIN
    _draw_band(canvas, card, translate, width)

    name_size = fit_size(card.name, width * 0.62, 17, 10)
    name_baseline = CARD_HEIGHT - BAND - 7.5 * mm
    draw_text(canvas, MARGIN, name_baseline, ellipsize(card.name, width * 0.62, name_size), name_size, bold=True)
    handle_baseline = name_baseline - 5.2 * mm
    draw_text(canvas, MARGIN, handle_baseline, ellipsize(card.platform_handle, width * 0.62, 9), 9)
    _draw_tier(canvas, card.tier_label, CARD_WIDTH - MARGIN, name_baseline - 1 * mm, width * 0.34)

    code_baseline = MARGIN + 0.6 * mm
    draw_text(canvas, CARD_WIDTH / 2, code_baseline, card.member_code, 8.5, bold=True, align="center")
    fit = fit_code128(card.member_code, width, dpi)
    bars_bottom = code_baseline + 3.6 * mm
    draw_code128(canvas, fit, MARGIN, bars_bottom, width, handle_baseline - 3.2 * mm - bars_bottom)


def _draw_band(canvas: Canvas, card: MemberCardData, translate: Translate, width: float) -> None:
    """Black band across the top, words knocked out in white: reads as a card, prints on any printer."""
    canvas.saveState()
    canvas.setFillGray(0)
    canvas.rect(0, CARD_HEIGHT - BAND, CARD_WIDTH, BAND, stroke=0, fill=1)
    canvas.setFillGray(1)
    canvas.setStrokeGray(1)
    caption = translate("MemberCard", "Member card")
    caption_width = width_of(caption, 8) + 2 * mm
    baseline = CARD_HEIGHT - BAND / 2 - 11 * 0.35
    showroom = ellipsize(card.showroom_name, width - caption_width, 11)
    draw_text(canvas, MARGIN, baseline, showroom, 11, bold=True)
    draw_text(canvas, CARD_WIDTH - MARGIN, baseline + 0.5, caption, 8, align="right")
    canvas.restoreState()


def _draw_tier(canvas: Canvas, tier: str, right: float, baseline: float, room: float) -> None:
    """The tier in an outlined box at the right: clerks glance at it to know the borrowing limit."""
    if not tier:
        return
    size = fit_size(tier, room - 4 * mm, 11, 7)
    text = ellipsize(tier, room - 4 * mm, size)
    box_width = width_of(text, size) + 4 * mm
    canvas.saveState()
    canvas.setLineWidth(1.2)
    canvas.roundRect(right - box_width, baseline - size * 0.45, box_width, size * 1.75, 2 * mm, stroke=1, fill=0)
    canvas.restoreState()
    draw_text(canvas, right - box_width / 2, baseline, text, size, bold=True, align="center")
