"""Three years of loans played in time order against the samples in stock (part of bench.plan)."""

from __future__ import annotations

import heapq
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from bench.plan import (
    ANCHOR_T,
    BUSY_DAYS_AGO,
    DAY,
    DAYS,
    FIRST_LOCAL_DAY,
    METHODS,
    PLATFORMS,
    TIERS,
    Plan,
    _Planner,
    due_t,
    local_date,
    ts,
)
from bench.vocab import HANDLE_WORDS

NEVER_BACK = 0.005  # of items: kept out for good (overdue now; the oldest declared lost)
LATE = 0.17  # of loans: back after the due day
PARTIAL = 0.10  # of multi-sample loans: back in two visits
WRITTEN_OFF = 0.9  # of items kept out for good: declared lost a month after the due day
BUSY_LOANS = 1_600  # loans opened on the busy day at full scale (plus ~400 check-ins: ~2,000 transactions)


def _deposit(rule: str, values: list[int]) -> int:
    if rule == "none":
        return 0
    if rule == "per_sample":
        return 5000 * len(values)
    fen = sum(values) * (100 if rule == "percent100" else 50) // 100
    return -(-fen // 100) * 100


def _loan_plan(p: _Planner) -> list[tuple[int, int, int]]:
    """(time, streamer index, basket size) in time order; the busy day gets BUSY_LOANS at full scale."""
    rng, target = p.rng, p.scale.loan_items
    chosen = rng.choices(range(len(p.people)), weights=p.weights, k=target)
    loans, items = [], 0
    for who in chosen:
        low, high = TIERS[p.people[who][2]][2]
        size = rng.randint(low, high)
        loans.append((who, size))
        items += size
        if items >= target:
            break
    busy = DAYS - BUSY_DAYS_AGO
    weights = [(0.6 + 0.8 * d / DAYS) * (1.25 if (FIRST_LOCAL_DAY + d + 3) % 7 in (5, 6) else 1.0) for d in range(DAYS)]
    busy_loans = max(1, BUSY_LOANS * target // 1_000_000)
    weights[busy] = 0.0
    others = sum(weights)
    weights[busy] = others * busy_loans / max(len(loans) - busy_loans, 1)
    days = rng.choices(range(DAYS), weights=weights, k=len(loans))
    timed = [(p.day_time(FIRST_LOCAL_DAY + d), who, size) for d, (who, size) in zip(days, loans)]
    timed.sort()
    return timed


@dataclass
class _Loan:
    """One loan being played: what its items need, and what they leave behind (deposit held, ends, returns)."""

    lid: str
    sid: str
    number: str
    clerk: str
    method: str
    t: int
    due: int
    deposit: int
    held: int
    ret: int  # the first visit back
    ret2: int  # the second visit back, for the items from `split` on
    split: int
    ends: list[int] = field(default_factory=list)
    returned_groups: dict = field(default_factory=dict)  # back at -> (staff, items)


@dataclass
class _Shelf:
    """What the loans played so far leave for the next: each sample's status, the samples on their way back
    (a heap of (back at, sample index)), the busy day's counts."""

    status: list[str]
    busy_day: date
    back: list[tuple[int, int]] = field(default_factory=list)
    busy: Counter = field(default_factory=Counter)


def play(p: _Planner) -> None:
    shelf = _Shelf(["in_stock"] * len(p.samples), local_date(ANCHOR_T) - timedelta(days=BUSY_DAYS_AGO))
    pool: list[int] = []
    next_sample = 0
    numbers: Counter = Counter()
    first_loan: dict[int, int] = {}
    for t, who, size in _loan_plan(p):
        while next_sample < len(p.samples) and p.samples[next_sample][3] <= t:
            pool.append(next_sample)
            next_sample += 1
        while shelf.back and shelf.back[0][0] <= t:
            pool.append(heapq.heappop(shelf.back)[1])
        k = min(size, len(pool))
        if k == 0:
            continue
        basket = _draw_basket(p, pool, k)
        first_loan.setdefault(who, t)
        day = local_date(t)
        numbers[day] += 1
        if day == shelf.busy_day:
            shelf.busy["loans"] += 1
        _lend(p, shelf, t, p.people[who], basket, f"CS-L{day:%y%m%d}{numbers[day]:03d}")
    p.status, p.first_loan, p.numbers = shelf.status, first_loan, numbers
    busy = shelf.busy
    p.busy = dict(busy, day=shelf.busy_day.isoformat(), transactions=busy["loans"] + busy["check_ins"])


def _draw_basket(p: _Planner, pool: list[int], k: int) -> list[int]:
    """k samples taken from the pool at random (swap with the last, pop: the pool's order is part of the plan)."""
    basket = []
    for _ in range(k):
        at = p.rng.randrange(len(pool))
        pool[at], pool[-1] = pool[-1], pool[at]
        basket.append(pool.pop())
    return basket


def _lend(p: _Planner, shelf: _Shelf, t: int, person: tuple, basket: list[int], number: str) -> None:
    """One loan: its deposit, each item's fate, its closing and check-ins, the loan row and its event."""
    rng, rows = p.rng, p.rows
    sid_, _name, tier, phone = person
    loan_days, rule = TIERS[tier][1], TIERS[tier][3]
    due = due_t(t, loan_days)
    k = len(basket)
    lid, clerk, method = p.uid(), rng.choice(p.clerks), rng.choice(METHODS)
    values = [p.products[p.samples[i][2]][1] for i in basket]
    deposit = _deposit(rule, values)
    ret = (
        t + rng.randrange(4 * 3600, max(due - t, 4 * 3600 + 1))
        if rng.random() > LATE
        else due + rng.randrange(3600, 15 * DAY)
    )
    split = rng.randrange(1, k) if k > 1 and rng.random() < PARTIAL else k
    ret2 = ret + rng.randrange(DAY, 5 * DAY)
    loan = _Loan(lid, sid_, number, clerk, method, t, due, deposit, held=deposit, ret=ret, ret2=ret2, split=split)
    rows["deposit_entry"].append((p.uid(), lid, sid_, "collect", deposit, method, clerk, ts(t), ""))
    samples_out = [_play_item(p, shelf, loan, pos, i, values[pos]) for pos, i in enumerate(basket)]
    closed = _close(p, shelf, loan, k)
    rows["loan"].append(
        (
            lid,
            number,
            sid_,
            clerk,
            p.room,
            ts(t),
            ts(due),
            None,
            deposit,
            method,
            None,
            ts(closed) if closed else None,
            None,
            "",
        )
    )
    p.event(
        t,
        "loan.checked_out@1",
        {
            "loan_id": lid,
            "number": number,
            "streamer_id": sid_,
            "streamer_phone": phone,
            "showroom_id": p.room,
            "due_at": ts(due),
            "deposit_fen": deposit,
            "deposit_method": method,
            "opened_at": ts(t),
            "staff_id": clerk,
            "tier": tier,
            "samples": samples_out,
        },
        clerk,
    )


def _play_item(p: _Planner, shelf: _Shelf, loan: _Loan, pos: int, i: int, value: int) -> dict:
    """One sample of a loan: out, then back (before the anchor or after it), declared lost, or out for good."""
    rng, rows = p.rng, p.rows
    sample_id, code = p.samples[i][0], p.samples[i][1]
    rows["sample_movement"].append(
        (p.uid(), sample_id, "checked_out", ts(loan.t), loan.clerk, loan.lid, loan.sid, loan.number)
    )
    back_at = None if rng.random() < NEVER_BACK else (loan.ret if pos < loan.split else loan.ret2)
    returned = lost = None
    charge, condition, staff_back = 0, None, None
    if back_at is not None and back_at <= ANCHOR_T:
        returned, staff_back = back_at, rng.choice(p.clerks)
        condition = "good" if rng.random() < 0.96 else "damaged"
        heapq.heappush(shelf.back, (back_at, i))
        loan.returned_groups.setdefault(back_at, (staff_back, []))[1].append(
            {"loan_id": loan.lid, "sample_id": sample_id, "code": code, "condition": condition, "note": ""}
        )
        rows["sample_movement"].append(
            (p.uid(), sample_id, "checked_in", ts(back_at), staff_back, loan.lid, loan.sid, condition)
        )
        loan.ends.append(back_at)
    elif back_at is None and loan.due + 30 * DAY <= ANCHOR_T and rng.random() < WRITTEN_OFF:
        lost, charge = _declare_lost(p, shelf, loan, i, value)
    else:
        shelf.status[i] = "on_loan"
        if back_at is not None:  # back after the anchor: out now, back in the pool later
            heapq.heappush(shelf.back, (back_at, i))
    rows["loan_item"].append(
        (
            p.uid(),
            loan.lid,
            sample_id,
            pos,
            value,
            ts(loan.t),
            ts(returned) if returned else None,
            condition,
            "",
            staff_back,
            p.room if returned else None,
            ts(lost) if lost else None,
            charge,
        )
    )
    return {"sample_id": sample_id, "code": code, "value_fen": value}


def _declare_lost(p: _Planner, shelf: _Shelf, loan: _Loan, i: int, value: int) -> tuple[int, int]:
    """Kept out for good: declared lost a month after the due day, the deposit held forfeited as far as it goes,
    the rest charged. Returns (when, the amount charged)."""
    sample_id, code = p.samples[i][0], p.samples[i][1]
    lost = loan.due + 30 * DAY + p.rng.randrange(10 * 3600, 20 * 3600)
    forfeit = min(loan.held, value)
    loan.held -= forfeit
    shelf.status[i] = "lost"
    kind, charge = ("forfeit", forfeit) if forfeit else ("charge", value)
    p.rows["deposit_entry"].append(
        (p.uid(), loan.lid, loan.sid, kind, charge, loan.method if forfeit else "cash", p.manager, ts(lost), "丢失")
    )
    p.rows["sample_movement"].append(
        (p.uid(), sample_id, "declared_lost", ts(lost), p.manager, loan.lid, loan.sid, "丢失")
    )
    p.event(
        lost,
        "sample.declared_lost@1",
        {"loan_id": loan.lid, "sample_id": sample_id, "code": code, "charged_fen": charge},
        p.manager,
    )
    loan.ends.append(lost)
    return lost, charge


def _close(p: _Planner, shelf: _Shelf, loan: _Loan, k: int) -> int | None:
    """The loan closes when its last item is back or lost (the rest of the deposit refunded); then the
    check-ins, one event per visit. Returns when it closed, or None while something is still out."""
    closed = max(loan.ends) if len(loan.ends) == k else None
    if closed is not None:
        if loan.held > 0:
            p.rows["deposit_entry"].append(
                (p.uid(), loan.lid, loan.sid, "refund", loan.held, loan.method, loan.clerk, ts(closed), "")
            )
        p.event(
            closed,
            "loan.closed@1",
            {"loan_id": loan.lid, "number": loan.number, "refund_fen": max(loan.held, 0), "method": loan.method},
            loan.clerk,
        )
    for at, (staff_back, items) in loan.returned_groups.items():
        p.event(at, "samples.checked_in@1", {"showroom_id": p.room, "items": items}, staff_back)
        if local_date(at) == shelf.busy_day:
            shelf.busy["check_ins"] += 1
    return closed


def finish(p: _Planner) -> Plan:
    """Streamers and samples with their final state, the outbox in time order, the code counters."""
    rng, rows = p.rng, p.rows
    for n, (sid_, name, tier, phone) in enumerate(p.people):
        first = p.first_loan.get(n)
        t = first - rng.randrange(3600, 30 * DAY) if first else p.day_time(FIRST_LOCAL_DAY + rng.randrange(DAYS))
        state = rng.random()
        status, reason = (
            ("blacklisted", "多次逾期未还")
            if state < 0.005
            else ("suspended", "逾期未还")
            if state < 0.025
            else ("active", "")
        )
        handle = f"{name}{rng.choice(HANDLE_WORDS)}"
        platform = rng.choice(PLATFORMS)
        rows["streamer"].append((sid_, name, phone, platform, handle, tier, f"CS-M{n + 1:05d}", status, reason, ts(t)))
        p.event(
            t,
            "streamer.registered@1",
            {
                "streamer_id": sid_,
                "name": name,
                "phone": phone,
                "platform": platform,
                "handle": handle,
                "tier": tier,
                "member_code": f"CS-M{n + 1:05d}",
            },
            rng.choice(p.clerks),
        )
    for i, (sample_id, code, product, t, clerk, shelf) in enumerate(p.samples):
        rows["sample"].append((sample_id, code, p.products[product][0], p.room, p.status[i], shelf, "", ts(t), clerk))
    p.events.sort(key=lambda e: e[0])
    outbox = []
    for seq, (t, kind, payload, staff) in enumerate(p.events, start=p.first_seq):
        acked = ts(t + 60) if t < ANCHOR_T - DAY else None
        outbox.append(
            (seq, p.uid(), kind, json.dumps(payload, ensure_ascii=False, sort_keys=True), ts(t), staff, acked)
        )
    rows["outbox_event"] = outbox
    rows["code_counter"] = [("sample", len(p.samples)), ("member", len(p.people))] + [
        (f"loan:{day.isoformat()}", n) for day, n in sorted(p.numbers.items())
    ]
    counts = {t: len(r) for t, r in rows.items()}
    counts["samples_out_now"] = sum(1 for s in p.status if s == "on_loan")
    counts["samples_lost"] = sum(1 for s in p.status if s == "lost")
    return Plan(
        rows=rows, info={"counts": counts, "busy": p.busy, "pending_events": sum(1 for e in outbox if e[6] is None)}
    )
