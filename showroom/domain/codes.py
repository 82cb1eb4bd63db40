"""Codes printed as Code 128 and typed by the scanner; one scan field routes by the code's form."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from kernel.codes import EAN as _EAN  # noqa: F401
from kernel.codes import LOAN as _LOAN
from kernel.codes import MEMBER as _MEMBER
from kernel.codes import SAMPLE as _SAMPLE
from kernel.codes import SITE, clean_scan, ean_checksum_ok  # noqa: F401  (shared with HQ)
from kernel.codes import TRANSFER as _TRANSFER


class CodeKind(StrEnum):
    SAMPLE = "sample"
    MEMBER = "member"
    LOAN = "loan"
    TRANSFER = "transfer"
    PRODUCT_EAN = "product_ean"
    COMMAND = "command"
    UNKNOWN = "unknown"


class Command(StrEnum):
    """Printed command barcodes kept at the counter (showroom commands prints the sheet): a
    scanner's suffix can never confirm a loan, but scanning CMD-CONFIRM is a deliberate act."""

    CONFIRM = "CMD-CONFIRM"
    CANCEL = "CMD-CANCEL"  # start over (asks first when there is a list)
    GOOD = "CMD-GOOD"  # check-in: the condition of the last scanned or selected line
    DAMAGED = "CMD-DAMAGED"
    PARTS = "CMD-PARTS"


def command_of(raw: str) -> Command | None:
    """The command a scan is, or None."""
    try:
        return Command(clean_scan(raw))
    except ValueError:
        return None


def scanned_codes(raw: list[str]) -> list[str]:
    """A basket of scans, cleaned; an empty one or a code scanned twice is refused."""
    from showroom.domain.errors import EmptyBasket, SampleAlreadyInBasket

    codes = [clean_scan(c) for c in raw]
    if not codes:
        raise EmptyBasket()
    if len(set(codes)) != len(codes):
        raise SampleAlreadyInBasket(next(c for c in codes if codes.count(c) > 1))
    return codes


def classify(raw: str) -> CodeKind:
    code = clean_scan(raw)
    if _SAMPLE.match(code):
        return CodeKind.SAMPLE
    if _MEMBER.match(code):
        return CodeKind.MEMBER
    if _LOAN.match(code):
        return CodeKind.LOAN
    if _TRANSFER.match(code):
        return CodeKind.TRANSFER
    if command_of(code) is not None:
        return CodeKind.COMMAND
    if _EAN.match(code) and ean_checksum_ok(code):
        return CodeKind.PRODUCT_EAN
    return CodeKind.UNKNOWN


def sample_code(site: str, number: int) -> str:
    return f"{site}-{number:06d}"


def member_code(site: str, number: int) -> str:
    return f"{site}-M{number:05d}"


def loan_number(site: str, local_day: date, number: int) -> str:
    return f"{site}-L{local_day:%y%m%d}{number:03d}"


def stocktake_number(site: str, local_day: date, number: int) -> str:
    """A count's number on its report: CS-C26120601 (the first count of that day)."""
    return f"{site}-C{local_day:%y%m%d}{number:02d}"


def stocktake_series(local_day: date) -> str:
    return f"count:{local_day.isoformat()}"


def loan_series(local_day: date) -> str:
    """Loan numbers restart every local day."""
    return f"loan:{local_day.isoformat()}"


def transfer_number(site: str, local_day: date, number: int) -> str:
    """A transfer slip's number: CS-T261206001 (the first transfer that day), printed as Code 128."""
    return f"{site}-T{local_day:%y%m%d}{number:03d}"


def transfer_series(local_day: date) -> str:
    return f"transfer:{local_day.isoformat()}"
