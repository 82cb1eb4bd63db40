"""The plain data each paper is built from. Callers fill these from the services' results.

Times are local (aware datetimes already converted by the caller); money is integer fen; phone
numbers arrive masked (138****0000) because paper leaves the building. Words that come from the
app's vocabulary (tier names, payment methods, conditions) arrive translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from showroom.domain.policy import DepositCalculation


@dataclass(frozen=True)
class LabelData:
    code: str  # sample code, e.g. CS-000317: the barcode and the text under it
    product_name: str
    merchant_name: str
    shelf: str = ""


@dataclass(frozen=True)
class MemberCardData:
    showroom_name: str
    name: str
    platform_handle: str  # "抖音 @xiaomei"
    tier_label: str  # translated tier name
    member_code: str  # CS-M00001: the barcode


@dataclass(frozen=True)
class ReceiptHeader:
    showroom_name: str
    at: datetime  # local
    clerk_name: str
    streamer_name: str
    phone_masked: str
    member_code: str


@dataclass(frozen=True)
class LentLine:
    code: str
    product_name: str
    merchant_name: str
    value_fen: int


@dataclass(frozen=True)
class CheckoutReceiptData:
    header: ReceiptHeader
    loan_number: str  # the barcode at the top
    lines: tuple[LentLine, ...]
    due_at: datetime  # local; printed large and bold
    deposit_fen: int
    deposit_method_label: str  # translated: 现金 / 微信支付 / 支付宝 / 免押
    terms: str = ""  # settable terms line, printed above the signature
    signature_png: bytes | None = None  # the streamer's signature from the pad
    override_note: str = ""  # who approved an override and why, when one was used
    deposit_calculation: DepositCalculation | None = None  # how the tier's rule reached the deposit


@dataclass(frozen=True)
class ReturnedLine:
    code: str
    product_name: str
    loan_number: str
    condition_label: str  # translated: 完好 / 损坏 / 缺件
    days_late: int
    note: str = ""
    photos: tuple[bytes, ...] = ()  # JPEG thumbnails of the damage, printed under the line


@dataclass(frozen=True)
class StillOutLine:
    code: str
    product_name: str
    loan_number: str
    due_at: datetime  # local
    overdue: bool


@dataclass(frozen=True)
class RefundLine:
    loan_number: str
    amount_fen: int
    method_label: str


@dataclass(frozen=True)
class ReturnReceiptData:
    header: ReceiptHeader
    returned: tuple[ReturnedLine, ...]
    still_out: tuple[StillOutLine, ...] = ()
    refunds: tuple[RefundLine, ...] = ()
    closed_loans: tuple[str, ...] = ()
    # returns of other showrooms' loans taken here: (loan number, lending showroom), whose deposit it refunds
    refunded_elsewhere: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class IntakeLine:
    code: str
    product_name: str
    shelf: str = ""


@dataclass(frozen=True)
class IntakeSlipData:
    showroom_name: str
    at: datetime  # local
    clerk_name: str
    merchant_name: str
    lines: tuple[IntakeLine, ...] = field(default_factory=tuple)
    note: str = ""


@dataclass(frozen=True)
class PackedLine:
    code: str
    product_name: str
    merchant_name: str
    value_fen: int


@dataclass(frozen=True)
class PackingSlipData:
    """Times local; the streamer's phone masked (the slip travels); courier and method names translated."""

    showroom_name: str
    loan_number: str
    streamer_name: str
    phone_masked: str
    recipient: str
    destination: str  # province, city and address
    courier_label: str
    waybill: str
    shipped_at: datetime
    due_at: datetime
    post_days: int
    return_transit_days: int
    deposit_fen: int
    deposit_label: str  # "WeChat transfer 4200…0001"
    return_address: str
    return_instructions: str
    lines: tuple[PackedLine, ...]
