"""Phone numbers are the streamer's natural key across the network: normalise before comparing."""
import pytest

from kernel.phone import mask_phone, normalise_phone
from showroom.domain.errors import InvalidInput


@pytest.mark.parametrize("raw", [
    "13800138000",
    "+86 138 0013 8000",
    "+8613800138000",
    "0086 138-0013-8000",
    "138-0013-8000",
    " 138 0013 8000 ",
    "(138) 0013.8000",
    "１３８００１３８０００",          # typed with a Chinese IME in full-width mode
    "+86　138　0013　8000",          # ideographic spaces
])
def test_formats_normalise_to_eleven_ascii_digits(raw):
    assert normalise_phone(raw) == "13800138000"


def test_mixed_width_digits_normalise_to_the_same_key():
    assert normalise_phone("13８00138000") == normalise_phone("13800138000")


@pytest.mark.parametrize("raw", [
    "", None, "1380013800", "138001380001", "12800138000", "23800138000", "010-12345678",
    "+1 415 555 0100", "+85 13800138000", "abc", "138OO138000", "1٣٨٠٠١٣٨٠٠٠",
])
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
