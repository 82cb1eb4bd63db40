"""Pages built straight from the declared settings of a group (receipt terms, reliability, backups),
plus the two pages that are not showroom settings: this PC's language and the HQ address."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from present import i18n
from present.labels import setting_label
from showroom.services.hq_address import HqAddress
from showroom.settings import SettingSpec, specs_in
from ui.widgets.accessibility import named

translate = QCoreApplication.translate
MULTILINE = {"receipt.terms"}
FOLDERS = {"backup.folder"}
PLACEHOLDERS = {
    "receipt.terms": lambda: translate("SettingsDialog", "Empty: the standard terms are printed"),
    "backup.folder": lambda: translate("SettingsDialog", "Empty: the backups folder inside the data folder"),
}


class SpecPage(QWidget):
    """One field per declared setting of `group`, typed by its spec."""

    def __init__(self, group: str, settings: dict[str, object], parent=None):
        super().__init__(parent)
        self.setObjectName(f"{group}Page")
        self.form = QFormLayout(self)
        self.fields: dict[str, QWidget] = {}
        self._readers = {}
        for spec in specs_in(group):
            self._add(spec, settings[spec.key])

    def _add(self, spec: SettingSpec, value: object) -> None:
        name, label = spec.key.replace(".", "_"), setting_label(spec.key)
        if spec.kind is bool:
            widget = QCheckBox(label)
            widget.setChecked(bool(value))
            self._readers[spec.key] = widget.isChecked
            label = ""
        elif spec.kind is int:
            widget = QSpinBox()
            # the declared bounds; the service checks them again
            widget.setRange(
                spec.minimum if spec.minimum is not None else -(10**6),
                spec.maximum if spec.maximum is not None else 10**6,
            )
            widget.setValue(int(value))
            self._readers[spec.key] = widget.value
        elif spec.key in MULTILINE:
            widget = QPlainTextEdit(str(value))
            widget.setMaximumHeight(100)
            self._readers[spec.key] = lambda w=widget: w.toPlainText().strip()
        else:
            widget = QLineEdit(str(value))
            self._readers[spec.key] = lambda w=widget: w.text().strip()
        if spec.key in PLACEHOLDERS:
            widget.setPlaceholderText(PLACEHOLDERS[spec.key]())
        named(widget, name, setting_label(spec.key))
        self.fields[spec.key] = widget
        if spec.key in FOLDERS:
            self.form.addRow(label, self._with_chooser(widget, name))
        else:
            self.form.addRow(label, widget)

    def _with_chooser(self, edit: QLineEdit, name: str) -> QWidget:
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        button = named(
            QPushButton(translate("SettingsDialog", "Choose…")),
            f"{name}Choose",
            translate("SettingsDialog", "Choose a folder"),
        )
        button.clicked.connect(lambda: self._choose_folder(edit))
        line.addWidget(edit, 1)
        line.addWidget(button)
        return row

    def _choose_folder(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("SettingsDialog", "Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    def values(self) -> dict[str, object]:
        return {key: read() for key, read in self._readers.items()}


class LanguagePage(QWidget):
    """The language of this PC's window (a preference beside the database, not a showroom setting)."""

    def __init__(self, current: str, parent=None):
        super().__init__(parent)
        self.setObjectName("languagePage")
        self.combo = named(QComboBox(), "languageCombo", translate("SettingsDialog", "Language of this PC"))
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
        form = QFormLayout(self)
        form.addRow(translate("SettingsDialog", "Language of this PC"), self.combo)
        note = QLabel(
            translate(
                "SettingsDialog", "Only this computer changes; the window reopens in the new language after saving."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

    def value(self) -> str:
        return self.combo.currentData()


class HqPage(QWidget):
    """HQ's address for an enrolled showroom; only a note before enrolment (Sync → Connect to HQ)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("hqPage")
        self.address: HqAddress | None = None
        self.url_edit = named(QLineEdit(), "hqAddressEdit", translate("SettingsDialog", "HQ address"))
        self.url_edit.setPlaceholderText("http://hq.example.com:8400")
        self.note = named(QLabel(), "hqNote")
        self.note.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(translate("SettingsDialog", "HQ address"), self.url_edit)
        form.addRow(self.note)
        self.url_edit.setEnabled(False)

    def set_address(self, address: HqAddress) -> None:
        self.address = address
        self.url_edit.setEnabled(address.enrolled)
        self.url_edit.setText(address.url)
        if address.enrolled:
            self.note.setText(
                translate(
                    "SettingsDialog",
                    "Connected to HQ as showroom {code}. Change the address "
                    "only when HQ has moved; the connection is kept.",
                ).format(code=address.showroom_code)
            )
        else:
            self.note.setText(
                translate(
                    "SettingsDialog", "This showroom is not connected to HQ. Connect it with Sync → Connect to HQ…"
                )
            )

    def value(self) -> str | None:
        """The address to save, or None when there is nothing to change."""
        if self.address is None or not self.address.enrolled:
            return None
        return self.url_edit.text()
