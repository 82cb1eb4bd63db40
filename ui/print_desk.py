"""Prints without holding up the counter: papers are built in the task runner's papers lane and sent in
its printing lane, never in the database lane that serves the scans.

The transaction is already committed when a paper is queued, so a failed or cancelled print loses
nothing: the failure is said in the status bar, and the paper can be reprinted from history.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from present import papers
from present.errors import describe
from printing.errors import PrintFailed
from showroom.services import papers as paper_facts
from showroom.services.checkout import loan_receipt
from showroom.services.settings import read_settings
from showroom.settings import SPECS
from ui.paper import preview_and_print, send
from ui.tasks import Lane

log = logging.getLogger(__name__)


class PrintDesk(QObject):
    printed = Signal(str, str)  # title, where it went
    failed = Signal(str, str)  # title, what went wrong in plain words

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings: dict[str, object] = {spec.key: spec.default for spec in SPECS}
        self.pending = 0
        ctx.bus.changed.connect(lambda topics: self.reload_settings() if "settings" in topics else None)
        self.reload_settings()

    def reload_settings(self) -> None:
        self.ctx.call(
            read_settings,
            on_success=self._use_settings,
            on_error=lambda exc: log.error("could not read print settings", exc_info=exc),
        )

    def _use_settings(self, values: dict[str, object]) -> None:
        self.settings = values

    def print_paper(self, kind: str, name: papers.PaperName, build: Callable[[dict], bytes]) -> None:
        """Build one paper with the settings of its kind (the printer), then send it, off the GUI thread."""
        settings = dict(self.settings)
        self.pending += 1
        self.ctx.tasks.run(
            Lane.PAPERS,
            lambda: build(settings),
            lambda pdf: self._send(kind, name, pdf, settings),
            lambda exc: self._report(name.title, exc, False),
        )

    def _send(self, kind: str, name: papers.PaperName, pdf: bytes, settings: dict) -> None:
        self.ctx.tasks.run(
            Lane.PRINTING,
            lambda: send(
                pdf,
                settings[f"print.{kind}.printer"],
                settings[f"print.{kind}.copies"],
                name.file,
                self.ctx.store.data_dir,
            ),
            lambda where: self._report(name.title, where, True),
            lambda exc: self._report(name.title, exc, False),
        )

    def _report(self, title: str, outcome, ok: bool) -> None:
        self.pending -= 1
        if ok:
            self.printed.emit(title, outcome)
            return
        if not isinstance(outcome, PrintFailed):  # a paper that cannot be built must not take the counter down
            log.error("printing %s failed", title, exc_info=outcome)
        self.failed.emit(
            title, describe(outcome) if isinstance(outcome, PrintFailed) else str(outcome) or type(outcome).__name__
        )

    # Reprints: the facts come from the database lane, the paper is built in the papers lane, and the
    # preview lets the clerk print it or save it.
    def preview(self, parent: QWidget, kind: str, title: str, pdf: bytes) -> None:
        preview_and_print(
            parent,
            pdf,
            kind,
            title,
            str(self.settings[f"print.{kind}.printer"]),
            int(self.settings[f"print.{kind}.copies"]),
        )

    def reprint(self, parent: QWidget, kind: str, key: str | list[str], on_error: Callable[[Exception], None]) -> None:
        """kind: label (key = sample codes) | receipt (loan number) | return (loan number) | card (member code)."""
        settings, tz = dict(self.settings), self.ctx.tz
        facts, build = {
            "label": (lambda uow: paper_facts.label_facts(uow, list(key)), lambda f: papers.labels_pdf(f, settings)),
            "receipt": (lambda uow: loan_receipt(uow, key), lambda f: papers.checkout_receipt_pdf(f, settings, tz)),
            "return": (
                lambda uow: paper_facts.return_receipts(uow, [key])[0],
                lambda f: papers.return_receipt_pdf(f, settings, tz),
            ),
            "card": (lambda uow: paper_facts.member_card_facts(uow, key), papers.member_card_pdf),
        }[kind]
        paper_kind = "receipt" if kind == "return" else kind
        title = papers.paper_name(kind, key).title
        self.ctx.build_paper(
            facts, build, on_error=on_error, on_success=lambda pdf: self._show_built(parent, paper_kind, title, pdf)
        )

    def _show_built(self, parent, kind: str, title: str, pdf: bytes) -> None:
        if shiboken6.isValid(parent):  # the screen that asked may be gone by now
            self.preview(parent, kind, title, pdf)
