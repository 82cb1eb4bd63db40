"""Catch-up and recovery from the app, as a counter would see them: an enrolment after a restored backup says
what came back from HQ and every screen redraws; a new PC recovers its showroom through the first-run wizard
and logs in. Against the in-process HQ (tests/hq/conftest.py), on PostgreSQL and on SQLite."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from present import i18n
from showroom.backup import take_backup
from showroom.restore import restore_now
from showroom.services import checkout, setup
from showroom.store import Store
from showroom.sync.service import sync_status
from showroom.sync.state import secret_path
from tests.hq.helpers import Offline
from tests.integration.helpers import dump_database
from ui.context import UiContext
from ui.dialogs.catch_up_dialog import CatchUpDialog
from ui.dialogs.enrol_dialog import EnrolDialog
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.setup_wizard import SetupWizard
from ui.models.sample_table_model import SampleTableModel
from ui.preferences import Preferences
from ui.screens.samples import SamplesScreen
from ui.sync_runner import SyncRunner
from ui.tasks import TaskRunner

EVERY_TOPIC = {"samples", "loans", "streamers", "catalog", "staff", "settings"}


def _status_of(screen: SamplesScreen, code: str) -> str:
    model = screen.model
    for row in range(model.rowCount()):
        if model.index(row, SampleTableModel.CODE).data() == code:
            return model.index(row, SampleTableModel.STATUS).data()
    raise AssertionError(f"{code} not shown")


def _restored(cs, hq, tmp_path) -> str:
    """cs lends, syncs, is backed up, lends again and syncs; then the backup is restored: the second loan is
    gone from the counter, HQ has it. Returns a sample code of that loan."""
    day = datetime.now(timezone.utc).replace(microsecond=0) - timedelta(days=2)
    alice = cs.register("小美", "13800000001")
    checkout.check_out(cs.uow(), cs.admin, alice, cs.sample_codes[0:1], "cash", now=day)
    cs.sync(hq.transport)
    backup = take_backup(cs.store.db_path, tmp_path / "backups", "manual")
    checkout.check_out(cs.uow(), cs.admin, alice, cs.sample_codes[1:3], "cash", now=day + timedelta(hours=1))
    cs.sync(hq.transport)
    cs.close()
    restore_now(cs.data_dir, backup.path)
    cs.store = Store(cs.data_dir)
    return cs.sample_codes[1]


def test_enrolling_after_a_restore_says_what_came_back_and_screens_redraw(qtbot, hq, cs, tmp_path):
    lost_code = _restored(cs, hq, tmp_path)
    tasks = TaskRunner()
    ctx = UiContext(store=cs.store, tasks=tasks, showroom=setup.showroom_info(cs.uow()), actor=cs.admin)
    runner = SyncRunner(cs.data_dir, tasks, first_sync_ms=-1, interval_ms=3_600_000, transport=hq.transport)
    announced: list[set] = []
    tasks.changed.connect(announced.append)
    try:
        screen = SamplesScreen(ctx)
        qtbot.addWidget(screen)
        screen.activate()
        qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
        assert _status_of(screen, lost_code) == "In stock"  # the restored database lost the loan

        dialog = EnrolDialog(runner, url="http://testserver")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.code_edit, hq.enrol_code("CS"))
        with qtbot.waitSignal(runner.synced, timeout=20000):  # the sync that follows an enrolment
            dialog.ok_button.click()
        text = dialog.message.text()
        assert "Caught up from HQ: 1 event(s) of this showroom replayed" in text, text
        assert "check the shelves" in text
        assert dialog.isVisible() and dialog.ok_button.text() == "Close"  # stays until read
        assert dialog.message.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        assert any(EVERY_TOPIC <= topics for topics in announced), announced
        qtbot.waitUntil(lambda: _status_of(screen, lost_code) == "On loan", timeout=5000)  # redrawn, unasked
        dialog.ok_button.click()
        assert dialog.result() == EnrolDialog.DialogCode.Accepted

        later = CatchUpDialog(ctx)  # Sync → What came back from HQ…
        qtbot.addWidget(later)
        qtbot.waitUntil(lambda: "Caught up from HQ on" in later.text_label.text(), timeout=5000)
        assert "check the shelves" in later.text_label.text()
    finally:
        runner.stop()
        qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
        tasks.shutdown()


@pytest.fixture
def new_pc(qtbot, hq, tmp_path):
    """An empty data folder on a new PC, its task runner and a sync runner wired to the in-process HQ."""
    store = Store(tmp_path / "new-pc")
    tasks = TaskRunner()
    runner = SyncRunner(store.data_dir, tasks, first_sync_ms=-1, interval_ms=3_600_000, transport=hq.transport)
    yield store, tasks, runner
    runner.stop()
    qtbot.waitUntil(lambda: tasks.pending() == 0, timeout=5000)
    tasks.shutdown()
    store.close()
    i18n.install("en")


def _recover_page(qtbot, new_pc, code: str, pin: str = "246810") -> SetupWizard:
    store, tasks, runner = new_pc
    wizard = SetupWizard(tasks, store.uow, Preferences(store.data_dir), runner=runner)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.language_page.recover_choice.isVisible()
    wizard.language_page.recover_choice.setChecked(True)
    wizard.next()
    page = wizard.recover_page
    assert wizard.currentPage() is page and wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.keyClicks(page.url, "http://testserver")
    qtbot.keyClicks(page.code, code)
    qtbot.keyClicks(page.pin, pin)
    qtbot.keyClicks(page.pin_again, pin)
    return wizard


def test_a_new_pc_recovers_the_showroom_through_the_wizard_and_logs_in(qtbot, hq, cs, new_pc):
    alice = cs.register("小美", "13800000001")
    loan = cs.lend(alice, cs.sample_codes[0:2]).number
    cs.sync(hq.transport)
    cs.close()  # the old PC dies
    store, tasks, runner = new_pc
    wizard = _recover_page(qtbot, new_pc, hq.enrol_code("CS"))
    stages: list[str] = []
    runner.progress.connect(lambda stage, done, total: stages.append(stage))
    with qtbot.waitSignal(runner.recovered, timeout=30000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert "catch_up" in stages  # the page's progress bar was fed
    page = wizard.recover_page
    assert "is recovered from HQ" in page.message.text()
    assert "长沙店长 logs in with the PIN given here." in page.outcome.text()
    assert "Caught up from HQ" in page.outcome.text()
    assert wizard.isVisible()  # read first; Finish goes on to the login
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Go to login"
    with qtbot.waitSignal(wizard.accepted, timeout=5000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)

    status = sync_status(store.uow())
    assert (status.enrolled, status.showroom_code) == (True, "CS")
    ctx = UiContext(store=store, tasks=tasks, showroom=setup.showroom_info(store.uow()))
    login = LoginDialog(ctx, Preferences(store.data_dir))
    qtbot.addWidget(login)
    login.show()
    qtbot.waitUntil(lambda: login.staff_combo.findData("长沙店长") >= 0, timeout=5000)
    login.staff_combo.setCurrentIndex(login.staff_combo.findData("长沙店长"))
    qtbot.keyClicks(login.pin_edit, "246810")
    with qtbot.waitSignal(login.accepted, timeout=5000):
        qtbot.keyClick(login.pin_edit, Qt.Key.Key_Return)
    assert ctx.actor.role == "admin"
    with closing(sqlite3.connect(store.db_path)) as conn:  # the old PC's loan is back on the new one
        assert conn.execute("SELECT number FROM loan").fetchall() == [(loan,)]


@pytest.mark.parametrize("problem", ["bad code", "hq unreachable", "folder not empty"])
def test_a_refused_recovery_is_said_inline_and_changes_nothing(qtbot, hq, new_pc, problem):
    store, _tasks, runner = new_pc
    hq.add_showroom("CS", "长沙")
    code = hq.enrol_code("CS")
    if problem == "bad code":
        code = "WRONG-CODE1"
    elif problem == "hq unreachable":
        runner.transport = Offline()
    else:  # a showroom was set up in this folder meanwhile (another window, the command line)
        setup.set_up_showroom(store.uow(), "JN", "济南样品间", "济南", "济南店长", "9999")
    before = dump_database(store.db_path)
    wizard = _recover_page(qtbot, new_pc, code)
    with qtbot.waitSignal(runner.recover_failed, timeout=20000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    said = wizard.recover_page.message.text()
    expected = {"bad code": "code", "hq unreachable": "cannot be reached", "folder not empty": "already holds"}
    assert expected[problem] in said, said
    assert wizard.isVisible() and not wizard.set_up_done
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.recover_page.code.isEnabled()
    assert dump_database(store.db_path) == before
    assert not secret_path(store.data_dir).exists()
