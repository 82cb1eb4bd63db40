"""What HQ reads, kept up to date from the events: samples, loans, streamers, deposits, exceptions.

HQ reads a pushed event only through its declaration (kernel.events): `read_event` turns the payload into
the declared event, checked field by field, and each projection reads that event's attributes.

HQ never rejects a physical fact of a showroom's own rows. When facts contradict (a sample lent in two
places, a return of a loan HQ never heard of) it applies them in order and records a sync exception that
HQ and the showrooms involved see. An event that names another showroom's rows is not applied at all
(hq/ownership.py): it is kept and reported as `foreign_write`.

Streamers' full records and network standing are staged at the end of a batch (hq/standing.py), for the
showrooms that receive them.
"""

from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from hq.applying import Applying, BadPayload, not_applied, record_exception
from hq.batch import AliasRow, ItemRow, LoanRow, SampleRow, StreamerRow, streamer_lookup
from hq.loss_projections import LOSS_APPLY
from hq.mailing_projections import MAILING_APPLY
from hq.models import HqShowroom, NetMerchant, NetProduct, NetStreamer
from hq.ownership import foreign_write
from hq.returns_elsewhere import ELSEWHERE_APPLY
from hq.shortfall_projections import SHORTFALL_APPLY
from hq.stock_projections import STOCK_APPLY
from hq.transfer_projections import TRANSFER_APPLY
from kernel.events import (
    APPLIES,
    DepositOwedPaid,
    Event,
    EventInvalid,
    LoanCheckedOut,
    LoanClosed,
    LoanDueExtended,
    MerchantCreated,
    ProductCreated,
    SampleDeclaredLost,
    SamplesCheckedIn,
    SamplesReceived,
    SamplesReturnedToMerchant,
    ShowroomSetUp,
    StreamerRegistered,
    StreamerStatusChanged,
    StreamerTierChanged,
    declared,
)
from kernel.exceptions import SAMPLE_LENT_TWICE, lent_twice_id


def read_event(event_type: str, payload: dict) -> Event | BadPayload | None:
    """A pushed event as HQ reads it: the declared event, for a type HQ applies; None for a type it only
    stores (declared so, or declared nowhere: a newer client's), which it never reads; BadPayload, never
    raised, when the payload breaks its declaration (which field, which rule), for `not_applied`."""
    declaration = declared(event_type)
    if declaration is None or declaration.HQ != APPLIES:
        return None
    try:
        return declaration.from_payload(payload)
    except EventInvalid as invalid:
        return BadPayload(str(invalid))


def streamer_change(s: NetStreamer | StreamerRow) -> dict:
    return {
        "id": s.id,
        "phone": s.phone,
        "name": s.name,
        "platform": s.platform,
        "handle": s.handle,
        "tier": s.tier,
        "member_code": s.member_code,
        "blacklisted": s.blacklisted,
        "reason": s.blacklist_reason,
        "by": s.blacklisted_by,
    }


def _code_of(session: Session, showroom_id: str) -> str:
    room = session.get(HqShowroom, showroom_id)
    return room.code if room else "?"


def network_streamer(a: Applying, local_id: str, phone: str) -> StreamerRow | None:
    """By the device's id (an alias, or a row it made from a pulled one), else by phone."""
    return streamer_lookup(a.cache, local_id, phone)


def streamer_registered(a: Applying, e: StreamerRegistered) -> None:
    s = a.cache.by_phone.get(e.phone)
    if s is None:
        taken = e.streamer_id in a.cache.streamers
        s = StreamerRow(
            id=str(uuid.uuid4()) if taken else e.streamer_id,
            phone=e.phone,
            name=e.name,
            platform=e.platform,
            handle=e.handle,
            tier=e.tier,
            member_code=e.member_code,
            blacklisted=False,
            blacklist_reason="",
            blacklisted_by="",
            updated_at=a.at,
        )
        a.cache.add(s)
    if e.streamer_id != s.id and e.streamer_id not in a.cache.aliases:
        a.cache.add(AliasRow(local_id=e.streamer_id, streamer_id=s.id, showroom_id=a.showroom.id))


def streamer_status_changed(a: Applying, e: StreamerStatusChanged) -> None:
    s = network_streamer(a, e.streamer_id, e.phone)
    if s is None:
        record_exception(
            a.session,
            "unknown_streamer",
            [a.showroom.code],
            a.event_id,
            {"streamer_id": e.streamer_id, "phone": e.phone},
        )
        return
    if e.to_status == "blacklisted":
        s.blacklisted, s.blacklist_reason = True, e.reason
        s.blacklisted_by, s.updated_at = a.showroom.code, a.at
    elif e.from_status == "blacklisted" and s.blacklisted:
        # A blacklist is lifted at HQ only: say so (the record goes down again at the end of the batch).
        record_exception(
            a.session,
            "blacklist_lift_ignored",
            [a.showroom.code],
            a.event_id,
            {"phone": s.phone, "name": s.name, "to": e.to_status},
        )


