"""Check-out at the counter, by scanner alone: member card, samples, then F12 or CMD-CONFIRM.

Scans are checked on the DB worker one by one, in order; a suffix (Enter, Tab, CR+LF, LF) only ends
a scan. Confirming (F12, the button, or the printed CMD-CONFIRM) waits for the scans still in
flight, then records the loan (asking a manager when a block may be overridden). Questions are
asked inline; scans that come while one is open, or while a dialog is, are held and replayed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QApplication, QHBoxLayout, QSplitter, QVBoxLayout

from kernel.phone import is_mobile
from present import labels
from present.errors import describe
from present.formatting import local_time, money
from present.refusal_details import describe_blocks
from showroom.domain.codes import CodeKind, Command, classify, clean_scan, command_of
from showroom.domain.errors import Block, EmptyBasket, StreamerBlocked, UnknownCode
from showroom.domain.photos import PhotoKind
from showroom.services import checkout
from showroom.services.views import LoanReceipt, Override, StreamerPanel, StreamerView
from ui.dialogs.override_dialog import ask_override
from ui.screens.checkout_streamers import ServingStreamers
from ui.screens.counter_screen import CounterScreen
from ui.widgets.basket_view import BasketView
from ui.widgets.checkout_terms import CheckoutTerms
from ui.widgets.counter_buttons import confirm_button
from ui.widgets.photo_button import PhotoButton
from ui.widgets.signature_pad import SignaturePad
from ui.widgets.streamer_panel import StreamerPanelView

TOPICS = {"samples", "loans", "streamers"}
OverrideRequest = Callable[[StreamerBlocked, Callable[[Override | None], None]], None]


class CheckoutScreen(ServingStreamers, CounterScreen):
    loan_recorded = Signal(object)  # LoanReceipt, once the loan is committed (printing hooks here)

    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("checkout_screen")
        # Asks a manager to lift overridable blocks; calls done(Override) or done(None). Replaceable in tests.
        self.request_override: OverrideRequest = lambda exc, done: ask_override(
            self, ctx, describe_blocks(exc.blocks), done, scans_to=self._on_scanned
        )
        self._streamer: StreamerView | None = None
        self._panel: StreamerPanel | None = None
        self._lookups = 0  # card or phone look-ups on their way: later scans wait for them
        self._registering = False  # the registration form is open (ServingStreamers)
        self._confirm_after_quote = False
        self._build()
        ctx.bus.changed.connect(self._on_changed)
        self._update_confirm()

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("CheckoutScreen", "Check-out")

    def _build(self) -> None:
        self._build_scan_area(
            "checkout",
            self.tr("Scan member card or sample — or type a phone number · confirm with F12 or CMD-CONFIRM"),
            self.tr("Check-out scan field"),
            self.tr("Check-out messages"),
        )
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
        self.confirm = confirm_button(
            self, "checkout_confirm", self.tr("Confirm check-out (F12)"), self._on_confirm_requested
        )

        self.photo_button = PhotoButton(self.ctx, PhotoKind.CHECKOUT.value, "checkoutPhotoButton", self)
        self.photo_button.done.connect(self.message.show_success)
        self.photo_button.failed.connect(self.message.show_error)
        self.photo_button.clicked.connect(self._refocus)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.panel_view)
        split.addWidget(self.basket)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.terms, 3)
        bottom.addWidget(self.signature, 3)
        acts = QVBoxLayout()
        acts.addWidget(self.confirm, 1)
        acts.addWidget(self.photo_button)
        bottom.addLayout(acts, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scan)
        layout.addWidget(self.question)
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
    def _waiting(self) -> bool:
        return self._registering or bool(self._lookups)

    def _recording_note(self, code: str) -> str:
        return self.tr("Recording the loan; {code} will be taken right after.").format(code=code)

    def _route(self, text: str) -> None:
        kind, code = classify(text), clean_scan(text)
        if kind == CodeKind.COMMAND:
            self._command(command_of(code))
        elif kind == CodeKind.MEMBER or is_mobile(text):
            self._find_streamer(text)
        elif kind == CodeKind.SAMPLE:
            self._add_sample(code)
        elif kind == CodeKind.LOAN:
            self.message.show_error(
                self.tr("{code} is a loan number; returns are taken on the Check-in screen.").format(code=code)
            )
        elif kind == CodeKind.PRODUCT_EAN:
            self.message.show_error(self.tr("That is the product's own barcode; scan the sample's label instead."))
        else:
            self.message.show_error(describe(UnknownCode(code), self.ctx.tz))

    def _command(self, command: Command) -> None:
        if command == Command.CONFIRM:
            self._on_confirm_requested()
        elif command == Command.CANCEL:
            self.ask_start_over()
        else:
            self.message.show_error(
                self.tr("{code} sets the condition of a returned sample; it works on the Check-in screen.").format(
                    code=command.value
                )
            )

    def _refused(self, exc: Exception) -> None:
        self.queue.cancel_confirm()
        self._confirm_after_quote = False
        self.message.show_error(describe(exc, self.ctx.tz))

    def _add_sample(self, code: str) -> None:
        if self._streamer is None:
            self.message.show_error(
                self.tr("Scan the streamer's member card (or type their phone number) before the samples.")
            )
            return
        basket = self.basket.codes() + self.queue.pending_codes
        generation = self.queue.start(code)
        self.ctx.call(
            checkout.scan_for_checkout,
            code,
            basket,
            on_success=lambda line: self._on_sample(generation, code, line),
            on_error=lambda exc: self._on_sample_refused(generation, code, exc),
        )

    def _on_sample(self, generation: int, code: str, line) -> None:
        if self.queue.is_current(generation):
            self.message.show_success(
                self.tr("{code} {product} added.").format(code=line.code, product=line.product_name)
            )
            self.basket.add(line)
        self.queue.finish(code)

    def _on_sample_refused(self, generation: int, code: str, exc: Exception) -> None:
        if self.queue.is_current(generation):
            self._refused(exc)
        self.queue.finish(code)

    def _on_line_removed(self, line) -> None:
        self.message.show_info(self.tr("{code} removed from the basket.").format(code=line.code))
        self._refocus()

    def ask_start_over(self) -> None:
        """CMD-CANCEL: start over, asking first when there is a basket."""
        if self.basket.count():
            self.ask_to_clear(
                self.tr("Clear the basket of {count} sample(s) and start over?").format(count=self.basket.count()),
                self.start_over,
            )
        else:
            self.start_over()

    def work_in_progress(self) -> str:
        """What logging out now would drop, in words; empty when nothing."""
        if self._streamer is None and not self.basket.count():
            return ""
        return self.tr("Check-out: {name}, {count} sample(s) in the basket").format(
            name=self._streamer.name if self._streamer else "—", count=self.basket.count()
        )

    def _clear(self) -> None:
        self.question.close_question()
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
        self.confirm.setEnabled(
            self._streamer is not None
            and self.basket.count() > 0
            and not hard
            and not self._submitting
            and self.terms.quote_error is None
        )
        self.confirm.setText(
            self.tr("Confirm with manager override (F12)")
            if blocks and not hard
            else self.tr("Confirm check-out (F12)")
        )

    # -- confirming ----------------------------------------------------------------------------
    def _on_quote_changed(self) -> None:
        self._show_blocks()
        if self._confirm_after_quote and self._streamer is not None and not self.question.is_open():
            self._confirm_after_quote = False
            self._confirm()

    def _confirm(self) -> None:
        if self._streamer is not None and not self.terms.settled_for(self._streamer.id, self.basket.codes()):
            # A fast confirm can beat the quote: never record a deposit the clerk has not seen.
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
            checkout.check_out,
            self._streamer.id,
            self.basket.codes(),
            self.terms.deposit_method(),
            planned_stream_date=self.terms.planned_stream_date(),
            signature_png=self.signature.png_bytes(),
            override=override,
            on_success=self._on_recorded,
            on_error=self._on_check_out_failed,
        )

    def _on_check_out_failed(self, exc: Exception) -> None:
        if isinstance(exc, StreamerBlocked):
            self.panel_view.show_blocks(exc.blocks)
            if exc.overridable:
                self.message.show_info(
                    self.tr("A manager must allow this: {blocks}.").format(blocks=describe_blocks(exc.blocks))
                )
                self.request_override(exc, self._on_override_given)
                return
        self._submitting = False
        self.message.show_error(describe(exc, self.ctx.tz))
        self._update_confirm()
        self._refocus()
        self._release_held()

    def _on_override_given(self, override: Override | None) -> None:
        if override is not None:
            self._submit(override)
            return
        self._submitting = False
        self.message.show_error(self.tr("Not recorded: no manager override was given."))
        self._update_confirm()
        self._refocus()
        self._release_held()

    def _on_recorded(self, receipt: LoanReceipt) -> None:
        self._submitting = False
        self._clear()
        self.message.show_success(
            self.tr(
                "Loan {number} recorded for {name}: {count} sample(s), due {due}; deposit {deposit} ({method})."
            ).format(
                number=receipt.number,
                name=receipt.streamer_name,
                count=len(receipt.lines),
                due=local_time(receipt.due_at, self.ctx.tz, with_time=False),
                deposit=money(receipt.deposit_fen),
                method=labels.deposit_method(receipt.deposit_method),
            )
        )
        self.photo_button.aim(
            [line.sample_code for line in receipt.lines],
            receipt.number,
            self.tr("Photo of loan {number} as it leaves…").format(number=receipt.number),
            self.tr("Photo of the samples of loan {number}").format(number=receipt.number),
        )
        self.loan_recorded.emit(receipt)
        self._refocus()
        self._release_held()

    def _on_changed(self, topics: set) -> None:
        # Another screen changed what this streamer holds or their status: redraw panel and terms.
        if self._streamer is not None and topics & TOPICS and not self._submitting:
            self._load_panel(self._streamer.id)
            self._basket_changed()
