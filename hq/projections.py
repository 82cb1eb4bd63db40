"""What HQ reads, kept up to date from the events: samples, loans, streamers, deposits, exceptions.

HQ never rejects a physical fact. When facts contradict (a sample lent in two places, a return of a
loan HQ never heard of) it applies them in order and records a sync exception that HQ and the
showrooms involved see.
"""
from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime, timezone

from sqlalchemy.orm import Session

from hq.batch import AliasRow, BatchCache, ItemRow, LoanRow, SampleRow, StreamerRow, streamer_lookup
from hq.changelog import stage
from hq.models import HqShowroom, NetMerchant, NetProduct, NetStreamer, SyncException
from showroom.domain.errors import InvalidInput
from showroom.domain.phone import normalise_phone


class BadPayload(Exception):
    """An event HQ cannot read; it is stored and reported, not applied."""


@dataclass
class Applying:
    session: Session
    showroom: HqShowroom
    event_id: str
    at: datetime  # the device's occurred_at of the event
    cache: BatchCache


def _time(value) -> datetime:
    try:
        t = datetime.fromisoformat(str(value))
    except ValueError:
        raise BadPayload(f"not a time: {value!r}") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _get(payload: dict, key: str, kind=str):
    value = payload.get(key)
    if not isinstance(value, kind) or isinstance(value, bool) and kind is int:
        raise BadPayload(f"{key} missing or not {kind.__name__}")
    return value


def record_exception(session: Session, kind: str, codes: list[str], event_id: str | None, detail: dict) -> None:
    row = SyncException(id=str(uuid.uuid4()), kind=kind, showroom_codes=",".join(sorted(set(codes))),
                        event_id=event_id, detail=json.dumps(detail, ensure_ascii=False, sort_keys=True),
                        at=datetime.now(timezone.utc))
    session.add(row)
    stage(session, "sync_exception", row.id, {"id": row.id, "kind": kind, "showroom_codes": sorted(set(codes)),
                                              "event_id": event_id, "detail": detail, "at": row.at.isoformat()})


def streamer_change(s: NetStreamer | StreamerRow) -> dict:
    return {"id": s.id, "phone": s.phone, "name": s.name, "platform": s.platform, "handle": s.handle,
            "tier": s.tier, "member_code": s.member_code, "blacklisted": s.blacklisted,
            "reason": s.blacklist_reason, "by": s.blacklisted_by}


def _code_of(session: Session, showroom_id: str) -> str:
    room = session.get(HqShowroom, showroom_id)
    return room.code if room else "?"


def network_streamer(a: Applying, local_id: str | None, phone: str | None) -> StreamerRow | None:
    """By the device's id (an alias, or a row it made from a pulled one), else by normalised phone."""
    return streamer_lookup(a.cache, local_id, phone)


def streamer_registered(a: Applying, p: dict) -> None:
    local_id = _get(p, "streamer_id")
    try:
        phone = normalise_phone(_get(p, "phone"))
    except InvalidInput:
        raise BadPayload("phone is not a mobile number") from None
    s = a.cache.by_phone.get(phone)
    if s is None:
        taken = local_id in a.cache.streamers
        s = StreamerRow(id=str(uuid.uuid4()) if taken else local_id, phone=phone, name=_get(p, "name"),
                        platform=p.get("platform") or "", handle=p.get("handle") or "", tier=p.get("tier") or "",
                        member_code=p.get("member_code") or "", blacklisted=False, blacklist_reason="",
                        blacklisted_by="", updated_at=a.at)
        a.cache.add(s)
        stage(a.session, "streamer", s.id, streamer_change(s))
    if local_id != s.id and local_id not in a.cache.aliases:
        a.cache.add(AliasRow(local_id=local_id, streamer_id=s.id, showroom_id=a.showroom.id))


def streamer_status_changed(a: Applying, p: dict) -> None:
    s = network_streamer(a, p.get("streamer_id"), p.get("phone"))
    if s is None:
        record_exception(a.session, "unknown_streamer", [a.showroom.code], a.event_id,
                         {"streamer_id": p.get("streamer_id"), "phone": p.get("phone")})
        return
    to, before = p.get("to"), p.get("from")
    if to == "blacklisted":
        s.blacklisted, s.blacklist_reason = True, str(p.get("reason") or "")[:300]
        s.blacklisted_by, s.updated_at = a.showroom.code, a.at
        stage(a.session, "streamer", s.id, streamer_change(s))
    elif before == "blacklisted" and s.blacklisted:
        # A blacklist is lifted at HQ only: say so, and send the blacklist down again.
        record_exception(a.session, "blacklist_lift_ignored", [a.showroom.code], a.event_id,
                         {"phone": s.phone, "name": s.name, "to": to})
        stage(a.session, "streamer", s.id, streamer_change(s))


