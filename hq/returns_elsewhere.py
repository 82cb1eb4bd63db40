"""What HQ does for returns anywhere (issue 17 part 3): a sample lent by one showroom, brought back at another.

- Every counter learns of the other showrooms' open loan lines (change kind `loan_line`, audience every device,
  keyed by sample): staged at the end of each pushed batch for every sample its events name that is or was on a
  loan (`stage_loan_lines`), open or closed as HQ holds them then, whichever event lent or closed it. Minimal by design (PIPL, like network standing):
  sample, loan number, lender, product, times and the keyed hash of the streamer's phone; no name, no phone.
- loan.returned_elsewhere@1 names the lender's loan and sample by plain ids; HQ checks them itself: the loan
  line must be open at HQ (found by loan and sample, or by the sample's code when the counter had not heard of
  the loan). Then the line closes as returned, custody moves to the counter that took it (in stock there), the
  loan closes when nothing of it is out, and the lender is told (`returned_elsewhere`, its audience only); a
  return "received for another showroom" is matched and the taker told what it holds (`return_reconciled`).
- The deposit is not HQ's to move: it stays with the lender, whose counter owes it back on its pull.
- Nothing open to match: a sync exception both showrooms see (`return_elsewhere_unmatched`); a known sample's
  custody still moves (HQ never rejects a physical fact: the sample is at that counter). The taker is told HQ's
  word on its return (`return_unmatched`, its audience only: the exception's id and, when HQ knows the sample,
  its id, product and the showroom it was of), so its manager can settle it.
- return_elsewhere.settled@1 (a manager kept the sample, or sent it back on a transfer.sent@1 that follows):
  the sample is the taker's, in stock; the exception is resolved, marked as settled at that counter (by whom,
  how: its detail says, and the console shows it); the showroom it was of is told (`return_settled`). An
  exception HQ does not hold for that showroom is itself reported (`return_settlement_unknown`).
"""

from __future__ import annotations

import json
import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from hq.applying import Applying, record_exception
from hq.batch import CHUNK, BatchCache, ItemRow, SampleRow, among
from hq.changelog import stage
from hq.models import (
    HqShowroom,
    NetLoanItem,
    NetMerchant,
    NetProduct,
    NetSample,
    NetStreamer,
    Resolution,
    SyncException,
)
from kernel.events import Event, LoanReturnedElsewhere, ReturnElsewhereSettled
from kernel.standing import phone_hash


def _product(p: NetProduct, merchant_name: str | None) -> dict:
    """A product as a transfer carries it (kernel.events.TransferredProduct), from HQ's catalog."""
    return {
        "product_id": p.id,
        "merchant_id": p.merchant_id,
        "merchant_name": merchant_name or "",
        "name": p.name,
        "brand": p.brand,
        "category": p.category,
        "spec": p.spec,
        "retail_price_fen": p.retail_price_fen,
        "live_price_fen": p.live_price_fen,
        "commission_bp": p.commission_bp,
        "sample_value_fen": p.sample_value_fen,
        "ean": p.ean,
    }


def products_of(session: Session, product_ids: set[str]) -> dict[str, dict]:
    """Products by id with their merchant's name, in one query per thousand."""
    pg, ids, out = session.get_bind().dialect.name == "postgresql", sorted(product_ids), {}
    for i in range(0, len(ids), CHUNK):
        q = (
            select(NetProduct, NetMerchant.name)
            .outerjoin(NetMerchant, NetMerchant.id == NetProduct.merchant_id)
            .where(among(NetProduct.id, ids[i : i + CHUNK], pg))
        )
        out.update((p.id, _product(p, name)) for p, name in session.execute(q))
    return out


def _phones(session: Session, streamer_ids: set[str]) -> dict[str, str]:
    pg, ids, out = session.get_bind().dialect.name == "postgresql", sorted(streamer_ids), {}
    for i in range(0, len(ids), CHUNK):
        out.update(
            session.execute(
                select(NetStreamer.id, NetStreamer.phone).where(among(NetStreamer.id, ids[i : i + CHUNK], pg))
            ).all()
        )
    return out


