"""Scan codes: one scan field routes by the code's form (DESIGN.md, "Codes on barcodes")."""

from datetime import date

import pytest

from showroom.domain.codes import (
    CodeKind,
    Command,
    classify,
    clean_scan,
    command_of,
    ean_checksum_ok,
    loan_number,
    loan_series,
    member_code,
    sample_code,
)


@pytest.mark.parametrize(
    "raw, kind",
    [
        ("CS-000042", CodeKind.SAMPLE),
        ("CS-1234567", CodeKind.SAMPLE),  # six digits or more
        ("ABCD-000001", CodeKind.SAMPLE),  # site codes are 2 to 4 letters
        ("CS-M00017", CodeKind.MEMBER),
        ("CS-M123456", CodeKind.MEMBER),
        ("CS-L261127007", CodeKind.LOAN),
        ("CS-L2611271234", CodeKind.LOAN),  # a busy day runs past 999
        ("6901234567892", CodeKind.PRODUCT_EAN),  # EAN-13
        ("4006381333931", CodeKind.PRODUCT_EAN),
        ("96385074", CodeKind.PRODUCT_EAN),  # EAN-8
        ("036000291452", CodeKind.PRODUCT_EAN),  # UPC-A
        ("CMD-CONFIRM", CodeKind.COMMAND),
        ("cmd-cancel", CodeKind.COMMAND),  # a keyboard layout in lower case
        ("ＣＭＤ－ＧＯＯＤ", CodeKind.COMMAND),  # a Chinese input method in full-width mode
        ("CMD-DAMAGED", CodeKind.COMMAND),
        ("CMD-PARTS", CodeKind.COMMAND),
    ],
)
def test_each_form_is_recognised(raw, kind):
    assert classify(raw) == kind


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "   ",
        "CS-00042",
        "C-000042",
        "CSABC-000042",
        "CS000042",
        "CS-M0017",
        "CS-L26112700",
        "CS-X000042",
        "CMD-",
        "CMD-FIRE",
        "CMD-CONFIRMX",
        "XCMD-CONFIRM",
        "6901234567893",
        "690123456789",
        "12345",
        "hello",
    ],
)
def test_malformed_codes_are_unknown(raw):
    assert classify(raw) == CodeKind.UNKNOWN


def test_scanner_noise_is_cleaned_before_routing():
    assert clean_scan("  cs-000042\r\n") == "CS-000042"
    assert classify(" cs-m00017 ") == CodeKind.MEMBER
    assert clean_scan(None) == ""


def test_codes_are_formatted_with_their_minimum_width():
    assert sample_code("CS", 42) == "CS-000042"
    assert sample_code("CS", 1234567) == "CS-1234567"
    assert member_code("CS", 17) == "CS-M00017"
    assert loan_number("CS", date(2026, 11, 27), 7) == "CS-L261127007"
    assert loan_number("CS", date(2026, 11, 27), 1000) == "CS-L2611271000"


def test_formatted_codes_route_back_to_their_kind():
    assert classify(sample_code("GZ", 1)) == CodeKind.SAMPLE
    assert classify(member_code("GZ", 1)) == CodeKind.MEMBER
    assert classify(loan_number("GZ", date(2027, 1, 2), 1)) == CodeKind.LOAN


def test_loan_numbers_restart_each_local_day():
    assert loan_series(date(2026, 11, 27)) != loan_series(date(2026, 11, 28))
    assert loan_series(date(2026, 11, 27)) == loan_series(date(2026, 11, 27))


@pytest.mark.parametrize("body", ["690123456789", "400638133393", "000000000000", "978014300723"])
def test_ean13_accepts_exactly_one_check_digit(body):
    valid = [d for d in "0123456789" if ean_checksum_ok(body + d)]
    assert len(valid) == 1


def test_ean13_check_digit_is_weighted_3_1_from_the_right():
    # 6 9 0 1 2 3 4 5 6 7 8 9 -> odd positions from the right weigh 3
    body = "690123456789"
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))
    assert ean_checksum_ok(body + str((10 - total % 10) % 10))


@pytest.mark.parametrize(
    "code", ["6901234567893", "690123456789X", "69012345678", "", "abcdefghijklm", "123456789012345"]
)
def test_ean_checksum_refuses_bad_codes(code):
    assert not ean_checksum_ok(code)


def test_each_command_is_read_from_its_printed_code():
    assert [command_of(c.value) for c in Command] == list(Command)
    assert command_of(" cmd-confirm\r\n") == Command.CONFIRM
    assert command_of("CS-000042") is None and command_of("") is None
