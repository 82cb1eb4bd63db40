"""Login at the counter and the first-run wizard on an empty data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from present import i18n
from showroom.services import setup, staff
from showroom.services.settings import read_settings
from showroom.store import Store
from tests.hq.conftest import hq, hq_db, hq_service  # noqa: F401  (the in-process HQ fixtures)
from tests.integration.helpers import dump_database
from tests.ui.conftest import open_login_dialog, wait_idle
from ui.dialogs.setup_wizard import SetupWizard
from ui.preferences import LANGUAGE, LAST_STAFF, Preferences
from ui.tasks import TaskRunner


def test_wrong_pin_is_refused_and_the_pin_field_cleared(qtbot, ui_ctx, tmp_path):
    dialog = open_login_dialog(qtbot, ui_ctx, tmp_path)
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("小张"))
    qtbot.keyClicks(dialog.pin_edit, "0000")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)
    assert "wrong" in dialog.message.text()
    assert dialog.pin_edit.text() == ""
    assert ui_ctx.actor is None


def test_right_pin_logs_in_and_is_remembered(qtbot, ui_ctx, tmp_path):
    dialog = open_login_dialog(qtbot, ui_ctx, tmp_path)
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("李经理"))
    qtbot.keyClicks(dialog.pin_edit, "2222")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert ui_ctx.actor.name == "李经理" and ui_ctx.actor.role == "manager"
    assert Preferences(tmp_path).get(LAST_STAFF) == "李经理"


@pytest.fixture
def empty_folder(qtbot, tmp_path):
    """An empty data folder as the first start finds it: a migrated database with no showroom."""
    store = Store(tmp_path / "room")
    worker = TaskRunner()
    yield store, worker, Preferences(tmp_path / "room")
    qtbot.waitUntil(lambda: worker.pending() == 0, timeout=5000)
    worker.shutdown()
    store.close()
    i18n.install("en")  # the other UI tests read the English source strings


def _wizard(qtbot, empty_folder, runner=None):
    store, worker, prefs = empty_folder
    wizard = SetupWizard(worker, store.uow, prefs, runner=runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def _fill_to_summary(wizard, code="jn"):
    wizard.next()  # language: the default
    wizard.showroom_page.code.setText(code)
    wizard.showroom_page.name.setText("济南样品间")
    wizard.showroom_page.city.setText("济南")
    wizard.next()
    wizard.admin_page.admin.setText("赵店长")
    wizard.admin_page.pin.setText("123456")
    wizard.admin_page.pin_again.setText("123456")
    wizard.next()
    printers = wizard.printers_page
    printers.label_printer.addItem("PDFs", "folder:/tmp/labels")  # what choosing a folder adds
    printers.label_printer.setCurrentIndex(printers.label_printer.findData("folder:/tmp/labels"))
    printers.layout_combo.setCurrentIndex(printers.layout_combo.findData("a4-3x8"))
    printers.width_combo.setCurrentIndex(printers.width_combo.findData(58))
    wizard.next()


def test_wizard_sets_up_showroom_admin_and_printers_in_one_go(qtbot, empty_folder):
    store, worker, _prefs = empty_folder
    wizard = _wizard(qtbot, empty_folder)
    _fill_to_summary(wizard)
    assert wizard.currentPage() is wizard.summary_page
    summary = wizard.summary_page.summary.text()
    assert "济南样品间 (JN)" in summary and "赵店长" in summary and "58 mm" in summary
    assert not setup.is_set_up(store.uow())  # nothing is saved before Finish
    with qtbot.waitSignal(wizard.accepted, timeout=10000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    info = setup.showroom_info(store.uow())
    assert (info.code, info.name, info.city) == ("JN", "济南样品间", "济南")
    assert staff.login(store.uow(), "赵店长", "123456").role == "admin" == wizard.admin.role
    values = read_settings(store.uow())
    assert (values["print.label.printer"], values["print.label.layout"], values["print.receipt.width_mm"]) == (
        "folder:/tmp/labels",
        "a4-3x8",
        58,
    )


def test_wizard_tells_what_is_wrong_on_the_page_and_saves_nothing(qtbot, empty_folder):
    store, _worker, _prefs = empty_folder
    before = dump_database(store.db_path)
    wizard = _wizard(qtbot, empty_folder)
    wizard.next()
    page = wizard.showroom_page
    page.code.setText("J1")
    page.name.setText("济南样品间")
    page.city.setText("济南")
    wizard.next()
    assert wizard.currentPage() is page and "capital letters" in page.message.text()
    page.code.setText("JN")
    page.city.setText("  ")
    wizard.next()
    assert wizard.currentPage() is page and "City" in page.message.text()
    page.city.setText("济南")
    wizard.next()
    admin = wizard.admin_page
    assert wizard.currentPage() is admin
    admin.admin.setText("赵店长")
    admin.pin.setText("12a4")
    admin.pin_again.setText("12a4")
    wizard.next()
    assert wizard.currentPage() is admin and "4 to 12 digits" in admin.message.text()
    admin.pin.setText("123456")
    admin.pin_again.setText("123465")
    wizard.next()
    assert wizard.currentPage() is admin and "not the same" in admin.message.text()
    assert admin.pin_again.text() == ""
    assert dump_database(store.db_path) == before


def test_cancel_leaves_the_folder_without_a_showroom(qtbot, empty_folder):
    store, _worker, _prefs = empty_folder
    wizard = _wizard(qtbot, empty_folder)
    _fill_to_summary(wizard)
    with qtbot.waitSignal(wizard.rejected, timeout=5000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Rejected
    assert not setup.is_set_up(store.uow())


def test_language_chosen_first_redraws_the_pages_and_is_remembered(qtbot, empty_folder):
    store, _worker, _prefs = empty_folder
    i18n.install("zh_CN")
    wizard = _wizard(qtbot, empty_folder)
    city_label = wizard.showroom_page.form.labelForField(wizard.showroom_page.city)
    assert city_label.text() == "城市"
    page = wizard.language_page
    page.combo.setCurrentIndex(page.combo.findData("en"))
    assert Preferences(store.data_dir).get(LANGUAGE) == "en"
    wizard.next()
    assert city_label.text() == "City" and wizard.showroom_page.city.accessibleName() == "City"
    assert wizard.showroom_page.title() == "Your showroom"


def test_hq_enrolment_failure_keeps_the_showroom_set_up(qtbot, empty_folder):
    from ui.sync_runner import SyncRunner

    store, tasks, _prefs = empty_folder
    runner = SyncRunner(store.data_dir, tasks, first_sync_ms=-1, interval_ms=3_600_000)
    try:
        wizard = _wizard(qtbot, empty_folder, runner)
        _fill_to_summary(wizard)
        assert wizard.currentPage() is wizard.hq_page
        wizard.hq_page.connect_box.setChecked(True)
        wizard.hq_page.url.setText("127.0.0.1:9")  # nothing listens on the discard port
        wizard.next()
        assert wizard.currentPage() is wizard.hq_page and "Enrolment code" in wizard.hq_page.message.text()
        wizard.hq_page.code.setText("K7QHM-2XD9P")
        wizard.next()
        assert "http://127.0.0.1:9" in wizard.summary_page.summary.text()
        with qtbot.waitSignal(runner.enrol_failed, timeout=20000):
            wizard.button(QWizard.WizardButton.FinishButton).click()
        assert setup.showroom_info(store.uow()).code == "JN"
        assert "Sync → Connect to HQ" in wizard.summary_page.message.text() and wizard.isVisible()
        with qtbot.waitSignal(wizard.accepted, timeout=5000):
            wizard.button(QWizard.WizardButton.CancelButton).click()  # closing now keeps the showroom
    finally:
        runner.stop()


def test_hq_enrolment_from_the_wizard_connects_the_new_showroom(qtbot, empty_folder, hq):
    """Against an HQ service in this process (tests/hq/conftest.py): PostgreSQL and SQLite back ends."""
    from showroom.sync.service import sync_status
    from ui.sync_runner import SyncRunner

    store, tasks, _prefs = empty_folder
    hq.add_showroom("JN", "济南")
    runner = SyncRunner(store.data_dir, tasks, first_sync_ms=-1, interval_ms=3_600_000, transport=hq.transport)
    try:
        wizard = _wizard(qtbot, empty_folder, runner)
        _fill_to_summary(wizard)
        wizard.hq_page.connect_box.setChecked(True)
        wizard.hq_page.url.setText("http://testserver")
        wizard.hq_page.code.setText(hq.enrol_code("JN"))
        wizard.next()
        with qtbot.waitSignal(wizard.accepted, timeout=20000):
            wizard.button(QWizard.WizardButton.FinishButton).click()
        status = sync_status(store.uow())
        assert (status.enrolled, status.hq_url, status.showroom_code) == (True, "http://testserver", "JN")
    finally:
        runner.stop()


def test_a_full_disk_at_finish_saves_nothing_and_finish_works_once_there_is_room(qtbot, empty_folder):
    from tests.faults import fail_commits

    store, _worker, _prefs = empty_folder
    before = dump_database(store.db_path)
    wizard = _wizard(qtbot, empty_folder)
    _fill_to_summary(wizard)
    lift = fail_commits(store)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is full" in wizard.summary_page.message.text(), timeout=10000)
    assert wizard.isVisible() and wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert dump_database(store.db_path) == before  # not half set up
    lift()
    with qtbot.waitSignal(wizard.accepted, timeout=10000):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert setup.showroom_info(store.uow()).code == "JN"
