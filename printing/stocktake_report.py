"""The stocktake report (盘点报告) on A4: what a count covered, its figures, the samples not found (the list a
manager walks the shelves with), each unexpected find and how it was settled, the wrong-shelf moves, and
the lines the counter and the manager sign before it is filed.

Plain data in (showroom.services.stocktake_views.StocktakeView, times in UTC), PDF bytes out. No phone
number is printed: a holder is a name and a loan number, and a mobile typed into a note is masked.
"""

from __future__ import annotations

import re
from zoneinfo import ZoneInfo

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, Spacer, Table, TableStyle

from kernel.phone import mask_phone
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
from printing.slips import BoldLine
from printing.words import Translate, untranslated, when
from showroom.services.stocktake_views import StocktakeView

SIZE = 7.5
_MOBILE_IN_TEXT = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")


def build_stocktake_report(
    view: StocktakeView, showroom_name: str, timezone: str, translate: Translate = untranslated
) -> bytes:
    tz, width = ZoneInfo(timezone), usable_width()
    title = translate("StocktakeReport", "{showroom} stocktake report {number}").format(
        showroom=showroom_name, number=view.number
    )
    story = [heading(title, 15), *_provisional(view, translate, width), Spacer(0, 2 * mm)]
    story += [_facts(view, tz, translate, width), Spacer(0, 3 * mm), figures(_figures(view, translate), 6, width)]
    story += _not_found(view, translate, width)
    story += _unexpected(view, translate, width)
    story += _wrong_shelf(view, translate, width)
    story += _signatures(translate, width)
    footer = translate("StocktakeReport", "{showroom} · stocktake {number} · page {page}").format(
        showroom=showroom_name, number=view.number, page="{page}"
    )
    return build_a4(story, title, footer)


def outcome_names(translate: Translate) -> dict[str, str]:
    return {
        "found": translate("StocktakeReport", "Found"),
        "wrong_shelf": translate("StocktakeReport", "On the wrong shelf"),
        "on_loan": translate("StocktakeReport", "On loan per the records"),
        "lost": translate("StocktakeReport", "Declared lost"),
        "missing": translate("StocktakeReport", "Missing at an earlier count"),
        "in_transit": translate("StocktakeReport", "In transit per the records"),
        "gone": translate("StocktakeReport", "Returned to merchant or written off"),
        "other_showroom": translate("StocktakeReport", "Another showroom's sample"),
        "unknown": translate("StocktakeReport", "No such sample"),
        "not_found": translate("StocktakeReport", "Not found"),
    }


def settlement_names(translate: Translate) -> dict[str, str]:
    return {
        "back_in_stock": translate("StocktakeReport", "Back in stock"),
        "returned": translate("StocktakeReport", "Taken back from its loan"),
        "moved": translate("StocktakeReport", "Moved to this shelf"),
        "left": translate("StocktakeReport", "Left as it is"),
        "": translate("StocktakeReport", "Not settled"),
    }


def status_names(translate: Translate) -> dict[str, str]:
    return {
        "counting": translate("StocktakeReport", "Still counting"),
        "finished": translate("StocktakeReport", "Finished"),
        "abandoned": translate("StocktakeReport", "Abandoned"),
    }


def _provisional(view: StocktakeView, translate: Translate, width: float) -> list:
    """A count not finished says so in a red box under the title: its figures may still change or never be
    final, and its samples not found are only listed once it is finished."""
    if view.status == "finished":
        return []
    if view.status == "counting":
        why = translate(
            "StocktakeReport",
            "The count is still open: more samples may be scanned and finds settled. "
            "The samples not found are listed once it is finished.",
        )
    else:
        why = translate(
            "StocktakeReport", "The count was abandoned: no sample was marked missing; what was settled stays settled."
        )
    box = Table(
        [[_Alarm(translate("StocktakeReport", "NOT FINISHED — figures are provisional"), 13)], [cell(why, 8.5, RED)]],
        colWidths=[width],
        hAlign="LEFT",
    )
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                ("BOX", (0, 0), (-1, -1), 1.4, RED),
                ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdecea")),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return [Spacer(0, 1 * mm), box]


