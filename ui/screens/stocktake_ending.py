"""Ending a count, from the stocktake screen: finishing it (a manager, once every find is settled, after saying
how many samples will become missing), abandoning it, and its A4 report. Words keep the screen's context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from present.errors import describe
from showroom.domain.errors import StocktakeRefused
from showroom.services.stocktake import finish_stocktake
from showroom.services.stocktake_views import CountTotals, StocktakeView, live_totals, read_stocktake
from ui.dialogs.abandon_count_dialog import AbandonCountDialog
from ui.widgets.question_bar import Choice

translate = QCoreApplication.translate


class CountEnding:
    """Mixed into StocktakeScreen (ui/screens/stocktake.py), whose state and widgets it uses."""

    def _confirm(self) -> None:
        """F12, CMD-CONFIRM or the Finish button, once the scans before it are answered."""
        if not self.counting():
            return
        if not self.is_manager():
            self.message.show_error(
                translate("StocktakeScreen", "Only a manager finishes a count; every scan so far is kept.")
            )
            return
        count_id = self.view.id
        self.ctx.call(
            live_totals, count_id, on_success=lambda t: self._ask_to_finish(count_id, t), on_error=self._on_failed
        )

    def _ask_to_finish(self, count_id: str, totals: CountTotals) -> None:
        self._on_totals(count_id, totals)
        if not self.counting() or self.view.id != count_id:
            return
        if totals.unsettled:
            first = next((line.code for line in self.model.lines() if line.needs_settling), "")
            self.message.show_error(describe(StocktakeRefused("unsettled", count=totals.unsettled, code=first)))
            return
        self.question.ask(
            translate(
                "StocktakeScreen",
                "Finish count {number}? {missing} sample(s) expected and not scanned will be recorded as missing.",
            ).format(number=self.view.number, missing=totals.missing),
            [
                Choice(
                    Qt.Key.Key_1, translate("StocktakeScreen", "Keep counting"), lambda: None, "question_keep_counting"
                ),
                Choice(Qt.Key.Key_2, translate("StocktakeScreen", "Finish the count"), self._finish, "question_finish"),
            ],
        )
        self.scan.setFocus()

    def _finish(self) -> None:
        self._submitting = True
        self.message.show_info(translate("StocktakeScreen", "Finishing the count…"))
        self.ctx.call_as_actor(
            finish_stocktake, self.view.id, on_success=self._on_finished, on_error=self._on_finish_failed
        )

    def _on_finished(self, view: StocktakeView) -> None:
        self._submitting = False
        self._show_count(view)
        self.message.new_burst()
        self.message.show_success(
            translate(
                "StocktakeScreen", "Count {number} finished: {missing} sample(s) recorded as missing at stocktake."
            ).format(number=view.number, missing=view.totals.missing)
        )
        self._release_held()

    def _on_finish_failed(self, exc: Exception) -> None:
        self._submitting = False
        self._on_failed(exc)
        self._release_held()

    def abandon(self) -> AbandonCountDialog | None:
        if not self.counting() or not self.is_manager():
            return None
        dialog = AbandonCountDialog(self.ctx, self.view, self)
        dialog.saved.connect(self._on_abandoned)
        dialog.open()
        return dialog

    def _on_abandoned(self, view: StocktakeView) -> None:
        self._show_start()
        self.message.new_burst()
        self.message.show_success(
            translate("StocktakeScreen", "Count {number} abandoned; no sample's status changed.").format(
                number=view.number
            )
        )

    # -- the report ----------------------------------------------------------------------------------
    def print_report(self) -> None:
        if self.view is None:
            return
        name, timezone = self.ctx.showroom.name, self.ctx.showroom.timezone
        self._report_title = translate("StocktakeScreen", "Stocktake {number}").format(number=self.view.number)

        def build(view: StocktakeView) -> bytes:
            from printing.stocktake_report import build_stocktake_report  # reportlab: with the first report

            return build_stocktake_report(view, name, timezone, QCoreApplication.translate)

        self.message.show_info(translate("StocktakeScreen", "Preparing the count report…"))
        self.ctx.build_paper(
            read_stocktake, build, self.view.id, on_success=self._show_report, on_error=self._on_failed
        )

    def _show_report(self, pdf: bytes) -> None:
        self.message.show_info(
            translate("StocktakeScreen", "{title}: print it or save it from the preview.").format(
                title=self._report_title
            )
        )
        self.ctx.print_desk.preview(self, "report", self._report_title, pdf)
