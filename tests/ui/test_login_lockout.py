"""The login screen after too many wrong PINs: the lock is said with its end in local time, and the
right PIN gets exactly the same answer as a wrong one while it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt

from present.formatting import local_time
from showroom.domain.staff_rules import MAX_WRONG_PINS
from showroom.services import staff_admin
from tests.ui.conftest import open_login_dialog, wait_idle
from ui.dialogs.login_dialog import LoginDialog


def _try(qtbot, ui_ctx, dialog: LoginDialog, name: str, pin: str) -> str:
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(name))
    qtbot.keyClicks(dialog.pin_edit, pin)
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)
    return dialog.message.text()


def test_the_fifth_wrong_pin_locks_and_says_until_when(qtbot, ui_ctx, tmp_path, counter):
    dialog = open_login_dialog(qtbot, ui_ctx, tmp_path)
    for _ in range(MAX_WRONG_PINS - 1):
        assert _try(qtbot, ui_ctx, dialog, "小张", "0000") == "Name or PIN is wrong."
        assert not dialog.message.font().bold()
    locked = _try(qtbot, ui_ctx, dialog, "小张", "0000")
    [account] = [a for a in staff_admin.staff_accounts(counter.uow(), counter.admin) if a.name == "小张"]
    until = local_time(account.locked_until, ui_ctx.tz)
    assert locked == (
        f"小张 is locked after too many wrong PINs, until {until}. An administrator can unlock it sooner."
    )
    assert dialog.message.font().bold()
    assert dialog.pin_edit.text() == "" and dialog.login_button.isEnabled()
    assert _try(qtbot, ui_ctx, dialog, "小张", "1111") == locked  # the right PIN: the same answer
    assert _try(qtbot, ui_ctx, dialog, "小张", "2468") == locked
    assert ui_ctx.actor is None
    outcomes = [r.outcome for r in staff_admin.login_records(counter.uow(), counter.admin)]
    assert outcomes == ["locked", "locked", "lock_started"] + ["wrong_pin"] * (MAX_WRONG_PINS - 1)


def test_another_person_can_still_log_in_and_the_message_goes_with_the_name(qtbot, ui_ctx, tmp_path, counter):
    dialog = open_login_dialog(qtbot, ui_ctx, tmp_path)
    for _ in range(MAX_WRONG_PINS):
        _try(qtbot, ui_ctx, dialog, "小张", "0000")
    assert "locked" in dialog.message.text()
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("李经理"))
    assert dialog.message.text() == ""
    qtbot.keyClicks(dialog.pin_edit, "2222")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert ui_ctx.actor.name == "李经理"
    wait_idle(qtbot, ui_ctx)


def test_after_an_admin_unlocks_the_right_pin_logs_in(qtbot, ui_ctx, tmp_path, counter):
    dialog = open_login_dialog(qtbot, ui_ctx, tmp_path)
    for _ in range(MAX_WRONG_PINS):
        _try(qtbot, ui_ctx, dialog, "小张", "0000")
    staff_admin.unlock(counter.uow(), counter.admin, counter.clerk.id)
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("小张"))
    qtbot.keyClicks(dialog.pin_edit, "1111")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert ui_ctx.actor.id == counter.clerk.id
    wait_idle(qtbot, ui_ctx)
