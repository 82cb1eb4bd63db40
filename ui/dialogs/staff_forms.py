"""The admin's small forms for one staff account: add, new PIN, role. Each saves through one service."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from present import labels
from showroom.domain.model import Role
from showroom.domain.staff_rules import PIN_MAX_DIGITS, check_pin_twice
from showroom.services import staff, staff_admin
from showroom.services.staff_admin import StaffAccount
from ui.widgets.service_dialog import ServiceDialog

translate = QCoreApplication.translate


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(PIN_MAX_DIGITS)
    return edit


def _role_combo(current: str = Role.CLERK.value) -> QComboBox:
    combo = QComboBox()
    for role in (Role.CLERK, Role.MANAGER, Role.ADMIN):
        combo.addItem(labels.role(role.value), role.value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class _PinTwice(ServiceDialog):
    """A new PIN, typed twice; the two are compared here before anything is sent."""

    def _add_pin_fields(self) -> None:
        # one context for both subclasses (self.tr in a shared base would not say which one lupdate sees)
        self.pin_edit = self.add_field(
            translate("StaffForms", "PIN"), _pin_edit(), "pinEdit", translate("StaffForms", "New PIN"), "pin"
        )
        self.pin_edit.setPlaceholderText(translate("StaffForms", "4 to 12 digits"))
        self.pin_again_edit = self.add_field(
            translate("StaffForms", "PIN again"),
            _pin_edit(),
            "pinAgainEdit",
            translate("StaffForms", "New PIN again"),
            "pin_again",
        )

    def checked_pin(self) -> str:
        return check_pin_twice(self.pin_edit.text(), self.pin_again_edit.text())


class AddStaffDialog(_PinTwice):
    """`saved` carries the new StaffView."""

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Add staff member"))
        self.setObjectName("addStaffDialog")
        self.name_edit = self.add_field(self.tr("Name"), QLineEdit(), "staffNameEdit", self.tr("Name"), "name")
        self.name_edit.setMaxLength(100)
        self.role_combo = self.add_field(self.tr("Role"), _role_combo(), "staffRoleCombo", self.tr("Role"), "role")
        self._add_pin_fields()

    def submit(self) -> None:
        pin = self.checked_pin()
        self.run(staff.create_staff, self.name_edit.text(), self.role_combo.currentData(), pin)


class ResetPinDialog(_PinTwice):
    """`saved` carries the StaffAccount with its new PIN (and any lock lifted)."""

    def __init__(self, ctx, account: StaffAccount, parent=None):
        super().__init__(ctx, parent)
        self.account = account
        self.setWindowTitle(self.tr("Reset PIN"))
        self.setObjectName("resetPinDialog")
        self.form.addRow(self.tr("Staff"), QLabel(account.name))
        self._add_pin_fields()

    def submit(self) -> None:
        self.run(staff_admin.reset_pin, self.account.id, self.checked_pin())


class ChangeRoleDialog(ServiceDialog):
    """`saved` carries the StaffAccount in its new role."""

    def __init__(self, ctx, account: StaffAccount, parent=None):
        super().__init__(ctx, parent)
        self.account = account
        self.setWindowTitle(self.tr("Change role"))
        self.setObjectName("changeRoleDialog")
        self.form.addRow(self.tr("Staff"), QLabel(account.name))
        self.role_combo = self.add_field(
            self.tr("Role"), _role_combo(account.role), "staffRoleCombo", self.tr("Role"), "role"
        )

    def submit(self) -> None:
        self.run(staff_admin.change_role, self.account.id, self.role_combo.currentData())