def streamer_tier_changed(a: Applying, p: dict) -> None:
    s = network_streamer(a, p.get("streamer_id"), p.get("phone"))
    if s is not None and isinstance(p.get("to"), str):
        s.tier = p["to"][:20]


def merchant_created(a: Applying, p: dict) -> None:
    mid = _get(p, "merchant_id")
    if a.session.get(NetMerchant, mid) is None:
        a.session.add(NetMerchant(id=mid, name=_get(p, "name")[:200], contact=str(p.get("contact") or "")[:100],
                                  phone=str(p.get("phone") or "")[:20], origin_showroom_id=a.showroom.id,
                                  created_at=a.at))


def product_created(a: Applying, p: dict) -> None:
    pid = _get(p, "product_id")
    if a.session.get(NetProduct, pid) is None:
        a.session.add(NetProduct(
            id=pid, merchant_id=_get(p, "merchant_id"), name=_get(p, "name")[:300], brand=str(p.get("brand") or ""),
            category=str(p.get("category") or ""), spec=str(p.get("spec") or ""),
            retail_price_fen=_get(p, "retail_price_fen", int), live_price_fen=_get(p, "live_price_fen", int),
            commission_bp=_get(p, "commission_bp", int), sample_value_fen=_get(p, "sample_value_fen", int),
            ean=p.get("ean") or None, origin_showroom_id=a.showroom.id, created_at=a.at))


def samples_received(a: Applying, p: dict) -> None:
    product_id = _get(p, "product_id")
    for entry in _get(p, "samples", list):
        sid, code = _get(entry, "sample_id"), _get(entry, "code")
        sample = a.cache.samples.get(sid)
        if sample is not None:
            record_exception(a.session, "sample_received_twice",
                             [a.showroom.code, _code_of(a.session, sample.showroom_id)],
                             a.event_id, {"sample_id": sid, "code": code})
            continue
        a.cache.add(SampleRow(id=sid, code=code, product_id=product_id, showroom_id=a.showroom.id,
                              status="in_stock", current_loan_id=None, updated_at=a.at))


def _close_if_all_back(a: Applying, loan: LoanRow) -> None:
    """A loan whose every item came back, was lost or was superseded by a later loan is closed."""
    if loan.closed_at is None and not any(i.open for i in a.cache.items_of(loan.id)):
        loan.closed_at = a.at


def loan_checked_out(a: Applying, p: dict) -> None:
    loan_id = _get(p, "loan_id")
    if loan_id in a.cache.loans:
        record_exception(a.session, "loan_reported_twice", [a.showroom.code], a.event_id, {"loan_id": loan_id})
        return
    streamer = network_streamer(a, p.get("streamer_id"), p.get("streamer_phone"))
    if streamer is None:
        record_exception(a.session, "unknown_streamer", [a.showroom.code], a.event_id,
                         {"loan": p.get("number"), "phone": p.get("streamer_phone")})
    loan = LoanRow(id=loan_id, number=_get(p, "number")[:24], showroom_id=a.showroom.id,
                   streamer_id=streamer.id if streamer else None, opened_at=_time(p.get("opened_at")),
                   due_at=_time(p.get("due_at")), deposit_fen=_get(p, "deposit_fen", int),
                   deposit_method=str(p.get("deposit_method") or ""), closed_at=None)
    a.cache.add(loan)
    for entry in _get(p, "samples", list):
        sid = _get(entry, "sample_id")
        sample = a.cache.samples.get(sid)
        if sample is None:
            record_exception(a.session, "unknown_sample", [a.showroom.code], a.event_id,
                             {"sample_id": sid, "code": entry.get("code"), "loan": loan.number})
            sample = SampleRow(id=sid, code=str(entry.get("code") or "?")[:20], product_id=None,
                               showroom_id=a.showroom.id, status="on_loan", current_loan_id=None, updated_at=a.at)
            a.cache.add(sample)
        elif (held := a.cache.open_items.get(sid)) is not None:
            older = a.cache.loan(held.loan_id)
            held.superseded_at = a.at
            a.cache.close_item(held)
            _close_if_all_back(a, older)
            record_exception(a.session, "sample_lent_twice",
                             [a.showroom.code, _code_of(a.session, older.showroom_id)], a.event_id,
                             {"sample_id": sid, "code": sample.code, "older_loan": older.number,
                              "newer_loan": loan.number})
        if (loan.id, sid) in a.cache.items:
            raise BadPayload(f"sample {sid} twice in one loan")
        a.cache.add(ItemRow(loan_id=loan.id, sample_id=sid, value_fen=int(entry.get("value_fen") or 0)))
        sample.status, sample.current_loan_id, sample.updated_at = "on_loan", loan.id, a.at
    a.cache.deposits.collected_fen += loan.deposit_fen


