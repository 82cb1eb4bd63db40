"""The daily report's money: the deposit ledger by payment method, and every drawer line explained.

The cash line is an equation of its parts (collected − refunded − owed paid out + loss charges), so a
day on which more went out than came in reads as what it is, never as an unexplained negative drawer.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from printing.report_layout import MUTED, RED, cell, heading, table
from printing.words import Translate, money
from showroom.services.reports.views import DailyReport


def method_names(translate: Translate) -> dict[str, str]:
    return {
        "cash": translate("DailyReport", "Cash"),
        "wechat": translate("DailyReport", "WeChat Pay"),
        "alipay": translate("DailyReport", "Alipay"),
        "waived": translate("DailyReport", "Waived"),
    }


COLUMNS = ("collected_fen", "refunded_fen", "forfeited_fen", "charged_fen", "owed_fen", "paid_out_fen", "net_fen")


def deposit_section(report: DailyReport, translate: Translate, width: float) -> list:
    d, names = report.deposits, method_names(translate)
    header = [
        translate("DailyReport", "Method"),
        translate("DailyReport", "Collected"),
        translate("DailyReport", "Refunded"),
        translate("DailyReport", "Forfeited"),
        translate("DailyReport", "Loss charges"),
        translate("DailyReport", "Now owed"),
        translate("DailyReport", "Owed paid"),
        translate("DailyReport", "Net in"),
    ]
    rows = [[names.get(r.method, r.method), *(money(getattr(r, c)) for c in COLUMNS)] for r in d.rows]
    rows.append([translate("DailyReport", "Total"), *(money(d.total(c)) for c in COLUMNS)])
    widths = [width * f for f in (0.13, 0.13, 0.12, 0.12, 0.13, 0.12, 0.12, 0.13)]
    story = [
        heading(translate("DailyReport", "Deposit reconciliation"), 10),
        table(header, rows, widths, right=range(1, 8), size=7),
        Spacer(0, 1.5 * mm),
    ]
    story.append(cell(_held_line(report, translate), 7.5, MUTED if d.balances else RED))
    if d.owed_at_start_fen or d.owed_at_end_fen or d.total("owed_fen") or d.total("paid_out_fen"):
        story.append(cell(_owed_line(report, translate), 7.5, MUTED if d.balances else RED))
    return story + _drawer_lines(report, translate)


def _held_line(report: DailyReport, translate: Translate) -> str:
    d = report.deposits
    return translate(
        "DailyReport",
        "Deposits held: {start} at the start + {collected} collected − {refunded} "
        "refunded − {forfeited} forfeited − {owed} now owed = {end} at the end",
    ).format(
        start=money(d.held_at_start_fen),
        collected=money(d.total("collected_fen")),
        refunded=money(d.total("refunded_fen")),
        forfeited=money(d.total("forfeited_fen")),
        owed=money(d.total("owed_fen")),
        end=money(d.held_at_end_fen),
    )


def _owed_line(report: DailyReport, translate: Translate) -> str:
    d = report.deposits
    return translate(
        "DailyReport",
        "Owed to streamers whose loan closed while they were away: {start} at the "
        "start + {owed} now owed − {paid} paid at the counter = {end} at the end",
    ).format(
        start=money(d.owed_at_start_fen),
        owed=money(d.total("owed_fen")),
        paid=money(d.total("paid_out_fen")),
        end=money(d.owed_at_end_fen),
    )


def _drawer_lines(report: DailyReport, translate: Translate) -> list:
    cash = report.deposits.cash
    line = translate(
        "DailyReport",
        "Cash drawer from this period: {collected} collected − {refunded} refunded "
        "− {paid} owed paid + {charges} loss charges = {net}",
    ).format(
        collected=money(cash.collected_fen),
        refunded=money(cash.refunded_fen),
        paid=money(cash.paid_out_fen),
        charges=money(cash.charged_fen),
        net=money(cash.net_fen),
    )
    lines = [cell(line, 9)]
    if cash.net_fen < 0:
        lines.append(
            cell(
                translate(
                    "DailyReport",
                    "More cash went out than came in: deposits taken before this "
                    "period went back to the streamers who came for them.",
                ),
                7.5,
                MUTED,
            )
        )
    if cash.owed_fen:
        lines.append(
            cell(
                translate(
                    "DailyReport", "{owed} in cash is owed, not paid: it stays in the drawer until the streamer comes."
                ).format(owed=money(cash.owed_fen)),
                7.5,
                MUTED,
            )
        )
    return lines
