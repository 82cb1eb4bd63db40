"""What HQ keeps of samples short on a transfer, settled afterwards (kernel/events/shortfalls.py): each line of the
transfer (hq_transfer.lines) says how it was settled, when, by whom and where; `short_open` counts those not
settled yet; custody of the sample follows (found at the sender: in stock there; declared lost: lost there, no
loan, no streamer; arrived late: the receiver's, in stock); and both ends are told (change kind `transfer`). When
nothing of a transfer is short any more, its `transfer_short` exception is resolved, by the counters.

Ownership: neither event names a sample by `names=`; each is checked here against the transfer (only its sender
settles, only its destination receives late). HQ never rejects a physical fact, and the arrival wins: a sample
the receiver scanned is the receiver's, whatever the sender said before or says after. The contradiction is
named to both showrooms: `transfer_lost_arrived` (declared lost at the sender, arrived at the receiver),
`transfer_found_twice` (found at the sender and arrived at the receiver; if the sender has lent it since, it
stays where it is lent and the exception names it under `lent`). A line that was not short is
`transfer_not_short`; the sender's word twice on one line, `transfer_short_settled_twice`; a late arrival twice,
`transfer_received_twice`.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import exists, select

from hq.applying import Applying, record_exception
from hq.models import NetTransfer, Resolution, SyncException
from hq.transfer_projections import find_transfer, lay_in_at, showroom_code, tell_both, to_act_on
from kernel.events import TransferArrivedLate, TransferShortSettled

ARRIVED_LATE = "arrived_late"
CONTRADICTION = {"declared_lost": "transfer_lost_arrived", "found_at_sender": "transfer_found_twice"}
AT_SENDER = {"found_at_sender": "in_stock", "declared_lost": "lost"}
SETTLEABLE = ("in_transit", "in_stock")  # in stock: called back at the sender while received short elsewhere
SETTLED_AT_COUNTERS = "counters"  # hq_resolution.staff_id of an exception the showrooms' own work resolved
_NAMED = 50  # codes named in one exception


def _settle(line: dict, settlement: str, a: Applying, by: str, note: str) -> None:
    line |= {
        "settled": settlement,
        "settled_at": a.at.isoformat(),
        "settled_by": by,
        "settled_note": note,
        "settled_in": a.showroom.code,
    }


def _sender_refusal(line: dict | None, outcome: str) -> str | None:
    if line is None or line.get("outcome") != "short":
        return "transfer_not_short"
    settled = line.get("settled") or ""
    if settled == ARRIVED_LATE:
        return CONTRADICTION[outcome]  # the arrival wins: nothing of the sender's word applies
    return "transfer_short_settled_twice" if settled else None


def transfer_short_settled(a: Applying, e: TransferShortSettled) -> None:
    t = find_transfer(a.session, e.transfer_id)
    if not to_act_on(a, e, t, t.from_showroom_id if t else None):
        return
    lines = json.loads(t.lines)
    by_code, named = {x["code"]: x for x in lines}, {}
    for x in e.samples:
        line = by_code.get(x.code)
        if kind := _sender_refusal(line, e.outcome):
            named.setdefault(kind, []).append(x.code)
            continue
        _settle(line, e.outcome, a, e.settled_by, e.note)
        sample = a.cache.samples.get(x.sample_id)
        if sample is not None and sample.showroom_id == a.showroom.id and sample.status in SETTLEABLE:
            sample.status, sample.current_loan_id, sample.updated_at = AT_SENDER[e.outcome], None, a.at
    _report(a, t, named, {})
    _save(a, t, lines)


def transfer_arrived_late(a: Applying, e: TransferArrivedLate) -> None:
    t = find_transfer(a.session, e.transfer_id)
    if not to_act_on(a, e, t, t.to_showroom_id if t else None):
        return
    lines = json.loads(t.lines)
    by_code, named, lent = {x["code"]: x for x in lines}, {}, []
    for x in e.samples:
        line = by_code.get(x.code)
        if line is None or line.get("outcome") != "short":
            named.setdefault("transfer_not_short", []).append(x.code)
            continue
        before = line.get("settled") or ""
        if before == ARRIVED_LATE:
            named.setdefault("transfer_received_twice", []).append(x.code)
            continue
        if before:
            named.setdefault(CONTRADICTION[before], []).append(x.code)
        _settle(line, ARRIVED_LATE, a, e.received_by, x.note)
        t.received += 1
        sample = a.cache.samples.get(x.sample_id)
        if sample is not None and sample.current_loan_id is not None:
            lent.append(x.code)  # found and lent at the sender meanwhile: it stays where it is lent
        else:
            lay_in_at(a, x, t)
    _report(a, t, named, {"transfer_found_twice": lent} if lent else {})
    _save(a, t, lines)


def _report(a: Applying, t: NetTransfer, named: dict[str, list[str]], lent: dict[str, list[str]]) -> None:
    both = [showroom_code(a.session, t.from_showroom_id), t.to_code]
    for kind, codes in named.items():
        detail = {"number": t.number, "count": len(codes), "codes": codes[:_NAMED], "from": both[0], "to": both[1]}
        if lent.get(kind):
            detail["lent"] = lent[kind][:_NAMED]
        record_exception(a.session, kind, both, a.event_id, detail)


def _save(a: Applying, t: NetTransfer, lines: list[dict]) -> None:
    was_open = t.short_open
    t.lines = json.dumps(lines, ensure_ascii=False)
    t.short_open = sum(1 for x in lines if x.get("outcome") == "short" and not x.get("settled"))
    if was_open and not t.short_open:
        _resolve_short(a, t)
    tell_both(a.session, t)


def _resolve_short(a: Applying, t: NetTransfer) -> None:
    """Nothing of the transfer is short any more: its `transfer_short` exceptions are resolved, by the counters
    (the Transfers page says how each sample was settled)."""
    unresolved = ~exists().where(Resolution.subject == "sync_exception", Resolution.subject_id == SyncException.id)
    found = a.session.scalars(
        select(SyncException.id).where(
            SyncException.kind == "transfer_short", SyncException.detail.contains(f'"number": "{t.number}"'), unresolved
        )
    )
    now = datetime.now(timezone.utc)
    for exception_id in list(found):
        a.session.add(
            Resolution(
                subject="sync_exception",
                subject_id=exception_id,
                resolved_at=now,
                staff_id=SETTLED_AT_COUNTERS,
                note=t.number,
            )
        )


SHORTFALL_APPLY = {TransferShortSettled: transfer_short_settled, TransferArrivedLate: transfer_arrived_late}
