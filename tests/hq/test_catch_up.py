"""Catch-up after a restore, tried as a new user would: the counter works and syncs, an older backup is
restored (`showroom restore`'s service), the showroom is enrolled again with a new code, and every loan HQ
knew is back — on the overdue list where due — and the numbers go on after the highest HQ has seen."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest
from sqlalchemy import select

from db.models import Loan, Sample
from hq.models import NetLoan
from showroom.backup import take_backup
from showroom.restore import restore_now
from showroom.services import catalog, checkout, overdue, reminders, streamers
from showroom.store import Store
from showroom.sync.enrol import enrol
from showroom.sync.unrecovered import unrecovered_work
from tests.hq.conftest import HqServer
from tests.hq.helpers import hq_events, hq_exceptions, hq_samples
from tests.hq.rooms import Room
from tests.hq.test_cli_e2e import hq_cmd, showroom_cmd


def _lend(room, streamer_id, codes, at):
    return checkout.check_out(room.uow(), room.admin, streamer_id, codes, "cash", now=at).number


def _loans(room) -> dict[str, str]:
    uow = room.uow()
    with uow.read():
        return dict(uow.session.execute(select(Loan.number, Loan.id)).tuples().all())


def _hq_loans(hq) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with hq.sessions() as s:
        for number, loan_id in s.execute(select(NetLoan.number, NetLoan.id)):
            out.setdefault(number, []).append(loan_id)
    return out


def _product_id(room) -> str:
    uow = room.uow()
    with uow.read():
        return uow.session.scalar(select(Sample.product_id).limit(1))


def test_a_restored_showroom_gets_back_every_loan_hq_knew_and_numbers_go_on(hq, cs, tmp_path):
    day = datetime.now(timezone.utc).replace(hour=2, minute=0, second=0, microsecond=0) - timedelta(days=40)
    codes = cs.sample_codes
    alice = cs.register("小美", "13800000001")
    first = _lend(cs, alice, codes[0:2], day)
    cs.sync(hq.transport)
    backup = take_backup(cs.store.db_path, tmp_path / "backups", "manual")

    # the period the backup never saw: all of it reaches HQ
    bob = cs.register("大壮", "13800000002")
    second = _lend(cs, bob, codes[2:4], day + timedelta(hours=1))
    cs.give_back(codes[0:1])
    reminders.log_reminder(cs.uow(), cs.admin, bob, "phone", "promised", loan_number=second)  # HQ only stores it
    intake = catalog.receive_samples(cs.uow(), cs.admin, _product_id(cs), 2).codes
    carol = streamers.register_streamer(cs.uow(), cs.admin, "小红", "13800000003", "douyin", tier="diamond")
    cs.sync(hq.transport)
    statuses_before = cs.sample_statuses()
    cs.close()

    restore_now(cs.data_dir, backup.path)  # the PC died; yesterday's backup is all there is
    cs.store = Store(cs.data_dir)
    assert set(_loans(cs)) == {first}  # the lost period is gone from the counter ...
    cs.enrol(hq)  # ... until it enrols again

    assert set(_loans(cs)) == {first, second} == set(_hq_loans(hq))
    assert cs.sample_statuses() == statuses_before == hq_samples(hq)
    late = {line.sample_code for line in overdue.overdue_board(cs.uow(), enforce=False).lines if line.days_late > 0}
    assert late == {codes[1], codes[2], codes[3]}
    assert cs.streamer_id("13800000003") == carol.id
    assert [r.loan_number for r in reminders.reminders_for(cs.uow(), bob)] == [second]  # a stored-only event too
    status = cs.status()
    assert status.pending == 0  # the replayed events are HQ's already: nothing to send again

    # the numbers go on after the highest HQ has seen
    third = _lend(cs, carol.id, codes[4:5], day + timedelta(hours=2))
    assert third == first[:-3] + "003"
    dave = streamers.register_streamer(cs.uow(), cs.admin, "大卫", "13800000004", "douyin", tier="diamond")
    assert int(dave.member_code.rsplit("M", 1)[1]) == int(carol.member_code.rsplit("M", 1)[1]) + 1
    more = catalog.receive_samples(cs.uow(), cs.admin, _product_id(cs), 1).codes
    assert int(more[0].rsplit("-", 1)[1]) == int(intake[-1].rsplit("-", 1)[1]) + 1

    cs.sync(hq.transport)
    assert cs.status().pending == 0 and cs.status().last_error is None
    assert all(len(ids) == 1 for ids in _hq_loans(hq).values())  # no number twice at HQ
    assert {e.id for e in cs.events()} == {e.id for e in hq_events(hq)}

    # what could not come back is named on both sides
    lost = [x for x in hq_exceptions(hq) if x.kind == "unsynced_work_lost"]
    assert len(lost) == 1 and lost[0].showroom_codes == "CS", [(x.kind, x.detail) for x in hq_exceptions(hq)]
    named = unrecovered_work(cs.uow())
    assert named.anything and named.last_sync_at is not None and named.replayed > 0 and not named.not_replayed


def test_work_done_after_the_restore_is_kept_and_its_numbers_make_way(hq, cs, tmp_path):
    codes = cs.sample_codes
    alice = cs.register("小美", "13800000001")
    cs.lend(alice, codes[0:1])
    cs.sync(hq.transport)
    backup = take_backup(cs.store.db_path, tmp_path / "backups", "manual")
    lost_loan = cs.lend(alice, codes[1:3]).number  # these reach HQ, then the PC dies
    carol = streamers.register_streamer(cs.uow(), cs.admin, "小红", "13800000003", "douyin", tier="diamond")
    lost_intake = catalog.receive_samples(cs.uow(), cs.admin, _product_id(cs), 1).codes
    cs.sync(hq.transport)
    cs.close()
    restore_now(cs.data_dir, backup.path)
    cs.store = Store(cs.data_dir)
    bob = cs.register("大壮", "13800000002")  # the counter goes on before it is enrolled again,
    again = cs.lend(bob, codes[3:4]).number  # handing out the same numbers
    intake = catalog.receive_samples(cs.uow(), cs.admin, _product_id(cs), 1).codes
    assert again == lost_loan and intake == lost_intake
    cs.enrol(hq)
    cs.sync(hq.transport)
    assert cs.status().pending == 0 and cs.status().last_error is None
    assert {e.id for e in cs.events()} == {e.id for e in hq_events(hq)}
    assert cs.sample_statuses() == hq_samples(hq)  # every loan on both sides, nothing lost
    seqs = [e.seq for e in cs.events()]
    assert seqs == list(range(1, len(seqs) + 1))  # one gap-free outbox, HQ's history first
    assert all(len(ids) == 1 for ids in _hq_loans(hq).values())
    named = unrecovered_work(cs.uow())
    assert not named.not_replayed
    assert {(m.kind, m.was) for m in named.renumbered} == {
        ("loan", lost_loan),
        ("member", carol.member_code),
        ("sample", lost_intake[0]),
    }
    bob_now = streamers.find_streamer(cs.uow(), "13800000002")
    assert bob_now.id == bob and bob_now.member_code != carol.member_code
    renamed = next(m.now for m in named.renumbered if m.kind == "loan")
    assert set(_loans(cs)) == set(_hq_loans(hq)) and len(_loans(cs)) == 3 and renamed > lost_loan


@pytest.mark.slow
def test_from_the_command_line_restore_then_enrol_names_what_came_back(qapp, hq_db, room_templates, tmp_path, capsys):
    url = hq_db.separate_url()
    server = HqServer(url, tmp_path / "hq.log")
    cs = Room(tmp_path / "cs", room_templates["CS"])
    try:
        hq_cmd(capsys, url, "showroom", "add", "CS", "长沙")
        assert (
            showroom_cmd(
                capsys,
                "enrol",
                "--data-dir",
                str(cs.data_dir),
                server.url,
                hq_cmd(capsys, url, "enrol-code", "CS").strip(),
            )[0]
            == 0
        )
        alice = cs.register("小美", "13800000001")
        cs.lend(alice, cs.sample_codes[:1])
        assert showroom_cmd(capsys, "sync", "--data-dir", str(cs.data_dir))[0] == 0
        backup = tmp_path / "backup.sqlite3"
        assert showroom_cmd(capsys, "backup", "--data-dir", str(cs.data_dir), "-o", str(backup))[0] == 0
        cs.lend(alice, cs.sample_codes[1:3])
        assert showroom_cmd(capsys, "sync", "--data-dir", str(cs.data_dir))[0] == 0
        cs.close()
        status, _out, err = showroom_cmd(capsys, "restore", "--data-dir", str(cs.data_dir), str(backup))
        assert status == 0, err
        status, out, err = showroom_cmd(
            capsys, "enrol", "--data-dir", str(cs.data_dir), server.url, hq_cmd(capsys, url, "enrol-code", "CS").strip()
        )
        assert status == 0, err
        assert "Caught up from HQ: 1 event(s) of this showroom replayed" in out
        assert "HQ had this showroom's work up to" in out and "check the shelves" in out
        cs.store = Store(cs.data_dir)
        assert len(_loans(cs)) == 2
        assert "unsynced_work_lost" in hq_cmd(capsys, url, "status")
    finally:
        cs.close()
        server.stop()


class _CutAfter(httpx.BaseTransport):
    """Fault injection: HQ fails (500) every history page after the first `pages`."""

    def __init__(self, inner: httpx.BaseTransport, pages: int):
        self.inner, self.pages = inner, pages

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v1/history":
            if self.pages == 0:
                return httpx.Response(500, request=request)
            self.pages -= 1
        return self.inner.handle_request(request)


def test_a_catch_up_cut_short_is_finished_by_the_next_sync(hq, cs, tmp_path, monkeypatch):
    from showroom.domain.errors import HqServerError
    from showroom.sync import catch_up

    monkeypatch.setattr(catch_up, "PAGE", 2)
    alice = cs.register("小美", "13800000001")
    cs.sync(hq.transport)
    backup = take_backup(cs.store.db_path, tmp_path / "backups", "manual")
    for code in cs.sample_codes[:5]:
        cs.lend(alice, [code])
    cs.sync(hq.transport)
    statuses = hq_samples(hq)
    cs.close()
    restore_now(cs.data_dir, backup.path)
    cs.store = Store(cs.data_dir)
    with pytest.raises(HqServerError):
        enrol(cs.store.uow, cs.data_dir, "http://testserver", hq.enrol_code("CS"), transport=_CutAfter(hq.transport, 1))
    assert len(_loans(cs)) == 2  # the first page is in; the rest comes with the next sync
    cs.sync(hq.transport)
    assert len(_loans(cs)) == 5 and cs.sample_statuses() == statuses == hq_samples(hq)
    assert cs.status().pending == 0 and unrecovered_work(cs.uow()).caught_up_at is not None
