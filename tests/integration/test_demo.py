"""The demo showroom: seeded through the services into a real migrated store, checked from the database."""

from __future__ import annotations

from collections import Counter
from datetime import datetime, time, timezone
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from db.models import DepositEntry, DueDateChange, Loan, LoanItem, Merchant, OutboxEvent, Product, Sample, Streamer
from demo.seed import DEMO_PINS, DEMO_STAFF, ensure_demo, seed_demo
from kernel.phone import normalise_phone
from showroom.domain.codes import CodeKind, classify, ean_checksum_ok
from showroom.domain.policy import days_overdue
from showroom.services import setup, staff, streamers
from showroom.store import Store

NOW = datetime(2026, 11, 27, 6, 30, tzinfo=timezone.utc)  # 14:30 in Changsha
TZ = ZoneInfo("Asia/Shanghai")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    store = Store(tmp_path_factory.mktemp("demo") / "data")
    info = seed_demo(store, now=NOW)
    yield store, info
    store.close()


def _fingerprint(store: Store):
    """Everything a seed decides, without the random UUID keys."""
    with store.uow() as uow:
        s = uow.session
        samples = s.execute(
            select(Sample.code, Product.name, Sample.status, Sample.shelf, Sample.received_at)
            .join(Product)
            .order_by(Sample.code)
        ).all()
        loans = []
        for loan in s.scalars(select(Loan).order_by(Loan.number)):
            phone = s.get(Streamer, loan.streamer_id).phone
            items = tuple(
                (i.sample.code, i.returned_at, i.return_condition, i.lost_at)
                for i in sorted(loan.items, key=lambda i: i.position)
            )
            loans.append(
                (
                    loan.number,
                    phone,
                    loan.opened_at,
                    loan.due_at,
                    loan.closed_at,
                    loan.deposit_fen,
                    loan.deposit_method,
                    items,
                )
            )
        members = s.execute(
            select(Streamer.member_code, Streamer.name, Streamer.phone, Streamer.tier, Streamer.status).order_by(
                Streamer.member_code
            )
        ).all()
        return samples, loans, members


def test_demo_fills_an_empty_store(seeded):
    store, info = seeded
    assert setup.showroom_info(store.uow()).code == "CS"
    with store.uow() as uow:
        s = uow.session
        count = lambda model: s.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(Merchant) == info.merchants >= 5
        assert count(Product) == info.products >= 40
        assert count(Sample) == info.samples >= 180
        assert count(Streamer) == info.streamers >= 24
        open_loans = s.scalars(select(Loan).where(Loan.closed_at.is_(None))).all()
        closed = s.scalar(select(func.count()).select_from(Loan).where(Loan.closed_at.is_not(None)))
        overdue = [ln for ln in open_loans if ln.due_at < NOW]
        assert len(open_loans) == info.open_loans >= 8
        assert len(overdue) == info.overdue_loans >= 3
        assert closed == info.closed_loans >= 40
        assert {days_overdue(ln.due_at, NOW, TZ) for ln in overdue} <= set(range(1, 11))
        assert max(days_overdue(ln.due_at, NOW, TZ) for ln in overdue) >= 5
        days_left = [
            (ln.due_at.astimezone(TZ).date() - NOW.astimezone(TZ).date()).days for ln in open_loans if ln.due_at >= NOW
        ]
        assert any(d <= 2 for d in days_left), "some are due within two days"
        assert any(d > 2 for d in days_left), "some are comfortably on time"
        partial = [ln for ln in open_loans if any(i.returned_at for i in ln.items)]
        assert partial, "a partially returned loan is still open"

        items = s.scalars(select(LoanItem)).all()
        assert any(i.returned_at and i.returned_at > i.loan.due_at for i in items), "some came back late"
        conditions = Counter(i.return_condition for i in items if i.returned_at)
        assert conditions["damaged"] and conditions["parts_missing"]
        lost = [i for i in items if i.lost_at]
        assert len(lost) == info.lost_samples == 2
        kinds = {e.kind for e in s.scalars(select(DepositEntry))}
        assert {"collect", "refund", "forfeit", "charge"} <= kinds
        assert s.scalar(select(func.count()).select_from(DueDateChange)) == 1

        statuses = dict(s.execute(select(Streamer.status, func.count()).group_by(Streamer.status)).all())
        assert statuses.get("suspended") == 1 and statuses.get("blacklisted") == 1
        assert all(r for r in s.scalars(select(Streamer.status_reason).where(Streamer.status != "active")))
        phones = s.scalars(select(Streamer.phone)).all()
        assert len(set(phones)) == len(phones)
        assert all(normalise_phone(p) == p for p in phones)
        tiers = set(s.scalars(select(Streamer.tier)))
        assert tiers == {"new", "silver", "gold", "diamond"}
        assert len(set(s.scalars(select(Streamer.platform)))) >= 5

        eans = [e for e in s.scalars(select(Product.ean)) if e]
        assert len(eans) >= 20
        assert all(
            len(e) == 13
            and e[:3] in {"690", "691", "692", "693", "694", "695"}
            and ean_checksum_ok(e)
            and classify(e) == CodeKind.PRODUCT_EAN
            for e in eans
        )
        for p in s.scalars(select(Product)):
            assert p.brand and p.category and p.spec
            assert 0 < p.live_price_fen < p.retail_price_fen
            assert 1000 <= p.commission_bp <= 3500
            assert 0 < p.sample_value_fen < p.retail_price_fen
        shelves = set(s.scalars(select(Sample.shelf)))
        assert shelves and all(len(x) == 4 and x[0] in "ABCD" and 1 <= int(x[2:]) <= 12 for x in shelves)

        # every recorded action is in the past, in opening hours, and in device order
        events = s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)).all()
        times = [e.occurred_at for e in events]
        assert times == sorted(times) and times[-1] < NOW
        assert all(time(10) <= t.astimezone(TZ).time() < time(21) for t in times)


