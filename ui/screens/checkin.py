"""Check-in at the counter, by scanner and keyboard alone: scan what came back, set each sample's
condition (keys 1/2/3 on the selected line, or CMD-GOOD / CMD-DAMAGED / CMD-PARTS for the last one
scanned), add a photo of its condition (P, or Photo…: a file a phone or USB camera saved), confirm with F12 or
CMD-CONFIRM, and see what the streamer still holds. Samples of other showrooms' loans are taken back the same way;
the returns this counter took for other showrooms are listed, and settled by a manager, from the button
"Returns for other showrooms (N waiting)" (ui/screens/elsewhere_returns.py).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHBoxLayout, QLabel, QSplitter, QVBoxLayout

from present import labels
from present.errors import describe
from showroom.domain.codes import CodeKind, Command, classify, clean_scan, command_of
from showroom.domain.errors import EmptyBasket, UnknownCode
from showroom.domain.model import ReturnCondition
from showroom.domain.photos import PhotoKind
from showroom.services import elsewhere_photos, photos, returns
from showroom.services.returns import ReturnRequest
from showroom.services.views import CheckinResult, ReturnLine
from ui.screens.counter_screen import CounterScreen
from ui.screens.elsewhere_returns import ElsewhereReturnsButton
from ui.widgets.checkin_result_view import CheckinResultView
from ui.widgets.counter_buttons import confirm_button
from ui.widgets.photo_chooser import choose_photo_file
from ui.widgets.return_list import ReturnListView

CONDITION_COMMANDS = {
    Command.GOOD: ReturnCondition.GOOD,
    Command.DAMAGED: ReturnCondition.DAMAGED,
    Command.PARTS: ReturnCondition.PARTS_MISSING,
}


class CheckinScreen(CounterScreen):
    returns_recorded = Signal(object)  # CheckinResult, after the return is committed

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.choose_photo_file = lambda parent: choose_photo_file(parent, self.tr("Photo of the sample's condition"))
        self.setObjectName("checkin_screen")
        self._build()
        self._update_confirm()

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("CheckinScreen", "Check-in")

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_scan_area(
            "checkin",
            self.tr("Scan the returned samples · 1/2/3 set the condition · confirm with F12 or CMD-CONFIRM"),
            self.tr("Check-in scan field"),
            self.tr("Check-in messages"),
        )
        self.returns = ReturnListView(self.ctx.tz, self)
        self.model, self.table, self.condition = self.returns.model, self.returns.table, self.returns.condition
        self.returns.changed.connect(self._update_summary)
        self.returns.condition_set.connect(self._on_condition_set)
        self.returns.line_removed.connect(self._on_line_removed)
        self.returns.photo_wanted.connect(self._on_photo_wanted)
        self.returns.start_over.connect(self.start_over)
        self.returns.editing_done.connect(self._refocus)
        self.returns.typed_elsewhere.connect(self._typed_into_the_list)
        self.summary = QLabel(self)
        self.summary.setObjectName("checkin_summary")
        self.result_view = CheckinResultView(self.ctx.tz, self)
        self.confirm = confirm_button(
            self, "checkin_confirm", self.tr("Confirm check-in (F12)"), self._on_confirm_requested
        )
        self.elsewhere = ElsewhereReturnsButton(self.ctx, self, self._on_scanned)  # held while its dialog is open
        self.elsewhere.closed.connect(self._elsewhere_closed)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.returns)
        split.addWidget(self.result_view)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.elsewhere)
        bottom.addWidget(self.confirm)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.question)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)
        self._update_summary()

    def _waiting(self) -> bool:
        return self.elsewhere.is_open()

    def _elsewhere_closed(self) -> None:
        if self.isVisible():
            self.activateWindow()  # the counter's window takes the keyboard back from the closed dialog
        self._refocus()
        self._release_held()  # scans typed while the returns for other showrooms were open

    def _refocus(self) -> None:
        # Never pull the keyboard out of a cell someone is editing, nor into a hidden screen.
        if self.isVisible() and self.table.state() != QAbstractItemView.State.EditingState:
            self.scan.setFocus()

    def _typed_into_the_list(self, event: QKeyEvent) -> None:
        """A scan begun while the list had the keyboard: its keys belong to the scan field."""
        self.scan.setFocus()
        QApplication.sendEvent(self.scan, event)

    # -- scans ---------------------------------------------------------------------------------
    def _recording_note(self, code: str) -> str:
        return self.tr("Recording the return; {code} will be taken right after.").format(code=code)

    def _route(self, text: str) -> None:
        kind, code = classify(text), clean_scan(text)
        if kind == CodeKind.SAMPLE:
            self._add_sample(code)
        elif kind == CodeKind.COMMAND:
            self._command(command_of(code))
        elif kind == CodeKind.MEMBER:
            self.message.show_error(
                self.tr("{code} is a member card; on check-in scan the samples themselves.").format(code=code)
            )
        elif kind == CodeKind.LOAN:
            self.message.show_error(
                self.tr("{code} is a loan number; scan the samples themselves, each finds its loan.").format(code=code)
            )
        else:
            self.message.show_error(describe(UnknownCode(code), self.ctx.tz))

    def _command(self, command: Command) -> None:
        if command == Command.CONFIRM:
            self._on_confirm_requested()
        elif command == Command.CANCEL:
            if self.returns.count():
                self.ask_to_clear(
                    self.tr("Clear the list of {count} returned sample(s) and start over?").format(
                        count=self.returns.count()
                    ),
                    self.start_over,
                )
            else:
                self.start_over()
        elif self.returns.set_condition(CONDITION_COMMANDS[command].value) < 0:
            self.message.show_error(
                self.tr("Scan a returned sample first; {code} then sets its condition.").format(code=command.value)
            )

    def _add_sample(self, code: str) -> None:
        basket = self.returns.codes() + self.queue.pending_codes
        generation = self.queue.start(code)
        self.ctx.call(
            returns.scan_for_checkin,
            code,
            basket,
            on_success=lambda line: self._on_line(generation, code, line),
            on_error=lambda exc: self._on_refused(generation, code, exc),
        )

    def _on_line(self, generation: int, code: str, line: ReturnLine) -> None:
        if self.queue.is_current(generation):
            self.returns.append(line)
            if line.lender:
                self._say_elsewhere(line)
            elif line.days_overdue > 0:
                self.message.show_info(
                    self.tr("{code} {product} from {name} (loan {loan}), {days} day(s) late.").format(
                        code=line.sample_code,
                        product=line.product_name,
                        name=line.streamer_name,
                        loan=line.loan_number,
                        days=line.days_overdue,
                    )
                )
            else:
                self.message.show_success(
                    self.tr("{code} {product} from {name} (loan {loan}).").format(
                        code=line.sample_code, product=line.product_name, name=line.streamer_name, loan=line.loan_number
                    )
                )
        self.queue.finish(code)

    def _say_elsewhere(self, line: ReturnLine) -> None:
        """Another showroom's sample: its loan (taken back here, the deposit stays with the lender), or, not
        heard of here yet, received for that showroom (HQ finds its loan when this counter syncs)."""
        if line.held:
            self.message.show_info(
                self.tr("{code} is not known here: received for showroom {showroom}; HQ finds its loan.").format(
                    code=line.sample_code, showroom=line.lender
                )
            )
        else:
            self.message.show_success(
                self.tr("{code} {product}: loan {loan} of {showroom}, returned here.").format(
                    code=line.sample_code, product=line.product_name, loan=line.loan_number, showroom=line.lender
                )
            )

    def _on_refused(self, generation: int, code: str, exc: Exception) -> None:
        if self.queue.is_current(generation):
            self.queue.cancel_confirm()
            self.message.show_error(describe(exc, self.ctx.tz))
        self.queue.finish(code)

    # -- the list ------------------------------------------------------------------------------
    def _on_condition_set(self, row: int) -> None:
        entry = self.returns.entries()[row]
        self.message.show_info(
            self.tr("{code}: {condition}.").format(
                code=entry.line.sample_code, condition=labels.condition(entry.condition)
            )
        )

    def _on_photo_wanted(self, row: int) -> None:
        entry = self.returns.entries()[row]
        path = self.choose_photo_file(self)
        self._refocus()
        if not path:
            return
        code = entry.line.sample_code
        self.message.show_info(self.tr("Keeping the photo of {code}…").format(code=code))
        done = {
            "on_success": lambda view: self._on_photo_kept(code, view),
            "on_error": lambda exc: self.message.show_error(describe(exc, self.ctx.tz)),
        }
        if entry.line.lender:  # another showroom's sample, not in this stock yet: its photo waits for it
            self.ctx.call_as_actor(elsewhere_photos.keep_return_photo, self.ctx.store.data_dir, code, path, **done)
            return
        kind, number = PhotoKind.RETURN.value, entry.line.loan_number
        self.ctx.call_as_actor(
            photos.attach_photo, self.ctx.store.data_dir, code, kind, path, loan_number=number, **done
        )

    def _on_photo_kept(self, code: str, view: photos.PhotoView) -> None:
        if self.model.add_photo(code, view.id) >= 0:
            self.message.show_success(self.tr("Photo of {code} kept.").format(code=code))

    def _on_line_removed(self, code: str) -> None:
        self.message.show_info(self.tr("{code} removed from the list.").format(code=code))
        self._refocus()

    def work_in_progress(self) -> str:
        """What logging out now would drop, in words; empty when nothing."""
        count = self.returns.count()
        return self.tr("Check-in: {count} returned sample(s) not yet confirmed").format(count=count) if count else ""

    def _clear(self) -> None:
        self.question.close_question()
        self.queue.reset()
        self.returns.clear()
        self.message.clear_message()
        self._refocus()

    def _update_summary(self) -> None:
        entries = self.returns.entries()
        not_good = sum(1 for e in entries if e.condition != ReturnCondition.GOOD.value)
        late = sum(1 for e in entries if e.line.days_overdue > 0)
        self.summary.setText(
            self.tr("{count} sample(s) to check in · {late} late · {bad} not in good condition").format(
                count=len(entries), late=late, bad=not_good
            )
        )
        self._update_confirm()

    def _update_confirm(self) -> None:
        self.confirm.setEnabled(self.returns.count() > 0 and not self._submitting)

    # -- confirming ----------------------------------------------------------------------------
    def _confirm(self) -> None:
        entries = self.returns.entries()
        if not entries:
            self.message.show_error(describe(EmptyBasket(), self.ctx.tz))
            self._refocus()
            return
        self._submitting = True
        self._update_confirm()
        self.message.show_info(self.tr("Recording the return…"))
        requests = [ReturnRequest(e.line.sample_code, e.condition, e.note, e.photo_ids) for e in entries]
        self.ctx.call_as_actor(returns.check_in, requests, on_success=self._on_recorded, on_error=self._on_failed)

    def _on_failed(self, exc: Exception) -> None:
        self._submitting = False
        self.message.show_error(describe(exc, self.ctx.tz))
        self._update_confirm()
        self._refocus()
        self._release_held()

    def _on_recorded(self, result: CheckinResult) -> None:
        self._submitting = False
        count = sum(len(loan.returned) for loan in result.loans) + len(result.elsewhere)
        self._clear()
        self.result_view.show_result(result)
        self.message.show_success(self.tr("{count} sample(s) checked in.").format(count=count))
        self.returns_recorded.emit(result)
        self._refocus()
        self._release_held()
