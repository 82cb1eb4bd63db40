"""Issue 16, a sample lent again after a restore: the counter restored from an older backup lends a sample that
HQ knows is out on a loan of the lost period. Catching up, that older loan comes back whole (its other samples,
its deposit), its item of the sample is closed as superseded (as HQ closes it), the sample stays with the loan
made here, and the contradiction is named once on the counter and at HQ (on real PostgreSQL)."""

from __future__ import annotations

import json
from types import SimpleNamespace

from sqlalchemy import select

from db.models import Loan, LoanItem, Sample
from db.sync_models import ReceivedSyncException
from showroom.backup import take_backup
from showroom.restore import restore_now
from showroom.services import records, streamers
from showroom.store import Store
from showroom.sync.unrecovered import unrecovered_work
from tests.hq.helpers import hq_exceptions, hq_samples


def _lost_period(hq, cs, tmp_path, x: str, y: str, returned_first: bool):
    """Backup; then loan L1 of X and Y (deposit) reaches HQ, perhaps X's return too; the PC dies; the backup
    is restored and the counter lends X again before it is enrolled. Returns both receipts (L1's, the new one's)."""
    alice = streamers.register_streamer(cs.uow(), cs.admin, "小美", "13800000001", "douyin", tier="gold").id
    bob = cs.register("大壮", "13800000002")
    cs.sync(hq.transport)
    backup = take_backup(cs.store.db_path, tmp_path / "backups", "manual")
    older = cs.lend(alice, [x, y])
    assert older.deposit_fen > 0
    if returned_first:
        cs.give_back([x])
    cs.sync(hq.transport)
    cs.close()
    restore_now(cs.data_dir, backup.path)
    cs.store = Store(cs.data_dir)
    newer = cs.lend(bob, [x])  # unsent: HQ has X out on the older loan
    return older, newer


def _items(cs, number: str) -> dict[str, SimpleNamespace]:
    uow = cs.uow()
    with uow.read():
        q = select(Sample.code, LoanItem.superseded_at, LoanItem.returned_at).join(Loan)
        q = q.join(Sample, LoanItem.sample_id == Sample.id).where(Loan.number == number)
        return {code: SimpleNamespace(superseded_at=s, returned_at=r) for code, s, r in uow.session.execute(q)}


def _lent_twice(cs) -> list[dict]:
    uow = cs.uow()
    with uow.read():
        x = ReceivedSyncException
        return [json.loads(d) for d in uow.session.scalars(select(x.detail).where(x.kind == "sample_lent_twice"))]


def _loan_id(cs, number: str) -> str:
    uow = cs.uow()
    with uow.read():
        return uow.session.scalar(select(Loan.id).where(Loan.number == number))


def test_the_older_loan_comes_back_whole_and_the_sample_stays_with_the_new_one(hq, cs, tmp_path):
    x, y = cs.sample_codes[0:2]
    older, newer = _lost_period(hq, cs, tmp_path, x, y, returned_first=False)
    cs.enrol(hq)

    l1 = _items(cs, older.number)
    assert set(l1) == {x, y}, unrecovered_work(cs.uow()).not_replayed
    assert l1[x].superseded_at is not None and l1[x].returned_at is None
    assert l1[y].superseded_at is None and l1[y].returned_at is None
    uow = cs.uow()
    with uow.read():
        assert records.deposit_balance(uow, loan_id=_loan_id(cs, older.number)) == older.deposit_fen
    new_number = next(n for n in _numbers(cs) if n != older.number)  # renumbered if it was given twice
    assert _items(cs, new_number)[x].superseded_at is None
    ids = cs.sample_ids()
    assert cs.sample_statuses()[ids[x]] == cs.sample_statuses()[ids[y]] == "on_loan"
    uow = cs.uow()
    with uow.read():
        assert records.open_item_of(uow, ids[x]).loan_id == _loan_id(cs, new_number)  # check-in finds the new loan
    named = unrecovered_work(cs.uow())
    assert not named.not_replayed
    assert _lent_twice(cs) == [{"sample_id": ids[x], "code": x, "older_loan": older.number, "newer_loan": new_number}]

    cs.sync(hq.transport)  # the new loan reaches HQ, which finds the same contradiction
    assert cs.status().pending == 0 and cs.status().last_error is None
    at_hq = [e for e in hq_exceptions(hq) if e.kind == "sample_lent_twice"]
    assert len(at_hq) == 1 and json.loads(at_hq[0].detail)["newer_loan"] == new_number
    cs.sync(hq.transport)  # HQ's is pulled: the counter keeps one
    assert len(_lent_twice(cs)) == 1 and _exception_ids(cs) >= {e.id for e in hq_exceptions(hq)}
    assert cs.sample_statuses() == hq_samples(hq)

    cs.give_back([y])  # the older loan's last sample out: it closes, its deposit refunded
    uow = cs.uow()
    with uow.read():
        assert uow.session.get(Loan, _loan_id(cs, older.number)).closed_at is not None


def test_the_older_loans_later_return_of_the_sample_replays_and_leaves_it_with_the_new_loan(hq, cs, tmp_path):
    """HQ had the sample back before the loan made here reaches it: no contradiction there, none here either."""
    x, y = cs.sample_codes[0:2]
    older, _newer = _lost_period(hq, cs, tmp_path, x, y, returned_first=True)
    cs.enrol(hq)

    assert not unrecovered_work(cs.uow()).not_replayed
    l1 = _items(cs, older.number)
    assert l1[x].superseded_at is None and l1[x].returned_at is not None
    assert l1[y].returned_at is None
    ids = cs.sample_ids()
    assert cs.sample_statuses()[ids[x]] == "on_loan"  # with the loan made here
    assert _lent_twice(cs) == []
    cs.sync(hq.transport)
    assert cs.status().pending == 0 and cs.status().last_error is None
    assert cs.sample_statuses() == hq_samples(hq)
    assert not [e for e in hq_exceptions(hq) if e.kind == "sample_lent_twice"]


def _numbers(cs) -> list[str]:
    uow = cs.uow()
    with uow.read():
        return list(uow.session.scalars(select(Loan.number).order_by(Loan.number)))


def _exception_ids(cs) -> set[str]:
    uow = cs.uow()
    with uow.read():
        return set(uow.session.scalars(select(ReceivedSyncException.id)))
