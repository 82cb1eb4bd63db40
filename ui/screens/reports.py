"""Reports: the daily report (a day, a week, a month) and merchant statements, previewed and printed.

The figures are gathered in the database lane and the PDF is laid out in the papers lane, so a long report
never holds up a scan; a progress bar shows when it takes a while.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from present.errors import describe
from present.formatting import local_today
from present.paper_language import paper_translate
from showroom.services import catalog
from showroom.services.reports.daily import daily_report
from showroom.services.reports.merchant import merchant_statement
from ui.paper import save_as_pdf
from ui.widgets.accessibility import name_qt_parts
from ui.widgets.counter_buttons import named_button
from ui.widgets.pdf_pages import PdfPagesView
from ui.widgets.tables import message_label, show_message

PROGRESS_DELAY_MS = 500


def daily_paper(first: date, last: date, language: str):
    """What the database lane gathers (the figures, with progress), and how the papers lane lays them out."""

    def build(report) -> tuple[str, bytes]:
        from printing.daily_report import build_daily_report  # reportlab: with the first report, not at start

        return f"daily-report-{first}" + (f"-{last}" if last != first else ""), build_daily_report(
            report, paper_translate(language)
        )

    return (lambda uow, progress: daily_report(uow, first, last, progress=progress)), build


def merchant_paper(merchant_id: str, first: date, last: date, language: str):
    def build(statement) -> tuple[str, bytes]:
        from printing.merchant_statement import build_merchant_statement

        return f"statement-{statement.merchant_name}-{first}-{last}", build_merchant_statement(
            statement, paper_translate(language)
        )

    def facts(uow, progress):
        progress(30, "statement")
        found = merchant_statement(uow, merchant_id, first, last)
        progress(80, "paper")
        return found

    return facts, build


class ReportsScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reportsScreen")
        self.pdf: bytes | None = None
        self.title = ""
        today = QDate(local_today(ctx.tz))

        self.first_edit = self._date_edit("reportFirstDay", today, self.tr("First day of the report"))
        self.last_edit = self._date_edit("reportLastDay", today, self.tr("Last day of the report"))
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("paperLanguageCombo")
        self.language_combo.setAccessibleName(self.tr("Paper language"))
        self.language_combo.addItem(self.tr("Chinese"), "zh_CN")
        self.language_combo.addItem(self.tr("English"), "en")
        quick = QHBoxLayout()
        for text, name, days in ((self.tr("Today"), "reportToday", 0), (self.tr("Yesterday"), "reportYesterday", 1)):
            quick.addWidget(self._named(text, name, lambda _=False, d=days: self.choose_day(d)))
        quick.addWidget(self._named(self.tr("Last 7 days"), "reportWeek", lambda: self._set_range(6)))
        quick.addWidget(self._named(self.tr("This month"), "reportMonth", self._set_month))
        self.daily_button = self._named(self.tr("Make daily report"), "makeDailyReportButton", self.make_daily)
        daily_box = QGroupBox(self.tr("Daily report"))
        form = QFormLayout(daily_box)
        form.addRow(self.tr("From"), self.first_edit)
        form.addRow(self.tr("To"), self.last_edit)
        form.addRow(quick)
        form.addRow(self.daily_button)

        self.merchant_combo = QComboBox()
        self.merchant_combo.setObjectName("statementMerchantCombo")
        self.merchant_combo.setAccessibleName(self.tr("Merchant"))
        self.merchant_first = self._date_edit(
            "statementFirstDay", today.addDays(1 - today.day()), self.tr("First day of the statement")
        )
        self.merchant_last = self._date_edit("statementLastDay", today, self.tr("Last day of the statement"))
        self.statement_button = self._named(
            self.tr("Make merchant statement"), "makeStatementButton", self.make_statement
        )
        merchant_box = QGroupBox(self.tr("Merchant statement"))
        form = QFormLayout(merchant_box)
        form.addRow(self.tr("Merchant"), self.merchant_combo)
        form.addRow(self.tr("From"), self.merchant_first)
        form.addRow(self.tr("To"), self.merchant_last)
        form.addRow(self.statement_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("reportProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.message = message_label("reportsMessage")
        left = QWidget()
        column = QVBoxLayout(left)
        paper_form = QFormLayout()
        paper_form.addRow(self.tr("Paper language"), self.language_combo)
        for item in (daily_box, merchant_box):
            column.addWidget(item)
        column.addLayout(paper_form)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        column.addStretch(1)

        self.print_button = self._named(self.tr("Print…"), "reportPrintButton", self.print_report)
        self.save_button = self._named(self.tr("Save as PDF…"), "reportSaveButton", self.save_report)
        self.pages = PdfPagesView(self.tr("Choose a day or a merchant and make the report: its pages show here."))
        right = QWidget()
        preview = QVBoxLayout(right)
        preview.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        preview.addLayout(buttons)
        preview.addWidget(self.pages, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([330, 800])
        QVBoxLayout(self).addWidget(splitter)

        self._show_later = QTimer(self)
        self._show_later.setSingleShot(True)
        self._show_later.timeout.connect(self.progress.show)
        self.ctx.bus.changed.connect(self._on_changed)  # a bound method: a replaced window stops listening
        name_qt_parts(self)
        self._set_busy(False)
        self._load_merchants()

    def _named(self, text: str, name: str, slot) -> QPushButton:
        return named_button(self, name, text, text.rstrip("…"), slot)

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("ReportsScreen", "Reports")

    def _date_edit(self, name: str, value: QDate, accessible: str) -> QDateEdit:
        edit = QDateEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def activate(self) -> None:
        self.daily_button.setFocus()

    # -- choosing the period ------------------------------------------------------------------------
    def choose_day(self, days_ago: int) -> None:
        day = QDate(local_today(self.ctx.tz) - timedelta(days=days_ago))
        self.first_edit.setDate(day)
        self.last_edit.setDate(day)

    def _set_range(self, days: int) -> None:
        today = local_today(self.ctx.tz)
        self.first_edit.setDate(QDate(today - timedelta(days=days)))
        self.last_edit.setDate(QDate(today))

    def _set_month(self) -> None:
        today = local_today(self.ctx.tz)
        self.first_edit.setDate(QDate(today.replace(day=1)))
        self.last_edit.setDate(QDate(today))

    def _on_changed(self, topics: set) -> None:
        if "catalog" in topics:
            self._load_merchants()

    def _load_merchants(self) -> None:
        self.ctx.call(catalog.list_merchants, on_success=self._show_merchants, on_error=self._show_error)

    def _show_merchants(self, merchants) -> None:
        current = self.merchant_combo.currentData()
        self.merchant_combo.clear()
        for m in merchants:
            self.merchant_combo.addItem(m.name, m.id)
        self.merchant_combo.setCurrentIndex(max(self.merchant_combo.findData(current), 0))

    # -- making, previewing, printing -----------------------------------------------------------------
    def make_daily(self) -> None:
        self._run(daily_paper, self.first_edit.date().toPython(), self.last_edit.date().toPython())

    def make_statement(self) -> None:
        merchant_id = self.merchant_combo.currentData()
        if merchant_id is None:
            show_message(self.message, self.tr("There is no merchant yet."), error=True)
            return
        self._run(
            merchant_paper, merchant_id, self.merchant_first.date().toPython(), self.merchant_last.date().toPython()
        )

    def _run(self, paper, *args) -> None:
        self._set_busy(True)
        show_message(self.message, "")
        self.progress.setValue(0)
        self._show_later.start(PROGRESS_DELAY_MS)
        facts, build = paper(*args, self.language_combo.currentData())
        report = self.progress.setValue
        post = self.ctx.tasks.post
        self.ctx.build_paper(
            facts, build, lambda percent, _step: post(report, percent), on_success=self._show_pdf, on_error=self._failed
        )

    def _show_pdf(self, made: tuple[str, bytes]) -> None:
        self._set_busy(False)
        self.title, self.pdf = made
        pages = self.pages.show_pdf(self.pdf)
        show_message(self.message, self.tr("%n page(s). Print it or save it as a PDF.", "", pages))
        self._set_busy(False)

    def _failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self._show_error(exc)

    def _set_busy(self, busy: bool) -> None:
        if not busy:
            self._show_later.stop()
            self.progress.hide()
        for button in (self.daily_button, self.statement_button):
            button.setEnabled(not busy)
        for button in (self.print_button, self.save_button):
            button.setEnabled(not busy and self.pdf is not None)

    def print_report(self) -> None:
        if self.pdf is not None:
            self.ctx.print_desk.preview(self, "report", self.title, self.pdf)

    def save_report(self) -> None:
        if self.pdf is not None and (path := save_as_pdf(self, self.pdf, self.title)):
            show_message(self.message, self.tr("Saved to {path}.").format(path=path))

    def _show_error(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)
