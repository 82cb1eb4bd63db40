"""Receipts: the loan number scans on both rolls, the words a dispute turns on are there, the
page is as tall as its content."""

from __future__ import annotations

import dataclasses

import pytest
from PIL import ImageOps

from printing.documents import LentLine
from printing.receipts import build_checkout_receipt, build_return_receipt, standard_copies
from printing.specimens import PRODUCTS, checkout, return_receipt
from showroom.domain.policy import calculate_deposit
from tests.printing.paper_tools import MM, decode, page_sizes, render, text


@pytest.mark.parametrize("width_mm", [80, 58])
@pytest.mark.parametrize("dpi", [203, 300])
def test_loan_number_decodes_on_every_copy(width_mm, dpi):
    pdf = build_checkout_receipt(checkout(), width_mm, copies=standard_copies())
    pages = render(pdf, dpi)
    assert len(pages) == 2
    assert [decode(page) for page in pages] == [["CS-L261127042"]] * 2


@pytest.mark.parametrize("dpi", [203, 300])
def test_a_loan_number_too_long_for_a_58_mm_roll_runs_along_it_and_still_decodes(dpi):
    long_number = "CS-20261127-0042"  # 49.5 mm with 2-dot bars and quiet zones; 48 mm are printable
    pdf = build_checkout_receipt(dataclasses.replace(checkout(), loan_number=long_number), 58)
    assert decode(render(pdf, dpi)[0]) == [long_number]


@pytest.mark.parametrize("width_mm", [80, 58])
def test_checkout_receipt_carries_names_phone_and_due_date(width_mm):
    words = text(build_checkout_receipt(checkout(signed=False), width_mm))
    for code, name, merchant, _, _ in PRODUCTS[:3]:
        assert code in words and merchant in words
        assert name.split()[0] in words  # names may wrap, so look for their first word
    for expected in ("138****0000", "CS-M00001", "2026-11-30 18:00", "Due date", "¥336.90", "¥300.00", "微信支付"):
        assert expected in words
    assert "Streamer signature" in words


def test_copies_are_pages_with_their_titles():
    pdf = build_checkout_receipt(checkout(), 80, copies=("门店联", "主播联"))
    assert "门店联" in text(pdf, 1) and "主播联" in text(pdf, 2)


@pytest.mark.parametrize("width_mm", [80, 58])
def test_page_width_is_the_roll_and_height_grows_with_the_lines(width_mm):
    def height(count: int) -> float:
        lines = tuple(LentLine(f"CS-{i:06d}", PRODUCTS[i % 4][1], PRODUCTS[i % 4][2], 100) for i in range(count))
        sizes = page_sizes(build_checkout_receipt(dataclasses.replace(checkout(), lines=lines), width_mm))
        assert sizes[0][0] / MM == pytest.approx(width_mm, abs=0.05)
        return sizes[0][1] / MM

    one, ten = height(1), height(10)
    assert 9 * 8 < ten - one < 9 * 20  # each line is 8–20 mm of paper, no more
    assert one < 220  # a one-line receipt is no scroll


def test_no_blank_tail_below_the_last_line():
    page = render(build_checkout_receipt(checkout(), 80), 203)[0]
    last_ink = ImageOps.invert(page).getbbox()[3]
    assert page.height - last_ink < 10 * 203 / 25.4  # under 10 mm of blank at the end


def test_override_note_and_terms_are_printed():
    data = dataclasses.replace(checkout(), override_note="店长李娜批准：超额借出", terms="逾期按日收取违约金。")
    words = text(build_checkout_receipt(data, 58))
    assert "店长李娜批准" in words and "逾期按日收取违约金" in words


def test_signature_image_replaces_the_signing_line():
    signed = build_checkout_receipt(checkout(signed=True), 80)
    assert b"/Subtype /Image" in signed
    assert b"/Subtype /Image" not in build_checkout_receipt(checkout(signed=False), 80)


@pytest.mark.parametrize("width_mm", [80, 58])
def test_return_receipt_shows_returned_and_still_out(width_mm):
    pdf = build_return_receipt(return_receipt(), width_mm)
    words = text(pdf)
    for expected in ("Returned (2)", "CS-000317", "完好", "缺件", "2 days late", "少一袋"):
        assert expected in words
    assert "Still out (2)" in words and "CS-000342" in words and "CS-000407" in words
    assert "OVERDUE, due 2026-11-30" in words and "Due 2026-12-04" in words
    assert "¥200.00 (现金)" in words and "Loans closed" in words
    assert page_sizes(pdf)[0][0] / MM == pytest.approx(width_mm, abs=0.05)


def test_return_receipt_says_when_nothing_is_left_out():
    data = dataclasses.replace(return_receipt(), still_out=(), refunds=(), closed_loans=())
    words = text(build_return_receipt(data))
    assert "Still out (0)" in words and "Nothing else is out on loan." in words


def test_only_80_and_58_mm_rolls():
    with pytest.raises(ValueError, match="58"):
        build_checkout_receipt(checkout(), 76)


@pytest.mark.parametrize("width_mm", [80, 58])
def test_the_deposit_rule_is_stated_under_the_deposit(width_mm):
    thirty_percent = calculate_deposit("percent_of_value", 30, "yuan", [29985, 29985])
    data = dataclasses.replace(checkout(signed=False), deposit_fen=18000, deposit_calculation=thirty_percent)
    words = " ".join(text(build_checkout_receipt(data, width_mm)).split())
    assert "30% × ¥599.70 = ¥179.91 → ¥180.00 (rounded up to the whole yuan)" in words


def test_a_loan_from_before_the_rule_was_kept_prints_the_amount_alone():
    words = text(build_checkout_receipt(checkout(signed=False), 80))
    assert "¥300.00" in words and "×" not in words