def streamer_tier_changed(a: Applying, e: StreamerTierChanged) -> None:
    s = network_streamer(a, e.streamer_id, e.phone)
    if s is not None:
        s.tier = e.to_tier


def merchant_created(a: Applying, e: MerchantCreated) -> None:
    if a.session.get(NetMerchant, e.merchant_id) is None:
        a.session.add(
            NetMerchant(
                id=e.merchant_id,
                name=e.name,
                contact=e.contact,
                phone=e.phone,
                origin_showroom_id=a.showroom.id,
                created_at=a.at,
            )
        )


def product_created(a: Applying, e: ProductCreated) -> None:
    if a.session.get(NetProduct, e.product_id) is None:
        a.session.add(
            NetProduct(
                id=e.product_id,
                merchant_id=e.merchant_id,
                name=e.name,
                brand=e.brand,
                category=e.category,
                spec=e.spec,
                retail_price_fen=e.retail_price_fen,
                live_price_fen=e.live_price_fen,
                commission_bp=e.commission_bp,
                sample_value_fen=e.sample_value_fen,
                ean=e.ean or None,
                origin_showroom_id=a.showroom.id,
                created_at=a.at,
            )
        )


def samples_received(a: Applying, e: SamplesReceived) -> None:
    for entry in e.samples:
        sample = a.cache.samples.get(entry.sample_id)
        if sample is not None:
            record_exception(
                a.session,
                "sample_received_twice",
                [a.showroom.code, _code_of(a.session, sample.showroom_id)],
                a.event_id,
                {"sample_id": entry.sample_id, "code": entry.code},
            )
            continue
        a.cache.add(
            SampleRow(
                id=entry.sample_id,
                code=entry.code,
                product_id=e.product_id,
                showroom_id=a.showroom.id,
                status="in_stock",
                current_loan_id=None,
                updated_at=a.at,
            )
        )


def _close_if_all_back(a: Applying, loan: LoanRow) -> None:
    """A loan whose every item came back, was lost or was superseded by a later loan is closed."""
    if loan.closed_at is None and not any(i.open for i in a.cache.items_of(loan.id)):
        loan.closed_at = a.at


def loan_checked_out(a: Applying, e: LoanCheckedOut) -> None:
    if e.loan_id in a.cache.loans:
        record_exception(a.session, "loan_reported_twice", [a.showroom.code], a.event_id, {"loan_id": e.loan_id})
        return
    streamer = network_streamer(a, e.streamer_id, e.streamer_phone)
    if streamer is None:
        record_exception(
            a.session, "unknown_streamer", [a.showroom.code], a.event_id, {"loan": e.number, "phone": e.streamer_phone}
        )
    loan = LoanRow(
        id=e.loan_id,
        number=e.number,
        showroom_id=a.showroom.id,
        streamer_id=streamer.id if streamer else None,
        opened_at=e.opened_at,
        due_at=e.due_at,
        deposit_fen=e.deposit_fen,
        deposit_method=e.deposit_method,
        closed_at=None,
    )
    a.cache.add(loan)
    for entry in e.samples:
        sid = entry.sample_id
        sample = a.cache.samples.get(sid)
        if sample is None:
            record_exception(
                a.session,
                "unknown_sample",
                [a.showroom.code],
                a.event_id,
                {"sample_id": sid, "code": entry.code, "loan": loan.number},
            )
            sample = SampleRow(
                id=sid,
                code=entry.code,
                product_id=None,
                showroom_id=a.showroom.id,
                status="on_loan",
                current_loan_id=None,
                updated_at=a.at,
            )
            a.cache.add(sample)
        elif (held := a.cache.open_items.get(sid)) is not None:
            older = a.cache.loan(held.loan_id)
            held.superseded_at = a.at
            a.cache.close_item(held)
            _close_if_all_back(a, older)
            record_exception(
                a.session,
                SAMPLE_LENT_TWICE,
                [a.showroom.code, _code_of(a.session, older.showroom_id)],
                a.event_id,
                {"sample_id": sid, "code": sample.code, "older_loan": older.number, "newer_loan": loan.number},
                lent_twice_id(a.event_id, sid),  # the id a restored counter that caught up named it by
            )
        if (loan.id, sid) in a.cache.items:
            raise BadPayload(f"sample {sid} twice in one loan")
        a.cache.add(ItemRow(loan_id=loan.id, sample_id=sid, value_fen=entry.value_fen))
        sample.status, sample.current_loan_id, sample.updated_at = "on_loan", loan.id, a.at
    a.cache.deposits.collected_fen += loan.deposit_fen


