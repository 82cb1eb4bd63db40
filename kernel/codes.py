"""The forms of the codes printed as Code 128 and written into events (DESIGN.md, "Codes on barcodes").

showroom.domain.codes routes scans by these forms; the event declarations check codes against them.
"""

from __future__ import annotations

import re
import unicodedata

SITE = re.compile(r"^[A-Z]{2,4}$")
SAMPLE = re.compile(r"^([A-Z]{2,4})-(\d{6,})$")
MEMBER = re.compile(r"^([A-Z]{2,4})-M(\d{5,})$")
LOAN = re.compile(r"^([A-Z]{2,4})-L(\d{6})(\d{3,})$")
STOCKTAKE = re.compile(r"^([A-Z]{2,4})-C(\d{6})(\d{2,})$")  # a count's number: CS-C26120601 (printed, never scanned)
TRANSFER = re.compile(r"^([A-Z]{2,4})-T(\d{6})(\d{3,})$")  # a transfer slip's number: CS-T261206001 (printed, scanned)
EAN = re.compile(r"^\d{8}$|^\d{12,14}$")
# a normalised mainland mobile number, the streamer's key across the network (kernel.phone);
# re.ASCII keeps other scripts' digits out, so one person always has one key
MOBILE = re.compile(r"^1[3-9]\d{9}$", re.ASCII)
# a merchant's phone in its canonical form (kernel.phone.normalise_merchant_phone): a mobile,
# a landline with its area code (0731-88886666, 010-65528888) or a 400/800 service number (400-820-8820)
MERCHANT_PHONE = re.compile(r"^1[3-9]\d{9}$|^0\d{2,3}-\d{7,8}$|^[48]00-\d{3}-\d{4}$", re.ASCII)


def clean_scan(raw: str) -> str:
    """Scanners add stray whitespace; keyboard layouts may give lower case; a Chinese input method
    in full-width mode types Ｃ Ｓ － ０ (NFKC folds them to ASCII)."""
    return unicodedata.normalize("NFKC", raw or "").strip().upper()


def ean_checksum_ok(code: str) -> bool:
    """GTIN check digit (EAN-8, UPC-A, EAN-13, GTIN-14): weights 3,1 from the right."""
    if not (code.isascii() and code.isdigit()) or len(code) not in (8, 12, 13, 14):
        return False
    body, check = code[:-1], int(code[-1])
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return (10 - total % 10) % 10 == check
