"""Check-out at the counter, by scanner alone: member card, samples, Enter.

Scans are checked on the DB worker one by one, in order; Enter on the empty scan field waits for
the scans still in flight, then records the loan (asking a manager when a block may be overridden).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSplitter, QVBoxLayout, QWidget

from present import labels
from present.errors import describe
from present.formatting import local_time, money
from present.refusal_details import describe_blocks
from showroom.domain.codes import CodeKind, classify, clean_scan
from showroom.domain.errors import Block, EmptyBasket, NotFound, StreamerBlocked, UnknownCode
from showroom.services import checkout, streamers
from showroom.services.views import LoanReceipt, Override, StreamerPanel, StreamerView
from ui.dialogs.override_dialog import ask_override
from ui.dialogs.questions import ask_yes_no
from ui.dialogs.streamer_dialog import StreamerDialog
from ui.widgets.basket_view import BasketView
from ui.widgets.checkout_terms import CheckoutTerms
from ui.widgets.counter_buttons import confirm_button
from ui.widgets.message_bar import MessageBar
from ui.widgets.scan_field import ScanField
from ui.widgets.scan_queue import ScanQueue
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.streamer_panel import StreamerPanelView

TOPICS = {"samples", "loans", "streamers"}
OverrideRequest = Callable[[StreamerBlocked, Callable[[Override | None], None]], None]


def looks_like_phone(text: str) -> bool:
    return sum(ch.isdigit() for ch in text) >= 11


class CheckoutScreen(QWidget):
    loan_recorded = Signal(object)  # LoanReceipt, once the loan is committed (printing hooks here)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.setObjectName("checkout_screen")
        self.ctx = ctx
        # Asks a manager to lift overridable blocks; calls done(Override) or done(None). Replaceable in tests.
        self.request_override: OverrideRequest = (
            lambda exc, done: ask_override(self, ctx, describe_blocks(exc.blocks), done))
        self._streamer: StreamerView | None = None
        self._panel: StreamerPanel | None = None
        self._lookups = 0
        self._submitting = False
        self._confirm_after_quote = False
        self._held_scans: list[str] = []   # scanned while a loan was being recorded; replayed after
        # Injectable for tests: (title, question) -> yes?
        self.ask_yes_no: Callable[[str, str], bool] = lambda title, question: ask_yes_no(self, title, question)
        self.queue = ScanQueue(after_each=self._refocus)
        self._build()
        ctx.bus.changed.connect(self._on_changed)
        self._update_confirm()

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("CheckoutScreen", "Check-out")

    def activate(self) -> None:
        self.scan.setFocus()

    def _build(self) -> None:
        self.scan = ScanField(self.tr("Scan member card or sample — or type a phone number"), self)
        self.scan.setObjectName("checkout_scan")
        self.scan.setAccessibleName(self.tr("Check-out scan field"))
        self.scan.scanned.connect(self._on_scanned)
        self.scan.confirm_requested.connect(self._on_confirm_requested)
        self.message = MessageBar(self)
        self.message.setObjectName("checkout_message")
        self.message.setAccessibleName(self.tr("Check-out messages"))
        self.panel_view = StreamerPanelView(self)
        self.basket = BasketView(self)
        self.basket.changed.connect(self._basket_changed)
        self.basket.line_removed.connect(self._on_line_removed)
        self.basket.start_over.connect(self.start_over)
        self.terms = CheckoutTerms(self.ctx, self)
        self.terms.quote_changed.connect(self._on_quote_changed)
        self.terms.edited.connect(self._refocus)
        self.signature = SignaturePad(self)
        self.signature.setObjectName("checkout_signature")
        self.confirm = confirm_button(self, "checkout_confirm", self.tr("Confirm check-out"),
                                      self._on_confirm_requested)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.panel_view)
        split.addWidget(self.basket)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.terms, 3)
        bottom.addWidget(self.signature, 3)
        bottom.addWidget(self.confirm, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        layout.addLayout(bottom)

    def _refocus(self) -> None:
        # Back to the scan field after every answer, unless someone is typing a planned date.
        if not self.isVisible():
            return  # a hidden screen must not take the keyboard from the one in front
        focus = QApplication.focusWidget()
        date_edit = self.terms.planned_date
        if focus is None or (focus is not date_edit and not date_edit.isAncestorOf(focus)):
            self.scan.setFocus()

    # -- scans ---------------------------------------------------------------------------------
    def _on_scanned(self, text: str) -> None:
        kind, code = classify(text), clean_scan(text)
        if self._submitting:
            self._held_scans.append(text)
            self.message.show_info(self.tr("Recording the loan; {code} will be taken right after.").format(code=code))
        elif kind == CodeKind.MEMBER or (kind == CodeKind.UNKNOWN and looks_like_phone(text)):
            self._find_streamer(text)
        elif kind == CodeKind.SAMPLE:
            self._add_sample(code)
        elif kind == CodeKind.LOAN:
            self.message.show_error(self.tr("{code} is a loan number; returns are taken on the "
                                            "Check-in screen.").format(code=code))
        elif kind == CodeKind.PRODUCT_EAN:
            self.message.show_error(self.tr("That is the product's own barcode; scan the sample's "
                                            "label instead."))
        else:
            self.message.show_error(describe(UnknownCode(code), self.ctx.tz))

    def _refused(self, exc: Exception) -> None:
        self.queue.cancel_confirm()
        self._confirm_after_quote = False
        self.message.show_error(describe(exc, self.ctx.tz))

    def _find_streamer(self, text: str) -> None:
        self.queue.start()
        self._lookups += 1
        self.ctx.call(streamers.find_streamer, text, on_success=self._on_streamer_found,
                      on_error=self._on_lookup_failed)

    def _on_lookup_failed(self, exc: Exception) -> None:
        self._lookups -= 1
        self._refused(exc)
        self.queue.finish()
        if isinstance(exc, NotFound) and exc.what == "streamer" and looks_like_phone(exc.key):
            self.offer_registration(exc.key)

    def offer_registration(self, phone: str) -> StreamerDialog | None:
        """A first-time streamer at the counter: register them with the phone just typed, then serve them."""
        question = self.tr("No streamer has phone {phone}. Register them now?").format(phone=phone)
        if not self.ask_yes_no(self.tr("New streamer"), question):
            return None
        dialog = StreamerDialog(self.ctx, self, phone=phone)
        dialog.saved.connect(lambda view: (self.ctx.announce("streamers"), self._find_streamer(view.member_code)))
        dialog.finished.connect(lambda _result: self._refocus())
        dialog.open()
        return dialog

    def _on_streamer_found(self, view: StreamerView) -> None:
        self._lookups -= 1
        if self._streamer is None or view.id != self._streamer.id:
            # Another streamer: whatever was scanned before the card was not for them.
            had_lines = self.basket.count() > 0
            self._streamer, self._panel = view, None
            self.panel_view.clear()
            self.terms.reset()
            self.signature.clear()
            self.basket.clear()
            self.message.show_info((self.tr("Now serving {name}; the basket was cleared.") if had_lines
                                    else self.tr("Serving {name}. Scan the samples.")).format(name=view.name))
        self._load_panel(view.id)
        self.queue.finish()

    def _load_panel(self, streamer_id: str) -> None:
        self.queue.start()
        self.ctx.call(streamers.streamer_panel, streamer_id, on_success=self._on_panel,
                      on_error=lambda exc: (self._refused(exc), self.queue.finish()))

    def _on_panel(self, panel: StreamerPanel) -> None:
        if self._streamer is not None and panel.streamer.id == self._streamer.id:
            self._panel, self._streamer = panel, panel.streamer
            self.panel_view.show_panel(panel, self.ctx.tz)
            self._show_blocks()
        self.queue.finish()

    def _add_sample(self, code: str) -> None:
        if self._streamer is None and not self._lookups:
            self.message.show_error(self.tr("Scan the streamer's member card (or type their phone number) "
                                            "before the samples."))
            return
        basket = self.basket.codes() + self.queue.pending_codes
        generation = self.queue.start(code)
        self.ctx.call(checkout.scan_for_checkout, code, basket,
                      on_success=lambda line: self._on_sample(generation, code, line),
                      on_error=lambda exc: self._on_sample_refused(generation, code, exc))

    def _on_sample(self, generation: int, code: str, line) -> None:
        if self.queue.is_current(generation):
            self.message.show_success(self.tr("{code} {product} added.").format(code=line.code,
                                                                                product=line.product_name))
            self.basket.add(line)
        self.queue.finish(code)

    def _on_sample_refused(self, generation: int, code: str, exc: Exception) -> None:
        if self.queue.is_current(generation):
            self._refused(exc)
        self.queue.finish(code)

    def _on_line_removed(self, line) -> None:
        self.message.show_info(self.tr("{code} removed from the basket.").format(code=line.code))
        self._refocus()

    def start_over(self) -> None:
        self.queue.reset()
        self._confirm_after_quote = False
        self._streamer, self._panel = None, None
        self.panel_view.clear()
        self.terms.reset()
        self.signature.clear()
        self.message.clear_message()
        self.basket.clear()
        self._refocus()

    # -- terms and blocks ----------------------------------------------------------------------
    def _basket_changed(self) -> None:
        self.terms.ask(self._streamer.id if self._streamer else None, self.basket.codes())
        self._show_blocks()

    def current_blocks(self) -> list[Block]:
        """What stands in the way now: the quote's blocks for this basket, else the panel's."""
        if self.basket.count() and self.terms.quote is not None:
            return self.terms.quote.blocks
        return self._panel.blocks if self._panel is not None else []

    def _show_blocks(self) -> None:
        if self._streamer is not None:
            self.panel_view.show_blocks(self.current_blocks())
        self._update_confirm()

    def _update_confirm(self) -> None:
        blocks = self.current_blocks()
        hard = any(not b.overridable for b in blocks)
        self.confirm.setEnabled(self._streamer is not None and self.basket.count() > 0 and not hard
                                and not self._submitting and self.terms.quote_error is None)
        self.confirm.setText(self.tr("Confirm with manager override") if blocks and not hard
                             else self.tr("Confirm check-out"))

    # -- confirming ----------------------------------------------------------------------------
    def _on_confirm_requested(self) -> None:
        if not self._submitting:
            self.queue.confirm(self._confirm)

    def _on_quote_changed(self) -> None:
        self._show_blocks()
        if self._confirm_after_quote and self._streamer is not None:
            self._confirm_after_quote = False
            self._confirm()

    def _confirm(self) -> None:
        if self._streamer is not None and not self.terms.settled_for(self._streamer.id, self.basket.codes()):
            # A fast scanner's Enter can beat the quote: never record a deposit the clerk has not seen.
            self._confirm_after_quote = True
            self.message.show_info(self.tr("Working out the due date and deposit…"))
            return
        blocks = self.current_blocks()
        if self._streamer is None:
            self.message.show_error(self.tr("Scan the streamer's member card first."))
        elif not self.basket.count():
            self.message.show_error(describe(EmptyBasket(), self.ctx.tz))
        elif any(not b.overridable for b in blocks):
            self.message.show_error(describe(StreamerBlocked(self._streamer.name, blocks), self.ctx.tz))
        elif self.terms.quote_error is not None:
            self.message.show_error(self.terms.quote_error)
        else:
            self._submit(None)
        self._refocus()

    def _submit(self, override: Override | None) -> None:
        self._submitting = True
        self._update_confirm()
        self.message.show_info(self.tr("Recording the loan…"))
        self.ctx.call_as_actor(
            checkout.check_out, self._streamer.id, self.basket.codes(), self.terms.deposit_method(),
            planned_stream_date=self.terms.planned_stream_date(), signature_png=self.signature.png_bytes(),
            override=override, on_success=self._on_recorded, on_error=self._on_check_out_failed)

    def _on_check_out_failed(self, exc: Exception) -> None:
        if isinstance(exc, StreamerBlocked):
            self.panel_view.show_blocks(exc.blocks)
            if exc.overridable:
                self.message.show_info(self.tr("A manager must allow this: {blocks}.").format(
                    blocks=describe_blocks(exc.blocks)))
                self.request_override(exc, self._on_override_given)
                return
        self._submitting = False
        self.message.show_error(describe(exc, self.ctx.tz))
        self._update_confirm()
        self._refocus()
        self._replay_held_scans()

    def _on_override_given(self, override: Override | None) -> None:
        if override is not None:
            self._submit(override)
            return
        self._submitting = False
        self.message.show_error(self.tr("Not recorded: no manager override was given."))
        self._update_confirm()
        self._refocus()
        self._replay_held_scans()

    def _on_recorded(self, receipt: LoanReceipt) -> None:
        self._submitting = False
        self.start_over()
        self.message.show_success(
            self.tr("Loan {number} recorded for {name}: {count} sample(s), due {due}; deposit {deposit} ({method}).")
            .format(number=receipt.number, name=receipt.streamer_name, count=len(receipt.lines),
                    due=local_time(receipt.due_at, self.ctx.tz, with_time=False),
                    deposit=money(receipt.deposit_fen), method=labels.deposit_method(receipt.deposit_method)))
        self.loan_recorded.emit(receipt)
        self.ctx.announce("samples", "loans", "streamers")
        self._refocus()
        self._replay_held_scans()

    def _replay_held_scans(self) -> None:
        held, self._held_scans = self._held_scans, []
        for text in held:
            self._on_scanned(text)

    def _on_changed(self, topics: set) -> None:
        # Another screen changed what this streamer holds or their status: redraw panel and terms.
        if self._streamer is not None and topics & TOPICS and not self._submitting:
            self._load_panel(self._streamer.id)
            self._basket_changed()
