"""Backups and restore on real migrated databases: online copies, names, pruning, every refusal, the swap."""

from __future__ import annotations

import dataclasses
import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest

from showroom import backup, restore
from showroom.domain.errors import BackupFailed, BackupRefused, PermissionDenied, StoreInUse
from showroom.services import backups, checkout, settings
from showroom.store import Store
from tests.conftest import T0
from tests.integration.helpers import dump_database, rows


def lend(counter, codes, now=T0):
    return checkout.check_out(counter.store.uow(), counter.clerk, counter.streamer_id, codes, "wechat", now=now)


def header_journal_bytes(path: Path) -> bytes:
    """Bytes 18-19 of an SQLite header: 1,1 for a rollback-journal file, 2,2 for WAL."""
    return path.read_bytes()[18:20]


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- backing up -------------------------------------------------------------------------------------


def test_a_backup_is_one_checked_file_with_every_commit_even_those_still_in_the_wal(counter, tmp_path):
    lend(counter, counter.codes[:2])
    assert Path(f"{counter.store.db_path}-wal").stat().st_size > 0  # the loan sits in the WAL
    taken = backup.take_backup(counter.store.db_path, tmp_path / "b", "manual", now=T0)
    assert taken.path.name == "showroom-20261120T020000Z-manual.sqlite3"
    assert taken.kind == "manual" and taken.taken_at == T0 and taken.size == taken.path.stat().st_size
    assert header_journal_bytes(taken.path) == b"\x01\x01"
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [taken.path.name]  # no -wal, no partial
    assert backup.integrity_problem(taken.path) is None
    assert rows(taken.path, "SELECT count(*) FROM loan") == [(1,)]
    assert rows(taken.path, "SELECT count(*) FROM sample WHERE status = 'on_loan'") == [(2,)]


def test_the_counter_keeps_writing_while_a_backup_is_taken_and_the_copy_holds_only_committed_work(counter, tmp_path):
    writer = sqlite3.connect(counter.store.db_path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO setting (key, value) VALUES ('half.done', 'x')")
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)  # does not wait
    writer.execute("COMMIT")
    writer.close()
    lend(counter, counter.codes[:1])  # and the counter goes on
    assert rows(taken.path, "SELECT count(*) FROM setting WHERE key = 'half.done'") == [(0,)]
    assert rows(counter.store.db_path, "SELECT count(*) FROM setting WHERE key = 'half.done'") == [(1,)]


def test_names_sort_by_time_and_say_the_kind_and_two_in_one_second_do_not_collide(counter, tmp_path):
    db = counter.store.db_path
    first = backup.take_backup(db, tmp_path, "daily", now=T0)
    second = backup.take_backup(db, tmp_path, "manual", now=T0)
    later = backup.take_backup(db, tmp_path, "before-upgrade", now=T0 + timedelta(hours=1))
    (tmp_path / "notes.txt").write_text("not a backup")
    (tmp_path / ".showroom-20261120T030000Z-daily.sqlite3.1-2.partial").write_bytes(b"half")
    assert second.path.name == "showroom-20261120T020000Z-manual.sqlite3"
    assert first.path.name == "showroom-20261120T020000Z-daily.sqlite3"
    again = backup.take_backup(db, tmp_path, "manual", now=T0)
    assert again.path.name == "showroom-20261120T020000Z-manual-2.sqlite3"
    listed = backup.list_backups(tmp_path)
    assert [b.path.name for b in listed][0] == later.path.name
    assert {b.kind for b in listed} == {"daily", "manual", "before-upgrade"} and len(listed) == 4
    with pytest.raises(ValueError):
        backup.take_backup(db, tmp_path, "weekly")


def test_a_copy_that_fails_its_check_is_thrown_away_and_leaves_nothing_that_looks_like_a_backup(tmp_path):
    def garbage(partial: Path) -> None:
        partial.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)

    with pytest.raises(BackupFailed):
        backup.write_verified(tmp_path / "showroom-20261120T020000Z-manual.sqlite3", garbage)
    assert list(tmp_path.iterdir()) == []


def test_the_daily_backup_is_taken_once_a_day_and_the_last_n_are_kept(counter):
    settings.save_settings(counter.uow(), counter.manager, {"backup.keep": 3})
    folder = counter.store.data_dir / "backups"
    manual = backup.take_backup(counter.store.db_path, folder, "manual", now=T0 - timedelta(days=30))
    assert backups.take_daily_backup_if_due(counter.store.uow(), now=T0) is not None
    assert backups.take_daily_backup_if_due(counter.store.uow(), now=T0 + timedelta(hours=1)) is None
    assert backups.take_daily_backup_if_due(counter.store.uow(), now=T0 + timedelta(hours=22, minutes=59)) is None
    for day in range(1, 6):
        assert backups.take_daily_backup_if_due(counter.store.uow(), now=T0 + timedelta(days=day)) is not None
    kept = backup.list_backups(folder)
    assert [b.taken_at for b in kept if b.kind == "daily"] == [T0 + timedelta(days=d) for d in (5, 4, 3)]
    assert manual.path.exists()  # manual backups are never pruned


