"""The call list on paper (phones masked) and as a table for CSV/XLSX (full phones: it is for calling).

Both follow the screen: one entry per person to call (a call is per person), with their samples late or
due soon, what those are worth and the deposit held (each loan's deposit once), then the samples.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from kernel.exports import Fen
from kernel.phone import mask_phone
from printing.daily_report import tier_titles
from printing.report_layout import MUTED, RED, build_a4, cell, heading, style, table, usable_width
from printing.text import markup
from printing.words import Translate, money, untranslated
from showroom.services.overdue_views import OverdueLine, OverdueStreamer, group_by_streamer

SIZE = 7.5


def build_overdue_list(
    lines: list[OverdueLine], showroom_name: str, as_of: datetime, timezone: str, translate: Translate = untranslated
) -> bytes:
    tz = ZoneInfo(timezone)
    title = translate("OverdueList", "{showroom} call list").format(showroom=showroom_name)
    moment = translate("OverdueList", "As of {moment} (local time), worst first").format(
        moment=as_of.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    )
    story = [heading(title, 15), cell(moment, 8, MUTED), *_people_by_tier(lines, tz, translate, usable_width())]
    return build_a4(story, title, translate("OverdueList", "{title} · page {page}").format(title=title, page="{page}"))


def _people_by_tier(lines: list[OverdueLine], tz, translate: Translate, width: float) -> list:
    """A section per tier, each person in the section of their worst sample."""
    if not lines:
        return [Spacer(0, 4 * mm), cell(translate("OverdueList", "Nothing is late or due soon."), 8.5)]
    header = [
        translate("OverdueList", "Streamer"),
        translate("OverdueList", "Phone"),
        translate("OverdueList", "Samples late or due soon"),
        translate("OverdueList", "Days late"),
        translate("OverdueList", "Value"),
        translate("OverdueList", "Deposit held"),
        translate("OverdueList", "Last reminder"),
    ]
    widths = [width * f for f in (0.10, 0.12, 0.40, 0.07, 0.09, 0.09, 0.13)]
    people = group_by_streamer(lines)
    story = []
    for tier, title in tier_titles(translate).items():
        own = [person for person in people if person.tier == tier]
        if not own:
            continue
        rows = [
            [
                person.streamer_name,
                mask_phone(person.phone),
                _samples(person, tz, translate),
                person.days_late or "",
                money(person.value_fen),
                money(person.deposit_held_fen),
                _reminded(person, tz),
            ]
            for person in own
        ]
        caption = cell(
            translate("OverdueList", "{tier}: {people} streamer(s), {count} sample(s)").format(
                tier=title, people=len(own), count=sum(len(person.lines) for person in own)
            ),
            9,
            RED if tier != "due_soon" else MUTED,
        )
        # the tier's caption never stays behind at the foot of a page without its first rows
        story += [Spacer(0, 3 * mm), KeepTogether([caption, table(header, rows, widths, right=(3, 4, 5), size=SIZE)])]
    return story


def _samples(person: OverdueStreamer, tz, translate: Translate) -> Paragraph:
    """One line per sample: what it is, on which loan, due when."""
    lines = [
        translate("OverdueList", "{code} {product} · {loan} · due {due}").format(
            code=line.sample_code,
            product=line.product_name,
            loan=line.loan_number,
            due=line.due_at.astimezone(tz).strftime("%m-%d"),
        )
        for line in person.lines
    ]
    return Paragraph("<br/>".join(markup(line) for line in lines), style(SIZE))


def _reminded(person: OverdueStreamer, tz) -> str:
    last = person.last_reminder
    return f"{last.at.astimezone(tz):%m-%d} {last.staff_name}" if last else ""


def call_list_table(
    lines: list[OverdueLine], timezone: str, translate: Translate = untranslated
) -> tuple[list[str], list[list[object]]]:
    """Each person's row (how many samples, their value, the deposit held once), then a row per sample."""
    tz = ZoneInfo(timezone)
    titles = tier_titles(translate)
    headers = _call_list_headers(translate)
    rows: list[list[object]] = []
    for person in group_by_streamer(lines):
        rows.append(_person_row(person, titles, tz))
        rows.extend(_sample_row(line, titles, tz) for line in person.lines)
    return headers, rows


def _call_list_headers(translate: Translate) -> list[str]:
    return [
        translate("OverdueList", "Tier"),
        translate("OverdueList", "Streamer"),
        translate("OverdueList", "Phone"),
        translate("OverdueList", "Samples"),
        translate("OverdueList", "Sample"),
        translate("OverdueList", "Product"),
        translate("OverdueList", "Merchant"),
        translate("OverdueList", "Loan"),
        translate("OverdueList", "Out since"),
        translate("OverdueList", "Due"),
        translate("OverdueList", "Days late"),
        translate("OverdueList", "Sample value (yuan)"),
        translate("OverdueList", "Deposit held (yuan)"),
        translate("OverdueList", "Last reminder"),
    ]


def _person_row(person: OverdueStreamer, titles: dict[str, str], tz) -> list[object]:
    """The person's totals: the deposit is held per person, so it is on this row only."""
    last = person.last_reminder
    return [
        titles.get(person.tier, person.tier),
        person.streamer_name,
        person.phone,
        len(person.lines),
        "",
        "",
        "",
        ", ".join(person.loan_numbers),
        "",
        person.earliest_due_at.astimezone(tz),
        person.days_late,
        Fen(person.value_fen),
        Fen(person.deposit_held_fen),
        f"{last.at.astimezone(tz):%Y-%m-%d %H:%M} {last.staff_name}" if last else "",
    ]


def _sample_row(line: OverdueLine, titles: dict[str, str], tz) -> list[object]:
    return [
        titles.get(line.tier, line.tier),
        "",
        "",
        "",
        line.sample_code,
        line.product_name,
        line.merchant_name,
        line.loan_number,
        line.out_at.astimezone(tz),
        line.due_at.astimezone(tz),
        line.days_late,
        Fen(line.value_fen),
        "",
        "",
    ]
