"""The papers read right: pdftotext finds the Chinese headings and the numbers, and the CLI writes them."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from reportlab.platypus import Paragraph

from cli import report as cli_report
from printing.daily_report import build_daily_report
from printing.merchant_statement import build_merchant_statement
from printing.report_layout import build_a4, table
from showroom.services.reports.daily import daily_report
from showroom.services.reports.merchant import merchant_statement_by_name
from tests.desk.scenario import DAY1, DAY2, build, utc
from tests.printing import paper_tools

NOW = utc(22, 4)
ZH = {  # the wording the shop uses (the app's own translations come from the .ts files)
    "{showroom} daily report {day}": "{showroom} 日报 {day}",
    "Check-outs": "借样单数",
    "Samples returned": "归还件数",
    "Deposit reconciliation": "押金对账",
    "Cash drawer from this period: {collected} collected − {refunded} refunded − {paid} owed paid + {charges} loss "
    "charges = {net}": "本期钱箱现金：收取 {collected} − 退还 {refunded} − 付清欠款 {paid} + 丢失赔偿 {charges} = {net}",
    "Cash": "现金",
    "Late 1–6 days": "逾期 1–6 天",
    "Who to call: samples late or due soon": "催还名单",
    "Sample statement for {merchant}": "{merchant} 样品对账单",
    "Lost": "已丢失",
}


def zh(context: str, text: str) -> str:
    return ZH.get(text, text)


def pdf_text(data: bytes, tmp_path) -> str:
    return paper_tools.text(data)


@pytest.fixture
def days(counter):
    return build(counter)


def test_the_daily_report_shows_chinese_headings_and_its_numbers(days, tmp_path):
    report = daily_report(days.counter.uow(), DAY1, now=NOW)
    text = pdf_text(build_daily_report(report, zh), tmp_path)
    for heading in ("长沙样品间 日报 2026-11-20", "借样单数", "归还件数", "押金对账", "催还名单", "现金"):
        assert heading in text
    assert "本期钱箱现金：收取 ¥80.00 − 退还 ¥0.00 − 付清欠款 ¥0.00 + 丢失赔偿 ¥0.00 = ¥80.00" in " ".join(text.split())
    assert days.loan_a in text and days.loan_b in text and days.loan_c not in text
    assert "138****8000" in text and "13800138000" not in text  # phones masked on paper


def test_a_late_day_lists_the_tiers(days, tmp_path):
    report = daily_report(days.counter.uow(), date(2026, 11, 27), now=utc(28, 0))
    text = pdf_text(build_daily_report(report, zh), tmp_path)
    assert "逾期 1–6 天" in text and days.loan_c in text


def test_the_merchant_statement_accounts_for_every_sample(days, tmp_path):
    statement = merchant_statement_by_name(days.counter.uow(), "良品铺子", DAY1, DAY2, now=NOW)
    assert len(statement.samples) == 10 == statement.accounted
    assert (statement.lost, statement.charged_fen, statement.on_loan, statement.lent_in_period) == (1, 8000, 1, 4)
    text = pdf_text(build_merchant_statement(statement, zh), tmp_path)
    assert "良品铺子 样品对账单" in text and "已丢失" in text and "¥80.00" in text
    for code in days.counter.codes + days.late_codes:
        assert code in text


def test_the_command_line_writes_each_format(days, tmp_path, capsys):
    data_dir = str(days.counter.store.data_dir)
    out = tmp_path / "day.pdf"
    assert cli_report.main(["daily", "--data-dir", data_dir, "--date", "2026-11-20", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    for suffix in ("csv", "xlsx", "pdf"):
        target = tmp_path / f"calls.{suffix}"
        assert cli_report.main(["overdue", "--data-dir", data_dir, "--language", "en", "-o", str(target)]) == 0
    assert (tmp_path / "calls.csv").read_bytes().startswith("\ufeffTier,Streamer".encode())
    sheet = load_workbook(tmp_path / "calls.xlsx").active
    assert sheet["A1"].value == "Tier" and sheet["A1"].font.bold
    merchant = tmp_path / "m.pdf"
    assert (
        cli_report.main(
            [
                "merchant",
                "--data-dir",
                data_dir,
                "良品铺子",
                "--from",
                "2026-11-20",
                "--to",
                "2026-11-21",
                "-o",
                str(merchant),
            ]
        )
        == 0
    )
    assert (
        cli_report.main(
            [
                "merchant",
                "--data-dir",
                data_dir,
                "nobody",
                "--from",
                "2026-11-20",
                "--to",
                "2026-11-21",
                "-o",
                str(merchant),
                "--language",
                "en",
            ]
        )
        == 1
    )
    assert "No merchant named nobody." in capsys.readouterr().err


def test_a_report_table_lays_out_only_the_cells_that_wrap():
    # A busy day has 30,000 cells: one that fits is a plain string the table draws; only one that wraps
    # is a Paragraph. Both print in full.
    long_name = "良品铺子每日坚果礼盒装" * 3
    rows = [["CS-000001", "短名  两格", "¥80.00"], ["", long_name, ""], ["CS-000002", "礼盒装", "¥1,200.00"]]
    t = table(["Code", "Product", "Deposit"], rows, [60, 80, 50], right=(2,), size=7.5, red_rows=(0,))
    cells = t._cellvalues
    assert cells[1][0] == "CS-000001" and cells[1][2] == "¥80.00" and cells[3][1] == "礼盒装"
    assert isinstance(cells[1][1], Paragraph)  # double space: a Paragraph collapses it, a string would not
    assert isinstance(cells[2][1], Paragraph)
    text = paper_tools.text(build_a4([t], "t", "{page}"))
    assert "CS-000001" in text and "¥1,200.00" in text and "短名 两格" in text
    assert long_name in "".join(text.split())
