"""The transfer slip (调拨单) on A4: travels with the parcel. Its number is a Code 128 barcode the receiving
counter scans to open the transfer; it lists every sample sent (a box to tick on arrival), and once received,
what became of each (received, damaged, short, extra) with the figures; the sender, the carrier and the
receiver sign it.

Plain data in (showroom.services.transfer_views.TransferView, times in UTC), PDF bytes out. A mobile number
typed into a note is masked as on every paper.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from kernel.phone import mask_phone
from printing.barcodes import draw_code128, fit_code128
from printing.fonts import cjk_font
from printing.report_layout import (
    INK,
    MUTED,
    RED,
    RULE,
    build_a4,
    cell,
    facts_grid,
    figures,
    heading,
    table,
    usable_width,
)
from printing.text import draw_text
from printing.words import Translate, untranslated, when
from showroom.services.transfer_views import TransferView

SIZE = 8
DPI = 600  # an office laser printer: bar edges on its dots
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


class SlipBarcode(Flowable):
    """The transfer number as Code 128 with its text under it, quiet zones kept."""

    def __init__(self, value: str, width: float, height: float = 14 * mm):
        super().__init__()
        self.value, self.box_width, self.bars_height = value, width, height
        self.fit = fit_code128(value, width, DPI, largest_mm=0.42)

    def wrap(self, available_width, available_height):
        return self.box_width, self.bars_height + 5 * mm

    def draw(self):
        draw_code128(self.canv, self.fit, 0, 5 * mm, self.box_width, self.bars_height, align="left")
        draw_text(self.canv, 0 + self.fit.width / 2, 1 * mm, self.value, 11, align="center")


def build_transfer_slip(view: TransferView, timezone: str, translate: Translate = untranslated) -> bytes:
    t, tz, width = view.summary, ZoneInfo(timezone), usable_width()
    title = translate("TransferSlip", "Transfer slip {number}: {source} to {destination}").format(
        number=t.number, source=t.from_name, destination=t.to_name
    )
    story = [heading(title, 15), Spacer(0, 2 * mm), SlipBarcode(t.number, width * 0.6), Spacer(0, 3 * mm)]
    story += [_facts(view, tz, translate, width), Spacer(0, 3 * mm)]
    if t.received_at is not None:
        story += [figures(_figures(view, translate), 5, width)]
    story += _lines(view, translate, width)
    story += _signatures(translate, width)
    footer = translate("TransferSlip", "{source} to {destination} · transfer {number} · page {page}").format(
        source=t.from_code, destination=t.to_code, number=t.number, page="{page}"
    )
    return build_a4(story, title, footer)


def state_names(translate: Translate) -> dict[str, str]:
    return {
        "sent": translate("TransferSlip", "In transit"),
        "received": translate("TransferSlip", "Received"),
        "partly_received": translate("TransferSlip", "Received with samples short"),
        "cancelled": translate("TransferSlip", "Called back"),
    }


def outcome_names(translate: Translate) -> dict[str, str]:
    return {
        "": "",
        "received": translate("TransferSlip", "Received"),
        "short": translate("TransferSlip", "Short"),
        "extra": translate("TransferSlip", "Extra (not on the slip)"),
        "damaged": translate("TransferSlip", "Damaged"),
    }


def _facts(view: TransferView, tz, translate: Translate, width: float) -> Table:
    t = view.summary
    by = translate("TransferSlip", "{moment} by {name}")
    rows = [
        [translate("TransferSlip", "From"), f"{t.from_name} ({t.from_code})"],
        [translate("TransferSlip", "To"), f"{t.to_name} ({t.to_code})"],
        [translate("TransferSlip", "Sent"), by.format(moment=when(t.sent_at.astimezone(tz)), name=t.sent_by)],
        [translate("TransferSlip", "State"), state_names(translate).get(t.state, t.state)],
    ]
    if t.received_at is not None:
        moment = when(t.received_at.astimezone(tz))
        rows.append([translate("TransferSlip", "Received"), by.format(moment=moment, name=t.received_by)])
    if t.note:
        rows.append([translate("TransferSlip", "Note"), _masked(t.note)])
    if t.reason:
        rows.append([translate("TransferSlip", "Called back because"), _masked(t.reason)])
    return facts_grid(rows, width)


def _figures(view: TransferView, translate: Translate) -> list[tuple[str, str, bool]]:
    f = view.summary.figures
    return [
        (translate("TransferSlip", "Sent"), f"{f.sent:,}", False),
        (translate("TransferSlip", "Received"), f"{f.received:,}", False),
        (translate("TransferSlip", "Short"), f"{f.short:,}", f.short > 0),
        (translate("TransferSlip", "Extra"), f"{f.extra:,}", f.extra > 0),
        (translate("TransferSlip", "Damaged"), f"{f.damaged:,}", f.damaged > 0),
    ]


def _lines(view: TransferView, translate: Translate, width: float) -> list:
    received = view.summary.received_at is not None
    title = translate("TransferSlip", "Samples ({count})").format(count=f"{view.summary.figures.sent:,}")
    last = translate("TransferSlip", "Outcome") if received else translate("TransferSlip", "Arrived ✓")
    header = ["#", translate("TransferSlip", "Code"), translate("TransferSlip", "Product"), last]
    names = outcome_names(translate)
    rows, red = [], []
    for n, line in enumerate(view.lines, 1):
        said = names.get(line.outcome, line.outcome)
        if line.note:
            said = f"{said}: {_masked(line.note)}"
        rows.append([n, line.code, line.product, said])
        if line.outcome in ("short", "extra", "damaged"):
            red.append(n - 1)
    widths = [width * f for f in (0.07, 0.18, 0.45, 0.30)]
    return [Spacer(0, 4 * mm), heading(title, 11), table(header, rows, widths, right=(0,), size=SIZE, red_rows=red)]


def _signatures(translate: Translate, width: float) -> list:
    roles = [
        translate("TransferSlip", "Sent by"),
        translate("TransferSlip", "Carried by"),
        translate("TransferSlip", "Received by"),
    ]
    words = [
        translate("TransferSlip", "Name"),
        translate("TransferSlip", "Signature"),
        translate("TransferSlip", "Date"),
    ]
    data = [[cell(role, 9) for role in roles]] + [[cell(w, 7, MUTED) for _ in roles] for w in words]
    grid = Table(data, colWidths=[width / 3] * 3, rowHeights=[6 * mm] + [10 * mm] * 3, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 1), (-1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
                ("TEXTCOLOR", (0, 0), (-1, 0), INK),
            ]
        )
    )
    return [Spacer(0, 8 * mm), KeepTogether([heading(translate("TransferSlip", "Signatures"), 11), grid])]


def _masked(text: str) -> str:
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group()), text)


__all__ = ["RED", "build_transfer_slip"]
