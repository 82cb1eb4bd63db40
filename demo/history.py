"""Plays the demo's history: plans ~45 days of visits per streamer, then runs them in time order.

Everything goes through the services, as the counter would write it, with `now=` placing each
action in the past, so the outbox, the movements and the deposit ledger are all consistent.
Policies are respected rather than overridden: a streamer whose loan is overdue now never borrows
again after its due date, and each basket fits the tier's limit.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone

from demo.data import (
    _BASKET,
    _DAMAGE_NOTES,
    _INTAKE_DAYS,
    _MERCHANTS,
    _MISSING_NOTES,
    _PRODUCTS,
    _SHELF_LETTER,
    _STREAMERS,
    _TZ,
    DEMO_PINS,
    DEMO_STAFF,
    SHOWROOM_CITY,
    SHOWROOM_CODE,
    SHOWROOM_NAME,
    TIMEZONE,
    DemoStaff,
    _fen,
    ean13,
)
from demo.stocktake import count_the_fullest_shelf
from demo.visits import Visit, VisitPlanner
from showroom.domain.model import DepositMethod, LossSettlement, ReturnCondition
from showroom.services import catalog, checkout, returns, setup, staff, streamers
from showroom.services.common import Actor
from showroom.services.records import list_policies
from showroom.services.returns import ReturnRequest
from showroom.services.settings import save_settings
from showroom.services.views import Override
from showroom.settings import DOCUMENT_KINDS
from showroom.store import Store

DEMO_PAPERS_FOLDER = "folder:papers"  # relative: inside the demo's data folder


@dataclass(frozen=True)
class DemoInfo:
    showroom_code: str
    showroom_name: str
    now: datetime
    merchants: int
    products: int
    samples: int
    streamers: int
    open_loans: int
    overdue_loans: int
    closed_loans: int
    lost_samples: int
    staff: tuple[DemoStaff, ...] = DEMO_STAFF

    @property
    def pins(self) -> dict[str, str]:
        return {s.name: s.pin for s in self.staff}


@dataclass
class _Loan:
    number: str
    streamer: int
    opened_day: int
    due_at: datetime
    out: list[str]


@dataclass(order=True)
class _Action:
    at: datetime
    seq: int
    run: Callable[[datetime], datetime | None] = field(compare=False)  # returns the last time it used


class DemoHistory:
    # the counter's demo is Changsha; HQ's network demo (demo/network.py) plays the same history in other cities
    code, name, city = SHOWROOM_CODE, SHOWROOM_NAME, SHOWROOM_CITY

    def __init__(self, store: Store, now: datetime, seed: int):
        self.store = store
        self.now = now
        self.today = now.astimezone(_TZ).date()
        self.rng = random.Random(seed)
        self.actions: list[_Action] = []
        self.staff: dict[str, Actor] = {}
        self.product_ids: list[str] = []
        self.merchant_ids: list[str] = []
        self.in_stock: dict[str, int] = {}  # sample code -> product index, for those on the shelf
        self.product_of: dict[str, int] = {}  # every sample code -> product index
        self.streamer_ids: dict[int, str] = {}
        self.loans: dict[str, _Loan] = {}
        self.lost = 0
        self.loan_days: dict[str, int] = {}
        self.max_out: dict[str, int] = {}

    # time ------------------------------------------------------------------------------------------
    def at(self, day: int, hour: int, minute: int, second: int = 0) -> datetime:
        local = datetime.combine(self.today + timedelta(days=day), time(hour, minute, second), tzinfo=_TZ)
        return local.astimezone(timezone.utc)

    def visit_time(self, day: int, latest_hour: int = 20) -> datetime:
        minutes = self.rng.randint(10 * 60 + 15, latest_hour * 60 + 15)
        return self.at(day, minutes // 60, minutes % 60, self.rng.randint(0, 59))

    def schedule(self, when: datetime, run: Callable[[datetime], datetime | None]) -> None:
        self.actions.append(_Action(when, len(self.actions), run))

    def counter_clerk(self, when: datetime) -> Actor:
        """张小雨 works the early shift, 刘洋 the late one; the manager sometimes serves too."""
        if self.rng.random() < 0.08:
            return self.staff["李经理"]
        local = when.astimezone(_TZ).time()
        return self.staff["张小雨"] if local < time(15, 30) else self.staff["刘洋"]

    # set-up ----------------------------------------------------------------------------------------
    def set_up(self) -> None:
        first = self.at(_INTAKE_DAYS[0] - 2, 10, 5)
        admin_spec, *others = DEMO_STAFF
        admin = setup.set_up_showroom(
            self.store.uow(), self.code, self.name, self.city, admin_spec.name, admin_spec.pin, TIMEZONE, now=first
        )
        self.staff[admin.name] = admin
        for i, spec in enumerate(others):
            view = staff.create_staff(
                self.store.uow(), admin, spec.name, spec.role, spec.pin, now=first + timedelta(minutes=5 * (i + 1))
            )
            self.staff[view.name] = Actor(view.id, view.name, view.role)
        # A demo PC has no label or receipt printer: papers are filed as PDFs in <data dir>/papers.
        save_settings(self.store.uow(), admin, {f"print.{kind}.printer": DEMO_PAPERS_FOLDER for kind in DOCUMENT_KINDS})
        policies = list_policies(self.store.uow())
        self.loan_days = {p.tier: p.loan_days for p in policies}
        self.max_out = {p.tier: p.max_samples_out for p in policies}

    # catalogue -------------------------------------------------------------------------------------
    def plan_catalogue(self) -> None:
        shelf_next: dict[str, int] = {}
        shelves: list[str] = []
        for p in _PRODUCTS:
            letter = _SHELF_LETTER[p.category]
            n = shelf_next.get(letter, 0)
            shelf_next[letter] = n + 1
            shelves.append(f"{letter}-{n % 12 + 1:02d}")
        self.product_ids = [""] * len(_PRODUCTS)
        self.merchant_ids = [""] * len(_MERCHANTS)
        item_no: dict[int, int] = {}
        eans: list[str | None] = []
        for p in _PRODUCTS:
            m = _MERCHANTS[p.merchant]
            item_no[p.merchant] = item_no.get(p.merchant, 0) + 1
            eans.append(ean13(f"{m.gs1}{item_no[p.merchant] * 37 + 101:05d}") if p.ean and m.gs1 else None)
        for intake, day in enumerate(_INTAKE_DAYS):
            clock = self.at(day, 10, self.rng.randint(5, 25))
            for mi, m in enumerate(_MERCHANTS):
                lines = []
                for pi, p in enumerate(_PRODUCTS):
                    if p.merchant != mi:
                        continue
                    intro = p.intro if p.intro is not None else m.first_intake
                    if intake == intro:
                        qty = self.rng.randint(2, 3) if p.value >= 300 else self.rng.randint(3, 6)
                        lines.append((pi, qty, True))
                    elif intake > intro and self.rng.random() < 0.35:
                        lines.append((pi, self.rng.randint(1, 3), False))
                if not lines:
                    continue
                clerk = self.staff["张小雨"] if intake % 2 == 0 else self.staff["刘洋"]
                if intake == m.first_intake:
                    clock += timedelta(minutes=2)
                    self.schedule(clock, self._merchant_action(mi, clerk))
                for pi, qty, new in lines:
                    if new:
                        clock += timedelta(minutes=1, seconds=self.rng.randint(0, 50))
                        self.schedule(clock, self._product_action(pi, eans[pi], clerk))
                    clock += timedelta(minutes=1, seconds=self.rng.randint(0, 50))
                    self.schedule(clock, self._intake_action(pi, qty, shelves[pi], clerk))

    def _merchant_action(self, mi: int, clerk: Actor):
        def run(when: datetime) -> None:
            m = _MERCHANTS[mi]
            view = catalog.create_merchant(self.store.uow(), clerk, m.name, m.contact, m.phone, now=when)
            self.merchant_ids[mi] = view.id

        return run

    def _product_action(self, pi: int, ean: str | None, clerk: Actor):
        def run(when: datetime) -> None:
            p = _PRODUCTS[pi]
            view = catalog.create_product(
                self.store.uow(),
                clerk,
                self.merchant_ids[p.merchant],
                p.name,
                brand=p.brand,
                category=p.category,
                spec=p.spec,
                retail_price_fen=_fen(p.retail),
                live_price_fen=_fen(p.live),
                commission_bp=p.commission_pct * 100,
                sample_value_fen=_fen(p.value),
                ean=ean,
                now=when,
            )
            self.product_ids[pi] = view.id

        return run

    def _intake_action(self, pi: int, qty: int, shelf: str, clerk: Actor):
        def run(when: datetime) -> None:
            result = catalog.receive_samples(self.store.uow(), clerk, self.product_ids[pi], qty, shelf=shelf, now=when)
            for code in result.codes:
                self.in_stock[code] = pi
                self.product_of[code] = pi

        return run

    # streamers -------------------------------------------------------------------------------------
    def plan_streamers(self) -> None:
        planner = VisitPlanner(self.rng, self.loan_days)
        phones = planner.phones()
        for si, s in enumerate(_STREAMERS):
            visits = planner.plan_visits(s)
            if not visits:
                when = self.visit_time(-s.k)
                self.schedule(when, self._register_action(si, phones[si]))
                self._first_loan_today(si, when)
                continue
            for vi, v in enumerate(visits):
                latest = 19 if v.day == -1 else 20
                when = self.visit_time(v.day, latest)
                if vi == 0:
                    self.schedule(when, self._register_action(si, phones[si]))
                    when += timedelta(minutes=self.rng.randint(2, 6))
                self.schedule(when, self._visit_action(si, v))
                if v.lost and s.block:
                    self.schedule(when + timedelta(minutes=25), self._block_action(si))
            tail = visits[-1]
            if s.final == "partial":
                back = self.visit_time(tail.day + 3)
                self.schedule(back, self._partial_return_action(si))
            if s.final == "extended":
                ask = self.visit_time(-2)
                self.schedule(ask, self._extend_action(si))
            if s.block and not any(v.lost for v in visits):
                # after the due date has passed and the phone went unanswered for a few days
                self.schedule(self.visit_time(-4), self._block_action(si))

    def _first_loan_today(self, si: int, registered: datetime) -> None:
        """Newcomers who registered earlier come back this morning for their first samples, so that
        today's report has a day to tell (only once the showroom has been open a while today)."""
        opened = self.at(0, 10, 15)
        latest = min(self.now - timedelta(minutes=10), self.at(0, 20, 15))
        if latest - opened < timedelta(minutes=30) or registered >= opened:
            return
        span = int((latest - opened).total_seconds() // 60)
        when = opened + timedelta(minutes=self.rng.randint(0, span), seconds=self.rng.randint(0, 59))
        self.schedule(when, self._visit_action(si, Visit(0, basket=2)))

    def _register_action(self, si: int, phone: str):
        def run(when: datetime) -> None:
            s = _STREAMERS[si]
            # Above the entry tier a manager registers them (clerks may only register newcomers).
            actor = self.counter_clerk(when) if s.tier == "new" else self.staff["李经理"]
            view = streamers.register_streamer(
                self.store.uow(), actor, s.name, phone, s.platform, s.handle, tier=s.tier, now=when
            )
            self.streamer_ids[si] = view.id

        return run

    def held(self, si: int) -> list[_Loan]:
        return [loan for loan in self.loans.values() if loan.streamer == si and loan.out]

    def _condition(self, code: str) -> ReturnRequest:
        category = _PRODUCTS[self.product_of[code]].category
        r = self.rng.random()
        if r < 0.05:
            return ReturnRequest(code, ReturnCondition.DAMAGED.value, self.rng.choice(_DAMAGE_NOTES[category]))
        if r < 0.08:
            return ReturnRequest(code, ReturnCondition.PARTS_MISSING.value, self.rng.choice(_MISSING_NOTES[category]))
        return ReturnRequest(code)

    def check_in(self, when: datetime, codes: list[str]) -> None:
        if not codes:
            return
        requests = [self._condition(c) for c in codes]
        returns.check_in(self.store.uow(), self.counter_clerk(when), requests, now=when)
        for code in codes:
            for loan in self.loans.values():
                if code in loan.out:
                    loan.out.remove(code)
                    break
            self.in_stock[code] = self.product_of[code]

    def _visit_action(self, si: int, v: Visit):
        def run(when: datetime) -> datetime:
            s = _STREAMERS[si]
            day = (when.astimezone(_TZ).date() - self.today).days
            loans = self.held(si)
            if s.tier == "diamond" and v.borrow:
                # heavy borrowers keep last week's basket while taking a new one
                loans = [ln for ln in loans if day - ln.opened_day >= 5]
            codes = [c for ln in loans for c in ln.out]
            if v.lost and codes:
                lost_code, codes = codes[0], codes[1:]
                when = self.declare_lost(when, si, lost_code, v.lost)
                when += timedelta(minutes=1)
            if codes:
                self.check_in(when, codes)
                when += timedelta(minutes=self.rng.randint(2, 8))
            if v.borrow:
                self.borrow(when, si, v)
            return when

        return run

    def declare_lost(self, when: datetime, si: int, code: str, settlement: str) -> datetime:
        manager = self.staff["李经理"]
        if settlement == "forfeit":
            returns.declare_lost(
                self.store.uow(),
                manager,
                code,
                LossSettlement.FORFEIT_DEPOSIT.value,
                "主播称样品寄给粉丝试用后丢失，押金抵扣",
                now=when,
            )
        else:
            returns.declare_lost(
                self.store.uow(),
                manager,
                code,
                LossSettlement.CHARGE.value,
                "样品未归还，按样品价值赔付",
                DepositMethod.WECHAT.value,
                now=when,
            )
        for loan in self.loans.values():
            if code in loan.out:
                loan.out.remove(code)
        self.lost += 1
        return when

    def pick(self, si: int, size: int) -> list[str]:
        interests = _STREAMERS[si].interests
        codes = sorted(self.in_stock)
        liked = [c for c in codes if _PRODUCTS[self.in_stock[c]].category in interests]
        other = [c for c in codes if _PRODUCTS[self.in_stock[c]].category not in interests]
        self.rng.shuffle(liked)
        self.rng.shuffle(other)
        chosen: list[str] = []
        products: set[int] = set()
        for code in liked + other:
            if len(chosen) == size:
                break
            if self.in_stock[code] not in products:
                products.add(self.in_stock[code])
                chosen.append(code)
        return chosen

    def borrow(self, when: datetime, si: int, v: Visit) -> None:
        s = _STREAMERS[si]
        limit = self.max_out[s.tier]
        holding = sum(len(ln.out) for ln in self.held(si))
        low, high = _BASKET[s.tier]
        size = v.basket or self.rng.randint(low, high)
        size = min(size, limit - holding)
        codes = self.pick(si, size)
        if not codes:
            return
        if s.tier == "diamond":
            method = DepositMethod.WAIVED.value
        elif v.override:
            method = DepositMethod.WAIVED.value
        else:
            method = self.rng.choice(
                (
                    DepositMethod.WECHAT.value,
                    DepositMethod.WECHAT.value,
                    DepositMethod.ALIPAY.value,
                    DepositMethod.CASH.value,
                )
            )
        override = None
        if v.override:
            override = Override("李经理", DEMO_PINS["李经理"], "合作半年的老主播，店长同意本次免押金")
        local_day = when.astimezone(_TZ).date()
        planned = local_day + timedelta(days=v.planned_offset) if v.planned_offset is not None else None
        receipt = checkout.check_out(
            self.store.uow(),
            self.counter_clerk(when),
            self.streamer_ids[si],
            codes,
            method,
            planned_stream_date=planned,
            override=override,
            now=when,
        )
        for code in codes:
            del self.in_stock[code]
        self.loans[receipt.number] = _Loan(
            receipt.number, si, (local_day - self.today).days, receipt.due_at, list(codes)
        )

    def _partial_return_action(self, si: int):
        def run(when: datetime) -> None:
            loans = self.held(si)
            codes = [c for ln in loans for c in ln.out]
            self.check_in(when, codes[: len(codes) // 2])

        return run

    def _extend_action(self, si: int):
        def run(when: datetime) -> None:
            loan = self.held(si)[-1]
            change = returns.extend_due_date(
                self.store.uow(),
                self.staff["李经理"],
                loan.number,
                self.today + timedelta(days=2),
                "直播档期改到周末，主播申请延期",
                now=when,
            )
            loan.due_at = change.new_due_at

        return run

    def _block_action(self, si: int):
        def run(when: datetime) -> None:
            s = _STREAMERS[si]
            streamers.block_streamer(
                self.store.uow(),
                self.staff["李经理"],
                self.streamer_ids[si],
                s.block_reason,
                blacklist=s.block == "blacklist",
                now=when,
            )

        return run

    # play ------------------------------------------------------------------------------------------
    def _stocktake_action(self):
        def run(when: datetime) -> datetime:
            missing, done = count_the_fullest_shelf(
                self.store, self.code, self.staff["李经理"], self.staff["刘洋"], when
            )
            for code in missing:
                self.in_stock.pop(code, None)
            return done

        return run

    def play(self) -> None:
        self.schedule(self.at(-3, 20, 20), self._stocktake_action())  # after the last visit (20:15)
        last = None
        for action in sorted(self.actions):
            when = action.at
            if last is not None and when <= last:
                when = last + timedelta(seconds=1)
            last = action.run(when) or when
            if last >= self.now:
                raise RuntimeError(f"demo history reached the present: {last.isoformat()}")

    def info(self) -> DemoInfo:
        open_loans = [ln for ln in self.loans.values() if ln.out]
        return DemoInfo(
            showroom_code=self.code,
            showroom_name=self.name,
            now=self.now,
            merchants=len(_MERCHANTS),
            products=len(_PRODUCTS),
            samples=len(self.product_of),
            streamers=len(self.streamer_ids),
            open_loans=len(open_loans),
            overdue_loans=sum(1 for ln in open_loans if ln.due_at < self.now),
            closed_loans=len(self.loans) - len(open_loans),
            lost_samples=self.lost,
        )