def _named_samples(applied: list[Event], cache: BatchCache) -> list[str]:
    """The samples the batch's events name (by the field names hq/batch.py loads by) that are or were on a loan
    this batch knows: lent, returned, lost, found on a shelf, received by post... whatever the event type. A
    sample never lent (an intake, a count of one in stock) is not sent."""
    lent = {sid for _loan, sid in cache.items}
    named = []
    for e in applied:
        named += [x.sample_id for x in (*getattr(e, "samples", ()), *getattr(e, "items", ()))]
        named.append(getattr(e, "sample_id", None))
    return [sid for sid in dict.fromkeys(named) if sid in lent]


def _closed(sample: SampleRow) -> dict:
    return {"id": sample.id, "sample_id": sample.id, "code": sample.code, "open": False, "lender_code": ""}


def stage_loan_lines(session: Session, cache: BatchCache, applied: list[Event]) -> None:
    """After a batch's rows are written: each sample its lending events named, as every counter should know it
    (open on a loan, or not any more). A few queries a batch, whatever its size."""
    samples = [
        (x, cache.open_items.get(x.id)) for sid in _named_samples(applied, cache) if (x := cache.samples.get(sid))
    ]
    if not samples:
        return
    loans = {item.loan_id: cache.loans.get(item.loan_id) or cache.loan(item.loan_id) for _x, item in samples if item}
    rooms = {r.id: r for r in session.scalars(select(HqShowroom))}
    phones = _phones(session, {loan.streamer_id for loan in loans.values() if loan.streamer_id})
    products = products_of(session, {x.product_id for x, item in samples if item and x.product_id})
    key = None
    if phones:
        from hq.standing import network_key  # noqa: PLC0415 - hq.standing imports the projections

        key = network_key(session)
    for sample, item in samples:
        closed = _closed(sample)
        product = products.get(sample.product_id) if item else None
        if product is None:  # not out; or a sample HQ knows no product of, which cannot be laid in elsewhere
            stage(session, "loan_line", sample.id, closed)
            continue
        loan = loans[item.loan_id]
        room, phone = rooms[loan.showroom_id], phones.get(loan.streamer_id)
        line = closed | {"open": True, "loan_id": loan.id, "number": loan.number, "product": product}
        line |= {
            "lender_code": room.code,
            "lender_name": room.name,
            "phone_hash": phone_hash(key, phone) if phone else "",
        }
        line |= {"opened_at": loan.opened_at.isoformat(), "due_at": loan.due_at.isoformat()}
        stage(session, "loan_line", sample.id, line)


UNMATCHED = "return_elsewhere_unmatched"


def _sample(a: Applying, e: LoanReturnedElsewhere) -> SampleRow | None:
    if e.sample_id is not None:
        return a.cache.samples.get(e.sample_id)
    found = a.session.execute(select(NetSample.id).where(NetSample.code == e.code)).scalar()
    return _loaded(a, found)


def _loaded(a: Applying, found: str | None) -> SampleRow | None:
    """A sample by HQ's id, with its open loan line, into the batch's cache (the event names it by a plain id)."""
    if found is None:
        return None
    if found not in a.cache.samples:
        a.cache._load(SampleRow, NetSample.id == found)  # noqa: SLF001 - the cache's loader
        a.cache._load(  # noqa: SLF001
            ItemRow,
            (NetLoanItem.sample_id == found)
            & NetLoanItem.returned_at.is_(None)
            & NetLoanItem.lost_at.is_(None)
            & NetLoanItem.superseded_at.is_(None),
        )
    return a.cache.samples.get(found)


def loan_returned_elsewhere(a: Applying, e: LoanReturnedElsewhere) -> None:
    sample = _sample(a, e)
    item = a.cache.open_items.get(sample.id) if sample is not None else None
    if item is not None and e.loan_id is not None and item.loan_id != e.loan_id:
        item = None  # that loan is not the one the counter saw open
    owner = sample.showroom_id if sample is not None else None
    if sample is not None:  # the sample is here now, whatever its loan says
        _in_stock_at(a, sample)
    if item is None:
        _unmatched(a, e, sample, owner)
        return
    item.returned_at = a.at
    a.cache.close_item(item)
    loan = a.cache.loan(item.loan_id)
    if loan.closed_at is None and not any(i.open for i in a.cache.items_of(loan.id)):
        loan.closed_at = a.at
    lender = a.session.get(HqShowroom, loan.showroom_id)
    told = {"id": e.return_id, "lender_code": lender.code, "loan_id": loan.id, "sample_id": sample.id}
    told |= {"code": sample.code, "condition": e.condition, "note": e.note, "returned_at": a.at.isoformat()}
    told |= {"at_code": a.showroom.code, "at_name": a.showroom.name, "number": loan.number}
    stage(a.session, "returned_elsewhere", e.return_id, told, audience=lender.code)
    if e.loan_id is None:  # received for another showroom: now the taker knows what it holds
        stage(a.session, "loan_line", sample.id, _closed(sample))  # the event named no sample id to send it by
        product = products_of(a.session, {sample.product_id}).get(sample.product_id) if sample.product_id else None
        if product is not None:  # without it the taker cannot lay the sample in: it stays held there
            matched = told | {"return_id": e.return_id, "lender_name": lender.name, "product": product}
            stage(a.session, "return_reconciled", e.return_id, matched, audience=a.showroom.code)


