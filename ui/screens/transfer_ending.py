"""What ends a transfer on the transfers screen: sending the slip (and opening it to print), finishing a
receipt after saying how many are short, printing a slip again, and calling a transfer back. Words keep the
TransfersScreen context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt

from present.errors import describe
from showroom.services.transfer_views import TransferView, transfer_view
from showroom.services.transfers import cancel_transfer, receive_transfer, send_transfer
from ui.widgets.question_bar import Choice

translate = QCoreApplication.translate


class TransferEnding:
    """Mixed into TransfersScreen (a CounterScreen): uses its lines, list, note, question and message."""

    def _confirm(self) -> None:
        self.message.new_burst()
        if self.receiving is not None:
            self._finish_late() if self.late else self._ask_to_finish()
        elif not self._making():
            self.message.show_error(translate("TransfersScreen", "Scan the samples to send first."))
        elif self.destination.currentData() is None:
            self.message.show_error(
                translate("TransfersScreen", "Choose the showroom the samples go to (sync with HQ to learn of them).")
            )
        else:
            self._submitting = True
            self.ctx.call_as_actor(
                send_transfer,
                self.destination.currentData(),
                self.lines.codes(),
                self.note.text(),
                on_success=self._on_sent,
                on_error=self._on_failed,
            )

    def _on_sent(self, view: TransferView) -> None:
        self._submitting = False
        t = view.summary
        self.note.clear()
        self.start_over()
        self.refresh()
        self.message.show_success(
            translate(
                "TransfersScreen",
                "Transfer {number} sent to {destination}: {count} sample(s) in transit. Print the slip.",
            ).format(number=t.number, destination=t.to_name, count=t.figures.sent)
        )
        self._preview(view)

    def _ask_to_finish(self) -> None:
        scanned = len([r for r in self.lines.rows() if r.outcome in ("scanned", "damaged")])
        total = self.receiving.summary.figures.sent
        question = translate(
            "TransfersScreen", "{scanned} of {total} sample(s) scanned; {short} will be recorded short. Finish?"
        ).format(scanned=scanned, total=total, short=total - scanned)
        self.question.ask(
            question,
            [
                Choice(Qt.Key.Key_1, translate("TransfersScreen", "Keep scanning"), lambda: None, "question_keep"),
                Choice(
                    Qt.Key.Key_2,
                    translate("TransfersScreen", "Finish the receipt"),
                    self._finish_receipt,
                    "question_finish",
                ),
            ],
        )

    def _finish_receipt(self) -> None:
        self._submitting = True
        self.ctx.call_as_actor(
            receive_transfer,
            self.receiving.summary.id,
            self._scanned(),
            dict(self.damaged),
            on_success=self._on_received,
            on_error=self._on_failed,
        )

    def _on_received(self, view: TransferView) -> None:
        self._submitting = False
        f = view.summary.figures
        self.start_over()
        self.refresh()
        self.message.show_success(
            translate(
                "TransfersScreen",
                "Transfer {number} received: {received} in stock here, {short} short, {extra} extra, {damaged} damaged.",
            ).format(number=view.summary.number, received=f.received, short=f.short, extra=f.extra, damaged=f.damaged)
        )

    def _on_failed(self, exc: Exception) -> None:
        self._submitting = False
        self.message.show_error(describe(exc, self.ctx.tz))
        self._release_held()

    # -- from the list ---------------------------------------------------------------------------------
    def print_chosen(self) -> None:
        view = self.list_view.selected_row()
        if view is None:
            self.message.show_error(translate("TransfersScreen", "Choose a transfer in the list first."))
        else:
            self.ctx.call(transfer_view, view.summary.id, on_success=self._preview, on_error=self._on_failed)

    def _preview(self, view: TransferView) -> None:
        timezone, title = (
            self.ctx.showroom.timezone,
            translate("TransfersScreen", "Transfer slip {number}").format(number=view.summary.number),
        )

        def build(found: TransferView) -> bytes:
            from printing.transfer_slip import build_transfer_slip  # reportlab: with the first paper

            return build_transfer_slip(found, timezone, QCoreApplication.translate)

        self.ctx.build_paper(
            transfer_view,
            build,
            view.summary.id,
            on_success=lambda pdf: self.ctx.print_desk.preview(self, "report", title, pdf),
            on_error=self._on_failed,
        )

    def call_back_chosen(self) -> None:
        view = self.list_view.selected_row()
        reason = self.note.text().strip()
        if view is None or view.summary.direction != "out" or view.summary.state != "sent":
            self.message.show_error(
                translate("TransfersScreen", "Choose a transfer sent from here and still in transit.")
            )
        elif not reason:
            self.message.show_error(translate("TransfersScreen", "Say in the note why the transfer is called back."))
            self.note.setFocus()
        else:
            self.ctx.call_as_actor(
                cancel_transfer, view.summary.id, reason, on_success=self._on_called_back, on_error=self._on_failed
            )

    def _on_called_back(self, view: TransferView) -> None:
        self.note.clear()
        self.refresh()
        self.message.show_success(
            translate(
                "TransfersScreen", "Transfer {number} called back: its {count} sample(s) are in stock again."
            ).format(number=view.summary.number, count=view.summary.figures.sent)
        )
