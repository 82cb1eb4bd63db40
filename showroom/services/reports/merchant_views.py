"""The merchant statement's plain data (UTC times, integer fen, full phones: paper masks them)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class MerchantSampleLine:
    code: str
    product_name: str
    status: str  # now
    received_at: datetime
    holder_name: str | None  # when on loan now
    holder_phone: str | None
    out_since: datetime | None
    due_at: datetime | None
    loan_number: str | None
    returned_to_merchant_at: datetime | None
    lost_at: datetime | None
    charged_fen: int  # deposit kept plus charge billed for a lost sample
    times_lent: int
    by_post_to: str = ""  # on loan by post now: the province and city the parcel went to
    parcel_state: str = ""  # shipped | delivered | return_shipped


@dataclass(frozen=True)
class StreamerUse:
    name: str
    phone: str
    samples_borrowed: int
    products: int


@dataclass(frozen=True)
class MerchantStatement:
    showroom_name: str
    showroom_code: str
    timezone: str
    merchant_name: str
    contact: str
    phone: str
    first_day: date
    last_day: date
    printed_at: datetime
    samples: list[MerchantSampleLine]
    received_in_period: int
    lent_in_period: int
    lost_in_period: int
    returned_in_period: int
    in_stock: int  # the statuses now, of every sample listed
    on_loan: int
    returned_to_merchant: int
    lost: int
    charged_fen: int
    top_streamers: list[StreamerUse]
    mailed_in_period: int = 0  # samples lent by post in the period (of lent_in_period)

    @property
    def accounted(self) -> int:
        """Samples in the four usual places; any difference from len(samples) is listed too (in transit...)."""
        return self.in_stock + self.on_loan + self.returned_to_merchant + self.lost
