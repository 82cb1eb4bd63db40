"""The terms of a check-out: due date (large), deposit, how it is paid, optional planned stream date.

It asks `checkout.quote_checkout` again whenever the basket, the method or the planned date changes,
and keeps only the answer to the latest question. A quote only reads: when a streamer comes to the counter
the tier's automatic suspension runs first, as its own use case (`overdue.enforce_suspensions`), on the same
serial database worker, so their first quote already shows it.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QHBoxLayout, QLabel, QWidget

from present import labels
from present.errors import describe
from present.formatting import local_time, money
from printing.words import deposit_working
from showroom.domain.model import DepositMethod
from showroom.services import checkout, overdue
from showroom.services.views import CheckoutQuote
from ui.context import LatestAnswer

log = logging.getLogger(__name__)


class CheckoutTerms(QWidget):
    quote_changed = Signal()  # `quote` / `quote_error` now answer the latest question
    edited = Signal()  # the clerk changed the method or the planned date

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self._ctx = ctx
        self._tz: tzinfo = ctx.tz
        self.quote: CheckoutQuote | None = None
        self.quote_error: str | None = None
        self._asked: tuple[str | None, list[str]] = (None, [])
        self._waiting = False  # a quote for `_asked` is on its way
        self._quotes = LatestAnswer(ctx)
        self._suspensions_run_for: str | None = None  # the streamer at the counter, once checked
        self._resetting = False
        self.due = QLabel(self)
        self.due.setObjectName("checkout_due")
        self.due.setAccessibleName(self.tr("Due date"))
        font = self.due.font()
        font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.due.setFont(font)
        self.deposit = QLabel(self)
        self.deposit.setObjectName("checkout_deposit")
        self.deposit.setAccessibleName(self.tr("Deposit to collect"))
        font = self.deposit.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.deposit.setFont(font)
        self.deposit_working = QLabel(self)  # the tier's rule: "30% × ¥599.70 = ¥179.91 → ¥180.00"
        self.deposit_working.setObjectName("checkout_deposit_working")
        self.deposit_working.setAccessibleName(self.tr("How the deposit is reached"))
        self.deposit_working.setTextFormat(Qt.TextFormat.PlainText)
        self.deposit_working.setWordWrap(True)
        self.deposit_working.setStyleSheet("color:#555;")
        self.deposit_working.hide()

        self.method = QComboBox(self)
        self.method.setObjectName("checkout_deposit_method")
        self.method.setAccessibleName(self.tr("Deposit method"))
        for m in DepositMethod:
            self.method.addItem(labels.deposit_method(m.value), m.value)
        self.method.currentIndexChanged.connect(lambda _i: self._edited())

        self.planned_enabled = QCheckBox(self.tr("Planned live stream on"), self)
        self.planned_enabled.setObjectName("checkout_planned_enabled")
        self.planned_enabled.setAccessibleName(self.tr("Set a planned live-stream date"))
        self.planned_date = QDateEdit(self)
        self.planned_date.setObjectName("checkout_planned_date")
        self.planned_date.setAccessibleName(self.tr("Planned live-stream date"))
        self.planned_date.setCalendarPopup(True)
        self.planned_date.setDisplayFormat("yyyy-MM-dd")
        self.planned_enabled.toggled.connect(self._planned_toggled)
        self.planned_date.dateChanged.connect(self._planned_changed)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("checkout_quote_error")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setStyleSheet("color:#c62828; font-weight:bold;")
        self.error_label.hide()

        planned = QHBoxLayout()
        planned.setContentsMargins(0, 0, 0, 0)
        planned.addWidget(self.planned_enabled)
        planned.addWidget(self.planned_date, 1)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Due back by"), self.due)
        form.addRow(self.tr("Deposit"), self.deposit)
        form.addRow("", self.deposit_working)
        form.addRow(self.tr("Paid by"), self.method)
        form.addRow(planned)
        form.addRow(self.error_label)
        self.reset()

    def _today(self) -> date:
        return datetime.now(self._tz).date()

    def _planned_toggled(self, on: bool) -> None:
        self.planned_date.setEnabled(on)
        self._edited()

    def _planned_changed(self, _date) -> None:
        if self.planned_enabled.isChecked():
            self._edited()

    def _edited(self) -> None:
        if self._resetting:
            return
        self.ask(*self._asked)
        self.edited.emit()

    def reset(self) -> None:
        """Back to the defaults for the next streamer: cash, no planned date, nothing quoted."""
        self._resetting = True
        self.method.setCurrentIndex(self.method.findData(DepositMethod.CASH.value))
        self.planned_enabled.setChecked(False)
        self.planned_date.setEnabled(False)
        today = self._today()
        self.planned_date.setMinimumDate(QDate(today.year, today.month, today.day))
        tomorrow = today + timedelta(days=1)
        self.planned_date.setDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
        self._resetting = False
        self._suspensions_run_for = None
        self.ask(None, [])

    def deposit_method(self) -> str:
        return self.method.currentData()

    def planned_stream_date(self) -> date | None:
        return self.planned_date.date().toPython() if self.planned_enabled.isChecked() else None

    def ask(self, streamer_id: str | None, codes: list[str]) -> None:
        """Quote this basket for this streamer (None: nobody at the counter, nothing to quote)."""
        self._asked = (streamer_id, list(codes))
        if streamer_id is None:
            self._quotes.invalidate()
            self._show(None, None)
            return
        self._waiting = True
        if streamer_id != self._suspensions_run_for:
            self._suspensions_run_for = streamer_id
            self._ctx.call(
                overdue.enforce_suspensions,
                streamer_ids=[streamer_id],
                on_error=lambda exc: log.error("automatic suspension check failed", exc_info=exc),
            )
        self._quotes.call(
            checkout.quote_checkout,
            streamer_id,
            list(codes),
            planned_stream_date=self.planned_stream_date(),
            method=self.deposit_method(),
            on_success=lambda quote: self._show(quote, None),
            on_error=lambda exc: self._show(None, describe(exc, self._tz)),
        )

    def settled_for(self, streamer_id: str, codes: list[str]) -> bool:
        """True when the terms shown are the answer for exactly this streamer and basket."""
        return not self._waiting and self._asked == (streamer_id, list(codes))

    def _show(self, quote: CheckoutQuote | None, error: str | None) -> None:
        self._waiting = False
        self.quote, self.quote_error = quote, error
        self.due.setText(local_time(quote.due_at, self._tz, with_time=False) if quote else "—")
        self.deposit.setText(money(quote.deposit_fen) if quote else "—")
        working = deposit_working(quote.deposit, QCoreApplication.translate) if quote and quote.deposit else ""
        self.deposit_working.setText(working)
        self.deposit_working.setVisible(bool(working))
        # An error is a term that cannot be given, e.g. a planned date beyond the loan period.
        self.error_label.setText(error or "")
        self.error_label.setVisible(error is not None)
        self.quote_changed.emit()
