"""Prints without holding up the counter: papers are built and sent on a print thread of their own.

The transaction is already committed when a paper is queued, so a failed or cancelled print loses
nothing: the failure is said in the status bar, and the paper can be reprinted from history.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from present import papers
from present.errors import describe
from printing.errors import PrintFailed
from showroom.services import papers as paper_facts
from showroom.services.checkout import loan_receipt
from showroom.services.settings import read_settings
from showroom.settings import SPECS
from ui.ops import still_there
from ui.paper import preview_and_print, send

log = logging.getLogger(__name__)


class PrintDesk(QObject):
    printed = Signal(str, str)  # title, where it went
    failed = Signal(str, str)  # title, what went wrong in plain words
    _outcome = Signal(str, str, bool)
    _built = Signal(object, str, str, bytes, object)  # parent, kind, title, pdf, (on_error, exc) or None

    def __init__(self, ctx, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.settings: dict[str, object] = {spec.key: spec.default for spec in SPECS}
        self.pending = 0
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="showroom-print")
        self._outcome.connect(self._report)
        self._built.connect(self._show_built)
        ctx.bus.changed.connect(lambda topics: self.reload_settings() if "settings" in topics else None)
        self.reload_settings()

    def reload_settings(self) -> None:
        self.ctx.call(read_settings, on_success=self._use_settings, on_error=lambda exc: log.error(
            "could not read print settings", exc_info=exc))

    def _use_settings(self, values: dict[str, object]) -> None:
        self.settings = values

    def print_paper(self, kind: str, name: papers.PaperName, build: Callable[[dict], bytes]) -> None:
        """Build and send one paper with the settings of its kind (the printer), off the GUI thread."""
        settings = dict(self.settings)
        self.pending += 1
        self._pool.submit(self._work, kind, name, build, settings)

    def _work(self, kind: str, name: papers.PaperName, build, settings: dict) -> None:
        title = name.title
        try:
            where = send(build(settings), settings[f"print.{kind}.printer"], settings[f"print.{kind}.copies"],
                         name.file, self.ctx.store.data_dir)
            self._outcome.emit(title, where, True)
        except PrintFailed as exc:
            self._outcome.emit(title, describe(exc), False)
        except Exception as exc:  # a paper that cannot be built must not take the counter down
            log.exception("printing %s failed", title)
            self._outcome.emit(title, str(exc) or type(exc).__name__, False)

    def _report(self, title: str, detail: str, ok: bool) -> None:
        self.pending -= 1
        (self.printed if ok else self.failed).emit(title, detail)

    # Reprints: the facts come from the DB worker, the paper is built on the print thread (the DB
    # worker serves the counter's scans), and the preview lets the clerk print it or save it.
    def preview(self, parent: QWidget, kind: str, title: str, pdf: bytes) -> None:
        preview_and_print(parent, pdf, kind, title, str(self.settings[f"print.{kind}.printer"]),
                          int(self.settings[f"print.{kind}.copies"]))

    def reprint(self, parent: QWidget, kind: str, key: str | list[str], on_error: Callable[[Exception], None]) -> None:
        """kind: label (key = sample codes) | receipt (loan number) | return (loan number) | card (member code)."""
        settings, tz = dict(self.settings), self.ctx.tz
        facts, build = {
            "label": (lambda uow: paper_facts.label_facts(uow, list(key)),
                      lambda f: papers.labels_pdf(f, settings)),
            "receipt": (lambda uow: loan_receipt(uow, key), lambda f: papers.checkout_receipt_pdf(f, settings, tz)),
            "return": (lambda uow: paper_facts.return_receipts(uow, [key])[0],
                       lambda f: papers.return_receipt_pdf(f, settings, tz)),
            "card": (lambda uow: paper_facts.member_card_facts(uow, key), papers.member_card_pdf),
        }[kind]
        paper_kind = "receipt" if kind == "return" else kind
        title = papers.paper_name(kind, key).title
        self.ctx.call(facts, on_success=lambda f: self._pool.submit(self._build_for_preview, parent, paper_kind,
                                                                    title, build, f, on_error),
                      on_error=on_error)

    def _build_for_preview(self, parent, kind: str, title: str, build, facts, on_error) -> None:
        try:
            self._built.emit(parent, kind, title, build(facts), None)
        except Exception as exc:  # a paper that cannot be built is said where the clerk asked for it
            log.exception("building %s failed", title)
            self._built.emit(parent, kind, title, b"", (on_error, exc))

    def _show_built(self, parent, kind: str, title: str, pdf: bytes, failure) -> None:
        if failure is not None:
            on_error, exc = failure
            on_error(exc)
        elif still_there(getattr(parent, "isVisible", None)):
            self.preview(parent, kind, title, pdf)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=True)
