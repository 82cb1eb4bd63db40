"""The pages of the first-run wizard (ui.dialogs.setup_wizard). Each page checks its own fields in
validatePage and says what is wrong right there; nothing is saved before Finish.

Texts are set in `retranslate()`, so that choosing a language on the first page redraws every page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from present import i18n, labels
from present.errors import describe
from present.labels import setting_label
from showroom.domain.codes import SITE
from showroom.domain.errors import InvalidInput, ShowroomError
from showroom.services.common import required_text
from showroom.services.hq_address import checked_url
from ui.settings.printing_page import choice_combo, layout_title, printer_combo, printer_value, width_title
from ui.widgets.accessibility import named
from ui.widgets.tables import message_label, show_message

translate = QCoreApplication.translate


class WizardPage(QWizardPage):
    """A page whose label texts are functions, re-run after a language change."""

    def __init__(self, name: str):
        super().__init__()
        self.setObjectName(name)
        self.form = QFormLayout()
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.message = message_label(f"{name}Message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self._texts: list[tuple[QLabel, QWidget | None, Callable[[], str]]] = []

    def row(self, text: Callable[[], str], widget: QWidget, object_name: str) -> QWidget:
        label = QLabel()
        self.form.addRow(label, named(widget, object_name))
        self._texts.append((label, widget, text))
        return widget

    def retranslate(self) -> None:
        for label, widget, text in self._texts:
            label.setText(text())
            if widget is not None:
                widget.setAccessibleName(text())

    def initializePage(self) -> None:
        self.retranslate()
        show_message(self.message, "")

    def refuse(self, exc: ShowroomError | str, widget: QWidget | None = None) -> bool:
        show_message(self.message, exc if isinstance(exc, str) else describe(exc), error=True)
        if widget is not None:
            widget.setFocus()
        return False


def checked_pins(page: WizardPage, pin_edit: QLineEdit, again_edit: QLineEdit) -> bool:
    """A PIN of 4 to 12 digits, typed the same twice; refused on the page otherwise."""
    pin = pin_edit.text()
    if not (pin.isdigit() and 4 <= len(pin) <= 12):  # the staff service checks the same again
        return page.refuse(InvalidInput("pin", "pin_format"), pin_edit)
    if pin != again_edit.text():
        again_edit.clear()
        return page.refuse(
            translate("SetupWizard", "The two PINs are not the same. Please type the PIN again."), again_edit
        )
    return True


class LanguagePage(WizardPage):
    """The language, and (with HQ at hand) the way in: a new showroom, or one recovered from HQ."""

    def __init__(self, current: str, on_choice: Callable[[str], None], offer_recovery: bool = False):
        super().__init__("languagePage")
        self.combo = self.row(lambda: translate("SetupWizard", "Language"), QComboBox(), "languageCombo")
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        self.combo.currentIndexChanged.connect(lambda _i: on_choice(self.combo.currentData()))
        self.new_choice = named(QRadioButton(), "setUpNewChoice")
        self.recover_choice = named(QRadioButton(), "recoverChoice")
        self.new_choice.setChecked(True)
        for choice in (self.new_choice, self.recover_choice):
            self.form.addRow(choice)
            choice.setVisible(offer_recovery)

    def recovering(self) -> bool:
        return self.recover_choice.isChecked()

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(translate("SetupWizard", "Welcome to Showroom"))
        self.intro.setText(
            translate(
                "SetupWizard",
                "This folder holds no showroom yet. A few questions set it up; printers and other "
                "settings can be changed later in Settings. Choose the language first.",
            )
        )
        for choice, text in (
            (self.new_choice, translate("SetupWizard", "Set up a new showroom")),
            (
                self.recover_choice,
                translate("SetupWizard", "Recover this showroom from HQ (this PC replaces one that is gone)"),
            ),
        ):
            choice.setText(text)
            choice.setAccessibleName(text)


class ShowroomPage(WizardPage):
    def __init__(self):
        super().__init__("showroomPage")
        self.code = self.row(
            lambda: translate("SetupWizard", "Showroom code (2-4 capital letters)"), QLineEdit(), "showroomCode"
        )
        self.code.setMaxLength(4)
        self.code.setPlaceholderText("CS")
        self.name = self.row(lambda: labels.field("showroom_name"), QLineEdit(), "showroomName")
        self.city = self.row(lambda: labels.field("city"), QLineEdit(), "showroomCity")

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(translate("SetupWizard", "Your showroom"))
        self.intro.setText(
            translate(
                "SetupWizard",
                "The code starts every sample, member card and loan number (e.g. CS-000042), "
                "so it cannot be changed later.",
            )
        )
        self.name.setPlaceholderText(translate("SetupWizard", "e.g. Changsha live sample room"))

    def validatePage(self) -> bool:
        code = self.code.text().strip().upper()
        if not SITE.match(code):
            return self.refuse(InvalidInput("showroom_code", "site_code", code), self.code)
        self.code.setText(code)
        for field, edit in (("showroom_name", self.name), ("city", self.city)):
            try:
                required_text(field, edit.text(), 100)
            except InvalidInput as exc:
                return self.refuse(exc, edit)
        return True


class AdminPage(WizardPage):
    def __init__(self):
        super().__init__("adminPage")
        self.admin = self.row(lambda: labels.field("admin_name"), QLineEdit(), "adminName")
        self.pin = self.row(lambda: labels.field("admin_pin"), QLineEdit(), "adminPin")
        self.pin_again = self.row(lambda: translate("SetupWizard", "The PIN again"), QLineEdit(), "adminPinAgain")
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(translate("SetupWizard", "The first administrator"))
        self.intro.setText(
            translate(
                "SetupWizard",
                "The administrator logs in with a PIN of 4 to 12 digits and can add managers and "
                "clerks later (File → Staff…).",
            )
        )

    def validatePage(self) -> bool:
        try:
            required_text("admin_name", self.admin.text(), 100)
        except InvalidInput as exc:
            return self.refuse(exc, self.admin)
        return checked_pins(self, self.pin, self.pin_again)


class PrintersPage(WizardPage):
    def __init__(self, defaults: dict[str, object]):
        super().__init__("printersPage")
        self.label_printer = self.row(
            lambda: translate("SetupWizard", "Label printer"),
            printer_combo(str(defaults["print.label.printer"]), "labelPrinter", ""),
            "labelPrinter",
        )
        self.layout_combo = self.row(
            lambda: setting_label("print.label.layout"),
            choice_combo("print.label.layout", defaults["print.label.layout"], "labelLayoutCombo", layout_title),
            "labelLayoutCombo",
        )
        self.receipt_printer = self.row(
            lambda: translate("SetupWizard", "Receipt printer"),
            printer_combo(str(defaults["print.receipt.printer"]), "receiptPrinter", ""),
            "receiptPrinter",
        )
        self.width_combo = self.row(
            lambda: setting_label("print.receipt.width_mm"),
            choice_combo(
                "print.receipt.width_mm", defaults["print.receipt.width_mm"], "receiptWidthCombo", width_title
            ),
            "receiptWidthCombo",
        )

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(translate("SetupWizard", "Printers and paper"))
        self.intro.setText(
            translate(
                "SetupWizard",
                "Where labels and receipts go. Without a printer yet, choose a folder: each paper "
                "is saved there as a PDF. Every other paper can be set in Settings → Printing.",
            )
        )

    def settings(self) -> dict[str, object]:
        return {
            "print.label.printer": printer_value(self.label_printer),
            "print.label.layout": self.layout_combo.currentData(),
            "print.receipt.printer": printer_value(self.receipt_printer),
            "print.receipt.width_mm": self.width_combo.currentData(),
        }


class HqPage(WizardPage):
    def __init__(self):
        super().__init__("hqPage")
        self.connect_box = named(QCheckBox(), "connectToHq")
        self.form.addRow(self.connect_box)
        self.url = self.row(lambda: labels.field("hq_url"), QLineEdit(), "hqUrlEdit")
        self.url.setPlaceholderText("http://hq.example.com:8400")
        self.code = self.row(lambda: labels.field("enrol_code"), QLineEdit(), "enrolCodeEdit")
        self.connect_box.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.url.setEnabled(on)
        self.code.setEnabled(on)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(translate("SetupWizard", "Headquarters (optional)"))
        self.intro.setText(
            translate(
                "SetupWizard",
                "With an address and a one-time code from HQ operations, this showroom connects "
                "when you finish. You can skip this and connect later with Sync → Connect to HQ…",
            )
        )
        self.connect_box.setText(translate("SetupWizard", "Connect to HQ now"))
        self.connect_box.setAccessibleName(translate("SetupWizard", "Connect to HQ now"))
        self.code.setPlaceholderText(translate("SetupWizard", "one-time code from HQ, e.g. K7QHM-2XD9P"))

    def wanted(self) -> bool:
        return self.connect_box.isChecked()

    def validatePage(self) -> bool:
        if not self.wanted():
            return True
        try:
            self.url.setText(checked_url(self.url.text()))
            required_text("enrol_code", self.code.text(), 100)
        except InvalidInput as exc:
            return self.refuse(exc, self.url if exc.field == "hq_url" else self.code)
        return True


class SummaryPage(WizardPage):
    def __init__(self, describe_choices: Callable[[], str]):
        super().__init__("summaryPage")
        self._describe = describe_choices
        self.summary = named(QLabel(), "setupSummary")
        self.summary.setWordWrap(True)
        self.form.addRow(self.summary)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(translate("SetupWizard", "Ready to set up"))
        self.intro.setText(translate("SetupWizard", "Finish saves all of this at once. Back changes an answer."))
        self.summary.setText(self._describe())

    def say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)
