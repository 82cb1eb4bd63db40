"""Plain results the use cases hand back. The UI's table models hold these, never ORM rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from showroom.domain.errors import Block
from showroom.domain.policy import DepositCalculation, NetworkStanding, TierPolicy
from showroom.domain.reasons import StatusReason
from showroom.domain.reliability import Reliability


@dataclass(frozen=True)
class ShowroomInfo:
    id: str
    code: str
    name: str
    city: str
    timezone: str


@dataclass(frozen=True)
class StaffView:
    id: str
    name: str
    role: str
    active: bool


@dataclass(frozen=True)
class MerchantView:
    id: str
    name: str
    contact: str
    phone: str


@dataclass(frozen=True)
class ProductView:
    id: str
    merchant_id: str
    merchant_name: str
    name: str
    brand: str
    category: str
    spec: str
    retail_price_fen: int
    live_price_fen: int
    commission_bp: int
    sample_value_fen: int
    ean: str | None
    samples_in_stock: int = 0
    samples_total: int = 0


@dataclass(frozen=True)
class StreamerView:
    id: str
    name: str
    phone: str
    platform: str
    handle: str
    tier: str
    member_code: str
    status: str
    status_reason: str
    created_at: datetime
    status_reason_key: str = ""  # a reason the app wrote: worded at display time (domain/reasons.py)
    status_reason_params: dict = field(default_factory=dict, hash=False)

    @property
    def reason(self) -> StatusReason:
        return StatusReason(self.status_reason, self.status_reason_key, self.status_reason_params)


@dataclass(frozen=True)
class SampleRow:
    id: str
    code: str
    product_name: str
    merchant_name: str
    status: str
    shelf: str
    value_fen: int
    received_at: datetime
    holder_name: str | None = None
    loan_number: str | None = None
    due_at: datetime | None = None
    condition_note: str = ""


@dataclass(frozen=True)
class SamplePage:
    """One page of the Samples list: rows from `offset`, and how many match in all (None: not counted)."""

    rows: list[SampleRow]
    offset: int
    total: int | None


@dataclass(frozen=True)
class HoldingLine:
    sample_code: str
    product_name: str
    loan_number: str
    out_at: datetime
    due_at: datetime
    days_overdue: int
    value_fen: int


@dataclass(frozen=True)
class StreamerPanel:
    streamer: StreamerView
    policy: TierPolicy
    holdings: list[HoldingLine]
    blocks: list[Block]  # blocks for one more sample, before any basket
    deposit_held_fen: int
    loans_total: int
    returned_late: int
    reliability: Reliability | None = None  # on time, late, lost, holding: the streamer's record
    owed_fen: int = 0  # deposit owed to them from loans closed while they were away
    network: NetworkStanding | None = None  # what other showrooms hold against them (None: not connected)

    @property
    def overdue(self) -> list[HoldingLine]:
        return [h for h in self.holdings if h.days_overdue > 0 or h.due_at is None]


@dataclass(frozen=True)
class BasketLine:
    sample_id: str
    code: str
    product_name: str
    merchant_name: str
    value_fen: int
    shelf: str


@dataclass(frozen=True)
class CheckoutQuote:
    due_at: datetime
    deposit_fen: int
    blocks: list[Block]
    deposit: DepositCalculation | None = None  # how the tier's rule reached deposit_fen


@dataclass(frozen=True)
class ReceiptLine:
    sample_code: str
    product_name: str
    merchant_name: str
    value_fen: int


@dataclass(frozen=True)
class LoanReceipt:
    loan_id: str
    number: str
    showroom_name: str
    streamer_name: str
    streamer_phone: str
    member_code: str
    staff_name: str
    opened_at: datetime
    due_at: datetime
    deposit_fen: int
    deposit_method: str
    lines: list[ReceiptLine]
    override_by: str | None = None
    override_reason: str = ""
    signature_png: bytes | None = None
    deposit_calculation: DepositCalculation | None = None  # None on loans made before it was kept


@dataclass(frozen=True)
class ReturnLine:
    sample_code: str
    product_name: str
    loan_number: str
    streamer_name: str
    out_at: datetime
    due_at: datetime
    days_overdue: int
    lender: str = ""  # another showroom's name: a return anywhere (showroom/services/returns_elsewhere.py)
    held: bool = False  # a sample of another showroom this counter has not heard of: received for it


@dataclass(frozen=True)
class ReturnedElsewhere:
    """A return taken here of another showroom's loan (or held for it, `number` empty)."""

    code: str
    product_name: str
    number: str
    lender: str
    condition: str
    held: bool
    photo_paths: tuple[str, ...] = ()  # the files of the photos kept of its condition (printed on a damage line)


@dataclass(frozen=True)
class LoanAfterReturn:
    loan_number: str
    streamer_name: str
    returned: list[str]
    still_out: list[HoldingLine]
    closed: bool
    refunded_fen: int
    refund_method: str


@dataclass(frozen=True)
class CheckinResult:
    returned_at: datetime
    loans: list[LoanAfterReturn]
    elsewhere: list[ReturnedElsewhere] = field(default_factory=list)


@dataclass(frozen=True)
class IntakeResult:
    product: ProductView
    codes: list[str]
    shelf: str
    received_at: datetime | None = None


@dataclass(frozen=True)
class LossResult:
    sample_code: str
    loan_number: str
    forfeited_fen: int
    charged_fen: int
    refunded_fen: int  # always 0 now: nobody is at the counter to take a refund
    loan_closed: bool
    owed_fen: int = 0  # what the closed loan still held, owed to the streamer


@dataclass(frozen=True)
class OwedLine:
    loan_id: str
    loan_number: str
    deposit_method: str  # how the deposit was paid in
    amount_fen: int


@dataclass(frozen=True)
class OwedPayout:
    streamer_name: str
    amount_fen: int
    method: str
    paid_at: datetime
    staff_name: str
    loans: list[OwedLine]


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    kind: str
    staff_name: str
    streamer_name: str | None
    loan_number: str | None
    detail: str


@dataclass(frozen=True)
class SampleDetail:
    row: SampleRow
    product: ProductView
    history: list[HistoryEntry] = field(default_factory=list)


@dataclass(frozen=True)
class LoanSummary:
    number: str
    opened_at: datetime
    due_at: datetime
    closed_at: datetime | None
    items: int
    returned: int
    lost: int
    deposit_fen: int
    staff_name: str


@dataclass(frozen=True)
class StreamerDetail:
    panel: StreamerPanel
    loans: list[LoanSummary]


@dataclass(frozen=True)
class Override:
    """A manager standing at the counter authorises a block away with their PIN and a reason."""

    manager_name: str
    pin: str
    reason: str


@dataclass(frozen=True)
class DueChange:
    loan_number: str
    old_due_at: datetime
    new_due_at: datetime
