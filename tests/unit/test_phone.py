"""Phone numbers are the streamer's natural key across the network: normalise before comparing."""

import pytest

from kernel.phone import is_mobile, mask_phone, normalise_merchant_phone, normalise_phone, phone_search_digits
from showroom.domain.errors import InvalidInput


@pytest.mark.parametrize(
    "raw",
    [
        "13800138000",
        "+86 138 0013 8000",
        "+8613800138000",
        "8613800138000",  # the plus sign left out
        "86 138 0013 8000",
        "0086 13800138000",
        "+86-138-0013-8000",
        "+86 (138) 0013 8000",
        "0086 138-0013-8000",
        "138-0013-8000",
        " 138 0013 8000 ",
        "(138) 0013.8000",
        "１３８００１３８０００",  # typed with a Chinese IME in full-width mode
        "＋８６　１３８－００１３－８０００",  # full-width plus, digits and dashes
        "（138）0013 8000",  # full-width brackets
        "+86　138　0013　8000",  # ideographic spaces
    ],
)
def test_formats_normalise_to_eleven_ascii_digits(raw):
    assert normalise_phone(raw) == "13800138000"


def test_mixed_width_digits_normalise_to_the_same_key():
    assert normalise_phone("13８00138000") == normalise_phone("13800138000")


@pytest.mark.parametrize(
    "raw",
    [
        "",
        None,
        "1380013800",
        "138001380001",
        "12800138000",
        "23800138000",
        "010-12345678",
        "+1 415 555 0100",
        "+85 13800138000",
        "abc",
        "138OO138000",
        "1٣٨٠٠١٣٨٠٠٠",
    ],
)
def test_anything_but_a_mainland_mobile_is_refused(raw):
    with pytest.raises(InvalidInput) as err:
        normalise_phone(raw)
    assert (err.value.field, err.value.problem) == ("phone", "not_mobile")


def test_masking_hides_the_middle_four_digits():
    assert mask_phone("13800000000") == "138****0000"
    assert mask_phone("13912345678") == "139****5678"


def test_masking_leaves_short_strings_alone():
    assert mask_phone("") == ""
    assert mask_phone("12345") == "12345"


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("13800138000", True),
        ("+86 138 0013 8000", True),
        ("8613800138000", True),
        ("6901234567892", False),  # a product's EAN-13 is never offered as a phone number
        ("4006381333931", False),
        ("8691234567890", False),
        ("CS-M00001", False),
        ("", False),
        (None, False),
        ("1380013800", False),
        ("12800138000", False),
    ],
)
def test_is_mobile_accepts_any_notation_of_a_mobile_and_nothing_else(raw, expected):
    assert is_mobile(raw) is expected


@pytest.mark.parametrize(
    "raw, canonical",
    [
        ("13800138000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("0731-88886666", "0731-88886666"),
        ("(0731) 8888 6666", "0731-88886666"),
        ("０７３１－８８８８６６６６", "0731-88886666"),
        ("073188886666", "0731-88886666"),
        ("+86 731 8888 6666", "0731-88886666"),  # dialled from abroad: no trunk 0
        ("0086 731 88886666", "0731-88886666"),
        ("010-6552 8888", "010-65528888"),
        ("021 5888 8888", "021-58888888"),
        ("+86 10 6552 8888", "010-65528888"),
        ("0734-8123456", "0734-8123456"),  # seven-digit subscriber numbers still exist
        ("400-820-8820", "400-820-8820"),
        ("400 8208820", "400-820-8820"),
        ("4008208820", "400-820-8820"),
        ("800-820-8820", "800-820-8820"),
    ],
)
def test_merchant_phones_accept_landlines_and_service_numbers(raw, canonical):
    assert normalise_merchant_phone(raw) == canonical


@pytest.mark.parametrize(
    "raw",
    ["88886666", "0731-888", "0731-888866661", "500-820-8820", "400-820-882", "1234", "abc", "", "+1 415 555 0100"],
)
def test_merchant_phones_refuse_what_no_one_can_dial(raw):
    with pytest.raises(InvalidInput) as err:
        normalise_merchant_phone(raw)
    assert (err.value.field, err.value.problem) == ("phone", "not_phone")


@pytest.mark.parametrize(
    "raw, digits",
    [
        ("+86 138 0013 8000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("138-0013", "1380013"),
        ("8000", "8000"),
        ("小美", ""),
        ("@xiaomei", ""),
    ],
)
def test_search_digits_are_national_and_ascii(raw, digits):
    assert phone_search_digits(raw) == digits
