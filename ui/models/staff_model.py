"""The admin's staff tables: accounts (role, active, locked until, last login) and recent login attempts."""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from present import labels
from present.formatting import local_time
from showroom.services.staff_admin import LoginAttempt, StaffAccount
from ui.models.row_model import OVERDUE_COLOR, WARNING_COLOR, RowTableModel, time_key

translate = QCoreApplication.translate
ROLE_ORDER = {"clerk": 0, "manager": 1, "admin": 2}


def login_outcome(value: str) -> str:
    return {
        "ok": translate("StaffModel", "Logged in"),
        "wrong_pin": translate("StaffModel", "Wrong PIN"),
        "lock_started": translate("StaffModel", "Wrong PIN: account locked"),
        "locked": translate("StaffModel", "Refused: account locked"),
        "disabled": translate("StaffModel", "Refused: account disabled"),
        "unknown_name": translate("StaffModel", "Unknown name"),
        "not_allowed": translate("StaffModel", "Refused: not a manager"),
    }.get(value, value)


def login_channel(value: str) -> str:
    return {"login": translate("StaffModel", "Login"), "override": translate("StaffModel", "Manager override")}.get(
        value, value
    )


class StaffTableModel(RowTableModel[StaffAccount]):
    NAME, ROLE, ACTIVE, LOCKED_UNTIL, LAST_LOGIN = range(5)

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Role"), self.tr("Status"), self.tr("Locked until"), self.tr("Last login")]

    def display(self, row: StaffAccount, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.ROLE:
            return labels.role(row.role)
        if column == self.ACTIVE:
            return self.tr("Active") if row.active else self.tr("Disabled")
        if column == self.LOCKED_UNTIL:
            return local_time(row.locked_until, self._tz)
        if column == self.LAST_LOGIN:
            return local_time(row.last_login_at, self._tz)
        return ""

    def sort_key(self, row: StaffAccount, column: int) -> Any:
        if column == self.ROLE:  # by rank, not by the translated name
            return f"{ROLE_ORDER.get(row.role, 9)}{row.role}"
        if column == self.LOCKED_UNTIL:
            return time_key(row.locked_until)
        if column == self.LAST_LOGIN:
            return time_key(row.last_login_at)
        return super().sort_key(row, column)

    def foreground(self, row: StaffAccount, column: int) -> QColor | None:
        if row.locked_until is not None and column in (self.NAME, self.LOCKED_UNTIL):
            return OVERDUE_COLOR
        if not row.active and column in (self.NAME, self.ACTIVE):
            return WARNING_COLOR
        return None

    def tooltip(self, row: StaffAccount, column: int) -> str | None:
        if row.failed_pins and row.locked_until is None:
            return self.tr("{count} wrong PIN(s) in a row").format(count=row.failed_pins)
        return None


class LoginRecordModel(RowTableModel[LoginAttempt]):
    TIME, NAME, CHANNEL, OUTCOME = range(4)

    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz

    def headers(self) -> list[str]:
        return [self.tr("Time"), self.tr("Name"), self.tr("Where"), self.tr("Outcome")]

    def display(self, row: LoginAttempt, column: int) -> str:
        return {
            self.TIME: row.at.astimezone(self._tz).strftime("%Y-%m-%d %H:%M:%S"),  # attempts come seconds apart
            self.NAME: row.name,
            self.CHANNEL: login_channel(row.channel),
            self.OUTCOME: login_outcome(row.outcome),
        }.get(column, "")

    def sort_key(self, row: LoginAttempt, column: int) -> Any:
        if column == self.TIME:
            return time_key(row.at)
        return super().sort_key(row, column)

    def foreground(self, row: LoginAttempt, column: int) -> QColor | None:
        if row.outcome in ("lock_started", "locked"):
            return OVERDUE_COLOR
        if row.outcome != "ok":
            return WARNING_COLOR
        return None