def test_demo_logins_and_counter_screens_work(seeded):
    store, info = seeded
    assert info.pins == DEMO_PINS and len(DEMO_STAFF) == 4
    roles = {m.name: m.role for m in DEMO_STAFF}
    assert roles == {"王店长": "admin", "李经理": "manager", "张小雨": "clerk", "刘洋": "clerk"}
    for name, pin in DEMO_PINS.items():
        assert staff.login(store.uow(), name, pin).role == roles[name]
    with store.uow() as uow:
        overdue_ids = {
            ln.streamer_id
            for ln in uow.session.scalars(select(Loan).where(Loan.closed_at.is_(None), Loan.due_at < NOW))
        }
    panels = [streamers.streamer_panel(store.uow(), sid, now=NOW) for sid in overdue_ids]
    assert all(p.overdue for p in panels)
    assert any(b.kind == "overdue" for p in panels for b in p.blocks)


def test_demo_is_deterministic(seeded, tmp_path):
    store, info = seeded
    again = Store(tmp_path / "again")
    try:
        assert seed_demo(again, now=NOW) == info
        assert _fingerprint(again) == _fingerprint(store)
    finally:
        again.close()


def test_seeding_refuses_a_store_that_is_set_up(seeded):
    store, _ = seeded
    with pytest.raises(ValueError):
        seed_demo(store, now=NOW)


def test_ensure_demo_seeds_once(tmp_path):
    data = tmp_path / "demo"
    first = ensure_demo(data, now=NOW)
    with first.uow() as uow:
        events = uow.session.scalar(select(func.count()).select_from(OutboxEvent))
        loans = uow.session.scalar(select(func.count()).select_from(Loan))
    first.close()
    assert events > 0 and loans > 0
    second = ensure_demo(data, now=NOW)
    try:
        with second.uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(OutboxEvent)) == events
            assert uow.session.scalar(select(func.count()).select_from(Loan)) == loans
        assert setup.is_set_up(second.uow())
    finally:
        second.close()


def test_demo_files_its_papers_in_the_data_folder(seeded):
    """A demo PC has no printer: every paper goes to <data dir>/papers as a PDF."""
    from showroom.services.settings import read_settings
    from showroom.settings import DOCUMENT_KINDS

    store, _ = seeded
    settings = read_settings(store.uow())
    assert {settings[f"print.{kind}.printer"] for kind in DOCUMENT_KINDS} == {"folder:papers"}
