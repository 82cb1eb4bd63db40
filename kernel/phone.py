"""Phone numbers: the streamer's natural key across the network, so normalise before comparing."""
from __future__ import annotations

import re
import unicodedata

from kernel.codes import MOBILE as _MOBILE
from kernel.refusals import InvalidInput


def normalise_phone(raw: str) -> str:
    """'+86 138-0013-8000' -> '13800138000'. Raises InvalidInput unless a mainland mobile number."""
    # NFKC folds full-width input (a Chinese IME) to ASCII; re.ASCII keeps other scripts' digits
    # out, so one person always has one key.
    digits = re.sub(r"[\s\-().]", "", unicodedata.normalize("NFKC", raw or ""))
    if digits.startswith("+86"):
        digits = digits[3:]
    elif digits.startswith("0086"):
        digits = digits[4:]
    if not _MOBILE.match(digits):
        raise InvalidInput("phone", "not_mobile", raw)
    return digits


def mask_phone(phone: str) -> str:
    """13800138000 -> 138****8000, for paper and for screens visible to other customers."""
    if len(phone) < 7:
        return phone
    return f"{phone[:3]}****{phone[-4:]}"
