"""Who is at the check-out counter: a member card or a phone number (in any notation) finds them;
a newcomer's phone offers registration; another streamer's card over an open basket asks first.

Questions are asked inline (the QuestionBar under the scan field, keys 1/2/Esc), never in a popup
that would take the scanner's keys; the registration form is a real dialog, so a scan typed into it
is caught and held (ui.widgets.scan_catcher). A basket is never cleared unless the clerk chooses it.

A part of CheckoutScreen (a mixin): it uses the screen's ctx, queue, question, message, basket,
panel_view, terms, signature and its _streamer, _panel, _lookups and _registering.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from kernel.phone import is_mobile, normalise_phone
from showroom.domain.errors import NotFound
from showroom.services import streamers
from showroom.services.views import StreamerPanel, StreamerView
from ui.dialogs.streamer_dialog import StreamerDialog
from ui.widgets.question_bar import Choice
from ui.widgets.scan_catcher import catch_scans


class ServingStreamers:
    def _find_streamer(self, text: str) -> None:
        self.queue.start()
        self._lookups += 1
        self.ctx.call(
            streamers.find_streamer, text, on_success=self._on_streamer_found, on_error=self._on_lookup_failed
        )

    def _on_lookup_failed(self, exc: Exception) -> None:
        self._lookups -= 1
        self._refused(exc)
        if isinstance(exc, NotFound) and exc.what == "streamer" and is_mobile(exc.key):
            self.offer_registration(normalise_phone(exc.key))
        self._release_held()
        self.queue.finish()

    def offer_registration(self, phone: str) -> None:
        """A first-time streamer at the counter: asked inline; 1 opens the form with the phone typed."""
        self.question.ask(
            self.tr("No streamer has phone {phone}. Register them now?").format(phone=phone),
            [
                Choice(
                    Qt.Key.Key_1, self.tr("Register a new streamer"), lambda: self._register(phone), "question_register"
                ),
                Choice(Qt.Key.Key_Escape, self.tr("No"), lambda: None, "question_no"),
            ],
        )

    def _register(self, phone: str) -> StreamerDialog:
        dialog = StreamerDialog(self.ctx, self, phone=phone)
        catch_scans(dialog, self._on_scanned)  # a scan typed into the form waits for the scan field
        dialog.saved.connect(lambda view: self._find_streamer(view.member_code))
        dialog.finished.connect(lambda _result: self._registration_closed())
        self._registering = True
        dialog.open()
        return dialog

    def _registration_closed(self) -> None:
        self._registering = False
        self._refocus()
        self._release_held()

    def _on_streamer_found(self, view: StreamerView) -> None:
        self._lookups -= 1
        if self._streamer is not None and view.id != self._streamer.id and self.basket.count():
            self._ask_about_basket(view)
        elif self._streamer is None or view.id != self._streamer.id:
            self._serve(view, keep_basket=False)
        else:
            self._load_panel(view.id)
        self._release_held()  # samples scanned after the card are theirs: taken only now
        self.queue.finish()

    def _ask_about_basket(self, view: StreamerView) -> None:
        """Another streamer's card over an open basket: never cleared unless the clerk says so."""
        self.queue.cancel_confirm()
        self._confirm_after_quote = False
        old, count = self._streamer.name, self.basket.count()
        self.question.ask(
            self.tr("The basket holds {count} sample(s) scanned for {old}, and {new}'s card was just scanned.").format(
                count=count, old=old, new=view.name
            ),
            [
                Choice(
                    Qt.Key.Key_1,
                    self.tr("Keep the basket for {new}").format(new=view.name),
                    lambda: self._serve(view, keep_basket=True),
                    "question_keep",
                ),
                Choice(
                    Qt.Key.Key_2,
                    self.tr("Clear the basket"),
                    lambda: self._serve(view, keep_basket=False),
                    "question_clear",
                ),
                Choice(
                    Qt.Key.Key_Escape,
                    self.tr("Stay with {old}").format(old=old),
                    lambda: self.message.show_info(self.tr("Still serving {name}.").format(name=old)),
                    "question_stay",
                ),
            ],
        )

    def _serve(self, view: StreamerView, keep_basket: bool) -> None:
        count = self.basket.count()
        self._streamer, self._panel = view, None
        self.panel_view.clear()
        self.terms.reset()
        self.signature.clear()
        if keep_basket:
            self.message.show_info(
                self.tr("Serving {name}; the basket of {count} sample(s) is theirs now.").format(
                    name=view.name, count=count
                )
            )
            self._basket_changed()
        else:
            self.basket.clear()
            self.message.show_info(
                (
                    self.tr("Serving {name}; the basket was cleared.")
                    if count
                    else self.tr("Serving {name}. Scan the samples.")
                ).format(name=view.name)
            )
        self._load_panel(view.id)

    def _load_panel(self, streamer_id: str) -> None:
        self.queue.start()
        self.ctx.call(
            streamers.streamer_panel,
            streamer_id,
            on_success=self._on_panel,
            on_error=lambda exc: (self._refused(exc), self.queue.finish()),
        )

    def _on_panel(self, panel: StreamerPanel) -> None:
        if self._streamer is not None and panel.streamer.id == self._streamer.id:
            self._panel, self._streamer = panel, panel.streamer
            self.panel_view.show_panel(panel, self.ctx.tz)
            self._show_blocks()
        self.queue.finish()
