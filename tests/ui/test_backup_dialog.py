"""The backups dialog and the daily backup, on real widgets offscreen over a real store."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt

from present import backup_text
from present.errors import describe
from showroom import backup, restore
from showroom.domain.errors import BackupRefused
from showroom.services import checkout
from tests.conftest import T0
from tests.integration.helpers import rows
from tests.ui.conftest import wait_idle
from ui import backup_runner
from ui.dialogs import backup_dialog
from ui.dialogs.backup_dialog import BackupDialog


def idle(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: dialog.ctx.tasks.pending() == 0, timeout=10000)


def open_dialog(qtbot, ctx) -> BackupDialog:
    dialog = BackupDialog(ctx)
    qtbot.addWidget(dialog)
    idle(qtbot, dialog)
    return dialog


def lend(counter, codes):
    return checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, codes, "wechat", now=T0)


def test_an_admin_sees_the_backups_and_backs_up_now(qtbot, ui_ctx, counter):
    ui_ctx.actor = counter.admin
    folder = counter.store.data_dir / "backups"
    backup.take_backup(counter.store.db_path, folder, "daily", now=T0)
    backup.take_backup(counter.store.db_path, folder, "before-upgrade", now=T0 - timedelta(days=3))
    dialog = open_dialog(qtbot, ui_ctx)
    assert str(folder) in dialog.folder_label.text()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, dialog.model.KIND).data() == backup_text.kind_label("daily")
    assert not dialog.pending_label.isVisibleTo(dialog)
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    idle(qtbot, dialog)  # the list reloads after the copy
    manual = [b for b in backup.list_backups(folder) if b.kind == "manual"]
    assert len(manual) == 1 and dialog.model.rowCount() == 3
    assert str(manual[0].path) in dialog.message.text()
    wait_idle(qtbot, ui_ctx)


def test_a_restore_is_checked_confirmed_with_what_the_backup_holds_then_staged_for_the_next_start(
    qtbot, ui_ctx, counter, monkeypatch
):
    ui_ctx.actor = counter.admin
    folder = counter.store.data_dir / "backups"
    taken = backup.take_backup(counter.store.db_path, folder, "manual", now=T0)
    lend(counter, counter.codes[:2])
    asked, quit_offered = [], []
    monkeypatch.setattr(backup_dialog, "ask_yes_no", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(backup_dialog, "ask_quit_now", lambda parent, title, text: quit_offered.append(text) or False)
    dialog = open_dialog(qtbot, ui_ctx)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(quit_offered) == 1, timeout=10000)
    idle(qtbot, dialog)
    [question] = asked
    assert "CS 长沙样品间" in question and "6" in question and "2026-11-20 10:00" in question  # local time
    assert restore.pending_restore(counter.store.data_dir).source == str(taken.path)
    assert rows(counter.store.db_path, "SELECT count(*) FROM loan") == [(1,)]  # nothing swapped under the app
    assert dialog.pending_label.isVisibleTo(dialog) and str(taken.path) in dialog.pending_label.text()
    qtbot.mouseClick(dialog.cancel_pending_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    idle(qtbot, dialog)
    assert restore.pending_restore(counter.store.data_dir) is None
    assert not dialog.pending_label.isVisibleTo(dialog)
    wait_idle(qtbot, ui_ctx)


def test_declining_the_confirmation_restores_nothing(qtbot, ui_ctx, counter, monkeypatch):
    ui_ctx.actor = counter.admin
    backup.take_backup(counter.store.db_path, counter.store.data_dir / "backups", "manual", now=T0)
    monkeypatch.setattr(backup_dialog, "ask_yes_no", lambda parent, title, text: False)
    dialog = open_dialog(qtbot, ui_ctx)
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == dialog.tr("Nothing was restored."), timeout=10000)
    assert restore.pending_restore(counter.store.data_dir) is None
    wait_idle(qtbot, ui_ctx)


def test_a_file_that_is_no_backup_is_refused_before_any_question(qtbot, ui_ctx, counter, monkeypatch, tmp_path):
    ui_ctx.actor = counter.admin
    junk = tmp_path / "photo.sqlite3"
    junk.write_bytes(b"\x89PNG\r\n\x1a\n" * 100)
    monkeypatch.setattr(backup_dialog, "choose_backup_file", lambda parent, folder: str(junk))
    monkeypatch.setattr(backup_dialog, "ask_yes_no", lambda *a: (_ for _ in ()).throw(AssertionError("asked")))
    dialog = open_dialog(qtbot, ui_ctx)
    qtbot.mouseClick(dialog.restore_file_button, Qt.MouseButton.LeftButton)
    idle(qtbot, dialog)
    assert dialog.message.text() == describe(BackupRefused("not_sqlite"))
    assert restore.pending_restore(counter.store.data_dir) is None
    wait_idle(qtbot, ui_ctx)


def test_a_clerk_sees_the_list_but_cannot_back_up_or_restore(qtbot, ui_ctx, counter):
    backup.take_backup(counter.store.db_path, counter.store.data_dir / "backups", "daily", now=T0)
    dialog = open_dialog(qtbot, ui_ctx)
    assert dialog.model.rowCount() == 1
    assert not dialog.backup_button.isEnabled() and not dialog.restore_file_button.isEnabled()
    assert not dialog.restore_selected_button.isEnabled()
    wait_idle(qtbot, ui_ctx)


def test_the_daily_backup_runs_in_the_background_once_a_day(qtbot, ui_ctx, counter):
    now = [T0]
    daily = backup_runner.DailyBackup(counter.store, ui_ctx.tasks, clock=lambda: now[0])
    taken = []
    daily.backed_up.connect(taken.append)
    try:
        with qtbot.waitSignal(daily.backed_up, timeout=10000):
            daily.start()
        assert taken[0].kind == "daily" and taken[0].taken_at == T0
        now[0] = T0 + timedelta(hours=2)
        assert daily.check_now()
        qtbot.waitUntil(lambda: not daily.busy, timeout=10000)
        assert len(taken) == 1  # not due yet
        now[0] = T0 + timedelta(days=1)
        with qtbot.waitSignal(daily.backed_up, timeout=10000):
            daily.check_now()
        assert [b.taken_at for b in backup.list_backups(counter.store.data_dir / "backups")] == [
            T0 + timedelta(days=1),
            T0,
        ]
    finally:
        daily.stop()
    assert not daily.check_now()  # stopped: nothing more runs
    wait_idle(qtbot, ui_ctx)


def test_a_failed_daily_backup_is_signalled(qtbot, ui_ctx, counter, monkeypatch, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup folder should be")
    from showroom.services import settings

    settings.save_settings(counter.uow(), counter.manager, {"backup.folder": str(blocker)})
    daily = backup_runner.DailyBackup(counter.store, ui_ctx.tasks, clock=lambda: T0)
    try:
        with qtbot.waitSignal(daily.failed, timeout=10000) as failed:
            daily.start()
    finally:
        daily.stop()
    assert isinstance(failed.args[0], OSError)
    assert describe(failed.args[0])
    wait_idle(qtbot, ui_ctx)
