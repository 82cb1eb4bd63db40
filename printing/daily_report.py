"""The daily report on A4: the day's figures, the call list in tiers, the deposit drawer, who did what.

Plain data in (showroom.services.reports.views.DailyReport, times in UTC with the showroom's zone),
PDF bytes out. Phone numbers are masked: paper leaves the building.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from kernel.phone import mask_phone
from printing.daily_report_money import deposit_section, method_names
from printing.fonts import cjk_font
from printing.report_layout import MUTED, RED, build_a4, cell, figures, heading, side_by_side, table, usable_width
from printing.words import Translate, day, money, untranslated
from showroom.services.overdue_views import OverdueLine
from showroom.services.reports.views import DailyReport

LENT_COLOR = colors.HexColor("#1f6feb")
BACK_COLOR = colors.HexColor("#2e7d32")


def tier_titles(translate: Translate) -> dict[str, str]:
    return {
        "overdue": translate("DailyReport", "Overdue 7 days or more"),
        "missing": translate("DailyReport", "Missing after a partial return"),
        "not_sent_back": translate("DailyReport", "Parcel not sent back"),
        "return_too_long": translate("DailyReport", "Parcel back in transit too long"),
        "not_delivered": translate("DailyReport", "Parcel not delivered"),
        "late": translate("DailyReport", "Late 1–6 days"),
        "due_soon": translate("DailyReport", "Due within 2 days"),
    }


def build_daily_report(report: DailyReport, translate: Translate = untranslated) -> bytes:
    tz = ZoneInfo(report.timezone)
    width = usable_width()
    if report.is_range:
        title = translate("DailyReport", "{showroom} report {first} to {last}").format(
            showroom=report.showroom_name, first=day(report.first_day), last=day(report.last_day)
        )
    else:
        title = translate("DailyReport", "{showroom} daily report {day}").format(
            showroom=report.showroom_name, day=day(report.first_day)
        )
    as_of = translate("DailyReport", "Holdings and overdue as of {moment} (local time)").format(
        moment=report.as_of.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    )
    story = [heading(title, 15), cell(as_of, 8, MUTED), Spacer(0, 3 * mm)]
    story.append(
        side_by_side(
            _headline(report, translate, width * 0.58),
            _chart(report, translate, width * 0.40),
            (width * 0.60, width * 0.40),
        )
    )
    story += [
        Spacer(0, 4 * mm),
        side_by_side(
            deposit_section(report, translate, width * 0.58),
            _staff(report, translate, width * 0.40),
            (width * 0.60, width * 0.40),
        ),
    ]
    story += overdue_section(report.overdue, tz, translate, width)
    story += _loans(report, tz, translate, width)
    story += _returns(report, tz, translate, width)
    story += [
        Spacer(0, 4 * mm),
        side_by_side(
            _demand(report, translate, width * 0.58, merchants=False),
            _demand(report, translate, width * 0.40, merchants=True),
            (width * 0.60, width * 0.40),
        ),
    ]
    footer = translate("DailyReport", "{showroom} ({code}) · {title} · page {page}").format(
        showroom=report.showroom_name, code=report.showroom_code, title=title, page="{page}"
    )
    return build_a4(story, title, footer)


def _headline(report: DailyReport, translate: Translate, width: float):
    h = report.headline
    items = [
        (translate("DailyReport", "Check-outs"), str(h.loans_opened), False),
        (translate("DailyReport", "Samples lent"), str(h.samples_lent), False),
        (translate("DailyReport", "Samples returned"), str(h.samples_returned), False),
        (translate("DailyReport", "Samples received"), str(h.samples_received), False),
        (translate("DailyReport", "Samples out now"), str(h.samples_out), False),
        (translate("DailyReport", "Overdue now"), str(h.samples_overdue), h.samples_overdue > 0),
        (translate("DailyReport", "New streamers"), str(h.new_streamers), False),
        (translate("DailyReport", "Declared lost"), str(h.samples_lost), h.samples_lost > 0),
        (translate("DailyReport", "Missing at stocktake"), str(h.samples_missing), h.samples_missing > 0),
        (translate("DailyReport", "Short on transfers"), str(h.samples_short), h.samples_short > 0),
    ]
    if h.parcels_sent or h.parcels_delivered or h.parcels_returned or h.parcels_overdue:  # samples by courier
        items += [
            (translate("DailyReport", "Parcels sent"), str(h.parcels_sent), False),
            (translate("DailyReport", "Parcels delivered"), str(h.parcels_delivered), False),
            (translate("DailyReport", "Parcels back"), str(h.parcels_returned), False),
            (translate("DailyReport", "Parcels overdue"), str(h.parcels_overdue), h.parcels_overdue > 0),
        ]
    return figures(items, 5, width)


def _chart(report: DailyReport, translate: Translate, width: float) -> Drawing:
    height = 40 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 16, 16, width - 22, height - 34
    chart.data = [[d.lent for d in report.last_14_days], [d.returned for d in report.last_14_days]]
    chart.categoryAxis.categoryNames = [d.day.strftime("%d") for d in report.last_14_days]
    chart.bars[0].fillColor, chart.bars[1].fillColor = LENT_COLOR, BACK_COLOR
    chart.bars.strokeWidth = 0
    chart.groupSpacing, chart.barSpacing = 2, 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.forceZero = True
    top = max([1, *chart.data[0], *chart.data[1]])
    chart.valueAxis.valueStep = max(1, -(-top // 4))
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = cjk_font(), 6
        axis.strokeColor = MUTED
    drawing.add(chart)
    drawing.add(String(0, height - 9, translate("DailyReport", "Last 14 days"), fontName=cjk_font(), fontSize=8))
    legend = Legend()
    legend.x, legend.y = width * 0.45, height - 5
    legend.fontName, legend.fontSize = cjk_font(), 6.5
    legend.alignment, legend.columnMaximum, legend.dx, legend.dy = "right", 1, 6, 6
    legend.deltax, legend.autoXPadding = 36, 4
    legend.colorNamePairs = [
        (LENT_COLOR, translate("DailyReport", "lent")),
        (BACK_COLOR, translate("DailyReport", "returned")),
    ]
    drawing.add(legend)
    return drawing


def _staff(report: DailyReport, translate: Translate, width: float) -> list:
    header = [
        translate("DailyReport", "Staff"),
        translate("DailyReport", "Loans"),
        translate("DailyReport", "Lent"),
        translate("DailyReport", "Taken back"),
        translate("DailyReport", "Received"),
        translate("DailyReport", "Calls"),
    ]
    rows = [
        [s.name, s.loans, s.samples_lent, s.samples_taken_back, s.samples_received, s.reminders] for s in report.staff
    ] or [[translate("DailyReport", "No activity"), "", "", "", "", ""]]
    widths = [width * f for f in (0.25, 0.14, 0.14, 0.17, 0.16, 0.14)]
    return [
        heading(translate("DailyReport", "Activity per clerk"), 10),
        table(header, rows, widths, right=(1, 2, 3, 4, 5), size=7.5),
    ]


def overdue_section(lines: list[OverdueLine], tz, translate: Translate, width: float) -> list:
    story = [Spacer(0, 4 * mm), heading(translate("DailyReport", "Who to call: samples late or due soon"), 11)]
    if not lines:
        return story + [cell(translate("DailyReport", "Nothing is late or due soon."), 8.5)]
    header = [
        translate("DailyReport", "Streamer"),
        translate("DailyReport", "Phone"),
        translate("DailyReport", "Loan"),
        translate("DailyReport", "Samples"),
        translate("DailyReport", "Due"),
        translate("DailyReport", "Days late"),
        translate("DailyReport", "Deposit held"),
        translate("DailyReport", "Last reminder"),
    ]
    widths = [width * f for f in (0.10, 0.11, 0.14, 0.30, 0.07, 0.07, 0.09, 0.12)]
    for tier, title in tier_titles(translate).items():
        loans: dict[str, list[OverdueLine]] = {}
        for line in lines:
            if line.tier == tier:
                loans.setdefault(line.loan_number, []).append(line)
        if not loans:
            continue
        count = sum(len(v) for v in loans.values())
        rows = []
        for number, items in loans.items():
            first = items[0]
            samples = "、".join(f"{i.sample_code} {i.product_name}" for i in items)
            reminder = (
                f"{first.last_reminder.at.astimezone(tz).strftime('%m-%d')} {first.last_reminder.staff_name}"
                if first.last_reminder
                else ""
            )
            rows.append(
                [
                    first.streamer_name,
                    mask_phone(first.phone),
                    number,
                    samples,
                    first.due_at.astimezone(tz).strftime("%m-%d"),
                    first.days_late or "",
                    money(first.deposit_held_fen),
                    reminder,
                ]
            )
        caption = cell(
            translate("DailyReport", "{tier}: {count} sample(s)").format(tier=title, count=count),
            9,
            RED if tier != "due_soon" else MUTED,
        )
        # the tier's caption never stays behind at the foot of a page without its first rows
        story += [Spacer(0, 2 * mm), KeepTogether([caption, table(header, rows, widths, right=(5, 6), size=7.5)])]
    return story


def _loans(report: DailyReport, tz, translate: Translate, width: float) -> list:
    title = translate("DailyReport", "Loans opened ({count})").format(count=len(report.loans))
    story = [Spacer(0, 4 * mm), heading(title, 10)]
    if not report.loans:
        return story + [cell(translate("DailyReport", "No loans in this period."), 8.5)]
    names = method_names(translate)
    header = [
        translate("DailyReport", "Time"),
        translate("DailyReport", "Loan"),
        translate("DailyReport", "Streamer"),
        translate("DailyReport", "Phone"),
        translate("DailyReport", "Samples"),
        translate("DailyReport", "Deposit"),
        translate("DailyReport", "Method"),
        translate("DailyReport", "Clerk"),
    ]
    rows = [
        [
            _time(r.opened_at, tz, report.is_range),
            r.number,
            r.streamer_name,
            mask_phone(r.phone),
            r.samples,
            money(r.deposit_fen),
            names.get(r.deposit_method, r.deposit_method),
            r.staff_name,
        ]
        for r in report.loans
    ]
    widths = [width * f for f in (0.12, 0.17, 0.15, 0.14, 0.08, 0.12, 0.10, 0.12)]
    return story + [table(header, rows, widths, right=(4, 5), size=7.5)]


def _returns(report: DailyReport, tz, translate: Translate, width: float) -> list:
    title = translate("DailyReport", "Returns ({count})").format(count=len(report.returns))
    story = [Spacer(0, 4 * mm), heading(title, 10)]
    if not report.returns:
        return story + [cell(translate("DailyReport", "No returns in this period."), 8.5)]
    header = [
        translate("DailyReport", "Time"),
        translate("DailyReport", "Loan"),
        translate("DailyReport", "Streamer"),
        translate("DailyReport", "Phone"),
        translate("DailyReport", "Samples"),
        translate("DailyReport", "Late"),
        translate("DailyReport", "Damaged or incomplete"),
        translate("DailyReport", "Clerk"),
    ]
    rows = [
        [
            _time(r.returned_at, tz, report.is_range),
            r.loan_number,
            r.streamer_name,
            mask_phone(r.phone),
            r.samples,
            r.late or "",
            r.not_good or "",
            r.staff_name,
        ]
        for r in report.returns
    ]
    red = [n for n, r in enumerate(report.returns) if r.late or r.not_good]
    widths = [width * f for f in (0.12, 0.17, 0.15, 0.14, 0.08, 0.08, 0.14, 0.12)]
    return story + [table(header, rows, widths, right=(4, 5, 6), size=7.5, red_rows=red)]


def _demand(report: DailyReport, translate: Translate, width: float, merchants: bool) -> list:
    ranked = report.top_merchants if merchants else report.top_products
    title = (
        translate("DailyReport", "Most borrowed merchants")
        if merchants
        else translate("DailyReport", "Most borrowed products")
    )
    header = [
        translate("DailyReport", "Merchant") if merchants else translate("DailyReport", "Product"),
        translate("DailyReport", "Lent"),
        translate("DailyReport", "Streamers"),
    ]
    rows = [[r.name if merchants else f"{r.name} · {r.detail}", r.samples_lent, r.streamers] for r in ranked]
    rows = rows or [[translate("DailyReport", "Nothing lent"), "", ""]]
    return [heading(title, 10), table(header, rows, [width * 0.66, width * 0.14, width * 0.18], right=(1, 2), size=7.5)]


def _time(moment: datetime, tz, with_day: bool) -> str:
    return moment.astimezone(tz).strftime("%m-%d %H:%M" if with_day else "%H:%M")