def samples_checked_in(a: Applying, e: SamplesCheckedIn) -> None:
    for entry in e.items:
        loan_id, sid = entry.loan_id, entry.sample_id
        item = a.cache.items.get((loan_id, sid))
        if item is None:
            record_exception(
                a.session,
                "return_of_unknown_loan",
                [a.showroom.code],
                a.event_id,
                {"loan_id": loan_id, "sample_id": sid, "code": entry.code},
            )
            continue
        item.returned_at = a.at
        a.cache.close_item(item)
        sample = a.cache.samples.get(sid)
        if sample is not None and sample.current_loan_id == loan_id:
            sample.status, sample.current_loan_id, sample.updated_at = "in_stock", None, a.at


def loan_closed(a: Applying, e: LoanClosed) -> None:
    loan = a.cache.loans.get(e.loan_id)
    if loan is None:
        record_exception(a.session, "unknown_loan", [a.showroom.code], a.event_id, {"loan": e.number})
        return
    loan.closed_at = a.at
    a.cache.deposits.refunded_fen += e.refund_fen


def deposit_owed_paid(a: Applying, e: DepositOwedPaid) -> None:
    # what a loan closed without the streamer kept (owed_fen) leaves the drawer only now
    a.cache.deposits.refunded_fen += e.amount_fen


def sample_declared_lost(a: Applying, e: SampleDeclaredLost) -> None:
    item = a.cache.items.get((e.loan_id, e.sample_id))
    if item is None:
        record_exception(
            a.session, "loss_of_unknown_loan", [a.showroom.code], a.event_id, {"loan_id": e.loan_id, "code": e.code}
        )
    else:
        item.lost_at = a.at
        a.cache.close_item(item)
    if (sample := a.cache.samples.get(e.sample_id)) is not None:
        sample.status, sample.current_loan_id, sample.updated_at = "lost", None, a.at
    totals = a.cache.deposits
    totals.forfeited_fen += e.forfeited_fen
    totals.charged_fen += e.charged_fen


def loan_due_extended(a: Applying, e: LoanDueExtended) -> None:
    loan = a.cache.loans.get(e.loan_id)
    if loan is not None:
        loan.due_at = e.new_due_at


def samples_returned_to_merchant(a: Applying, e: SamplesReturnedToMerchant) -> None:
    """Samples sent back to their merchant leave the showroom for good (they were on the shelf)."""
    for entry in e.samples:
        sample = a.cache.samples.get(entry.sample_id)
        if sample is None:
            record_exception(
                a.session,
                "unknown_sample",
                [a.showroom.code],
                a.event_id,
                {"sample_id": entry.sample_id, "code": entry.code},
            )
            continue
        sample.status, sample.current_loan_id, sample.updated_at = "returned_to_merchant", None, a.at


def showroom_set_up(a: Applying, e: ShowroomSetUp) -> None:
    pass  # checked against the device's showroom by the ingest (403 when forged)


# The projection of each event type HQ applies (the declarations that say hq=APPLIES;
# tests/hq/test_stock_projections.py keeps the two lists the same). Every other type is stored and never read.
APPLY = {
    ShowroomSetUp: showroom_set_up,
    MerchantCreated: merchant_created,
    ProductCreated: product_created,
    SamplesReceived: samples_received,
    LoanCheckedOut: loan_checked_out,
    SamplesCheckedIn: samples_checked_in,
    LoanClosed: loan_closed,
    DepositOwedPaid: deposit_owed_paid,
    SampleDeclaredLost: sample_declared_lost,
    LoanDueExtended: loan_due_extended,
    StreamerRegistered: streamer_registered,
    StreamerStatusChanged: streamer_status_changed,
    StreamerTierChanged: streamer_tier_changed,
    SamplesReturnedToMerchant: samples_returned_to_merchant,
    **STOCK_APPLY,  # stocktakes (hq/stock_projections.py)
    **LOSS_APPLY,  # automatic losses (hq/loss_projections.py)
    **MAILING_APPLY,  # parcels of mailed loans (hq/mailing_projections.py)
    **TRANSFER_APPLY,  # transfers between showrooms (hq/transfer_projections.py)
    **ELSEWHERE_APPLY,  # returns anywhere (hq/returns_elsewhere.py)
    **SHORTFALL_APPLY,  # short samples of transfers settled afterwards (hq/shortfall_projections.py)
}


def apply_event(a: Applying, event: Event) -> bool:
    """Applies the event when every row it names is the device's showroom's, and says whether it did;
    otherwise it is reported (`not_applied`, as `foreign_write`) and nothing of it applied."""
    foreign = foreign_write(a.session, a.cache, a.showroom, event)
    if foreign is not None:
        not_applied(a.session, a.showroom, a.event_id, event.TYPE, foreign)
        return False
    APPLY[type(event)](a, event)
    return True
