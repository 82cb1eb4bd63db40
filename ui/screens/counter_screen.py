"""What check-out and check-in share: the scan field, the confirm key, the inline question, the
message line, and the scans held while the screen cannot take them.

A scan suffix only ends a scan (ui.widgets.scan_field); confirming is F12, the confirm button or the
printed CMD-CONFIRM, and waits for the scans still in flight (ScanQueue). While a loan or return is
being recorded, a question is open or the subclass is waiting (a card's answer, a dialog), scans are
held in order and replayed afterwards: none is lost, each ends up added or refused on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from showroom.domain.codes import Command, clean_scan, command_of
from ui.widgets.counter_buttons import CONFIRM_KEY, answer_first, confirm_hint
from ui.widgets.message_bar import MessageBar
from ui.widgets.question_bar import Choice, QuestionBar
from ui.widgets.scan_field import ScanField
from ui.widgets.scan_queue import ScanQueue

translate = QCoreApplication.translate


class CounterScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self._submitting = False
        self.queue = ScanQueue(after_each=self._after_answer)

    def _build_scan_area(self, name: str, placeholder: str, field_name: str, messages_name: str) -> None:
        self.scan = ScanField(placeholder, self)
        self.scan.setObjectName(f"{name}_scan")
        self.scan.setAccessibleName(field_name)
        self.scan.scanned.connect(self._on_scanned)
        self.scan.enter_on_empty.connect(lambda: self.message.show_info(confirm_hint()))
        self.question = QuestionBar(self)
        self.question.setObjectName(f"{name}_question")
        self.question.listen_to(self.scan)
        self.question.answered.connect(self._release_held)
        self.message = MessageBar(self)
        self.message.setObjectName(f"{name}_message")
        self.message.setAccessibleName(messages_name)

    def activate(self) -> None:
        self.scan.setFocus()

    def keyPressEvent(self, event) -> None:
        # F12 confirms from anywhere on the screen: no widget here takes it, so it comes up to us.
        if event.key() == CONFIRM_KEY and not event.isAutoRepeat():
            self._on_confirm_requested()
        else:
            super().keyPressEvent(event)

    # -- what a screen fills in ----------------------------------------------------------------
    def _route(self, text: str) -> None:
        """Acts on one scan (a sample, a card, a command...)."""
        raise NotImplementedError

    def _confirm(self) -> None:
        raise NotImplementedError

    def _waiting(self) -> bool:
        """True while scans must wait for something of the screen's own (a card's answer, a dialog)."""
        return False

    def _recording_note(self, code: str) -> str:
        raise NotImplementedError

    def _clear(self) -> None:
        """Back to an empty screen: nobody served, nothing listed, no question."""
        raise NotImplementedError

    def _refocus(self) -> None:
        raise NotImplementedError

    # -- scans ---------------------------------------------------------------------------------
    def _holding(self) -> bool:
        return self._submitting or self.question.is_open() or self._waiting()

    def _on_scanned(self, text: str) -> None:
        command = command_of(text)
        if self.question.is_open() and command is not None:
            self.message.show_error(answer_first())
        elif self._holding() or self.queue.holding_any:
            self._hold(text)
        elif command is not None and command != Command.CONFIRM and self.queue.inflight:
            # CMD-DAMAGED or CMD-CANCEL acts on the list as scanned so far: it waits for the scans
            # before it to come back, or it would mark the wrong sample or clear without asking.
            self.queue.hold(text)
        else:
            if not self.queue.inflight:
                self.message.new_burst()
            self._route(text)

    def _hold(self, text: str) -> None:
        self.queue.hold(text)
        code = clean_scan(text)
        if self._submitting:
            self.message.show_info(self._recording_note(code))
        elif self.question.is_open():
            self.message.show_info(
                translate("CounterScreen", "{code} will be taken once the question above is answered.").format(
                    code=code
                )
            )

    def _release_held(self) -> None:
        if not self._holding():
            for text in self.queue.release():
                self._on_scanned(text)  # a card or a command among them may hold the rest again

    def _after_answer(self) -> None:
        """A scan's answer was handled: commands held behind it may go now."""
        if not self.queue.inflight:
            self._release_held()
        self._refocus()

    # -- confirming and starting over ----------------------------------------------------------
    def _on_confirm_requested(self) -> None:
        if self.question.is_open():
            self.message.show_error(answer_first())
        elif not self._submitting:
            self.queue.confirm(self._confirm_unless_asked)

    def _confirm_unless_asked(self) -> None:
        if self.question.is_open():  # asked while the confirm waited for the scans before it
            self.message.show_error(answer_first())
        else:
            self._confirm()

    def start_over(self) -> None:
        """The clerk starts over; scans held meanwhile are taken now, for the fresh start."""
        self._clear()
        self._release_held()

    def ask_to_clear(self, question: str, clear) -> None:
        """Starting over drops a list: ask inline first; keeping it is the first choice."""
        self.question.ask(
            question,
            [
                Choice(Qt.Key.Key_1, translate("CounterScreen", "Keep the list"), lambda: None, "question_keep"),
                Choice(Qt.Key.Key_2, translate("CounterScreen", "Clear and start over"), clear, "question_clear"),
            ],
        )
