"""Login at the counter and first-run set-up of an empty data folder."""
from __future__ import annotations

from PySide6.QtCore import Qt

from showroom.services import setup
from showroom.store import Store
from tests.ui.conftest import wait_idle
from ui.dialogs.login_dialog import LoginDialog
from ui.dialogs.setup_dialog import SetupDialog
from ui.ops import DbWorker
from ui.preferences import LAST_STAFF, Preferences


def _login_dialog(qtbot, ui_ctx, tmp_path):
    ui_ctx.actor = None
    dialog = LoginDialog(ui_ctx, Preferences(tmp_path))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ui_ctx)
    return dialog


def test_wrong_pin_is_refused_and_the_pin_field_cleared(qtbot, ui_ctx, tmp_path):
    dialog = _login_dialog(qtbot, ui_ctx, tmp_path)
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("小张"))
    qtbot.keyClicks(dialog.pin_edit, "0000")
    qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, ui_ctx)
    assert "wrong" in dialog.message.text()
    assert dialog.pin_edit.text() == ""
    assert ui_ctx.actor is None


def test_right_pin_logs_in_and_is_remembered(qtbot, ui_ctx, tmp_path):
    dialog = _login_dialog(qtbot, ui_ctx, tmp_path)
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData("李经理"))
    qtbot.keyClicks(dialog.pin_edit, "2222")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.pin_edit, Qt.Key.Key_Return)
    assert ui_ctx.actor.name == "李经理" and ui_ctx.actor.role == "manager"
    assert Preferences(tmp_path).get(LAST_STAFF) == "李经理"


def test_first_run_sets_up_an_empty_folder(qtbot, tmp_path):
    store = Store(tmp_path / "empty")
    worker = DbWorker()
    dialog = SetupDialog(worker, store.uow)
    qtbot.addWidget(dialog)
    dialog.code.setText("jn")
    dialog.name.setText("济南样品间")
    dialog.city.setText("济南")
    dialog.admin.setText("赵店长")
    dialog.pin.setText("12")
    dialog.submit()
    qtbot.waitUntil(lambda: worker.pending == 0)
    assert "PIN" in dialog.message.text()
    assert not setup.is_set_up(store.uow())
    dialog.pin.setText("123456")
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.submit()
    info = setup.showroom_info(store.uow())
    assert (info.code, info.name) == ("JN", "济南样品间")
    worker.shutdown()
    store.close()
