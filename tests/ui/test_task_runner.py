"""The one task runner (ui/tasks.py): lanes, the delivery rule, and announcing what use cases changed."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel

from showroom.services.changes import Topic, changed_after, changes
from ui.tasks import Lane, TaskRunner


@pytest.fixture
def tasks(qtbot):
    runner = TaskRunner()
    yield runner
    qtbot.waitUntil(lambda: runner.pending() == 0, timeout=5000)
    runner.shutdown()


def test_a_slow_paper_never_holds_up_the_database_lane(qtbot, tasks):
    release = threading.Event()
    order = []
    tasks.run(Lane.PAPERS, lambda: release.wait(10), lambda _r: order.append("paper"))
    with qtbot.waitSignal(tasks.busy_changed, check_params_cb=lambda lane, busy: lane == "db" and not busy):
        tasks.run(Lane.DB, lambda: "scan", order.append)
    assert order == ["scan"] and tasks.pending(Lane.PAPERS) == 1
    release.set()
    qtbot.waitUntil(lambda: order == ["scan", "paper"])


def test_work_in_one_lane_runs_in_the_order_asked(qtbot, tasks):
    done = []
    for n in range(20):
        tasks.run(Lane.DB, lambda n=n: n, done.append)
    qtbot.waitUntil(lambda: len(done) == 20)
    assert done == list(range(20))


def test_an_answer_for_a_widget_already_gone_is_dropped(qtbot, tasks):
    label = QLabel()
    release = threading.Event()
    tasks.run(Lane.DB, lambda: release.wait(10) and "late", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not _alive(label))
    release.set()
    qtbot.waitUntil(lambda: tasks.pending() == 0)  # delivered nowhere, and nothing raised


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


@changes(Topic.LOANS, Topic.STREAMERS)
def _lend(_uow=None):
    return "lent"


@changes(Topic.STREAMERS, when=bool)
def _suspend(_uow=None):
    return []


def test_declared_changes_are_announced_once_after_the_asker_has_its_answer(qtbot, tasks):
    heard = []
    tasks.changed.connect(lambda topics: heard.append(("changed", topics)))
    tasks.run(Lane.DB, _lend, lambda r: heard.append(("answer", r)), changes=lambda r: changed_after(_lend, r))
    tasks.run(Lane.DB, _suspend, lambda r: heard.append(("answer", r)), changes=lambda r: changed_after(_suspend, r))
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert heard == [("answer", "lent"), ("changed", {"loans", "streamers"}), ("answer", [])]  # nobody suspended


def test_a_failed_use_case_announces_nothing_and_goes_to_its_handler(qtbot, tasks):
    heard, errors = [], []
    tasks.changed.connect(heard.append)

    def fail():
        raise ValueError("refused")

    tasks.run(Lane.DB, fail, heard.append, errors.append, changes=lambda r: changed_after(_lend, r))
    qtbot.waitUntil(lambda: tasks.pending() == 0)
    assert heard == [] and isinstance(errors[0], ValueError)


def test_progress_posted_from_a_lane_reaches_the_gui_thread(qtbot, tasks):
    seen = []
    tasks.run(
        Lane.PAPERS,
        lambda: [tasks.post(lambda p: seen.append((p, threading.current_thread().name)), p) for p in (30, 80)],
    )
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert [p for p, _ in seen] == [30, 80] and all(name == "MainThread" for _, name in seen)


def test_nothing_runs_once_shut_down(qtbot):
    runner = TaskRunner()
    runner.run(Lane.BACKUP, lambda: None)
    runner.shutdown()
    assert not runner.run(Lane.DB, lambda: None)
