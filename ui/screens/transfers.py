"""Transfers (调拨, F10): send samples to another showroom on a slip, receive those sent here.

Sending: choose the showroom (those this counter knows from HQ), scan the samples at scanner speed (each is
checked at once: this showroom's, in stock), F12 or CMD-CONFIRM sends them (a manager) and the slip opens to
print. Receiving: scan the slip's barcode (a transfer this counter learnt of at its last sync, offline from
then on), scan the samples that came (extra codes are listed, in red), mark a damaged one with a note, and
F12 finishes: whatever was not scanned is short. The list under shows every transfer, sent and incoming,
with what differed; a slip is printed again from it, and a manager calls back one still in transit. Samples
short and not settled yet are listed apart (ui/screens/transfer_shortfalls.py): a manager settles those sent
from here; a slip received short, scanned again (or one of its short samples, scanned alone), takes the ones
that turned up late.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout

from present import transfer_text
from present.errors import describe
from showroom.domain.codes import CodeKind, classify, clean_scan, command_of
from showroom.domain.codes import Command as ScanCommand
from showroom.domain.transfers import ScanAnswer
from showroom.services.changes import Topic
from showroom.services.transfer_shortfalls import OpenedSlip, open_slip
from showroom.services.transfer_views import TransferView, destinations, list_transfers
from showroom.services.transfers import check_receipt_scan, check_sendable
from ui.models.transfer_models import SlipLine, SlipLineModel, TransferListModel
from ui.screens.counter_screen import CounterScreen
from ui.screens.transfer_ending import TransferEnding
from ui.screens.transfer_shortfalls import TransferShortfalls
from ui.widgets.accessibility import name_qt_parts, named
from ui.widgets.tables import RowTableView, detail_title, section_title

translate = QCoreApplication.translate


def _button(text: str, name: str, parent) -> QPushButton:
    button = named(QPushButton(text, parent), name)
    button.setAccessibleName(text)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
    return button


class TransfersScreen(TransferShortfalls, TransferEnding, CounterScreen):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("transfers_screen")
        self.receiving: TransferView | None = None  # the incoming transfer being received
        self.looking: TransferView | None = None  # a transfer of the list, its lines shown (nothing being made)
        self.damaged: dict[str, str] = {}
        self._build_scan_area(
            "transfers",
            self.tr("Scan samples to send, or a transfer slip to receive it · F12 or CMD-CONFIRM confirms"),
            self.tr("Transfers scan field"),
            self.tr("Transfers messages"),
        )
        self.header = detail_title("transfers_header")
        self.destination = named(QComboBox(self), "transfers_destination")
        self.destination.setAccessibleName(self.tr("Send to"))
        self.note = named(QLineEdit(self), "transfers_note")
        self.note.setPlaceholderText(self.tr("Note on the slip, or what is damaged"))
        self.note.setAccessibleName(self.tr("Transfer note"))
        self.confirm = _button(self.tr("Send (F12)"), "transfers_confirm", self)
        self.confirm.clicked.connect(lambda _c=False: self._on_confirm_requested())
        self.mark_damaged = _button(self.tr("Damaged (note says how)"), "transfers_damaged", self)
        self.mark_damaged.clicked.connect(lambda _c=False: self._mark_damaged())
        self.clear = _button(self.tr("Clear"), "transfers_clear", self)
        self.clear.clicked.connect(lambda _c=False: self.start_over())
        row = QHBoxLayout()
        for widget, stretch in ((self.destination, 0), (self.note, 1), (self.mark_damaged, 0)):
            row.addWidget(widget, stretch)
        row.addWidget(self.confirm)
        row.addWidget(self.clear)
        self.lines = SlipLineModel(self)
        self.lines_view = RowTableView(self.lines, "transfers_lines", self.tr("Samples of the slip"), self, False)
        self.transfers = TransferListModel(ctx.showroom.timezone, self)
        self.list_view = RowTableView(self.transfers, "transfers_list", self.tr("Transfers"), self, sortable=False)
        self.list_view.clicked.connect(lambda _i: self._show_chosen())
        for view in (self.lines_view, self.list_view):
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a click chooses; the scanner still types into the scan field
        self.print_slip = _button(self.tr("Print slip"), "transfers_print", self)
        self.print_slip.clicked.connect(lambda _c=False: self.print_chosen())
        self.call_back = _button(self.tr("Call back (reason in the note)"), "transfers_call_back", self)
        self.call_back.clicked.connect(lambda _c=False: self.call_back_chosen())
        actions = QHBoxLayout()
        actions.addWidget(section_title(self.tr("Transfers sent and incoming")), 1)
        actions.addWidget(self.print_slip)
        actions.addWidget(self.call_back)
        layout = QVBoxLayout(self)
        for item in (self.header, self.scan, self.question, self.message):
            layout.addWidget(item)
        layout.addLayout(row)
        layout.addWidget(self.lines_view, 2)
        layout.addLayout(actions)
        layout.addWidget(self.list_view, 1)
        layout.addLayout(self._build_shortfalls(), 1)
        ctx.bus.changed.connect(self._on_changed)
        name_qt_parts(self)
        self._show_mode()

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("TransfersScreen", "Transfers")

    # -- what is shown -------------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.scan.setFocus()

    def refresh(self) -> None:
        self.ctx.call(destinations, on_success=self._on_destinations, on_error=self._show_error)
        self.ctx.call(list_transfers, on_success=self.transfers.set_rows, on_error=self._show_error)
        self._refresh_shortfalls()

    def _on_destinations(self, rooms) -> None:
        chosen = self.destination.currentData()
        self.destination.clear()
        for room in rooms:
            self.destination.addItem(f"{room.name} ({room.code})", room.code)
        if chosen is not None and (i := self.destination.findData(chosen)) >= 0:
            self.destination.setCurrentIndex(i)

    def _on_changed(self, topics: set) -> None:
        if (Topic.TRANSFERS in topics or Topic.SAMPLES in topics) and self.isVisible():
            self.refresh()

    def _show_mode(self) -> None:
        receiving = self.receiving is not None
        self.destination.setVisible(not receiving)
        self.mark_damaged.setVisible(receiving)
        self.confirm.setText(self.tr("Finish receipt (F12)") if receiving else self.tr("Send (F12)"))
        if self.late:
            self.confirm.setText(self.tr("Receive late (F12)"))
            self.header.setText(
                self.tr("Receiving late, on {number} from {source}: {count} sample(s) still short").format(
                    number=self.receiving.summary.number,
                    source=self.receiving.summary.from_name,
                    count=len(self.receiving.lines),
                )
            )
        elif receiving:
            t = self.receiving.summary
            self.header.setText(
                self.tr("Receiving {number} from {source}: {count} sample(s) on the slip").format(
                    number=t.number, source=t.from_name, count=t.figures.sent
                )
            )
        else:
            self.header.setText(self.tr("New transfer: choose where it goes, scan the samples"))

    def _making(self) -> int:
        """How many samples are on a slip being made (0: none is)."""
        return 0 if self.receiving is not None or self.looking is not None else self.lines.rowCount()

    def work_in_progress(self) -> str:
        if self.receiving is not None:
            return self.tr("Transfers: receipt of {number} not finished").format(number=self.receiving.summary.number)
        if self._making():
            return self.tr("Transfers: {count} sample(s) on a slip not sent").format(count=self._making())
        return ""

    # -- scans ---------------------------------------------------------------------------------------
    def _route(self, text: str) -> None:
        command, code = command_of(text), clean_scan(text)
        if command == ScanCommand.CONFIRM:
            self._on_confirm_requested()
        elif command == ScanCommand.CANCEL:
            self.start_over()
        elif command == ScanCommand.DAMAGED:
            self._mark_damaged()
        elif command is not None:
            self.message.show_error(self.tr("{code} is not used here.").format(code=code))
        elif classify(code) == CodeKind.TRANSFER:
            self._open_slip(code)
        elif self.receiving is not None:
            self._check_late(code) if self.late else self._check_received(code)
        else:
            self._check_to_send(code)

    def _open_slip(self, code: str) -> None:
        if self._making():
            self.message.show_error(
                self.tr("Send or clear the slip being made before receiving {number}.").format(number=code)
            )
            return
        generation = self.queue.start(code)
        self.ctx.call(
            open_slip,
            code,
            on_success=lambda opened: self._on_opened(generation, code, opened),
            on_error=lambda exc: self._on_refused(generation, code, exc),
        )

    def _on_opened(self, generation: int, code: str, opened: OpenedSlip) -> None:
        view = opened.view
        if self.queue.is_current(generation) and opened.late:
            self._open_late(view)
        elif self.queue.is_current(generation):
            self.receiving, self.damaged = view, {}
            self.lines.set_rows([SlipLine(line.code, line.product, "") for line in view.lines])
            self._show_mode()
            self.message.show_success(
                self.tr("Transfer {number} opened: scan the samples that came.").format(number=code)
            )
        self.queue.finish(code)

    def _check_to_send(self, code: str) -> None:
        if not self._making() and self._choose_short(code):
            return
        if not self._making() and classify(code) == CodeKind.SAMPLE:
            self._find_late_slip(code)  # short on a transfer received here? else back to _check_sendable
            return
        self._check_sendable(code)

    def _check_sendable(self, code: str) -> None:
        if self.looking is not None:  # a scan starts a new slip: the transfer looked at goes
            self.looking = None
            self.lines.set_rows([])
            self._show_mode()
        if code in self.lines.codes():
            self.message.show_info(self.tr("{code} is on the slip already.").format(code=code))
            return
        generation = self.queue.start(code)
        self.ctx.call(
            check_sendable,
            code,
            on_success=lambda found: self._on_sendable(generation, code, found),
            on_error=lambda exc: self._on_refused(generation, code, exc),
        )

    def _on_sendable(self, generation: int, code: str, found) -> None:
        if self.queue.is_current(generation) and code not in self.lines.codes():
            self.lines.set_rows([*self.lines.rows(), SlipLine(found.code, found.product, "")])
            self.lines_view.scrollToBottom()
            self.message.show_success(
                self.tr("{code} {product}: on the slip ({count}).").format(
                    code=code, product=found.product, count=self.lines.rowCount()
                )
            )
        self.queue.finish(code)

    def _scanned(self) -> list[str]:
        return [r.code for r in self.lines.rows() if r.outcome in ("scanned", "extra", "damaged")]

    def _check_received(self, code: str) -> None:
        generation, transfer_id, before = self.queue.start(code), self.receiving.summary.id, self._scanned()
        self.ctx.call(
            check_receipt_scan,
            transfer_id,
            before,
            code,
            on_success=lambda answer: self._on_received_scan(generation, code, answer),
            on_error=lambda exc: self._on_refused(generation, code, exc),
        )

    def _on_received_scan(self, generation: int, code: str, answer: str) -> None:
        if self.queue.is_current(generation) and code not in self._scanned():
            rows = self.lines.rows()
            if answer == ScanAnswer.EXTRA:
                rows.append(SlipLine(code, "", "extra"))
                self.message.show_error(self.tr("{code} is not on this slip: listed as extra.").format(code=code))
            else:
                i = next(i for i, r in enumerate(rows) if r.code == code)
                rows[i] = SlipLine(code, rows[i].product, "scanned")
                self.message.show_success(
                    self.tr("{code}: arrived ({count} of {total}).").format(
                        code=code, count=len(self._scanned()) + 1, total=self.receiving.summary.figures.sent
                    )
                )
            self.lines.set_rows(rows)
        elif self.queue.is_current(generation):
            self.message.show_info(self.tr("{code} is scanned already.").format(code=code))
        self.queue.finish(code)

    def _on_refused(self, generation: int, code: str, exc: Exception) -> None:
        if self.queue.is_current(generation):
            self.queue.cancel_confirm()
            self.message.show_error(describe(exc, self.ctx.tz))
        self.queue.finish(code)

    def _mark_damaged(self) -> None:
        chosen = self.lines_view.selected_row()
        scanned = self._scanned()
        code = chosen.code if chosen is not None and chosen.code in scanned else (scanned[-1] if scanned else None)
        note = self.note.text().strip()
        if self.receiving is None or code is None:
            self.message.show_error(self.tr("Scan the damaged sample first (while receiving a transfer)."))
        elif not note:
            self.message.show_error(self.tr("Say in the note how {code} is damaged.").format(code=code))
            self.note.setFocus()
        else:
            self.damaged[code] = note
            self.lines.set_rows(
                [SlipLine(r.code, r.product, "damaged", note) if r.code == code else r for r in self.lines.rows()]
            )
            self.note.clear()
            self.message.show_info(self.tr("{code}: damaged ({note}).").format(code=code, note=note))
            self.scan.setFocus()

    # -- CounterScreen -------------------------------------------------------------------------------
    def _recording_note(self, code: str) -> str:
        return self.tr("Recording the transfer; {code} will be taken right after.").format(code=code)

    def _clear(self) -> None:
        self.question.close_question()
        self.queue.reset()
        self.message.clear_message()
        self.receiving, self.looking, self.damaged, self.late = None, None, {}, False
        self.lines.set_rows([])
        self._show_mode()

    def _refocus(self) -> None:
        if self.isVisible() and not self.note.hasFocus():
            self.scan.setFocus()

    def _show_chosen(self) -> None:
        """A transfer of the list, with each sample and what became of it (nothing is being sent or received)."""
        view = self.list_view.selected_row()
        if view is None or self.receiving is not None or self._making():
            return
        t = view.summary
        self.looking = view
        self.lines.set_rows(
            [SlipLine(line.code, line.product, line.outcome, line.note, line.settled) for line in view.lines]
        )
        self.header.setText(
            self.tr("{number}: {source} to {destination}, {state}").format(
                number=t.number, source=t.from_name, destination=t.to_name, state=transfer_text.state(t.state)
            )
        )

    def _show_error(self, exc: Exception) -> None:
        self.message.show_error(describe(exc, self.ctx.tz))
