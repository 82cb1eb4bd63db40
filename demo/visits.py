"""Plans each demo streamer's visits: when they come, what they bring back, whether they borrow again."""

from __future__ import annotations

import random
from dataclasses import dataclass

from demo.data import _PHONE_PREFIXES, _STREAMERS, _Streamer


@dataclass
class Visit:
    day: int
    borrow: bool = True  # every visit first brings back what is held; then maybe borrows
    basket: int | None = None
    planned_offset: int | None = None  # planned stream day, days after the visit
    lost: str = ""
    override: bool = False


class VisitPlanner:
    """Walks back from each streamer's state today (open, overdue, closed, ...) to their first visit."""

    def __init__(self, rng: random.Random, loan_days: dict[str, int]):
        self.rng = rng
        self.loan_days = loan_days

    def phones(self) -> list[str]:
        seen: set[str] = set()
        out = []
        while len(out) < len(_STREAMERS):
            phone = self.rng.choice(_PHONE_PREFIXES) + f"{self.rng.randint(0, 99_999_999):08d}"
            if phone not in seen:
                seen.add(phone)
                out.append(phone)
        return out

    def gap(self, tier: str) -> int:
        days = self.loan_days[tier]
        if tier == "diamond":
            return self.rng.randint(4, 9)
        r = self.rng.random()
        if r < 0.8:
            return self.rng.randint(max(2, days - 2), days)
        if r < 0.94:
            return days + self.rng.randint(1, 2)
        return days + self.rng.randint(3, 5)

    def plan_visits(self, s: _Streamer) -> list[Visit]:
        days = self.loan_days[s.tier]
        if s.final == "none":
            return []
        if s.final in ("open", "due"):
            last = s.k - days
        elif s.final == "overdue":
            last = -(days + s.k)
        elif s.final == "extended":
            last = -(days + 1)
        elif s.final == "partial":
            last = -(days + 1)
        else:  # closed
            last = -s.k
        # Walk back from the last visit: each visit returns what the one before lent. Now and then a
        # streamer brings everything back and only borrows again some days later (a return-only visit).
        visits = [Visit(last, borrow=s.final != "closed")]
        cursor = last
        while True:
            pause = s.tier != "diamond" and visits[0].borrow and self.rng.random() < 0.45
            back = cursor - self.rng.randint(3, 9) if pause else cursor
            lend = back - self.gap(s.tier)
            if lend < s.first:
                break
            if pause:
                visits.insert(0, Visit(back, borrow=False))
            visits.insert(0, Visit(lend))
            cursor = lend
        if len(visits) == 1 and not visits[0].borrow:
            visits.insert(0, Visit(last - self.gap(s.tier)))
        for i, v in enumerate(visits[:-1]):
            nxt = visits[i + 1].day - v.day
            if s.tier != "diamond" and self.rng.random() < 0.25 and nxt - 1 <= days - 1:
                v.planned_offset = self.rng.randint(max(0, nxt - 1), days - 1)
        if s.final == "partial":
            visits[-1].basket = 4
        if s.lost == "forfeit":
            # a visit in the middle of the history that brings a loan back
            bringing_back = [v for prev, v in zip(visits, visits[1:]) if prev.borrow]
            bringing_back[len(bringing_back) // 2].lost = "forfeit"
        elif s.lost == "charge":
            visits[-1].lost = "charge"
        if s.override_visit >= 0:
            lending = [v for v in visits if v.borrow]
            lending[min(s.override_visit, len(lending) - 1)].override = True
        return visits
