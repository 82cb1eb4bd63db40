"""Admin: the showroom's staff (role, active, locked until, last login) and recent login attempts.

Add, change role, reset PIN, disable or enable, unlock early. Every change is one service call on the
DB worker; the service re-checks that the one asking is an active admin, so a stale window cannot
do what its user may no longer do.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from present.errors import describe
from present.formatting import local_time
from showroom.services import staff_admin
from showroom.services.staff_admin import StaffAccount
from ui.dialogs.questions import ask_yes_no
from ui.dialogs.staff_forms import AddStaffDialog, ChangeRoleDialog, ResetPinDialog
from ui.models.staff_model import LoginRecordModel, StaffTableModel
from ui.widgets.accessibility import name_qt_parts, named
from ui.widgets.tables import RowTableView, message_label, show_message


class StaffDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("staffDialog")
        self.setWindowTitle(self.tr("Staff"))
        self.setMinimumSize(640, 420)
        self.ask_yes_no: Callable[[str, str], bool] = lambda title, question: ask_yes_no(self, title, question)
        self._done_text = ""
        self.accounts = StaffTableModel(ctx.tz, self)
        self.table = RowTableView(self.accounts, "staffTable", self.tr("Staff"))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.open_reset_pin())
        self.records = LoginRecordModel(ctx.tz, self)
        self.records_table = RowTableView(self.records, "loginRecordTable", self.tr("Login records"))
        self.records_table.sortByColumn(LoginRecordModel.TIME, Qt.SortOrder.DescendingOrder)

        self.add_button = self._button("addStaffButton", self.tr("Add…"), self.open_add)
        self.role_button = self._button("changeRoleButton", self.tr("Change role…"), self.open_change_role)
        self.pin_button = self._button("resetPinButton", self.tr("Reset PIN…"), self.open_reset_pin)
        self.active_button = self._button("toggleActiveButton", self.tr("Disable"), self.toggle_active)
        self.unlock_button = self._button("unlockButton", self.tr("Unlock"), self.unlock_selected)
        self.refresh_button = self._button("refreshButton", self.tr("Refresh"), self.refresh)
        actions = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.pin_button, self.active_button, self.unlock_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.refresh_button)

        staff_page = QWidget()
        staff_layout = QVBoxLayout(staff_page)
        staff_layout.addWidget(self.table)
        staff_layout.addLayout(actions)
        self.tabs = named(QTabWidget(), "staffTabs")
        self.tabs.addTab(staff_page, self.tr("Staff"))
        self.tabs.addTab(self.records_table, self.tr("Login records"))
        self.message = message_label("staffMessage")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setObjectName("closeButton")
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.message)
        layout.addWidget(close)
        name_qt_parts(self)
        self._update_buttons()
        self.refresh()

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = named(QPushButton(text), name)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    # -- loading ----------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.ctx.call_as_actor(staff_admin.staff_accounts, on_success=self._show_accounts, on_error=self._show_error)
        self.ctx.call_as_actor(staff_admin.login_records, on_success=self._show_records, on_error=self._show_error)

    def _show_accounts(self, accounts: list[StaffAccount]) -> None:
        chosen = self.selected()
        self.accounts.set_rows(accounts)
        if chosen is not None:
            self.table.select_where(lambda a: a.id == chosen.id)
        self._update_buttons()

    def _show_records(self, records) -> None:
        self.records.set_rows(records)

    def selected(self) -> StaffAccount | None:
        return self.table.selected_row()

    def select(self, name: str) -> bool:
        return self.table.select_where(lambda a: a.name == name)

    def _update_buttons(self, *_args) -> None:
        account = self.selected()
        for button in (self.role_button, self.pin_button, self.active_button):
            button.setEnabled(account is not None)
        self.unlock_button.setEnabled(account is not None and account.locked_until is not None)
        self.active_button.setText(
            self.tr("Enable") if account is not None and not account.active else self.tr("Disable")
        )
        self.active_button.setAccessibleName(self.active_button.text())

    # -- changes ----------------------------------------------------------------------------------
    def open_add(self) -> AddStaffDialog:
        form = AddStaffDialog(self.ctx, self)
        form.saved.connect(lambda view: self._changed(self.tr("{name} added.").format(name=view.name)))
        form.open()
        return form

    def open_change_role(self) -> ChangeRoleDialog | None:
        account = self.selected()
        if account is None:
            return None
        form = ChangeRoleDialog(self.ctx, account, self)
        form.saved.connect(lambda changed: self._changed(self.tr("{name}'s role changed.").format(name=changed.name)))
        form.open()
        return form

    def open_reset_pin(self) -> ResetPinDialog | None:
        account = self.selected()
        if account is None:
            return None
        form = ResetPinDialog(self.ctx, account, self)
        form.saved.connect(lambda changed: self._changed(self.tr("{name} has a new PIN.").format(name=changed.name)))
        form.open()
        return form

    def toggle_active(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.active:
            question = self.tr("Disable {name}? They can no longer log in; their history stays.").format(
                name=account.name
            )
            if not self.ask_yes_no(self.tr("Disable staff member"), question):
                return
            self._done_text = self.tr("{name} is disabled.").format(name=account.name)
        else:
            self._done_text = self.tr("{name} is enabled again.").format(name=account.name)
        self.ctx.call_as_actor(
            staff_admin.set_active, account.id, not account.active, on_success=self._on_done, on_error=self._show_error
        )

    def unlock_selected(self) -> None:
        account = self.selected()
        if account is None or account.locked_until is None:
            return
        self._done_text = self.tr("{name} is unlocked (was locked until {until}).").format(
            name=account.name, until=local_time(account.locked_until, self.ctx.tz)
        )
        self.ctx.call_as_actor(staff_admin.unlock, account.id, on_success=self._on_done, on_error=self._show_error)

    def _on_done(self, _account) -> None:
        self._changed(self._done_text)

    def _changed(self, text: str) -> None:
        show_message(self.message, text)
        self.refresh()

    def _show_error(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)

    def message_text(self) -> str:
        return self.message.text()
