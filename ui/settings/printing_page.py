"""Printing page: which printer each paper goes to, how many copies, label layout, receipt width, switches.

The printer choice and layout names are shared with the first-run wizard's printers page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QSpinBox, QWidget

from present.labels import setting_label
from showroom.settings import BY_KEY, DOCUMENT_KINDS, kind_label
from ui.paper import FOLDER_PREFIX
from ui.widgets.accessibility import named

translate = QCoreApplication.translate
CHOOSE_FOLDER = "__choose_folder__"
SWITCHES = (
    "print.receipt.after_checkout",
    "print.receipt.after_checkin",
    "print.receipt.two_copies",
    "print.label.after_intake",
    "print.slip.after_intake",
)


def printer_choices(current: str) -> list[tuple[str, str]]:
    """(shown text, setting value): the system default, every installed printer, a PDF folder."""
    choices = [(translate("PrintSettings", "System default printer"), "")]
    choices += [(name, name) for name in QPrinterInfo.availablePrinterNames()]
    if current and current not in [value for _, value in choices]:
        shown = (
            translate("PrintSettings", "Save PDFs into {folder}").format(folder=current[len(FOLDER_PREFIX) :])
            if current.startswith(FOLDER_PREFIX)
            else translate("PrintSettings", "{name} (not available)").format(name=current)
        )
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


def width_title(mm: int) -> str:
    return translate("PrintSettings", "{mm} mm").format(mm=mm)


def printer_combo(current: str, object_name: str, accessible_name: str) -> QComboBox:
    """A printer chooser; picking "Save PDFs into a folder…" asks for the folder."""
    combo = named(QComboBox(), object_name, accessible_name)
    for shown, value in printer_choices(current):
        combo.addItem(shown, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.activated.connect(lambda _i: _maybe_choose_folder(combo))
    return combo


def printer_value(combo: QComboBox) -> str:
    value = combo.currentData()
    return "" if value == CHOOSE_FOLDER else value


def _maybe_choose_folder(combo: QComboBox) -> None:
    if combo.currentData() != CHOOSE_FOLDER:
        return
    folder = QFileDialog.getExistingDirectory(combo, translate("PrintSettings", "Folder for the PDFs"))
    if not folder:
        combo.setCurrentIndex(0)
        return
    value = FOLDER_PREFIX + folder
    if combo.findData(value) < 0:
        combo.insertItem(
            combo.count() - 1, translate("PrintSettings", "Save PDFs into {folder}").format(folder=folder), value
        )
    combo.setCurrentIndex(combo.findData(value))


def choice_combo(key: str, current: object, object_name: str, shown=str) -> QComboBox:
    combo = named(QComboBox(), object_name, setting_label(key))
    for value in BY_KEY[key].choices:
        combo.addItem(shown(value), value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class PrintingPage(QWidget):
    """Fields for every print.* setting; `values()` gives them back for the one save."""

    def __init__(self, settings: dict[str, object], parent=None):
        super().__init__(parent)
        self.setObjectName("printingPage")
        form = QFormLayout(self)
        self.printers: dict[str, QComboBox] = {}
        self.copies: dict[str, QSpinBox] = {}
        self.fields: dict[str, QWidget] = {}  # setting key -> its widget, to point at a refused value
        for kind in DOCUMENT_KINDS:
            kind_name = translate("Settings", kind_label(kind))
            combo = printer_combo(
                str(settings[f"print.{kind}.printer"]),
                f"printer_{kind}",
                translate("PrintSettings", "Printer for {kind}").format(kind=kind_name),
            )
            spec = BY_KEY[f"print.{kind}.copies"]
            spin = named(
                QSpinBox(), f"copies_{kind}", translate("PrintSettings", "Copies of {kind}").format(kind=kind_name)
            )
            spin.setRange(spec.minimum, spec.maximum)
            spin.setValue(int(settings[f"print.{kind}.copies"]))
            spin.setSuffix(translate("PrintSettings", " copies"))
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(combo, 1)
            line.addWidget(spin)
            form.addRow(kind_name, row)
            self.printers[kind], self.copies[kind] = combo, spin
            self.fields[f"print.{kind}.printer"], self.fields[f"print.{kind}.copies"] = combo, spin
        self.layout_combo = choice_combo(
            "print.label.layout", settings["print.label.layout"], "labelLayoutCombo", layout_title
        )
        self.width_combo = choice_combo(
            "print.receipt.width_mm", settings["print.receipt.width_mm"], "receiptWidthCombo", width_title
        )
        form.addRow(setting_label("print.label.layout"), self.layout_combo)
        form.addRow(setting_label("print.receipt.width_mm"), self.width_combo)
        self.fields["print.label.layout"], self.fields["print.receipt.width_mm"] = self.layout_combo, self.width_combo
        self.switches: dict[str, QCheckBox] = {}
        for key in SWITCHES:
            box = named(QCheckBox(setting_label(key)), key.replace(".", "_"), setting_label(key))
            box.setChecked(bool(settings[key]))
            form.addRow("", box)
            self.switches[key] = self.fields[key] = box

    def values(self) -> dict[str, object]:
        values: dict[str, object] = {}
        for kind in DOCUMENT_KINDS:
            values[f"print.{kind}.printer"] = printer_value(self.printers[kind])
            values[f"print.{kind}.copies"] = self.copies[kind].value()
        values["print.label.layout"] = self.layout_combo.currentData()
        values["print.receipt.width_mm"] = self.width_combo.currentData()
        values.update({key: box.isChecked() for key, box in self.switches.items()})
        return values
