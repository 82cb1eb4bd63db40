"""Couriers' waybill numbers (运单号): which courier's form a scanned waybill has. Pure, shared by the counter
(refuses a mistyped or mis-scanned waybill before a parcel leaves) and HQ (checks what it applies).

No courier publishes its numbering, so these forms are what their labels carry today (checked against public
validators and tracking pages, December 2026); each is deliberately a little wider than the numbers seen, since
a refused real waybill stops a parcel at the counter, and a wrong courier is caught by tracking:

| courier | form | example |
|---|---|---|
| SF 顺丰 | `SF` + 12, 13 or 15 digits | `SF1428574306421` |
| ZTO 中通 | 12-15 digits, first 2, 5, 6 or 7 | `75312345678901` |
| YTO 圆通 | `YT` + 13 digits | `YT7521834502934` |
| Yunda 韵达 | 13 or 15 digits, first 3, 4 or 5 | `4312345678901` |
| JD 京东 | `JD` + 2-4 letters or digits + 9-15 digits (`JDVA`, `JDX`, `JDAZ`...) | `JDVA23456789012` |
| EMS | UPU S10: `E` + a letter + 8 digits + check digit + `CN`; or 13 digits, first 1 (domestic) | `EA123456785CN` |

A UPU S10 number carries a check digit (weights 8 6 4 2 3 5 9 7, modulo 11), which is checked.
"""

from __future__ import annotations

import re

COURIERS = ("sf", "zto", "yto", "yunda", "jd", "ems")

FORMS = {
    "sf": re.compile(r"SF(\d{12}|\d{13}|\d{15})"),
    "zto": re.compile(r"[2567]\d{11,14}"),
    "yto": re.compile(r"YT\d{13}"),
    "yunda": re.compile(r"[345](\d{12}|\d{14})"),
    "jd": re.compile(r"JD[0-9A-Z]{2,4}\d{9,15}"),
    "ems": re.compile(r"E[A-Z]\d{9}CN|1\d{12}"),
}
MAX_WAYBILL = 24
_S10_WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)


def clean_waybill(raw: str) -> str:
    """What the scanner or the keyboard gave, as the courier prints it: no spaces or dashes, upper case."""
    return re.sub(r"[\s\-]", "", raw or "").upper()


def s10_check_digit(serial: str) -> int:
    """The UPU S10 check digit of an 8-digit serial number."""
    rest = 11 - sum(int(d) * w for d, w in zip(serial, _S10_WEIGHTS)) % 11
    return {10: 0, 11: 5}.get(rest, rest)


def is_waybill(courier: str, raw: str) -> bool:
    """Whether `raw` (cleaned) has the form of this courier's waybill numbers."""
    code, form = clean_waybill(raw), FORMS.get(courier)
    if form is None or not form.fullmatch(code):
        return False
    if courier == "ems" and code.endswith("CN"):
        return s10_check_digit(code[2:10]) == int(code[10])
    return True


def couriers_for(raw: str) -> list[str]:
    """Every courier whose form the waybill has, in COURIERS order (a bare 13 digits can be ZTO's or Yunda's)."""
    return [c for c in COURIERS if is_waybill(c, raw)]
