"""Staff login at the counter: pick your name, type your PIN, Enter."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from present import errors, i18n, labels
from showroom.domain.errors import AccountLocked
from showroom.services import staff
from ui.context import UiContext
from ui.preferences import LANGUAGE, LAST_STAFF, Preferences
from ui.widgets.accessibility import name_qt_parts, named


class LoginDialog(QDialog):
    language_changed = Signal(str)

    def __init__(self, ctx: UiContext, prefs: Preferences, demo_hint: str = "", parent=None):
        super().__init__(parent)
        self.ctx, self.prefs, self.demo_hint = ctx, prefs, demo_hint
        self.setObjectName("loginDialog")
        self.setMinimumWidth(380)
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.staff_combo = named(QComboBox(), "staffCombo")
        self.pin_edit = named(QLineEdit(), "pinEdit")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.returnPressed.connect(self.try_login)
        self.language_combo = named(QComboBox(), "languageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(prefs.get(LANGUAGE)), 0))
        self.language_combo.currentIndexChanged.connect(self._on_language)
        self.message = named(QLabel(), "loginMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.staff_combo.currentIndexChanged.connect(self._clear_message)  # a message is about one person
        self.hint = named(QLabel(), "demoHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.login_button = named(QPushButton(), "loginButton")
        self.login_button.setDefault(True)
        self.login_button.clicked.connect(self.try_login)
        self.form_labels = [QLabel(), QLabel(), QLabel()]
        self.form = QFormLayout()
        for label, field in zip(self.form_labels, (self.staff_combo, self.pin_edit, self.language_combo)):
            label.setBuddy(field)
            self.form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.login_button)
        layout.addWidget(self.hint)
        self.retranslate()
        name_qt_parts(self)
        ctx.call(staff.list_staff, on_success=self._fill_staff, on_error=self._show_error)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Log in"))
        self.heading.setText("{} · {}".format(self.ctx.showroom.name, self.tr("Counter login")))
        for label, text in zip(self.form_labels, (self.tr("Staff"), self.tr("PIN"), self.tr("Language"))):
            label.setText(text)
        self.staff_combo.setAccessibleName(self.tr("Staff member"))
        self.pin_edit.setAccessibleName(self.tr("PIN"))
        self.pin_edit.setPlaceholderText(self.tr("Type your PIN and press Enter"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.login_button.setText(self.tr("Log in"))
        self.login_button.setAccessibleName(self.tr("Log in"))
        self.hint.setText(self.demo_hint)
        for i in range(self.staff_combo.count()):
            name, role = self.staff_combo.itemData(i, Qt.ItemDataRole.UserRole + 1)
            self.staff_combo.setItemText(i, f"{name} ({labels.role(role)})")

    def _fill_staff(self, people) -> None:
        self.staff_combo.clear()
        for person in people:
            self.staff_combo.addItem(f"{person.name} ({labels.role(person.role)})", person.name)
            self.staff_combo.setItemData(
                self.staff_combo.count() - 1, (person.name, person.role), Qt.ItemDataRole.UserRole + 1
            )
        last = self.staff_combo.findData(self.prefs.get(LAST_STAFF))
        if last >= 0:
            self.staff_combo.setCurrentIndex(last)
        self.pin_edit.setFocus()

    def _on_language(self) -> None:
        code = self.language_combo.currentData()
        self.prefs.set(LANGUAGE, code)
        i18n.install(code)
        self.retranslate()
        self.language_changed.emit(code)

    def try_login(self) -> None:
        name, pin = self.staff_combo.currentData(), self.pin_edit.text()
        if not name:
            return
        self.login_button.setEnabled(False)
        self.ctx.call(staff.login, name, pin, on_success=self._logged_in, on_error=self._failed)

    def _logged_in(self, actor) -> None:
        self.ctx.actor = actor
        self.prefs.set(LAST_STAFF, actor.name)
        self.accept()

    def _failed(self, exc) -> None:
        self.login_button.setEnabled(True)
        self.pin_edit.clear()
        self.pin_edit.setFocus()
        self._show_error(exc)

    def _show_error(self, exc) -> None:
        # a lock is not a typo: said in bold, so the person stops trying and waits or fetches an admin
        font = self.message.font()
        font.setBold(isinstance(exc, AccountLocked))
        self.message.setFont(font)
        self.message.setText(errors.describe(exc, self.ctx.tz))

    def _clear_message(self) -> None:
        self.message.clear()
