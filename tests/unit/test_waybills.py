"""Waybill numbers as couriers print them: each courier's form, and what is refused."""

from __future__ import annotations

import pytest

from kernel.waybills import clean_waybill, couriers_for, is_waybill, s10_check_digit

GOOD = [
    ("sf", "SF1428574306421"),
    ("sf", "SF142857430642"),
    ("sf", "sf 1428-5743-0642-153"),
    ("zto", "75312345678901"),
    ("zto", "731234567890"),
    ("zto", "535412345678901"),
    ("yto", "YT7521834502934"),
    ("yunda", "4312345678901"),
    ("yunda", "312345678901234"),
    ("jd", "JDVA23456789012"),
    ("jd", "JDX000123456789"),
    ("ems", "EA123456785CN"),
    ("ems", "1123456789012"),
]
BAD = [
    ("sf", "1428574306421"),  # SF's prefix left off
    ("sf", "SF14285743064"),  # 11 digits
    ("zto", "8531234567890"),  # starts with 8
    ("zto", "75312345678"),  # 11 digits
    ("yto", "YT75218345029"),  # 11 digits
    ("yunda", "6312345678901"),
    ("yunda", "43123456789012"),  # 14 digits
    ("jd", "JD"),
    ("jd", "VA23456789012"),
    ("ems", "EA123456784CN"),  # wrong check digit
    ("ems", "EA123456785US"),
    ("ems", "2123456789012"),
    ("dhl", "1234567890"),  # not a courier we know
    ("sf", ""),
]


@pytest.mark.parametrize(("courier", "waybill"), GOOD)
def test_a_waybill_of_the_courier_form_is_accepted(courier, waybill):
    assert is_waybill(courier, waybill)


@pytest.mark.parametrize(("courier", "waybill"), BAD)
def test_a_waybill_of_another_form_is_refused(courier, waybill):
    assert not is_waybill(courier, waybill)


def test_scans_are_cleaned_as_the_courier_prints_them():
    assert clean_waybill(" sf1428-5743 0642 1\n") == "SF14285743064 21".replace(" ", "")


def test_the_s10_check_digit_follows_the_upu_weights():
    assert s10_check_digit("12345678") == 5  # EA 12345678 5 CN
    assert s10_check_digit("00000000") == 5  # remainder 0 -> 11 -> 5


def test_a_bare_number_may_fit_more_than_one_courier():
    assert couriers_for("5312345678901") == ["zto", "yunda"]
    assert couriers_for("SF1428574306421") == ["sf"]
    assert couriers_for("nonsense") == []
