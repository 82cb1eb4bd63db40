"""Samples going back to their merchant: they leave the showroom for good, recorded per sample."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.models import SampleMovement
from db.uow import UnitOfWork
from kernel.events import SampleSentBack, SamplesReturnedToMerchant
from showroom.domain.codes import scanned_codes
from showroom.domain.errors import SampleNotInStock
from showroom.domain.model import Role, SampleStatus
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, local_showroom, optional_text, resolve_now
from showroom.services.records import sample_by_code

RETURNED_TO_MERCHANT = "returned_to_merchant"  # the movement kind, like the sample status it leaves


@dataclass(frozen=True)
class MerchantReturn:
    codes: list[str]
    merchants: list[str]
    at: datetime


@changes(Topic.SAMPLES)
def return_to_merchant(
    uow: UnitOfWork, actor: Actor, codes: list[str], note: str = "", now: datetime | None = None
) -> MerchantReturn:
    """Manager only. Every sample must be on the shelf (in stock); one refusal and nothing changes."""
    now = resolve_now(now)
    codes = scanned_codes(codes)
    note = optional_text("note", note, 300)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "return_to_merchant")
        samples = [sample_by_code(uow, c) for c in codes]
        for sample in samples:
            if sample.status != SampleStatus.IN_STOCK.value:
                raise SampleNotInStock(sample.code, sample.status)
        for sample in samples:
            sample.status = SampleStatus.RETURNED_TO_MERCHANT.value
            uow.session.add(
                SampleMovement(sample_id=sample.id, kind=RETURNED_TO_MERCHANT, at=now, staff_id=staff.id, detail=note)
            )
        merchants = sorted({s.product.merchant.name for s in samples})
        uow.record_event(
            SamplesReturnedToMerchant(
                showroom_id=local_showroom(uow).id,
                note=note,
                samples=[
                    SampleSentBack(sample_id=s.id, code=s.code, merchant_id=s.product.merchant_id) for s in samples
                ],
            ),
            staff_id=staff.id,
            at=now,
        )
        uow.commit()
        return MerchantReturn(codes=codes, merchants=merchants, at=now)