def _facts(view: StocktakeView, tz, translate: Translate, width: float) -> Table:
    """Scope, who started and ended the count and when (local time), its status and note, as labelled rows."""
    scope = "、".join(view.shelves) if view.shelves else translate("StocktakeReport", "The whole showroom")
    started = translate("StocktakeReport", "{moment} by {name}").format(
        moment=when(view.started_at.astimezone(tz)), name=view.started_by
    )
    ended = (
        translate("StocktakeReport", "{moment} by {name}").format(
            moment=when(view.ended_at.astimezone(tz)), name=view.ended_by
        )
        if view.ended_at
        else translate("StocktakeReport", "Not ended yet")
    )
    status = status_names(translate).get(view.status, view.status)
    rows = [
        [translate("StocktakeReport", "Count"), view.number],
        [translate("StocktakeReport", "Shelves counted"), scope],
        [translate("StocktakeReport", "Started"), started],
        [translate("StocktakeReport", "Ended"), ended],
        [translate("StocktakeReport", "Status"), status],
    ]
    if view.note:
        rows.append([translate("StocktakeReport", "Note"), _masked(view.note)])
    tints = [RED if n == 4 and view.status != "finished" else INK for n in range(len(rows))]
    return facts_grid(rows, width, tints)


def _figures(view: StocktakeView, translate: Translate) -> list[tuple[str, str, bool]]:
    """An abandoned count shows its figures as they stood when it was stopped (the warning above says so)."""
    totals = view.totals
    return [
        (translate("StocktakeReport", "Expected"), f"{totals.expected:,}", False),
        (translate("StocktakeReport", "Found"), f"{totals.found:,}", False),
        (translate("StocktakeReport", "Missing"), f"{totals.missing:,}", totals.missing > 0),
        (translate("StocktakeReport", "Unexpected"), f"{totals.unexpected:,}", False),
        (translate("StocktakeReport", "Unsettled"), f"{totals.unsettled:,}", totals.unsettled > 0),
        (translate("StocktakeReport", "Codes scanned"), f"{totals.scanned:,}", False),
    ]


def _not_found(view: StocktakeView, translate: Translate, width: float) -> list:
    """By recorded shelf, then code: the order a manager walks the shelves in; a blank column to tick.
    The list exists once the count is finished (finishing writes it), so an open count gives only its number."""
    lines = sorted((line for line in view.lines if line.outcome == "not_found"), key=lambda x: (x.shelf, x.code))
    if view.status != "finished":
        story = [*_section_break(), heading(translate("StocktakeReport", "Samples not found"), 11)]
        later = (
            translate(
                "StocktakeReport", "{count} sample(s) not scanned yet: they are listed once the count is finished."
            ).format(count=f"{view.totals.missing:,}")
            if view.status == "counting"
            else translate("StocktakeReport", "The count was abandoned before its end: it lists no samples not found.")
        )
        return story + [cell(later, 8.5, RED)]
    title = translate("StocktakeReport", "Samples not found ({count})").format(count=f"{len(lines):,}")
    story = [*_section_break(), heading(title, 11)]
    if not lines:
        return story + [cell(translate("StocktakeReport", "Every sample expected was found."), 8.5, MUTED)]
    header = [
        "#",
        translate("StocktakeReport", "Code"),
        translate("StocktakeReport", "Product"),
        translate("StocktakeReport", "Recorded shelf"),
        translate("StocktakeReport", "Found on recheck"),
    ]
    rows = [[n, line.code, line.product_name, line.shelf, ""] for n, line in enumerate(lines, 1)]
    widths = [width * f for f in (0.07, 0.17, 0.46, 0.14, 0.16)]
    return story + [table(header, rows, widths, right=(0,), size=SIZE)]


