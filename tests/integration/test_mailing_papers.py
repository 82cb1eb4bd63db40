"""Parcels on the papers: the daily report's parcel figures (sent, delivered, back, overdue) and the merchant
statement (samples lent by post, and where a sample out by post went)."""

from __future__ import annotations

from datetime import date, timedelta

from printing.daily_report import build_daily_report
from printing.merchant_statement import build_merchant_statement
from showroom.services.parcel_steps import mark_delivered, record_return_shipped
from showroom.services.reports.daily import daily_report
from showroom.services.reports.merchant import merchant_statement_by_name
from showroom.services.returns import ReturnRequest, check_in
from tests.integration.mailing_fixtures import RETURN_WAYBILL, SHIPPED, WAYBILL, mail_three
from tests.printing.paper_tools import text


def one_back_two_out(counter):
    mail_three(counter)
    mark_delivered(counter.uow(), counter.clerk, WAYBILL, now=SHIPPED + timedelta(days=2))
    record_return_shipped(counter.uow(), counter.clerk, WAYBILL, "yto", RETURN_WAYBILL, now=SHIPPED + timedelta(days=8))
    damaged = ReturnRequest(counter.codes[0], "damaged", "外盒压坏")
    check_in(counter.uow(), counter.clerk, [damaged], now=SHIPPED + timedelta(days=10))


def test_the_daily_report_counts_parcels(counter):
    one_back_two_out(counter)
    now = SHIPPED + timedelta(days=20)
    sent_day = daily_report(counter.uow(), date(2026, 11, 20), now=now).headline
    assert (sent_day.parcels_sent, sent_day.parcels_delivered, sent_day.parcels_overdue) == (1, 0, 0)
    delivered_day = daily_report(counter.uow(), date(2026, 11, 22), now=now).headline
    assert delivered_day.parcels_delivered == 1
    late = daily_report(counter.uow(), date(2026, 12, 9), now=now)
    assert (late.headline.parcels_overdue, late.headline.parcels_returned) == (1, 0)
    words = text(build_daily_report(late))
    flat = " ".join(words.split())
    # the figures grid, five to a row: the parcels' four on the last, their captions wrapped under "Parcels"
    assert "Parcels sent delivered back overdue" in flat


def test_the_merchant_statement_says_what_went_by_post(counter):
    one_back_two_out(counter)
    statement = merchant_statement_by_name(
        counter.uow(), "良品铺子", date(2026, 11, 1), date(2026, 11, 30), now=SHIPPED + timedelta(days=11)
    )
    assert statement.mailed_in_period == 3
    out = [line for line in statement.samples if line.by_post_to]
    assert [line.code for line in out] == counter.codes[1:3] and out[0].by_post_to == "广东省广州市"
    words = text(build_merchant_statement(statement))
    assert "by post to 广东省广州市" in words.replace("\n", " ") or "广东省广州市" in words