def _in_stock_at(a: Applying, sample: SampleRow) -> None:
    sample.showroom_id, sample.status, sample.current_loan_id, sample.updated_at = a.showroom.id, "in_stock", None, a.at


def _unmatched(a: Applying, e: LoanReturnedElsewhere, sample: SampleRow | None, owner_id: str | None) -> None:
    """No open loan for the return: the exception both showrooms see, and HQ's word to the taker, with what HQ
    knows of the sample (its id, its product, the showroom it was of) for a manager to settle it there."""
    owner = a.session.get(HqShowroom, owner_id) if owner_id else None
    if owner is None and e.lender:
        owner = a.session.scalar(select(HqShowroom).where(HqShowroom.code == e.lender))
    lender = owner.code if owner is not None else e.lender
    codes = [a.showroom.code] + ([lender] if lender and lender != a.showroom.code else [])
    exception_id = str(uuid.uuid4())
    detail = {"code": e.code, "loan": e.number or "", "lender": e.lender}
    record_exception(a.session, UNMATCHED, codes, a.event_id, detail, exception_id)
    product = None
    if sample is not None and sample.product_id:
        product = products_of(a.session, {sample.product_id}).get(sample.product_id)
    word = {"id": e.return_id, "exception_id": exception_id, "at_code": a.showroom.code, "code": e.code}
    word |= {"sample_id": sample.id if sample is not None else None, "product": product}
    word |= {"lender_code": lender or "", "lender_name": owner.name if owner is not None else ""}
    stage(a.session, "return_unmatched", e.return_id, word, audience=a.showroom.code)


def return_elsewhere_settled(a: Applying, e: ReturnElsewhereSettled) -> None:
    """A manager at the taker kept the sample (or sent it back: the transfer.sent that follows moves it on)."""
    exc = a.session.get(SyncException, e.exception_id)
    ours = exc is not None and exc.kind == UNMATCHED and a.showroom.code in exc.showroom_codes.split(",")
    sample = a.cache.samples.get(e.sample_id) or _loaded(a, e.sample_id)
    if sample is not None:  # a physical fact: the sample is at that counter, in its stock
        _in_stock_at(a, sample)
    if not ours or sample is None:
        detail = {"code": e.code, "exception": e.exception_id, "decision": e.decision}
        record_exception(a.session, "return_settlement_unknown", [a.showroom.code], a.event_id, detail)
    if ours:
        _resolve(a, exc, e)
    told = {"id": e.return_id, "sample_id": e.sample_id, "code": e.code, "decision": e.decision}
    told |= {"lender_code": e.lender, "at_code": a.showroom.code, "at_name": a.showroom.name}
    told |= {"settled_at": a.at.isoformat()}
    if e.lender != a.showroom.code:
        stage(a.session, "return_settled", e.return_id, told, audience=e.lender)


def _resolve(a: Applying, exc: SyncException, e: ReturnElsewhereSettled) -> None:
    """The exception settled at the counter: its detail says where, by whom and how; resolved unless HQ staff did
    already (a Resolution of no console staff: `staff_id` empty, hq/console/sync_health.py reads the detail)."""
    detail = json.loads(exc.detail or "{}") | {
        "settled": e.decision,
        "settled_at": a.showroom.code,
        "settled_by": e.settled_by,
    }
    exc.detail = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    if a.session.get(Resolution, ("sync_exception", exc.id)) is None:
        a.session.add(
            Resolution(subject="sync_exception", subject_id=exc.id, resolved_at=a.at, staff_id="", note=e.note)
        )


ELSEWHERE_APPLY = {LoanReturnedElsewhere: loan_returned_elsewhere, ReturnElsewhereSettled: return_elsewhere_settled}