def samples_checked_in(a: Applying, p: dict) -> None:
    for entry in _get(p, "items", list):
        loan_id, sid = _get(entry, "loan_id"), _get(entry, "sample_id")
        item = a.cache.items.get((loan_id, sid))
        if item is None:
            record_exception(a.session, "return_of_unknown_loan", [a.showroom.code], a.event_id,
                             {"loan_id": loan_id, "sample_id": sid, "code": entry.get("code")})
            continue
        item.returned_at = a.at
        a.cache.close_item(item)
        sample = a.cache.samples.get(sid)
        if sample is not None and sample.current_loan_id == loan_id:
            sample.status, sample.current_loan_id, sample.updated_at = "in_stock", None, a.at


def loan_closed(a: Applying, p: dict) -> None:
    loan = a.cache.loans.get(_get(p, "loan_id"))
    if loan is None:
        record_exception(a.session, "unknown_loan", [a.showroom.code], a.event_id, {"loan": p.get("number")})
        return
    loan.closed_at = a.at
    a.cache.deposits.refunded_fen += int(p.get("refund_fen") or 0)


def sample_declared_lost(a: Applying, p: dict) -> None:
    loan_id, sid = _get(p, "loan_id"), _get(p, "sample_id")
    item = a.cache.items.get((loan_id, sid))
    if item is None:
        record_exception(a.session, "loss_of_unknown_loan", [a.showroom.code], a.event_id,
                         {"loan_id": loan_id, "code": p.get("code")})
    else:
        item.lost_at = a.at
        a.cache.close_item(item)
    if (sample := a.cache.samples.get(sid)) is not None:
        sample.status, sample.current_loan_id, sample.updated_at = "lost", None, a.at
    totals = a.cache.deposits
    totals.forfeited_fen += int(p.get("forfeited_fen") or 0)
    totals.charged_fen += int(p.get("charged_fen") or 0)


def loan_due_extended(a: Applying, p: dict) -> None:
    loan = a.cache.loans.get(_get(p, "loan_id"))
    if loan is not None:
        loan.due_at = _time(p.get("new_due_at"))


def samples_returned_to_merchant(a: Applying, p: dict) -> None:
    """Samples sent back to their merchant leave the showroom for good (they were on the shelf)."""
    for entry in _get(p, "samples", list):
        sid = _get(entry, "sample_id")
        sample = a.cache.samples.get(sid)
        if sample is None:
            record_exception(a.session, "unknown_sample", [a.showroom.code], a.event_id,
                             {"sample_id": sid, "code": entry.get("code")})
            continue
        sample.status, sample.current_loan_id, sample.updated_at = "returned_to_merchant", None, a.at


def showroom_set_up(a: Applying, p: dict) -> None:
    pass  # checked against the device's showroom by the ingest (403 when forged)


def ignore(a: Applying, p: dict) -> None:
    pass


APPLY = {
    "showroom.set_up@1": showroom_set_up,
    "merchant.created@1": merchant_created, "product.created@1": product_created,
    "samples.received@1": samples_received, "loan.checked_out@1": loan_checked_out,
    "samples.checked_in@1": samples_checked_in, "loan.closed@1": loan_closed,
    "sample.declared_lost@1": sample_declared_lost, "loan.due_extended@1": loan_due_extended,
    "streamer.registered@1": streamer_registered, "streamer.status_changed@1": streamer_status_changed,
    "streamer.tier_changed@1": streamer_tier_changed, "samples.returned_to_merchant@1": samples_returned_to_merchant,
}

# Administration of one showroom PC (its staff, its tier policies, the device's own settings): HQ keeps
# these events like every other (the audit trail) and applies nothing, whatever their name or version.
LOCAL_ONLY_PREFIXES = ("staff.", "tier_policy.", "device.", "setting.", "settings.", "printing.", "backup.")


def projection_of(event_type: str):
    """The projection of a type; `ignore` for local-only types; None for a type HQ does not know yet."""
    apply = APPLY.get(event_type)
    if apply is None and event_type.startswith(LOCAL_ONLY_PREFIXES):
        return ignore
    return apply
