"""The shelf being counted, beside the scan field: typed or picked (Alt+S), sent with each scan; Enter goes
back to the scan field. A sample's code that lands here (a scan while the shelf had the keyboard) is a scan."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from showroom.domain.codes import CodeKind, classify
from ui.widgets.accessibility import named


class ShelfField(QWidget):
    chosen = Signal(str)  # the shelf now being counted ('' : none said)
    scanned_here = Signal(str)  # a sample's code that went into the shelf field

    def __init__(self, parent=None):
        super().__init__(parent)
        self.combo = named(QComboBox(self), "stocktake_shelf", self.tr("Shelf being counted"))
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(140)
        edit = self.combo.lineEdit()
        named(edit, "stocktake_shelf_edit", self.tr("Shelf being counted"))
        edit.setPlaceholderText(self.tr("any"))
        edit.setMaxLength(40)
        edit.returnPressed.connect(self._entered)
        self.combo.activated.connect(lambda _index: self._entered())
        self._before = ""
        label = QLabel(self.tr("&Shelf being counted:"), self)
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)

    def text(self) -> str:
        return self.combo.currentText().strip()

    def set_text(self, shelf: str) -> None:
        self.combo.setEditText(shelf)
        self._before = shelf

    def offer(self, shelves: list[str]) -> None:
        """The shelves to pick from; what is typed stays."""
        typed = self.combo.currentText()
        self.combo.clear()
        self.combo.addItems(shelves)
        self.combo.setEditText(typed)

    def has_keyboard(self) -> bool:
        return self.combo.lineEdit().hasFocus()

    def _entered(self) -> None:
        text = self.text()
        typed = text[len(self._before) :] if text.startswith(self._before) else text  # after the shelf, or over it
        if classify(typed) == CodeKind.SAMPLE:
            self.combo.setEditText(self._before)
            self.scanned_here.emit(typed.strip())
            return
        self._before = text
        self.chosen.emit(text)