def test_a_daily_backup_dated_in_the_future_does_not_stop_todays(counter):
    folder = counter.store.data_dir / "backups"
    backup.take_backup(counter.store.db_path, folder, "daily", now=T0 + timedelta(days=200))  # clock was wrong
    assert backups.take_daily_backup_if_due(counter.store.uow(), now=T0) is not None


def test_the_backup_folder_setting_is_followed_relative_to_the_data_folder_or_absolute(counter, tmp_path):
    settings.save_settings(counter.uow(), counter.manager, {"backup.folder": "copies"})
    taken = backups.take_manual_backup(counter.store.uow(), counter.admin, now=T0)
    assert taken.path.parent == counter.store.data_dir / "copies"
    settings.save_settings(counter.uow(), counter.manager, {"backup.folder": str(tmp_path / "usb")})
    assert backups.take_manual_backup(counter.store.uow(), counter.admin, now=T0).path.parent == tmp_path / "usb"


def test_only_an_admin_backs_up_from_the_app(counter):
    with pytest.raises(PermissionDenied):
        backups.take_manual_backup(counter.store.uow(), counter.manager, now=T0)
    assert not (counter.store.data_dir / "backups").exists()


# --- checking a file before a restore -----------------------------------------------------------------


def test_a_backup_says_what_it_holds(counter, tmp_path):
    lend(counter, counter.codes[:2])
    taken = backup.take_backup(counter.store.db_path, tmp_path / "b", "manual", now=T0)
    summary = backups.inspect_backup(taken.path)
    assert (summary.showroom_code, summary.showroom_name) == ("CS", "长沙样品间")
    assert (summary.samples, summary.samples_on_loan, summary.loans, summary.open_loans, summary.streamers) == (
        6,
        2,
        1,
        1,
        1,
    )
    assert summary.taken_at == T0 and summary.latest_activity == T0 and not summary.needs_upgrade
    assert sorted(p.name for p in (tmp_path / "b").iterdir()) == [taken.path.name]  # checking wrote nothing


