"""The catalogue, intake, streamers, staff and tier terms replayed: the rows each event stands for, as the
use case that recorded it wrote them (showroom/services), from what the event says."""

from __future__ import annotations

import json

from sqlalchemy import select

from db.desk_models import Reminder
from db.models import Loan, Merchant, Product, Sample, SampleMovement, ShowroomRow, Staff, Streamer, TierPolicy
from db.sync_models import CatalogAlias
from kernel.events import (
    MerchantCreated,
    ProductCreated,
    SamplesReceived,
    SamplesReturnedToMerchant,
    ShowroomSetUp,
    StaffCreated,
    StaffDisabled,
    StaffEnabled,
    StaffRoleChanged,
    StreamerRegistered,
    StreamerReminded,
    StreamerStatusChanged,
    StreamerTierChanged,
    TierPolicyChanged,
)
from showroom.domain.model import MovementKind, SampleStatus, StreamerStatus
from showroom.replay.base import ReplayConflict, Replaying
from showroom.services.common import put_setting
from showroom.services.merchant_returns import RETURNED_TO_MERCHANT
from showroom.services.tier_policies import POST_TERMS, write_post_terms, write_rules

NO_PIN = "!replayed: PIN to be reset by an administrator"  # never a valid argon2 hash: no login until reset


def showroom_set_up(r: Replaying, e: ShowroomSetUp) -> None:
    """The showroom row of a counter rebuilt from HQ alone (showroom/sync/recover.py); a restored one has it."""
    if r.room is not None:
        return
    r.room = ShowroomRow(id=e.showroom_id, code=e.code, name=e.name, city=e.city, is_local=True)
    r.session.add(r.room)
    put_setting(r.uow, "timezone", e.timezone)


def merchant_created(r: Replaying, e: MerchantCreated) -> None:
    s = r.session
    if s.get(Merchant, e.merchant_id) is not None or s.get(CatalogAlias, e.merchant_id) is not None:
        return
    same = s.scalar(select(Merchant.id).where(Merchant.name == e.name))
    if same is not None:  # pulled from HQ or made again under this name: one merchant
        s.add(CatalogAlias(hq_id=e.merchant_id, kind="merchant", local_id=same))
        return
    s.add(Merchant(id=e.merchant_id, name=e.name, contact=e.contact, phone=e.phone, created_at=r.at))


def product_created(r: Replaying, e: ProductCreated) -> None:
    s = r.session
    if s.get(Product, e.product_id) is not None or s.get(CatalogAlias, e.product_id) is not None:
        return
    same = s.scalar(select(Product.id).where(Product.ean == e.ean)) if e.ean else None
    if same is not None:
        s.add(CatalogAlias(hq_id=e.product_id, kind="product", local_id=same))
        return
    s.add(
        Product(
            id=e.product_id,
            merchant_id=r.local_id("merchant", e.merchant_id),
            name=e.name,
            brand=e.brand,
            category=e.category,
            spec=e.spec,
            retail_price_fen=e.retail_price_fen,
            live_price_fen=e.live_price_fen,
            commission_bp=e.commission_bp,
            sample_value_fen=e.sample_value_fen,
            ean=e.ean or None,
            created_at=r.at,
        )
    )


def samples_received(r: Replaying, e: SamplesReceived) -> None:
    b = r.batch
    for x in e.samples:
        if b.find(Sample, "code", x.code) is not None:
            raise ReplayConflict("sample_code_taken", x.code)  # given again after the restore
    product_id = r.local_id("product", e.product_id)
    for x in e.samples:
        b.add(
            Sample,
            dict(
                id=x.sample_id,
                code=x.code,
                product_id=product_id,
                showroom_id=r.room.id,
                status=SampleStatus.IN_STOCK.value,
                shelf=e.shelf,
                condition_note=e.note,
                received_at=e.received_at,
                received_by=r.staff_id,
            ),
        )
        b.add(
            SampleMovement,
            dict(
                sample_id=x.sample_id,
                kind=MovementKind.RECEIVED.value,
                at=e.received_at,
                staff_id=r.staff_id,
                detail=e.shelf,
            ),
        )
        r.reach_code(x.code)


def samples_returned_to_merchant(r: Replaying, e: SamplesReturnedToMerchant) -> None:
    for x in e.samples:
        sample = r.session.get(Sample, x.sample_id)
        if sample is None or sample.status != SampleStatus.IN_STOCK.value:
            raise ReplayConflict("sample_not_in_stock", x.code)
        sample.status = SampleStatus.RETURNED_TO_MERCHANT.value
        r.session.add(
            SampleMovement(sample_id=sample.id, kind=RETURNED_TO_MERCHANT, at=r.at, staff_id=r.staff_id, detail=e.note)
        )


