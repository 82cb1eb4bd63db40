"""A new PC from HQ alone, as a new user would: the counter works and syncs, does a little more it never syncs,
and dies with no backup; `showroom recover` on an empty folder rebuilds it from HQ's copy of its events, the
same as it was at its last sync, with the old PC's device revoked and what never reached HQ named."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from showroom.backup import take_backup
from showroom.services import staff
from showroom.store import Store
from showroom.sync.recover import recover
from showroom.sync.service import sync_once
from tests.hq.conftest import HqServer
from tests.hq.helpers import device_of, hq_exceptions
from tests.hq.rooms import Room
from tests.hq.test_cli_e2e import hq_cmd, showroom_cmd

# generated ids of rows no event names, PIN hashes (never at HQ), signatures, this PC's acknowledgements
UNCOMPARED = {
    "deposit_entry": {"id"},
    "sample_movement": {"id"},
    "due_date_change": {"id"},
    "loan_item": {"id"},
    "loan": {"signature_png"},
    "staff": {"pin_hash"},
    "outbox_event": {"acked_at"},
}
COMPARED = (
    "showroom",
    "merchant",
    "product",
    "sample",
    "streamer",
    "loan",
    "loan_item",
    "deposit_entry",
    "sample_movement",
    "staff",
    "tier_policy",
    "code_counter",
)


def table(db_path, name: str) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as conn:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')]
        keep = [c for c in columns if c not in UNCOMPARED.get(name, set())]
        return sorted(conn.execute(f'SELECT {", ".join(keep)} FROM "{name}"').fetchall(), key=repr)


def test_a_dead_pc_is_rebuilt_from_hq_alone(hq, cs, tmp_path):
    alice = cs.register("小美", "13800000001")
    cs.lend(alice, cs.sample_codes[0:3])
    cs.give_back(cs.sample_codes[0:1])
    cs.sync(hq.transport)
    as_synced = take_backup(cs.store.db_path, tmp_path / "backups", "manual").path  # for the comparison only
    old_device = cs.status().device_id
    cs.register("没同步", "13800000009")  # never reaches HQ: the PC dies first
    cs.close()

    folder = tmp_path / "new-pc"
    store = Store(folder)
    try:
        done = recover(store.uow, folder, "http://testserver", hq.enrol_code("CS"), "246810", transport=hq.transport)
        sync_once(store.uow, folder, transport=hq.transport)
        assert done.admin_name == "长沙店长" and done.pins_to_reset == []
        assert done.enrolment.caught_up.replayed > 0
        for name in COMPARED:
            assert table(store.db_path, name) == table(as_synced, name), name
        assert staff.login(store.uow(), "长沙店长", "246810").role == "admin"
    finally:
        store.close()
    assert device_of(hq, old_device).revoked_at is not None
    assert [x.kind for x in hq_exceptions(hq)] == ["unsynced_work_lost"]


def test_recover_refuses_a_folder_that_holds_a_showroom(hq, cs):
    from showroom.domain.errors import AlreadyExists

    cs.sync(hq.transport)
    with pytest.raises(AlreadyExists):
        recover(cs.store.uow, cs.data_dir, "http://testserver", hq.enrol_code("CS"), "246810", transport=hq.transport)


@pytest.mark.slow
def test_showroom_recover_from_the_command_line(qapp, hq_db, room_templates, tmp_path, capsys):
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
        cs.lend(cs.register("小美", "13800000001"), cs.sample_codes[:2])
        assert showroom_cmd(capsys, "sync", "--data-dir", str(cs.data_dir))[0] == 0
        cs.close()
        folder = tmp_path / "new-pc"
        status, out, err = showroom_cmd(
            capsys,
            "recover",
            "--data-dir",
            str(folder),
            server.url,
            hq_cmd(capsys, url, "enrol-code", "CS").strip(),
            "--admin-pin",
            "246810",
        )
        assert status == 0, err
        assert "Recovered showroom CS" in out and "logs in with the PIN given here" in out
        status, _out, err = showroom_cmd(
            capsys, "recover", "--data-dir", str(folder), server.url, "WHATEVER1", "--admin-pin", "246810"
        )
        assert status == 1 and "already holds a showroom database" in err
        store = Store(folder)
        try:
            assert len(table(store.db_path, "loan")) == 1
        finally:
            store.close()
    finally:
        cs.close()
        server.stop()
