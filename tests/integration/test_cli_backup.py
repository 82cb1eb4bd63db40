"""`showroom backup` and `showroom restore` from the command line: where the copy went, every refusal in one
line with exit 1 and nothing changed, and no restore under a running app."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli.main import main
from showroom import backup
from showroom.services import checkout
from tests.conftest import T0
from tests.integration.helpers import dump_database, rows

ROOT = Path(__file__).resolve().parents[2]


def lend(counter, codes):
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, codes, "wechat", now=T0)


def test_backup_goes_to_the_backup_folder_and_says_where(counter, capsys):
    data_dir = counter.store.data_dir
    assert main(["backup", "--data-dir", str(data_dir), "--language", "en"]) == 0
    [taken] = backup.list_backups(data_dir / "backups")
    assert taken.kind == "manual" and backup.integrity_problem(taken.path) is None
    out = capsys.readouterr().out
    assert str(taken.path) in out and "Backed up to" in out


def test_backup_to_a_named_file_or_into_a_named_folder(counter, tmp_path):
    lend(counter, counter.codes[:1])  # in the WAL still: the copy must hold it
    out = tmp_path / "copy.sqlite3"
    assert main(["backup", "--data-dir", str(counter.store.data_dir), "-o", str(out)]) == 0
    assert rows(out, "SELECT count(*) FROM loan") == [(1,)]
    usb = tmp_path / "usb"
    usb.mkdir()
    assert main(["backup", "--data-dir", str(counter.store.data_dir), "-o", str(usb)]) == 0
    assert [b.kind for b in backup.list_backups(usb)] == ["manual"]


def test_backup_of_a_folder_without_a_showroom_is_refused(tmp_path, capsys):
    assert main(["backup", "--data-dir", str(tmp_path / "nothing"), "--language", "en"]) == 1
    assert "No showroom database" in capsys.readouterr().err
    assert not (tmp_path / "nothing").exists()


def test_restore_puts_the_backup_back_keeps_the_old_database_and_says_what_came_back(counter, tmp_path, capsys):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    lend(counter, counter.codes[:3])
    counter.store.close()
    replaced = dump_database(counter.store.db_path)
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(counter.store.data_dir), str(taken.path), "--language", "en"]) == 0
    out = capsys.readouterr().out
    assert rows(counter.store.db_path, "SELECT count(*) FROM loan") == [(0,)]
    [kept] = [b for b in backup.list_backups(counter.store.data_dir / "backups") if b.kind == "before-restore"]
    assert dump_database(kept.path) == replaced
    assert str(kept.path) in out and "CS 长沙样品间" in out and "2026-11-20 10:00" in out


def test_restore_of_a_file_that_is_no_backup_is_refused_in_one_line_and_changes_nothing(counter, tmp_path, capsys):
    counter.store.close()
    junk = tmp_path / "notes.sqlite3"
    junk.write_text("hello")
    before = dump_database(counter.store.db_path)
    assert main(["restore", "--data-dir", str(counter.store.data_dir), str(junk), "--language", "en"]) == 1
    err = capsys.readouterr().err.strip()
    assert "not a Showroom backup" in err and len(err.splitlines()) == 1
    assert dump_database(counter.store.db_path) == before
    assert not (counter.store.data_dir / "backups").exists()


def test_restore_is_refused_while_the_app_has_the_showroom_open(counter, tmp_path):
    """The command runs as its own process, as an admin would type it, while this process holds the store."""
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    lend(counter, counter.codes[:1])
    before = dump_database(counter.store.db_path)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "cli",
            "restore",
            "--data-dir",
            str(counter.store.data_dir),
            str(taken.path),
            "--language",
            "en",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "open in another program" in done.stderr
    assert dump_database(counter.store.db_path) == before
    lend(counter, counter.codes[1:2])  # the app goes on as if nothing happened


def test_restore_into_an_empty_folder_sets_up_the_showroom_on_a_new_pc(counter, tmp_path, capsys):
    taken = backup.take_backup(counter.store.db_path, tmp_path, "manual", now=T0)
    new_pc = tmp_path / "new-pc"
    assert main(["restore", "--data-dir", str(new_pc), str(taken.path)]) == 0
    assert rows(new_pc / "showroom.sqlite3", "SELECT code FROM showroom WHERE is_local = 1") == [("CS",)]


def test_a_backup_of_another_showroom_is_refused_unless_asked_for(counter, tmp_path, capsys):
    """Its samples and loans are not this counter's: putting it here by mistake would hide what is out."""
    from showroom.services import setup
    from showroom.store import Store

    other = Store(tmp_path / "other")
    try:
        setup.set_up_showroom(other.uow(), "JN", "济南样品间", "济南", "店长", "9999")
        other_backup = backup.take_backup(other.db_path, tmp_path / "other-backups", "manual").path
    finally:
        other.close()
    counter.store.close()
    folder = str(counter.store.data_dir)
    before = dump_database(counter.store.db_path)
    assert main(["restore", "--data-dir", folder, str(other_backup), "--language", "en"]) == 1
    err = capsys.readouterr().err.strip()
    assert "another showroom" in err and "JN/" in err and len(err.splitlines()) == 1
    assert dump_database(counter.store.db_path) == before
    assert main(["restore", "--data-dir", folder, str(other_backup), "--other-showroom", "--language", "en"]) == 0
    assert rows(counter.store.db_path, "SELECT code FROM showroom WHERE is_local = 1") == [("JN",)]