def _unexpected(view: StocktakeView, translate: Translate, width: float) -> list:
    lines = [line for line in view.lines if line.outcome not in ("found", "not_found", "wrong_shelf")]
    title = translate("StocktakeReport", "Unexpected finds ({count})").format(count=f"{len(lines):,}")
    story = [*_section_break(), heading(title, 11)]
    if not lines:
        return story + [cell(translate("StocktakeReport", "No unexpected finds."), 8.5, MUTED)]
    outcomes, settled = outcome_names(translate), settlement_names(translate)
    header = [
        translate("StocktakeReport", "Code"),
        translate("StocktakeReport", "What it meant"),
        translate("StocktakeReport", "Product"),
        translate("StocktakeReport", "Found on shelf"),
        translate("StocktakeReport", "Holder (loan)"),
        translate("StocktakeReport", "How settled"),
        translate("StocktakeReport", "Note"),
    ]
    rows = [
        [
            line.code,
            outcomes.get(line.outcome, line.outcome),
            line.product_name,
            line.shelf,
            line.holder,
            settled.get(line.settlement, line.settlement),
            _masked(line.note),
        ]
        for line in lines
    ]
    red = [n for n, line in enumerate(lines) if line.needs_settling]
    widths = [width * f for f in (0.12, 0.15, 0.17, 0.08, 0.16, 0.13, 0.19)]
    return story + [table(header, rows, widths, size=SIZE, red_rows=red)]


def _wrong_shelf(view: StocktakeView, translate: Translate, width: float) -> list:
    """Once moved, the shelf in the records is the one it was found on; left, it is still the old one."""
    lines = [line for line in view.lines if line.outcome == "wrong_shelf"]
    title = translate("StocktakeReport", "Found on the wrong shelf ({count})").format(count=f"{len(lines):,}")
    story = [*_section_break(), heading(title, 11)]
    if not lines:
        return story + [cell(translate("StocktakeReport", "No sample was on the wrong shelf."), 8.5, MUTED)]
    settled = settlement_names(translate)
    header = [
        translate("StocktakeReport", "Code"),
        translate("StocktakeReport", "Product"),
        translate("StocktakeReport", "Found on shelf"),
        translate("StocktakeReport", "Shelf in the records"),
        translate("StocktakeReport", "How settled"),
        translate("StocktakeReport", "Note"),
    ]
    rows = [
        [
            line.code,
            line.product_name,
            line.shelf,
            line.recorded_shelf,
            settled.get(line.settlement, line.settlement),
            _masked(line.note),
        ]
        for line in lines
    ]
    red = [n for n, line in enumerate(lines) if line.needs_settling]
    widths = [width * f for f in (0.13, 0.27, 0.11, 0.13, 0.16, 0.20)]
    return story + [table(header, rows, widths, size=SIZE, red_rows=red)]


def _signatures(translate: Translate, width: float) -> list:
    """Two blocks side by side, kept together at the end: the counter's and the manager's."""
    roles = [translate("StocktakeReport", "Counted by"), translate("StocktakeReport", "Checked by (manager)")]
    words = [
        translate("StocktakeReport", "Name"),
        translate("StocktakeReport", "Signature"),
        translate("StocktakeReport", "Date"),
    ]
    data = [[cell(role, 9) for role in roles]]
    for word in words:
        data.append([cell(word, 7, MUTED), cell(word, 7, MUTED)])
    grid = Table(data, colWidths=[width * 0.48, width * 0.52], rowHeights=[6 * mm] + [10 * mm] * 3, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cjk_font()),
                ("VALIGN", (0, 1), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (0, 1), (0, -1), 0.6, RULE),
                ("LINEBELOW", (1, 1), (1, -1), 0.6, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, -1), 8 * mm),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
            ]
        )
    )
    return [Spacer(0, 8 * mm), KeepTogether([heading(translate("StocktakeReport", "Signatures"), 11), grid])]


def _section_break() -> list:
    """A section's heading never stays alone at the foot of a page: it starts a new page unless its first rows fit."""
    return [Spacer(0, 4 * mm), CondPageBreak(18 * mm)]


class _Alarm(BoldLine):
    """A bold line in red: what a manager must not miss."""

    def draw(self) -> None:
        self.canv.setFillColor(RED)
        self.canv.setStrokeColor(RED)
        super().draw()


def _masked(text: str) -> str:
    """A note is free text: a mobile number typed into it is masked as on every paper."""
    return _MOBILE_IN_TEXT.sub(lambda m: mask_phone(m.group()), text)