def _refusable_files(counter, folder: Path) -> dict[str, Path]:
    good = backup.take_backup(counter.store.db_path, folder, "manual", now=T0).path
    made = {"not_found": folder / "nowhere.sqlite3"}
    made["not_sqlite"] = folder / "notes.sqlite3"
    made["not_sqlite"].write_text("这不是数据库", encoding="utf-8")
    other = folder / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    made["not_showroom"] = other
    for problem, sql in (
        ("too_new", "UPDATE alembic_version SET version_num = '9901' WHERE rowid = 1"),
        ("no_showroom", "UPDATE showroom SET is_local = 0"),
    ):
        made[problem] = folder / f"{problem}.sqlite3"
        shutil.copyfile(good, made[problem])
        with sqlite3.connect(made[problem]) as conn:
            conn.execute(sql)
    made["damaged"] = folder / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    page = 4096
    for n in range(2, len(data) // page):  # scribble over every page but the header page
        data[n * page + 10 : n * page + 60] = b"\xa5" * 50
    made["damaged"].write_bytes(bytes(data))
    return made


def test_every_file_that_is_not_a_whole_showroom_database_of_a_known_version_is_refused_and_nothing_changes(
    counter, tmp_path
):
    counter.store.close()
    data_dir = counter.store.data_dir
    files = _refusable_files(counter, tmp_path / "files")
    before = files_in(data_dir)
    for problem, path in files.items():
        with pytest.raises(BackupRefused) as refused:
            restore.restore_now(data_dir, path)
        assert refused.value.problem == problem, path
        with pytest.raises(BackupRefused):
            backups.inspect_backup(path)
        assert files_in(data_dir) == before, problem


# --- restoring ----------------------------------------------------------------------------------------------


def test_a_restore_brings_the_backup_back_and_keeps_the_replaced_database_aside(counter, tmp_path):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    lend(counter, counter.codes[:3])  # work done after the backup
    counter.store.close()
    replaced = dump_database(counter.store.db_path)
    outcome = restore.restore_now(counter.store.data_dir, taken.path)
    assert outcome.applied and outcome.summary.loans == 0
    assert outcome.previous.parent == counter.store.data_dir / "backups"
    assert backup.backup_info(outcome.previous).kind == "before-restore"
    assert dump_database(outcome.previous) == replaced
    assert dump_database(counter.store.db_path) == dump_database(taken.path)
    store = Store(counter.store.data_dir)
    try:
        assert rows(store.db_path, "SELECT count(*) FROM loan") == [(0,)]
        lend(dataclasses.replace(counter, store=store), counter.codes[:1])  # it works on
    finally:
        store.close()


def test_restore_is_refused_while_the_app_has_the_database_open_and_nothing_changes(counter, tmp_path):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    lend(counter, counter.codes[:1])
    before = dump_database(counter.store.db_path)
    with pytest.raises(StoreInUse):
        restore.restore_now(counter.store.data_dir, taken.path)
    assert dump_database(counter.store.db_path) == before
    assert not (counter.store.data_dir / "backups").exists()
    lend(counter, counter.codes[1:2])  # the app carries on


def test_restore_is_refused_while_another_program_has_the_database_open(counter, tmp_path):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    counter.store.close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time; c = sqlite3.connect(sys.argv[1]); "
            "c.execute('SELECT count(*) FROM sample').fetchall(); print('open', flush=True); "
            "sys.stdin.read()",
            str(counter.store.db_path),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreInUse):
            restore.restore_now(counter.store.data_dir, taken.path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert restore.restore_now(counter.store.data_dir, taken.path).applied  # once it has gone


def test_a_restore_onto_a_new_pc_needs_no_database_there(counter, tmp_path):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    outcome = restore.restore_now(tmp_path / "new-pc", taken.path)
    assert outcome.applied and outcome.previous is None
    store = Store(tmp_path / "new-pc")
    store.close()


# --- the app's way: staged, applied by the next Store -------------------------------------------------------


def test_a_staged_restore_changes_nothing_until_the_next_start_then_is_applied(counter, tmp_path):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    lend(counter, counter.codes[:2])
    summary = backups.stage_restore(counter.store.uow(), counter.admin, taken.path)
    assert summary.loans == 0
    assert rows(counter.store.db_path, "SELECT count(*) FROM loan") == [(1,)]  # the running app is untouched
    assert restore.pending_restore(counter.store.data_dir).showroom_code == "CS"
    counter.store.close()
    store = Store(counter.store.data_dir)
    try:
        assert store.restore_outcome.applied and store.restore_outcome.summary.taken_at == T0
        assert rows(store.db_path, "SELECT count(*) FROM loan") == [(0,)]
        assert restore.pending_restore(store.data_dir) is None
        assert not (store.data_dir / restore.STAGED_FILE).exists()
    finally:
        store.close()
    again = Store(counter.store.data_dir)  # applied once only
    assert again.restore_outcome is None
    again.close()


def test_only_an_admin_stages_a_restore(counter, tmp_path):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    with pytest.raises(PermissionDenied):
        backups.stage_restore(counter.store.uow(), counter.manager, taken.path)
    assert restore.pending_restore(counter.store.data_dir) is None


def test_a_staged_file_damaged_before_the_restart_is_refused_and_the_database_kept(counter, tmp_path):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    lend(counter, counter.codes[:2])
    backups.stage_restore(counter.store.uow(), counter.admin, taken.path)
    counter.store.close()
    staged = counter.store.data_dir / restore.STAGED_FILE
    staged.write_bytes(staged.read_bytes()[:8192])  # cut short
    before = dump_database(counter.store.db_path)
    store = Store(counter.store.data_dir)
    try:
        outcome = store.restore_outcome
        assert not outcome.applied and outcome.problem == "damaged"
        assert dump_database(store.db_path) == before
        assert restore.pending_restore(store.data_dir) is None  # not tried again at every start
    finally:
        store.close()


def test_a_staged_restore_waits_while_another_program_has_the_database_open(counter, tmp_path):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    lend(counter, counter.codes[:2])
    backups.stage_restore(counter.store.uow(), counter.admin, taken.path)
    other = Store(counter.store.data_dir)  # e.g. `showroom report` while the app runs
    try:
        assert other.restore_outcome.problem == "in_use" and not other.restore_outcome.applied
        assert rows(other.db_path, "SELECT count(*) FROM loan") == [(1,)]
    finally:
        other.close()
    counter.store.close()
    store = Store(counter.store.data_dir)
    assert store.restore_outcome.applied
    store.close()


@pytest.mark.parametrize("cut_at", ["before-restore copy", "swap", "note removal"])
def test_a_power_cut_during_a_staged_restore_leaves_the_old_or_the_new_database_whole(
    counter, tmp_path, monkeypatch, cut_at
):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    lend(counter, counter.codes[:2])
    backups.stage_restore(counter.store.uow(), counter.admin, taken.path)
    counter.store.close()
    old, new = dump_database(counter.store.db_path), dump_database(taken.path)

    class PowerCut(BaseException):
        pass

    real_replace, real_discard = os.replace, restore.discard_pending_restore

    def cut_replace(src, dst):
        if (cut_at == "before-restore copy" and "before-restore" in str(dst)) or (
            cut_at == "swap" and Path(dst) == counter.store.db_path
        ):
            raise PowerCut()
        return real_replace(src, dst)

    def cut_discard(data_dir):
        if cut_at == "note removal":
            raise PowerCut()
        return real_discard(data_dir)

    monkeypatch.setattr(os, "replace", cut_replace)  # every rename of the file work (showroom.durable_files)
    monkeypatch.setattr(restore, "discard_pending_restore", cut_discard)
    with pytest.raises(PowerCut):
        Store(counter.store.data_dir)
    monkeypatch.undo()
    assert dump_database(counter.store.db_path) == (new if cut_at == "note removal" else old)
    store = Store(counter.store.data_dir)  # the next start finishes the job
    try:
        assert store.restore_outcome.applied
        assert dump_database(store.db_path)["loan"] == new["loan"]
    finally:
        store.close()
