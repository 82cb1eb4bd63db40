"""A parcel coming back, opened at the counter: its samples still out, each with the condition seen."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout

from present import labels
from showroom.domain.model import ReturnCondition
from showroom.services.mailing_views import ShipmentView


class ParcelReceive(QGroupBox):
    receive_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Parcel back: the condition of each sample"), parent)
        self.setObjectName("mailing_receive")
        self.parcel: ShipmentView | None = None
        self.caption = QLabel(self)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("mailing_receive_table")
        self.table.setAccessibleName(self.tr("Samples of the parcel"))
        self.table.setHorizontalHeaderLabels([self.tr("Sample"), self.tr("Product"), self.tr("Condition")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.receive = QPushButton(self.tr("Take back"), self)
        self.receive.setObjectName("mailing_receive_button")
        self.receive.setAccessibleName(self.tr("Take back"))
        self.receive.clicked.connect(lambda _c=False: self.receive_requested.emit())
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        layout.addWidget(self.receive)
        self.hide()

    def show_parcel(self, parcel: ShipmentView) -> None:
        self.parcel = parcel
        self.caption.setText(
            self.tr(
                "{number} from {name}: set the condition of each sample; one not in the parcel: 'Not in parcel'."
            ).format(number=parcel.number, name=parcel.streamer_name)
        )
        self.table.setRowCount(len(parcel.out))
        for row, line in enumerate(parcel.out):
            self.table.setItem(row, 0, QTableWidgetItem(line.code))
            self.table.setItem(row, 1, QTableWidgetItem(line.product_name))
            choice = QComboBox(self.table)
            for condition in ReturnCondition:
                choice.addItem(labels.condition(condition.value), condition.value)
            choice.addItem(self.tr("Not in parcel"), "")
            self.table.setCellWidget(row, 2, choice)
        self.show()

    def set_condition(self, code: str, condition: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == code:
                box = self.table.cellWidget(row, 2)
                box.setCurrentIndex(box.findData(condition))

    def chosen(self) -> list[tuple[str, str]]:
        """(code, condition) of each sample in the parcel."""
        found = []
        for row in range(self.table.rowCount()):
            condition = self.table.cellWidget(row, 2).currentData()
            if condition:
                found.append((self.table.item(row, 0).text(), condition))
        return found

    def done(self) -> None:
        self.parcel = None
        self.table.setRowCount(0)
        self.hide()
