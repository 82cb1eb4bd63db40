"""Manager: stop a count without finishing it. No sample's status changes; the reason is kept with the count."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit

from showroom.services.stocktake import abandon_stocktake
from showroom.services.stocktake_views import StocktakeView
from ui.widgets.service_dialog import ServiceDialog


class AbandonCountDialog(ServiceDialog):
    """`saved` carries the StocktakeView of the abandoned count."""

    def __init__(self, ctx, count: StocktakeView, parent=None):
        super().__init__(ctx, parent)
        self.count = count
        self.setWindowTitle(self.tr("Abandon count"))
        self.setObjectName("abandonCountDialog")
        self.save_button.setText(self.tr("Abandon count"))
        explain = QLabel(
            self.tr("Count {number} stops here; what was settled stays settled and no sample becomes missing.").format(
                number=count.number
            )
        )
        explain.setWordWrap(True)
        self.form.addRow(explain)
        self.reason = self.add_field(
            self.tr("Reason"), QLineEdit(), "abandonReasonEdit", self.tr("Why the count is abandoned"), "reason"
        )
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("e.g. power cut half-way, to be counted again"))

    def submit(self) -> None:
        self.run(abandon_stocktake, self.count.id, self.reason.text())
