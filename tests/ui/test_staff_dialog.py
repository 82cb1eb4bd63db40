"""The admin's staff dialog over a real store: list, add, role, PIN, disable/enable, unlock, records."""

from __future__ import annotations

from datetime import timedelta

import pytest

from showroom.domain.errors import AccountLocked, LoginFailed
from showroom.domain.staff_rules import MAX_WRONG_PINS
from showroom.services import staff
from showroom.services.common import utcnow
from tests.ui.conftest import wait_idle
from ui.dialogs.staff_dialog import StaffDialog
from ui.models.staff_model import StaffTableModel


def _dialog(qtbot, ui_ctx, counter, actor=None) -> StaffDialog:
    ui_ctx.actor = actor or counter.admin
    dialog = StaffDialog(ui_ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ui_ctx)
    return dialog


def _cell(dialog: StaffDialog, name: str, column: int) -> str:
    row = dialog.accounts.find(lambda a: a.name == name)
    return dialog.accounts.index(row, column).data()


def _lock(counter, name="小张"):
    for _ in range(MAX_WRONG_PINS):
        with pytest.raises((LoginFailed, AccountLocked)):
            staff.login(counter.uow(), name, "0000", now=utcnow())


def test_lists_every_account_with_its_role(qtbot, ui_ctx, counter):
    dialog = _dialog(qtbot, ui_ctx, counter)
    assert sorted(a.name for a in dialog.accounts.rows()) == sorted(["王店长", "李经理", "小张"])
    assert _cell(dialog, "李经理", StaffTableModel.ROLE) == "Manager"
    assert _cell(dialog, "小张", StaffTableModel.LOCKED_UNTIL) == ""
    assert not dialog.pin_button.isEnabled()  # nothing selected yet
    wait_idle(qtbot, ui_ctx)


def test_adds_a_staff_member_after_the_pin_is_typed_twice_alike(qtbot, ui_ctx, counter):
    dialog = _dialog(qtbot, ui_ctx, counter)
    form = dialog.open_add()
    form.name_edit.setText("周敏")
    form.role_combo.setCurrentIndex(form.role_combo.findData("manager"))
    form.pin_edit.setText("4321")
    form.pin_again_edit.setText("4312")
    form.accept()
    assert "not the same" in form.error_text()
    form.pin_again_edit.setText("4321")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.accept()
    wait_idle(qtbot, ui_ctx)
    assert _cell(dialog, "周敏", StaffTableModel.ROLE) == "Manager"
    assert "周敏" in dialog.message_text()
    assert staff.login(counter.uow(), "周敏", "4321").role == "manager"


def test_disables_after_asking_and_enables_again(qtbot, ui_ctx, counter):
    dialog = _dialog(qtbot, ui_ctx, counter)
    asked = []
    dialog.ask_yes_no = lambda title, question: asked.append(question) or True
    assert dialog.select("小张")
    assert dialog.active_button.text() == "Disable"
    dialog.active_button.click()
    wait_idle(qtbot, ui_ctx)
    assert "小张" in asked[0]
    assert _cell(dialog, "小张", StaffTableModel.ACTIVE) == "Disabled"
    assert dialog.selected().name == "小张" and dialog.active_button.text() == "Enable"
    with pytest.raises(LoginFailed):
        staff.login(counter.uow(), "小张", "1111")
    dialog.active_button.click()
    wait_idle(qtbot, ui_ctx)
    assert _cell(dialog, "小张", StaffTableModel.ACTIVE) == "Active"
    assert staff.login(counter.uow(), "小张", "1111").name == "小张"


def test_refusing_to_disable_yourself_is_said_inline(qtbot, ui_ctx, counter):
    dialog = _dialog(qtbot, ui_ctx, counter)
    dialog.ask_yes_no = lambda title, question: True
    dialog.select("王店长")
    dialog.active_button.click()
    wait_idle(qtbot, ui_ctx)
    assert dialog.message_text() == "You cannot disable your own account."
    assert _cell(dialog, "王店长", StaffTableModel.ACTIVE) == "Active"


def test_a_locked_account_shows_until_when_and_is_unlocked(qtbot, ui_ctx, counter):
    _lock(counter)
    dialog = _dialog(qtbot, ui_ctx, counter)
    assert _cell(dialog, "小张", StaffTableModel.LOCKED_UNTIL) != ""
    dialog.select("小张")
    assert dialog.unlock_button.isEnabled()
    dialog.unlock_button.click()
    wait_idle(qtbot, ui_ctx)
    assert "unlocked" in dialog.message_text()
    assert _cell(dialog, "小张", StaffTableModel.LOCKED_UNTIL) == ""
    assert not dialog.unlock_button.isEnabled()
    assert staff.login(counter.uow(), "小张", "1111").name == "小张"


def test_resets_a_pin_and_changes_a_role(qtbot, ui_ctx, counter):
    dialog = _dialog(qtbot, ui_ctx, counter)
    dialog.select("小张")
    form = dialog.open_reset_pin()
    form.pin_edit.setText("135790")
    form.pin_again_edit.setText("135790")
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.accept()
    wait_idle(qtbot, ui_ctx)
    assert staff.login(counter.uow(), "小张", "135790").name == "小张"
    dialog.select("小张")
    form = dialog.open_change_role()
    form.role_combo.setCurrentIndex(form.role_combo.findData("manager"))
    with qtbot.waitSignal(form.saved, timeout=5000):
        form.accept()
    wait_idle(qtbot, ui_ctx)
    assert _cell(dialog, "小张", StaffTableModel.ROLE) == "Manager"


def test_demoting_the_last_admin_is_refused_in_the_form(qtbot, ui_ctx, counter):
    dialog = _dialog(qtbot, ui_ctx, counter)
    dialog.select("王店长")
    form = dialog.open_change_role()
    form.role_combo.setCurrentIndex(form.role_combo.findData("clerk"))
    form.accept()
    wait_idle(qtbot, ui_ctx)
    assert "at least one active administrator" in form.error_text()
    assert _cell(dialog, "王店长", StaffTableModel.ROLE) == "Administrator"


def test_login_records_show_newest_first_with_their_outcome(qtbot, ui_ctx, counter):
    now = utcnow()
    with pytest.raises(LoginFailed):
        staff.login(counter.uow(), "李经理", "0000", now=now - timedelta(minutes=2))
    staff.login(counter.uow(), "李经理", "2222", now=now - timedelta(minutes=1))
    dialog = _dialog(qtbot, ui_ctx, counter)
    view = dialog.records_table
    outcomes = [view.model().index(r, 3).data() for r in range(view.model().rowCount())]
    assert outcomes == ["Logged in", "Wrong PIN"]
    assert _cell(dialog, "李经理", StaffTableModel.LAST_LOGIN) != ""


def test_a_clerk_sees_a_refusal_and_no_staff(qtbot, ui_ctx, counter):
    dialog = _dialog(qtbot, ui_ctx, counter, actor=counter.clerk)
    assert dialog.accounts.rowCount() == 0 and dialog.records.rowCount() == 0
    assert dialog.message_text() == "Only a Administrator may do this."
