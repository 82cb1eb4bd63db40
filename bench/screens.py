"""The Samples screen over every sample of the big showroom: the real screen, model and task runner, offscreen.

Each figure runs from the user's action to the table painted with the answer: the query on the DB
tasks, the rows handed to the model, the view laid out and painted.
"""

from __future__ import annotations

import os

from bench.figures import Figure, timed_ms


def _settle(app, tasks) -> None:
    from PySide6.QtCore import QEventLoop

    while tasks.pending():
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    app.processEvents()


def _painted(app, tasks, screen) -> None:
    _settle(app, tasks)
    screen.table.viewport().repaint()
    app.processEvents()


def samples_screen(store, clerk, runs: int) -> list[Figure]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from showroom.services import setup
    from ui.context import UiContext
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    tasks = TaskRunner()
    ctx = UiContext(store, tasks, setup.showroom_info(store.uow()), clerk)
    first, filtered, sorted_, searched = [], [], [], []
    shown = {}
    for _ in range(runs):
        laps = _one_round(app, tasks, ctx, shown)
        for series, ms in zip((first, filtered, sorted_, searched), laps):
            series.append(ms)
    tasks.shutdown()

    def note(key: str) -> str:
        rows, label = shown[key]
        return f"{rows:,} rows in the model, the screen says “{label}”"

    return [
        Figure("samples screen", "first paint (all samples)", first, target=300, note=note("first")),
        Figure("samples screen", "filter: status on loan", filtered, note=note("filter")),
        Figure("samples screen", "sort: by product, descending", sorted_, note=note("sort")),
        Figure("samples screen", "search: 坚果", searched, note=note("search")),
    ]


def _one_round(app, tasks, ctx, shown: dict) -> tuple[float, float, float, float]:
    """A fresh screen: first paint, filter, sort, search, each timed; what each showed goes into `shown`."""
    from PySide6.QtCore import Qt

    from ui.models.sample_table_model import SampleTableModel
    from ui.screens.samples import SamplesScreen

    screen = SamplesScreen(ctx)
    screen.resize(1280, 760)
    screen.show()
    _settle(app, tasks)  # the merchant list loads with the screen, before anyone looks

    def first_paint():
        screen.activate()
        _painted(app, tasks, screen)

    first = timed_ms(first_paint)
    shown["first"] = (screen.model.rowCount(), screen.count_label.text())

    def on_loan():
        screen.status_combo.setCurrentIndex(screen.status_combo.findData("on_loan"))
        _painted(app, tasks, screen)

    filtered = timed_ms(on_loan)
    shown["filter"] = (screen.model.rowCount(), screen.count_label.text())
    screen.status_combo.setCurrentIndex(0)
    _painted(app, tasks, screen)

    def by_product():
        screen.table.sortByColumn(SampleTableModel.PRODUCT, Qt.SortOrder.DescendingOrder)
        _painted(app, tasks, screen)

    sorted_ = timed_ms(by_product)
    shown["sort"] = (screen.model.rowCount(), screen.count_label.text())
    screen.table.sortByColumn(SampleTableModel.CODE, Qt.SortOrder.AscendingOrder)
    _painted(app, tasks, screen)

    def search():
        screen.search_field.setText("坚果")
        screen.refresh()
        _painted(app, tasks, screen)

    searched = timed_ms(search)
    shown["search"] = (screen.model.rowCount(), screen.count_label.text())
    screen.close()
    screen.deleteLater()
    app.processEvents()
    return first, filtered, sorted_, searched