def streamer_registered(r: Replaying, e: StreamerRegistered) -> None:
    b = r.batch
    if b.get(Streamer, e.streamer_id) is not None:
        return
    if b.find(Streamer, "phone", e.phone) is not None:
        return  # known already (pulled from HQ, or registered again after the restore): found by phone
    if b.find(Streamer, "member_code", e.member_code) is not None:
        raise ReplayConflict("member_code_taken", e.member_code)
    if b.get(TierPolicy, e.tier) is None:
        raise ReplayConflict("unknown_tier", e.tier)
    b.add(
        Streamer,
        dict(
            id=e.streamer_id,
            name=e.name,
            phone=e.phone,
            platform=e.platform,
            handle=e.handle,
            tier=e.tier,
            member_code=e.member_code,
            status=StreamerStatus.ACTIVE.value,
            status_reason="",
            created_at=r.at,
        ),
    )
    r.reach_code(e.member_code)


def _streamer(r: Replaying, streamer_id: str, phone: str) -> Streamer:
    return r.session.get(Streamer, r.streamer_id(streamer_id, phone))


def streamer_status_changed(r: Replaying, e: StreamerStatusChanged) -> None:
    s = _streamer(r, e.streamer_id, e.phone)
    s.status = e.to_status
    if e.reason_key:  # the app's reason, worded by each reader (showroom.domain.reasons)
        params = e.reason_params.__dict__ if e.reason_params else {}
        s.status_reason, s.status_reason_key = "", e.reason_key
        s.status_reason_params = json.dumps(
            {k: v for k, v in params.items() if v is not None}, ensure_ascii=False, sort_keys=True
        )
    else:
        s.status_reason = "" if e.to_status == StreamerStatus.ACTIVE.value else e.reason
        s.status_reason_key = s.status_reason_params = ""


def streamer_tier_changed(r: Replaying, e: StreamerTierChanged) -> None:
    if r.session.get(TierPolicy, e.to_tier) is None:
        raise ReplayConflict("unknown_tier", e.to_tier)
    _streamer(r, e.streamer_id, e.phone).tier = e.to_tier


def streamer_reminded(r: Replaying, e: StreamerReminded) -> None:
    b = r.batch
    if b.get(Reminder, e.reminder_id) is not None:
        return
    b.add(
        Reminder,
        dict(
            id=e.reminder_id,
            streamer_id=r.streamer_id(e.streamer_id, e.phone),
            loan_id=b.find(Loan, "number", e.loan_number) if e.loan_number else None,
            channel=e.channel,
            outcome=e.outcome,
            note=e.note,
            staff_id=r.staff_id,
            at=r.at,
        ),
    )


def staff_created(r: Replaying, e: StaffCreated) -> None:
    """An account made after the backup: its PIN's hash never leaves the counter, so an administrator gives
    it a new one (it cannot log in until then)."""
    if r.session.get(Staff, e.staff_id) is not None:
        return
    if r.session.scalar(select(Staff.id).where(Staff.name == e.name)) is not None:
        raise ReplayConflict("staff_name_taken", e.name)
    r.session.add(Staff(id=e.staff_id, name=e.name, role=e.role, pin_hash=NO_PIN, active=True, created_at=r.at))


def _staff(r: Replaying, staff_id: str, name: str) -> Staff:
    staff = r.session.get(Staff, staff_id)
    if staff is None:
        raise ReplayConflict("unknown_staff", name)
    return staff


def staff_role_changed(r: Replaying, e: StaffRoleChanged) -> None:
    _staff(r, e.staff_id, e.name).role = e.new_role


def staff_disabled(r: Replaying, e: StaffDisabled) -> None:
    _staff(r, e.staff_id, e.name).active = False


def staff_enabled(r: Replaying, e: StaffEnabled) -> None:
    _staff(r, e.staff_id, e.name).active = True


def tier_policy_changed(r: Replaying, e: TierPolicyChanged) -> None:
    row = r.session.get(TierPolicy, e.tier)
    if row is None:
        raise ReplayConflict("unknown_tier", e.tier)
    terms = e.after
    for name in (
        "max_samples_out",
        "loan_days",
        "deposit_rule",
        "deposit_per_sample_fen",
        "deposit_percent",
        "block_on_overdue",
        "allow_override",
    ):
        setattr(row, name, getattr(terms, name))
    if terms.deposit_rounding is not None:
        row.deposit_rounding = terms.deposit_rounding
    write_rules(
        r.session,
        e.tier,
        terms.suspend_after_days_late,
        terms.lose_after_days_late,
        bool(terms.photo_required_for_damage),
    )
    write_post_terms(r.session, e.tier, {name: getattr(terms, name) for name in POST_TERMS})


IN_BULK = {SamplesReceived, StreamerRegistered, StreamerReminded}
PROJECTIONS = {
    ShowroomSetUp: showroom_set_up,
    MerchantCreated: merchant_created,
    ProductCreated: product_created,
    SamplesReceived: samples_received,
    SamplesReturnedToMerchant: samples_returned_to_merchant,
    StreamerRegistered: streamer_registered,
    StreamerStatusChanged: streamer_status_changed,
    StreamerTierChanged: streamer_tier_changed,
    StreamerReminded: streamer_reminded,
    StaffCreated: staff_created,
    StaffRoleChanged: staff_role_changed,
    StaffDisabled: staff_disabled,
    StaffEnabled: staff_enabled,
    TierPolicyChanged: tier_policy_changed,
}
