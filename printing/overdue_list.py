"""The call list on paper (phones masked) and as a table for CSV/XLSX (full phones: it is for calling)."""
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from printing.daily_report import overdue_section, tier_titles
from printing.report_layout import MUTED, build_a4, cell, heading, usable_width
from printing.words import Translate, untranslated
from showroom.exports import Fen
from showroom.services.overdue_views import OverdueLine


def build_overdue_list(lines: list[OverdueLine], showroom_name: str, as_of: datetime, timezone: str,
                       translate: Translate = untranslated) -> bytes:
    tz = ZoneInfo(timezone)
    title = translate("OverdueList", "{showroom} call list").format(showroom=showroom_name)
    moment = translate("OverdueList", "As of {moment} (local time), worst first").format(
        moment=as_of.astimezone(tz).strftime("%Y-%m-%d %H:%M"))
    story = [heading(title, 15), cell(moment, 8, MUTED), *overdue_section(lines, tz, translate, usable_width())]
    return build_a4(story, title, translate("OverdueList", "{title} · page {page}").format(title=title, page="{page}"))


def call_list_table(lines: list[OverdueLine], timezone: str,
                    translate: Translate = untranslated) -> tuple[list[str], list[list[object]]]:
    tz = ZoneInfo(timezone)
    titles = tier_titles(translate)
    headers = [translate("OverdueList", "Tier"), translate("OverdueList", "Streamer"),
               translate("OverdueList", "Phone"), translate("OverdueList", "Sample"),
               translate("OverdueList", "Product"), translate("OverdueList", "Merchant"),
               translate("OverdueList", "Loan"), translate("OverdueList", "Out since"),
               translate("OverdueList", "Due"), translate("OverdueList", "Days late"),
               translate("OverdueList", "Sample value (yuan)"), translate("OverdueList", "Deposit held (yuan)"),
               translate("OverdueList", "Last reminder")]
    rows = []
    for line in lines:
        last = line.last_reminder
        rows.append([titles.get(line.tier, line.tier), line.streamer_name, line.phone, line.sample_code,
                     line.product_name, line.merchant_name, line.loan_number, line.out_at.astimezone(tz),
                     line.due_at.astimezone(tz), line.days_late, Fen(line.value_fen), Fen(line.deposit_held_fen),
                     f"{last.at.astimezone(tz):%Y-%m-%d %H:%M} {last.staff_name}" if last else ""])
    return headers, rows
