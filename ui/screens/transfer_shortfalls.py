"""Samples short on a transfer, on the transfers screen: the list of those not settled yet (sent from here: a manager
says "found here" or "declare lost", the reason in the note; sent here: they may still turn up), and receiving
late the ones that do (scan the slip received short, or one of its short samples alone, then the others, F12).
Words keep the TransfersScreen context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from showroom.domain.shortfalls import Settlement
from showroom.domain.transfers import ScanAnswer
from showroom.services.shortfall_views import list_shortfalls
from showroom.services.transfer_shortfalls import (
    OpenedSlip,
    check_late_scan,
    incoming_short_transfer_of,
    receive_late,
    settle_short,
)
from showroom.services.transfer_views import TransferView
from ui.models.shortfall_models import ShortfallModel
from ui.models.transfer_models import SlipLine
from ui.widgets.accessibility import named
from ui.widgets.tables import RowTableView, section_title

translate = QCoreApplication.translate


def _button(text: str, name: str, parent) -> QPushButton:
    button = named(QPushButton(text, parent), name)
    button.setAccessibleName(text.replace("&", ""))
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
    return button


class TransferShortfalls:
    """Mixed into TransfersScreen (a CounterScreen): uses its note, lines, question and message. `late` is True
    while the slip being received is one received short before, whose short samples arrive late."""

    late = False
    _finding_slip = False  # a sample scanned with nothing on screen: is it short on a transfer received here?

    def _waiting(self) -> bool:
        return self._finding_slip or super()._waiting()  # the scans after it wait for the answer, in order

    def _build_shortfalls(self) -> QVBoxLayout:
        self.shortfalls = ShortfallModel(self)
        self.short_view = RowTableView(
            self.shortfalls, "transfers_short", translate("TransfersScreen", "Short samples not settled"), self
        )
        self.short_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.short_title = section_title(translate("TransfersScreen", "Short samples not settled"))
        self.found_here = _button(translate("TransfersScreen", "&Found here"), "transfers_found_here", self)
        self.found_here.clicked.connect(lambda _c=False: self._settle_chosen(Settlement.FOUND_AT_SENDER))
        self.declare_lost = _button(
            translate("TransfersScreen", "Declare &lost (reason in the note)"), "transfers_declare_lost", self
        )
        self.declare_lost.clicked.connect(lambda _c=False: self._settle_chosen(Settlement.DECLARED_LOST))
        actions = QHBoxLayout()
        actions.addWidget(self.short_title, 1)
        actions.addWidget(self.found_here)
        actions.addWidget(self.declare_lost)
        box = QVBoxLayout()
        box.addLayout(actions)
        box.addWidget(self.short_view, 1)
        self._show_shortfalls([])
        return box

    def _refresh_shortfalls(self) -> None:
        self.ctx.call(list_shortfalls, on_success=self._show_shortfalls, on_error=self._show_error)

    def _show_shortfalls(self, rows) -> None:
        self.shortfalls.set_rows(rows)
        outgoing = any(r.direction == "out" for r in rows)
        for widget in (self.short_title, self.short_view):
            widget.setVisible(bool(rows))
        for widget in (self.found_here, self.declare_lost):
            widget.setVisible(outgoing)

    # -- at the sender ---------------------------------------------------------------------------------
    def _choose_short(self, code: str) -> bool:
        """A sample short on a transfer sent from here, scanned (it turned up here): chosen in the list, to settle
        with Alt+F or Alt+L. False when the code is none of those."""
        if not self.short_view.select_where(lambda r: r.code == code and r.direction == "out"):
            return False
        chosen = self.short_view.selected_row()
        self.message.show_info(
            translate(
                "TransfersScreen", "{code} is short on transfer {number}: Found here (Alt+F) puts it back in stock."
            ).format(code=code, number=chosen.number)
        )
        return True

    def _settle_chosen(self, settlement: Settlement) -> None:
        chosen = self.short_view.selected_row()
        note = self.note.text().strip()
        if chosen is None or chosen.direction != "out":
            self.message.show_error(
                translate("TransfersScreen", "Choose a sample short on a transfer sent from here first.")
            )
        elif settlement == Settlement.DECLARED_LOST and not note:
            self.message.show_error(
                translate("TransfersScreen", "Say in the note why {code} is declared lost.").format(code=chosen.code)
            )
            self.note.setFocus()
        else:
            self.ctx.call_as_actor(
                settle_short,
                chosen.transfer_id,
                [chosen.code],
                settlement.value,
                note,
                on_success=lambda _view: self._on_settled(chosen.code, settlement),
                on_error=self._show_error,
            )

    def _on_settled(self, code: str, settlement: Settlement) -> None:
        self.note.clear()
        self.refresh()
        if settlement == Settlement.FOUND_AT_SENDER:
            self.message.show_success(
                translate("TransfersScreen", "{code} found here: in stock again.").format(code=code)
            )
        else:
            self.message.show_success(
                translate("TransfersScreen", "{code} declared lost: no streamer is charged.").format(code=code)
            )

    # -- at the receiver -------------------------------------------------------------------------------
    def _open_late(self, view: TransferView) -> None:
        self.receiving, self.late, self.damaged = view, True, {}
        self.lines.set_rows([SlipLine(line.code, line.product, "short", "", line.settled) for line in view.lines])
        self._show_mode()
        self.message.show_success(
            translate(
                "TransfersScreen",
                "Transfer {number} was received with {count} sample(s) short: scan the ones that turned up.",
            ).format(number=view.summary.number, count=len(view.lines))
        )

    def _find_late_slip(self, code: str) -> None:
        """A sample scanned with nothing on the screen: short on one transfer received here, its slip opens late
        with it scanned; otherwise it is checked as before. Nothing is written until F12."""
        generation, self._finding_slip = self.queue.start(code), True
        self.ctx.call(
            incoming_short_transfer_of,
            code,
            on_success=lambda opened: self._on_late_slip(generation, code, opened),
            on_error=lambda exc: self._on_late_slip_refused(generation, code, exc),
        )

    def _on_late_slip(self, generation: int, code: str, opened: OpenedSlip | None) -> None:
        self._finding_slip = False
        if not self.queue.is_current(generation):
            pass
        elif self.receiving is not None or self._making():
            self._route(code)  # a slip opened or a sample went on one meanwhile: the scan is taken as that says
        elif opened is None:
            self._check_sendable(code)
        else:
            self._open_late(opened.view)
            self._take_late(code)
            t = opened.view.summary
            self.message.show_success(
                translate(
                    "TransfersScreen",
                    "{code} was short on transfer {number} from {showroom}: receiving it late — scan any others,"
                    " then F12",
                ).format(code=code, number=t.number, showroom=t.from_name)
            )
        self.queue.finish(code)

    def _on_late_slip_refused(self, generation: int, code: str, exc: Exception) -> None:
        self._finding_slip = False
        self._on_refused(generation, code, exc)

    def _take_late(self, code: str) -> None:
        rows = self.lines.rows()
        i = next(i for i, r in enumerate(rows) if r.code == code)
        rows[i] = SlipLine(code, rows[i].product, "scanned")
        self.lines.set_rows(rows)

    def _check_late(self, code: str) -> None:
        generation, transfer_id, before = self.queue.start(code), self.receiving.summary.id, self._scanned()
        self.ctx.call(
            check_late_scan,
            transfer_id,
            before,
            code,
            on_success=lambda answer: self._on_late_scan(generation, code, answer),
            on_error=lambda exc: self._on_refused(generation, code, exc),
        )

    def _on_late_scan(self, generation: int, code: str, answer: str) -> None:
        if self.queue.is_current(generation) and answer == ScanAnswer.ON_SLIP and code not in self._scanned():
            self._take_late(code)
            self.message.show_success(
                translate("TransfersScreen", "{code}: arrived late ({count} of {total} short).").format(
                    code=code, count=len(self._scanned()), total=self.lines.rowCount()
                )
            )
        elif self.queue.is_current(generation):
            self.message.show_info(translate("TransfersScreen", "{code} is scanned already.").format(code=code))
        self.queue.finish(code)

    def _finish_late(self) -> None:
        if not self._scanned():
            self.message.show_error(translate("TransfersScreen", "Scan the samples that turned up first."))
            return
        self._submitting = True
        self.ctx.call_as_actor(
            receive_late,
            self.receiving.summary.id,
            self._scanned(),
            dict(self.damaged),
            on_success=self._on_received_late,
            on_error=self._on_failed,
        )

    def _on_received_late(self, view: TransferView) -> None:
        self._submitting = False
        count = len(self._scanned())
        self.start_over()
        self.refresh()
        self.message.show_success(
            translate(
                "TransfersScreen",
                "{count} sample(s) of transfer {number} received late: in stock here; {short} still short.",
            ).format(count=count, number=view.summary.number, short=view.summary.figures.short)
        )
