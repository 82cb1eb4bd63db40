"""Manager: which printer each paper goes to, how many copies, label layout, receipt width, terms."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QPlainTextEdit, QSpinBox,
                               QWidget)

from showroom.services.settings import save_settings
from showroom.settings import BY_KEY, DOCUMENT_KINDS, kind_label
from ui.labels import setting_label
from ui.paper import FOLDER_PREFIX
from ui.widgets.service_dialog import ServiceDialog

translate = QCoreApplication.translate
CHOOSE_FOLDER = "__choose_folder__"
SWITCHES = ("print.receipt.after_checkout", "print.receipt.after_checkin", "print.receipt.two_copies",
            "print.label.after_intake", "print.slip.after_intake")


def printer_choices(current: str) -> list[tuple[str, str]]:
    """(shown text, setting value): the system default, every installed printer, a PDF folder."""
    choices = [(translate("PrintSettings", "System default printer"), "")]
    choices += [(name, name) for name in QPrinterInfo.availablePrinterNames()]
    if current and current not in [value for _, value in choices]:
        shown = (translate("PrintSettings", "Save PDFs into {folder}").format(folder=current[len(FOLDER_PREFIX):])
                 if current.startswith(FOLDER_PREFIX) else
                 translate("PrintSettings", "{name} (not available)").format(name=current))
        choices.append((shown, current))
    choices.append((translate("PrintSettings", "Save PDFs into a folder…"), CHOOSE_FOLDER))
    return choices


def layout_title(name: str) -> str:
    return {
        "thermal-50x30": translate("PrintSettings", "50 × 30 mm thermal label"),
        "thermal-40x30": translate("PrintSettings", "40 × 30 mm thermal label"),
        "thermal-60x40": translate("PrintSettings", "60 × 40 mm thermal label"),
        "a4-3x8": translate("PrintSettings", "A4 sheet, 3 × 8 labels (70 × 37 mm)"),
        "a4-3x7": translate("PrintSettings", "A4 sheet, 3 × 7 labels (70 × 42.3 mm)"),
    }.get(name, name)


class PrintSettingsDialog(ServiceDialog):
    def __init__(self, ctx, settings: dict[str, object], parent=None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Printing settings"))
        self.setObjectName("printSettingsDialog")
        self.printers: dict[str, QComboBox] = {}
        self.copies: dict[str, QSpinBox] = {}
        for kind in DOCUMENT_KINDS:
            self.form.addRow(self._printer_row(kind, settings))
        self.layout_combo = self._choice("print.label.layout", settings, "labelLayoutCombo", layout_title)
        self.width_combo = self._choice("print.receipt.width_mm", settings, "receiptWidthCombo",
                                        lambda value: translate("PrintSettings", "{mm} mm").format(mm=value))
        self.switches: dict[str, QCheckBox] = {}
        for key in SWITCHES:
            box = QCheckBox(setting_label(key))
            box.setChecked(bool(settings[key]))
            self.switches[key] = self.add_field("", box, key.replace(".", "_"), setting_label(key), key)
        self.terms_edit = self.add_field(setting_label("receipt.terms"), QPlainTextEdit(str(settings["receipt.terms"])),
                                         "termsEdit", setting_label("receipt.terms"), "receipt.terms")
        self.terms_edit.setPlaceholderText(self.tr("Empty: the standard terms are printed"))
        self.terms_edit.setMaximumHeight(80)
        self.setMinimumWidth(560)

    def _printer_row(self, kind: str, settings: dict) -> QWidget:
        combo = QComboBox()
        combo.setObjectName(f"printer_{kind}")
        combo.setAccessibleName(self.tr("Printer for {kind}").format(kind=translate("Settings", kind_label(kind))))
        current = str(settings[f"print.{kind}.printer"])
        for shown, value in printer_choices(current):
            combo.addItem(shown, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.activated.connect(lambda _i, c=combo: self._maybe_choose_folder(c))
        spin = QSpinBox()
        spin.setObjectName(f"copies_{kind}")
        spin.setAccessibleName(self.tr("Copies of {kind}").format(kind=translate("Settings", kind_label(kind))))
        spec = BY_KEY[f"print.{kind}.copies"]
        spin.setRange(spec.minimum, spec.maximum)
        spin.setValue(int(settings[f"print.{kind}.copies"]))
        spin.setSuffix(self.tr(" copies"))
        self.printers[kind], self.copies[kind] = combo, spin
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(translate("Settings", kind_label(kind)))
        label.setMinimumWidth(110)
        line.addWidget(label)
        line.addWidget(combo, 1)
        line.addWidget(spin)
        return row

    def _choice(self, key: str, settings: dict, object_name: str, shown=str) -> QComboBox:
        combo = QComboBox()
        for value in BY_KEY[key].choices:
            combo.addItem(shown(value), value)
        combo.setCurrentIndex(max(combo.findData(settings[key]), 0))
        return self.add_field(setting_label(key), combo, object_name, setting_label(key), key)

    def _maybe_choose_folder(self, combo: QComboBox) -> None:
        if combo.currentData() != CHOOSE_FOLDER:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the PDFs"))
        if not folder:
            combo.setCurrentIndex(0)
            return
        value = FOLDER_PREFIX + folder
        combo.insertItem(combo.count() - 1, self.tr("Save PDFs into {folder}").format(folder=folder), value)
        combo.setCurrentIndex(combo.findData(value))

    def changes(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for kind in DOCUMENT_KINDS:
            printer = self.printers[kind].currentData()
            values[f"print.{kind}.printer"] = "" if printer == CHOOSE_FOLDER else printer
            values[f"print.{kind}.copies"] = self.copies[kind].value()
        values["print.label.layout"] = self.layout_combo.currentData()
        values["print.receipt.width_mm"] = self.width_combo.currentData()
        values.update({key: box.isChecked() for key, box in self.switches.items()})
        values["receipt.terms"] = self.terms_edit.toPlainText().strip()
        return values

    def submit(self) -> None:
        self.run(save_settings, self.changes())
