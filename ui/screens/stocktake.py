"""Stocktake (盘点): a manager starts a count of the whole showroom or chosen shelves, clerks scan every sample
on them, a manager settles each unexpected find and finishes; the samples not found become missing.

Each scan is its own transaction (showroom.services.stocktake), so the screen reopens a count in progress
after a restart. Scans keep the counter's pace and keyboard contract (CounterScreen): a suffix ends one scan,
F12 or CMD-CONFIRM asks to finish. A scan's answer adds one row and moves the figures by itself; the figures
are read again only when another screen changed samples, after a settlement, and when the screen is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from present import stocktake_text
from present.errors import describe
from showroom.domain.codes import Command as ScanCommand
from showroom.domain.codes import clean_scan, command_of
from showroom.domain.model import Role
from showroom.domain.stocktake import Settlement
from showroom.services.changes import Topic
from showroom.services.stocktake import COUNTING, count_code, settle_find, start_stocktake
from showroom.services.stocktake_views import (
    CountAnswer,
    CountTotals,
    StocktakeView,
    current_stocktake,
    live_totals,
    recent_stocktakes,
    shelves_in_stock,
)
from ui.screens.counter_screen import CounterScreen
from ui.screens.stocktake_ending import CountEnding
from ui.widgets.accessibility import name_qt_parts, named
from ui.widgets.count_figures import after_scan
from ui.widgets.count_page import CountPage, count_heading
from ui.widgets.shelf_field import ShelfField
from ui.widgets.stocktake_start import StartPanel
from ui.widgets.tables import detail_title

START_PAGE, COUNT_PAGE = range(2)


class StocktakeScreen(CountEnding, CounterScreen):
    def __init__(self, ctx, parent=None):
        super().__init__(ctx, parent)
        self.setObjectName("stocktake_screen")
        self.view: StocktakeView | None = None  # the count shown: counting, or just finished
        self._loaded = False
        self._report_title = ""
        self._build_scan_area(
            "stocktake",
            self.tr("Scan every sample on the shelf · F12 or CMD-CONFIRM finishes the count (a manager)"),
            self.tr("Stocktake scan field"),
            self.tr("Stocktake messages"),
        )
        self.scan.enter_on_empty.disconnect()
        self.scan.enter_on_empty.connect(
            lambda: self.message.show_info(self.tr("Enter only ends a scan: scan the next sample."))
        )
        self.header = detail_title("stocktake_header")
        self.shelf = ShelfField(self)
        self.shelf.chosen.connect(self._on_shelf_chosen)
        self.shelf.scanned_here.connect(self._on_scanned_into_shelf)
        self.scan_row = QWidget(self)
        row = QHBoxLayout(self.scan_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.shelf)
        row.addWidget(self.scan, 1)

        self.start_panel = StartPanel(ctx.tz, self)
        self.start_panel.start_requested.connect(self.start_count)
        self.page = CountPage(self)
        self.model, self.table, self.figures = self.page.model, self.page.table, self.page.figures
        self.settle_bar = self.page.settle_bar
        self.settle_bar.settle_requested.connect(self.settle)
        self.page.finish.clicked.connect(lambda _c=False: self._on_confirm_requested())
        self.page.abandon.clicked.connect(lambda _c=False: self.abandon())
        self.page.print_report.clicked.connect(lambda _c=False: self.print_report())
        self.page.new_count.clicked.connect(lambda _c=False: self._show_start())
        self.page.line_chosen.connect(lambda _line: self._update_settle_bar())
        self.page.typed_elsewhere.connect(self._typed_into_the_lines)
        self.pages = named(QStackedWidget(self), "stocktake_pages")
        self.pages.addWidget(self.start_panel)
        self.pages.addWidget(self.page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.scan_row)
        layout.addWidget(self.question)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)
        ctx.bus.changed.connect(self._on_changed)
        name_qt_parts(self)
        self._show_start(load=False)

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("StocktakeScreen", "Stocktake")

    # -- what is shown -------------------------------------------------------------------------------
    def activate(self) -> None:
        if not self._loaded:
            self.ctx.call(current_stocktake, on_success=self._on_current, on_error=self._show_error)
        elif self.counting():
            self.refresh_totals()
        elif self.view is None:
            self._load_start()
        self._refocus_now()

    def counting(self) -> bool:
        return self.view is not None and self.view.status == COUNTING

    def is_manager(self) -> bool:
        return self.ctx.actor is not None and Role(self.ctx.actor.role).at_least(Role.MANAGER)

    def _on_current(self, view: StocktakeView | None) -> None:
        self._loaded = True
        if view is not None:
            self._show_count(view)
        else:
            self._show_start()

    def _show_start(self, load: bool = True) -> None:
        self.view = None
        self.queue.reset()
        self.question.close_question()
        self.header.setText(count_heading(None, self.ctx.tz))
        self.scan_row.hide()
        self.pages.setCurrentIndex(START_PAGE)
        self.start_panel.allow_start(self.is_manager())
        if load:
            self._load_start()
        self._refocus_now()

    def _load_start(self) -> None:
        self.ctx.call(shelves_in_stock, on_success=self._on_shelves, on_error=self._show_error)
        self.ctx.call(recent_stocktakes, on_success=self.start_panel.recent.set_rows, on_error=self._show_error)

    def _on_shelves(self, shelves) -> None:
        self.start_panel.show_shelves(shelves)
        if self.view is not None and not self.view.shelves:
            self.shelf.offer([s.shelf for s in shelves if s.shelf])

    def _show_count(self, view: StocktakeView) -> None:
        self.view = view
        self.queue.reset()
        self.pages.setCurrentIndex(COUNT_PAGE)
        self.page.show_count(view, counting=self.counting(), manager=self.is_manager())
        self.scan_row.setVisible(self.counting())
        self.header.setText(count_heading(view, self.ctx.tz))
        if view.shelves:
            self.shelf.offer(list(view.shelves))
            if len(view.shelves) == 1 and not self.shelf.text():
                self.shelf.set_text(view.shelves[0])  # one shelf counted: that is where the clerk stands
        else:
            self.ctx.call(shelves_in_stock, on_success=self._on_shelves, on_error=self._show_error)
        self._update_settle_bar()
        self._refocus_now()

    def refresh_totals(self) -> None:
        if self.counting():
            count_id = self.view.id
            self.ctx.call(
                live_totals, count_id, on_success=lambda t: self._on_totals(count_id, t), on_error=self._show_error
            )

    def _on_totals(self, count_id: str, totals: CountTotals) -> None:
        # The database lane answers in order: these figures include every scan answered before them.
        if self.counting() and self.view.id == count_id:
            self.figures.show_totals(totals)

    def _on_changed(self, topics: set) -> None:
        if Topic.SAMPLES in topics and self.isVisible():
            self.refresh_totals()

    # -- starting ------------------------------------------------------------------------------------
    def start_count(self, shelves: list[str]) -> None:
        self.message.new_burst()
        self.message.show_info(self.tr("Starting the count…"))
        self.ctx.call_as_actor(start_stocktake, shelves, on_success=self._on_started, on_error=self._on_start_refused)

    def _on_start_refused(self, exc: Exception) -> None:
        self.message.new_burst()
        self._show_error(exc)

    def _on_started(self, view: StocktakeView) -> None:
        self._show_count(view)
        self.message.new_burst()
        self.message.show_success(
            self.tr("Count {number} started ({expected} sample(s) expected). Scan every sample.").format(
                number=view.number, expected=view.totals.expected
            )
        )

    # -- scans ---------------------------------------------------------------------------------------
    def _route(self, text: str) -> None:
        command = command_of(text)
        if not self.counting():
            self.message.show_error(self.tr("No count is open; {code} was not recorded.").format(code=clean_scan(text)))
        elif command == ScanCommand.CONFIRM:
            self._on_confirm_requested()
        elif command is not None:
            self.message.show_error(
                self.tr("{code} is not used in a count; scan the samples themselves.").format(code=command.value)
            )
        else:
            self._count(text)

    def _count(self, text: str) -> None:
        code, count_id = clean_scan(text), self.view.id
        generation = self.queue.start(code)
        self.ctx.call_as_actor(
            count_code,
            count_id,
            code,
            self.shelf.text(),
            on_success=lambda answer: self._on_counted(generation, code, answer),
            on_error=lambda exc: self._on_refused(generation, code, exc),
        )

    def _on_counted(self, generation: int, code: str, answer: CountAnswer) -> None:
        if self.queue.is_current(generation):
            line = answer.line
            self.page.add_line(line)
            if answer.again:
                self.page.select(line.code)
                self.message.show_info(
                    self.tr("{code} is counted already ({meaning}); nothing added.").format(
                        code=line.code, meaning=stocktake_text.outcome(line.outcome)
                    )
                )
            else:
                self.figures.show_totals(after_scan(self.figures.totals, answer))
                self._say_counted(answer)
        self.queue.finish(code)

    def _say_counted(self, answer: CountAnswer) -> None:
        line = answer.line
        if line.outcome == "found":
            self.message.show_success(
                self.tr("{code} {product}: found.").format(code=line.code, product=line.product_name)
            )
        else:
            self.message.show_info(
                self.tr("{code} {product}: {meaning}. A manager settles it before the count ends.").format(
                    code=line.code, product=line.product_name, meaning=stocktake_text.outcome(line.outcome)
                )
            )

    def _on_refused(self, generation: int, code: str, exc: Exception) -> None:
        if self.queue.is_current(generation):
            self.queue.cancel_confirm()
            self.message.show_error(describe(exc, self.ctx.tz))
        self.queue.finish(code)

    def _on_shelf_chosen(self, shelf: str) -> None:
        self.message.show_info(
            self.tr("Counting shelf {shelf}.").format(shelf=shelf) if shelf else self.tr("No shelf said.")
        )
        self.scan.setFocus()

    def _on_scanned_into_shelf(self, text: str) -> None:
        self.scan.setFocus()
        self._on_scanned(text)

    def _typed_into_the_lines(self, event: QKeyEvent) -> None:
        self.scan.setFocus()
        QApplication.sendEvent(self.scan, event)

    # -- settling, finishing, abandoning -------------------------------------------------------------
    def _update_settle_bar(self) -> None:
        self.settle_bar.show_line(self.page.selected_line(), self.counting() and self.is_manager())

    def settle(self, code: str, settlement: str, note: str) -> None:
        if not self.counting():
            return
        self.message.new_burst()
        if settlement == Settlement.LEFT and not note:
            self.message.show_error(
                self.tr("Say in the note why {code} is left as it is (set aside, sent back…).").format(code=code)
            )
            self.settle_bar.note.setFocus()
            return
        self.ctx.call_as_actor(
            settle_find, self.view.id, code, settlement, note, on_success=self._on_settled, on_error=self._on_failed
        )

    def _on_settled(self, answer: CountAnswer) -> None:
        line = answer.line
        self.page.add_line(line)
        self.settle_bar.note.clear()
        self._update_settle_bar()
        self.message.show_success(
            self.tr("{code}: {settlement}.").format(
                code=line.code, settlement=stocktake_text.settlement(line.settlement)
            )
        )
        self.refresh_totals()
        self._refocus_now()

    def _on_failed(self, exc: Exception) -> None:
        self.message.show_error(describe(exc, self.ctx.tz))
        self._refocus_now()

    # -- CounterScreen -------------------------------------------------------------------------------
    def _recording_note(self, code: str) -> str:
        return self.tr("Finishing the count; {code} will be taken right after.").format(code=code)

    def _clear(self) -> None:
        self.question.close_question()
        self.queue.reset()
        self.message.clear_message()

    def _refocus(self) -> None:
        # Never take the keyboard from the shelf or the note being typed, nor into a hidden screen.
        if self.isVisible() and not self.shelf.has_keyboard() and not self.settle_bar.note.hasFocus():
            self._refocus_now()

    def _refocus_now(self) -> None:
        if self.counting():
            self.scan.setFocus()
        elif self.view is None:
            self.start_panel.shelves.setFocus()
        else:
            self.page.new_count.setFocus()

    def _show_error(self, exc: Exception) -> None:
        self.message.show_error(describe(exc, self.ctx.tz))
