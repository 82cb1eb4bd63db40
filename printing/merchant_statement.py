"""The merchant statement on A4: every consigned sample and where it is, the period's lending and losses.

Plain data in (showroom.services.reports.merchant_views.MerchantStatement), PDF bytes out; phones masked.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from kernel.phone import mask_phone
from printing.report_layout import MUTED, build_a4, cell, figures, heading, table, usable_width
from printing.words import Translate, day, money, untranslated
from showroom.services.reports.merchant_views import MerchantStatement


def status_names(translate: Translate) -> dict[str, str]:
    return {
        "in_stock": translate("MerchantStatement", "In stock"),
        "on_loan": translate("MerchantStatement", "On loan"),
        "in_transit": translate("MerchantStatement", "In transit"),
        "returned_to_merchant": translate("MerchantStatement", "Returned to merchant"),
        "lost": translate("MerchantStatement", "Lost"),
        "written_off": translate("MerchantStatement", "Written off"),
        "missing_at_stocktake": translate("MerchantStatement", "Missing at stocktake"),
        "transferred": translate("MerchantStatement", "Transferred to another showroom"),
    }


def build_merchant_statement(s: MerchantStatement, translate: Translate = untranslated) -> bytes:
    tz, width = ZoneInfo(s.timezone), usable_width()
    title = translate("MerchantStatement", "Sample statement for {merchant}").format(merchant=s.merchant_name)
    facts = translate("MerchantStatement", "{showroom} · period {first} to {last} · printed {moment}").format(
        showroom=s.showroom_name,
        first=day(s.first_day),
        last=day(s.last_day),
        moment=s.printed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M"),
    )
    items = _figures(s, translate)
    story = [
        heading(title, 15),
        cell(facts, 8, MUTED),
        Spacer(0, 3 * mm),
        figures(items, 4, width),
        Spacer(0, 4 * mm),
        heading(translate("MerchantStatement", "Every sample and where it is now"), 11),
    ]
    story.append(_samples(s, tz, translate, width))
    others = len(s.samples) - s.accounted
    total = translate(
        "MerchantStatement",
        "{total} samples received by {last}: {stock} in stock + {loan} on loan + "
        "{back} returned to you + {lost} lost + {other} other",
    ).format(
        total=len(s.samples),
        last=day(s.last_day),
        stock=s.in_stock,
        loan=s.on_loan,
        back=s.returned_to_merchant,
        lost=s.lost,
        other=others,
    )
    story += [
        Spacer(0, 1.5 * mm),
        cell(total, 8.5),
        Spacer(0, 4 * mm),
        heading(translate("MerchantStatement", "Streamers who borrowed your products most in the period"), 11),
    ]
    story.append(_top_streamers(s, translate, width))
    footer = translate("MerchantStatement", "{showroom} ({code}) · {title} · page {page}").format(
        showroom=s.showroom_name, code=s.showroom_code, title=title, page="{page}"
    )
    return build_a4(story, title, footer)


def _figures(s: MerchantStatement, translate: Translate) -> list[tuple[str, str, bool]]:
    """The period's and today's counts, as (label, value, shown in red): losses stand out."""
    return [
        (translate("MerchantStatement", "Received in period"), str(s.received_in_period), False),
        (translate("MerchantStatement", "Lent in period"), str(s.lent_in_period), False),
        (translate("MerchantStatement", "Of those, by post"), str(s.mailed_in_period), False),
        (translate("MerchantStatement", "Lost in period"), str(s.lost_in_period), s.lost_in_period > 0),
        (translate("MerchantStatement", "Returned to you in period"), str(s.returned_in_period), False),
        (translate("MerchantStatement", "In stock now"), str(s.in_stock), False),
        (translate("MerchantStatement", "On loan now"), str(s.on_loan), False),
        (translate("MerchantStatement", "Lost (all time)"), str(s.lost), s.lost > 0),
        (translate("MerchantStatement", "Charged for losses"), money(s.charged_fen), False),
    ]


def _top_streamers(s: MerchantStatement, translate: Translate, width: float):
    header = [
        translate("MerchantStatement", "Streamer"),
        translate("MerchantStatement", "Phone"),
        translate("MerchantStatement", "Samples borrowed"),
        translate("MerchantStatement", "Products"),
    ]
    rows = [[u.name, mask_phone(u.phone), u.samples_borrowed, u.products] for u in s.top_streamers]
    rows = rows or [[translate("MerchantStatement", "Nothing was lent in this period."), "", "", ""]]
    return table(header, rows, [width * f for f in (0.35, 0.25, 0.2, 0.2)], right=(2, 3), size=8)


def _samples(s: MerchantStatement, tz, translate: Translate, width: float):
    names = status_names(translate)
    header = [
        translate("MerchantStatement", "Sample"),
        translate("MerchantStatement", "Product"),
        translate("MerchantStatement", "Received"),
        translate("MerchantStatement", "Status"),
        translate("MerchantStatement", "Where / since"),
        translate("MerchantStatement", "Times lent"),
        translate("MerchantStatement", "Charged"),
    ]
    rows, red = [], []
    for n, line in enumerate(s.samples):
        where = ""
        if line.holder_name:
            where = translate("MerchantStatement", "{name} {phone} since {since}, due {due}").format(
                name=line.holder_name,
                phone=mask_phone(line.holder_phone or ""),
                since=line.out_since.astimezone(tz).strftime("%m-%d"),
                due=line.due_at.astimezone(tz).strftime("%m-%d"),
            )
            if line.by_post_to:
                where += translate("MerchantStatement", " · by post to {place}").format(place=line.by_post_to)
        elif line.returned_to_merchant_at:
            where = translate("MerchantStatement", "back to you {day}").format(
                day=day(line.returned_to_merchant_at.astimezone(tz))
            )
        elif line.lost_at:
            where = translate("MerchantStatement", "lost {day}").format(day=day(line.lost_at.astimezone(tz)))
            red.append(n)
        rows.append(
            [
                line.code,
                line.product_name,
                day(line.received_at.astimezone(tz)),
                names.get(line.status, line.status),
                where,
                line.times_lent,
                money(line.charged_fen) if line.lost_at else "",
            ]
        )
    widths = [width * f for f in (0.11, 0.22, 0.10, 0.09, 0.33, 0.07, 0.08)]
    return table(header, rows, widths, right=(5, 6), size=7.5, red_rows=red)
