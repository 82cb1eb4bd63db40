"""Phone numbers: the streamer's natural key across the network, so normalise before comparing.

People write a number in many ways: 13800138000, +86 138 0013 8000, 8613800138000, 0086-138…,
(0731) 8888 6666, or with full-width digits from a Chinese input method. Each comes down to one
canonical form, so one person (or one merchant) always has one key.
"""

from __future__ import annotations

import re
import unicodedata

from kernel.codes import MOBILE as _MOBILE
from kernel.refusals import InvalidInput

_SEPARATORS = re.compile(r"[\s\-().]")
# Landlines: a trunk 0, the area code (010 and 02x are two digits after it, every other area three)
# and a 7- or 8-digit subscriber number. 400/800 are nationwide service numbers of ten digits.
_BIG_CITY = re.compile(r"^(0(?:10|2\d))(\d{7,8})$", re.ASCII)
_OTHER_CITY = re.compile(r"^(0[3-9]\d{2})(\d{7,8})$", re.ASCII)
_SERVICE = re.compile(r"^([48]00)(\d{3})(\d{4})$", re.ASCII)


def _split_country(raw: str | None) -> tuple[str, bool]:
    """(the number without separators or China's country code, whether a country code was there).

    Still whatever the person typed besides: NFKC folds full-width digits and brackets, and the
    patterns (re.ASCII) keep other scripts' digits out."""
    text = _SEPARATORS.sub("", unicodedata.normalize("NFKC", raw or ""))
    for prefix in ("+86", "0086"):
        if text.startswith(prefix):
            return text[len(prefix) :], True
    if len(text) == 13 and text.startswith("86"):  # 8613800138000: the plus sign left out
        return text[2:], True
    return text, False


def _national_digits(raw: str | None) -> str:
    return _split_country(raw)[0]


def normalise_phone(raw: str | None) -> str:
    """'+86 138-0013-8000' -> '13800138000'. Raises InvalidInput unless a mainland mobile number."""
    digits = _national_digits(raw)
    if not _MOBILE.match(digits):
        raise InvalidInput("phone", "not_mobile", raw)
    return digits


def is_mobile(raw: str | None) -> bool:
    """True when the text is a mainland mobile number in any notation (a code is never one)."""
    return bool(_MOBILE.match(_national_digits(raw)))


def normalise_merchant_phone(raw: str | None) -> str:
    """A merchant may give a mobile, a landline with its area code or a 400/800 service number:
    '13800138000', '0731-88886666', '400-123-4567'. Raises InvalidInput for anything else."""
    digits, international = _split_country(raw)
    if _MOBILE.match(digits):
        return digits
    if international and not digits.startswith(("0", "400", "800")):
        digits = "0" + digits  # +86 731 8888 6666: the trunk 0 is left out when dialling from abroad
    if match := _BIG_CITY.match(digits) or _OTHER_CITY.match(digits):
        return "-".join(match.groups())
    if match := _SERVICE.match(digits):
        return "-".join(match.groups())
    raise InvalidInput("phone", "not_phone", raw)


def phone_search_digits(raw: str | None) -> str:
    """The digits to look for in stored phones: the whole mobile when the text is one in any
    notation, else the national digits typed so far (a part of a number is a fine search)."""
    digits = _national_digits(raw)
    return digits if digits.isascii() and digits.isdigit() else ""


def mask_phone(phone: str) -> str:
    """13800138000 -> 138****8000, for paper and for screens visible to other customers."""
    if len(phone) < 7:
        return phone
    return f"{phone[:3]}****{phone[-4:]}"
