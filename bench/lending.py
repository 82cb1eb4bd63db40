"""Three years of loans played in time order against the samples in stock (part of bench.plan)."""
from __future__ import annotations

import heapq
import json
from collections import Counter
from datetime import timedelta

from bench.plan import (ANCHOR_T, BUSY_DAYS_AGO, DAY, DAYS, FIRST_LOCAL_DAY, METHODS, PLATFORMS, TIERS,
                        Plan, _Planner, due_t, local_date, ts)
from bench.vocab import HANDLE_WORDS

NEVER_BACK = 0.005      # of items: kept out for good (overdue now; the oldest declared lost)
LATE = 0.17             # of loans: back after the due day
PARTIAL = 0.10          # of multi-sample loans: back in two visits
WRITTEN_OFF = 0.9       # of items kept out for good: declared lost a month after the due day
BUSY_LOANS = 1_600      # loans opened on the busy day at full scale (plus ~400 check-ins: ~2,000 transactions)


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
    weights = [(0.6 + 0.8 * d / DAYS) * (1.25 if (FIRST_LOCAL_DAY + d + 3) % 7 in (5, 6) else 1.0)
               for d in range(DAYS)]
    busy_loans = max(1, BUSY_LOANS * target // 1_000_000)
    weights[busy] = 0.0
    others = sum(weights)
    weights[busy] = others * busy_loans / max(len(loans) - busy_loans, 1)
    days = rng.choices(range(DAYS), weights=weights, k=len(loans))
    timed = [(p.day_time(FIRST_LOCAL_DAY + d), who, size) for d, (who, size) in zip(days, loans)]
    timed.sort()
    return timed


def play(p: _Planner) -> None:
    rng, rows = p.rng, p.rows
    status = ["in_stock"] * len(p.samples)
    pool: list[int] = []
    back: list[tuple[int, int]] = []
    next_sample = 0
    numbers: Counter = Counter()
    first_loan: dict[int, int] = {}
    busy_day = local_date(ANCHOR_T) - timedelta(days=BUSY_DAYS_AGO)
    busy = Counter()
    for t, who, size in _loan_plan(p):
        while next_sample < len(p.samples) and p.samples[next_sample][3] <= t:
            pool.append(next_sample)
            next_sample += 1
        while back and back[0][0] <= t:
            pool.append(heapq.heappop(back)[1])
        k = min(size, len(pool))
        if k == 0:
            continue
        basket = []
        for _ in range(k):
            at = rng.randrange(len(pool))
            pool[at], pool[-1] = pool[-1], pool[at]
            basket.append(pool.pop())
        sid_, name, tier, phone = p.people[who]
        first_loan.setdefault(who, t)
        loan_days, rule = TIERS[tier][1], TIERS[tier][3]
        due = due_t(t, loan_days)
        day = local_date(t)
        numbers[day] += 1
        number = f"CS-L{day:%y%m%d}{numbers[day]:03d}"
        if day == busy_day:
            busy["loans"] += 1
        lid, clerk, method = p.uid(), rng.choice(p.clerks), rng.choice(METHODS)
        values = [p.products[p.samples[i][2]][1] for i in basket]
        deposit = _deposit(rule, values)
        ret = (t + rng.randrange(4 * 3600, max(due - t, 4 * 3600 + 1)) if rng.random() > LATE
               else due + rng.randrange(3600, 15 * DAY))
        split = rng.randrange(1, k) if k > 1 and rng.random() < PARTIAL else k
        ret2 = ret + rng.randrange(DAY, 5 * DAY)
        held, ends, returned_groups = deposit, [], {}
        rows["deposit_entry"].append((p.uid(), lid, sid_, "collect", deposit, method, clerk, ts(t), ""))
        samples_out = []
        for pos, i in enumerate(basket):
            sample_id, code = p.samples[i][0], p.samples[i][1]
            value = values[pos]
            samples_out.append({"sample_id": sample_id, "code": code, "value_fen": value})
            rows["sample_movement"].append((p.uid(), sample_id, "checked_out", ts(t), clerk, lid, sid_, number))
            back_at = None if rng.random() < NEVER_BACK else (ret if pos < split else ret2)
            returned = lost = None
            charge, condition, staff_back = 0, None, None
            if back_at is not None and back_at <= ANCHOR_T:
                returned, staff_back = back_at, rng.choice(p.clerks)
                condition = "good" if rng.random() < 0.96 else "damaged"
                heapq.heappush(back, (back_at, i))
                returned_groups.setdefault(back_at, (staff_back, []))[1].append(
                    {"loan_id": lid, "sample_id": sample_id, "code": code, "condition": condition, "note": ""})
                rows["sample_movement"].append((p.uid(), sample_id, "checked_in", ts(back_at), staff_back, lid,
                                                sid_, condition))
                ends.append(back_at)
            elif back_at is None and due + 30 * DAY <= ANCHOR_T and rng.random() < WRITTEN_OFF:
                lost = due + 30 * DAY + rng.randrange(10 * 3600, 20 * 3600)
                forfeit = min(held, value)
                charge, held = forfeit, held - forfeit
                status[i] = "lost"
                kind, amount = ("forfeit", forfeit) if forfeit else ("charge", value)
                charge = amount
                rows["deposit_entry"].append((p.uid(), lid, sid_, kind, amount, method if forfeit else "cash",
                                              p.manager, ts(lost), "丢失"))
                rows["sample_movement"].append((p.uid(), sample_id, "declared_lost", ts(lost), p.manager, lid,
                                                sid_, "丢失"))
                p.event(lost, "sample.declared_lost@1", {"loan_id": lid, "sample_id": sample_id, "code": code,
                                                         "charged_fen": charge}, p.manager)
                ends.append(lost)
            else:
                status[i] = "on_loan"
                if back_at is not None:   # back after the anchor: out now, back in the pool later
                    heapq.heappush(back, (back_at, i))
            rows["loan_item"].append((p.uid(), lid, sample_id, pos, value, ts(t), ts(returned) if returned else None,
                                      condition, "", staff_back, p.room if returned else None,
                                      ts(lost) if lost else None, charge))
        closed = max(ends) if len(ends) == k else None
        if closed is not None:
            if held > 0:
                rows["deposit_entry"].append((p.uid(), lid, sid_, "refund", held, method, clerk, ts(closed), ""))
            p.event(closed, "loan.closed@1", {"loan_id": lid, "number": number, "refund_fen": max(held, 0),
                                              "method": method}, clerk)
        for at, (staff_back, items) in returned_groups.items():
            p.event(at, "samples.checked_in@1", {"showroom_id": p.room, "items": items}, staff_back)
            if local_date(at) == busy_day:
                busy["check_ins"] += 1
        rows["loan"].append((lid, number, sid_, clerk, p.room, ts(t), ts(due), None, deposit, method, None,
                             ts(closed) if closed else None, None, ""))
        p.event(t, "loan.checked_out@1", {
            "loan_id": lid, "number": number, "streamer_id": sid_, "streamer_phone": phone, "showroom_id": p.room,
            "due_at": ts(due), "deposit_fen": deposit, "deposit_method": method, "opened_at": ts(t),
            "staff_id": clerk, "tier": tier, "samples": samples_out}, clerk)
    p.status, p.first_loan, p.numbers = status, first_loan, numbers
    p.busy = dict(busy, day=busy_day.isoformat(), transactions=busy["loans"] + busy["check_ins"])


def finish(p: _Planner) -> Plan:
    """Streamers and samples with their final state, the outbox in time order, the code counters."""
    rng, rows = p.rng, p.rows
    for n, (sid_, name, tier, phone) in enumerate(p.people):
        first = p.first_loan.get(n)
        t = first - rng.randrange(3600, 30 * DAY) if first else p.day_time(FIRST_LOCAL_DAY + rng.randrange(DAYS))
        state = rng.random()
        status, reason = (("blacklisted", "多次逾期未还") if state < 0.005 else ("suspended", "逾期未还")
                          if state < 0.025 else ("active", ""))
        handle = f"{name}{rng.choice(HANDLE_WORDS)}"
        platform = rng.choice(PLATFORMS)
        rows["streamer"].append((sid_, name, phone, platform, handle, tier, f"CS-M{n + 1:05d}", status, reason,
                                 ts(t)))
        p.event(t, "streamer.registered@1", {"streamer_id": sid_, "name": name, "phone": phone,
                                             "platform": platform, "handle": handle, "tier": tier,
                                             "member_code": f"CS-M{n + 1:05d}"}, rng.choice(p.clerks))
    for i, (sample_id, code, product, t, clerk, shelf) in enumerate(p.samples):
        rows["sample"].append((sample_id, code, p.products[product][0], p.room, p.status[i], shelf, "", ts(t), clerk))
    p.events.sort(key=lambda e: e[0])
    outbox = []
    for seq, (t, kind, payload, staff) in enumerate(p.events, start=p.first_seq):
        acked = ts(t + 60) if t < ANCHOR_T - DAY else None
        outbox.append((seq, p.uid(), kind, json.dumps(payload, ensure_ascii=False, sort_keys=True), ts(t), staff,
                       acked))
    rows["outbox_event"] = outbox
    rows["code_counter"] = ([("sample", len(p.samples)), ("member", len(p.people))]
                            + [(f"loan:{day.isoformat()}", n) for day, n in sorted(p.numbers.items())])
    counts = {t: len(r) for t, r in rows.items()}
    counts["samples_out_now"] = sum(1 for s in p.status if s == "on_loan")
    counts["samples_lost"] = sum(1 for s in p.status if s == "lost")
    return Plan(rows=rows, info={"counts": counts, "busy": p.busy, "pending_events": sum(
        1 for e in outbox if e[6] is None)})
