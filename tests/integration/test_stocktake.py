"""Stocktake on a real SQLite store: count a shelf with two samples missing, one on loan and one from another
city; settle each; finish; and what every refusal leaves untouched."""

from __future__ import annotations

from datetime import timedelta

import pytest

from db.stock_models import Stocktake
from showroom.domain.errors import PermissionDenied, StocktakeRefused
from showroom.services import catalog, checkout, samples, streamers
from showroom.services.stocktake import abandon_stocktake, count_code, finish_stocktake, settle_find, start_stocktake
from showroom.services.stocktake_views import current_stocktake, live_totals, missing_samples, shelves_in_stock
from tests.conftest import T0
from tests.integration.helpers import rows


def at(minutes: int):
    return T0 + timedelta(hours=2, minutes=minutes)


def status(counter, code: str) -> str:
    return samples.sample_detail(counter.uow(), code).row.status


def outbox_types(counter) -> list[str]:
    return [t for (t,) in rows(counter.store.db_path, "SELECT type FROM outbox_event ORDER BY seq")]


@pytest.fixture
def shelf_b(counter):
    """Four more samples on shelf B-02 beside the six of A-01."""
    return catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 4, shelf="B-02", now=T0).codes


def test_a_shelf_counted_with_two_missing_one_lent_and_one_from_another_city(counter, shelf_b):
    lent = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=at(0))
    view = start_stocktake(counter.uow(), counter.manager, ["A-01"], now=at(1))
    assert view.number.startswith("CS-C") and view.shelves == ("A-01",) and view.totals.expected == 5
    answers = [
        count_code(counter.uow(), counter.clerk, view.id, code, shelf="A-01", now=at(2 + i))
        for i, code in enumerate([counter.codes[1], counter.codes[2], counter.codes[3], " cs-000001 \r\n"])
    ]
    assert [a.line.outcome for a in answers[:3]] == ["found"] * 3 and all(a.expected for a in answers[:3])
    assert answers[3].line.outcome == "on_loan" and answers[3].line.holder == f"小美 ({lent.number})"
    foreign = count_code(counter.uow(), counter.clerk, view.id, "JN-000077", shelf="A-01", now=at(8))
    wrong = count_code(counter.uow(), counter.clerk, view.id, shelf_b[0], shelf="A-01", now=at(9))
    assert (foreign.line.outcome, wrong.line.outcome) == ("other_showroom", "wrong_shelf")
    totals = live_totals(counter.uow(), view.id)
    assert (totals.expected, totals.found, totals.missing, totals.unexpected, totals.unsettled) == (5, 3, 2, 3, 3)

    with pytest.raises(StocktakeRefused) as refused:
        finish_stocktake(counter.uow(), counter.manager, view.id, now=at(10))
    assert refused.value.problem == "unsettled" and refused.value.facts["count"] == 3
    settle_find(counter.uow(), counter.manager, view.id, counter.codes[0], "returned", "在货架上找到", now=at(11))
    settle_find(counter.uow(), counter.manager, view.id, "JN-000077", "left", "放在一边,等济南来取", now=at(12))
    settle_find(counter.uow(), counter.manager, view.id, shelf_b[0], "moved", now=at(13))
    done = finish_stocktake(counter.uow(), counter.manager, view.id, now=at(14))

    assert done.status == "finished" and (done.totals.expected, done.totals.found, done.totals.missing) == (7, 5, 2)
    assert done.totals.unexpected == 3  # the lent one and the moved one are on the shelf now, expected and found
    taken_back = next(line for line in done.lines if line.code == counter.codes[0])
    assert taken_back.holder == f"小美 ({lent.number})"  # whose loan it was on, after the return too
    missing = {line.code for line in done.lines if line.outcome == "not_found"}
    assert missing == set(counter.codes[4:6])
    assert [status(counter, c) for c in counter.codes[4:6]] == ["missing_at_stocktake"] * 2
    assert status(counter, counter.codes[0]) == "in_stock"  # taken back from its loan
    assert samples.sample_detail(counter.uow(), shelf_b[0]).row.shelf == "A-01"
    moved = next(line for line in done.lines if line.code == shelf_b[0])
    assert (moved.shelf, moved.recorded_shelf, moved.settlement) == ("A-01", "B-02", "moved")  # as it was found
    assert [m.code for m in missing_samples(counter.uow())] == sorted(missing)
    assert streamers.streamer_panel(counter.uow(), counter.streamer_id).holdings == []
    types = outbox_types(counter)
    assert types.count("stocktake.counted@1") == 6 and types.count("stocktake.settled@1") == 3
    assert types[-2:] == ["samples.missing_at_stocktake@1", "stocktake.finished@1"]
    assert "samples.checked_in@1" in types and "loan.closed@1" in types
    assert current_stocktake(counter.uow()) is None


def test_a_code_scanned_twice_is_one_line_and_writes_nothing_more(counter):
    view = start_stocktake(counter.uow(), counter.manager, now=at(0))
    first = count_code(counter.uow(), counter.clerk, view.id, counter.codes[0], now=at(1))
    before = outbox_types(counter)
    again = count_code(counter.uow(), counter.clerk, view.id, counter.codes[0].lower(), now=at(2))
    assert again.again and not first.again and again.line == first.line
    assert outbox_types(counter) == before


@pytest.mark.parametrize("code", ["CS-M00001", "CS-L261127001", "6901234567892", "hello", "CMD-CONFIRM"])
def test_what_is_no_sample_code_is_refused_and_writes_nothing(counter, code):
    view = start_stocktake(counter.uow(), counter.manager, now=at(0))
    before = outbox_types(counter)
    with pytest.raises(StocktakeRefused) as refused:
        count_code(counter.uow(), counter.clerk, view.id, code, now=at(1))
    assert refused.value.problem == "not_a_sample_code"
    assert outbox_types(counter) == before and current_stocktake(counter.uow()).lines == ()


def test_one_count_at_a_time_and_only_a_manager_starts_settles_finishes(counter):
    with pytest.raises(PermissionDenied):
        start_stocktake(counter.uow(), counter.clerk, now=at(0))
    view = start_stocktake(counter.uow(), counter.manager, now=at(0))
    with pytest.raises(StocktakeRefused) as refused:
        start_stocktake(counter.uow(), counter.manager, now=at(1))
    assert refused.value.facts["number"] == view.number
    with pytest.raises(PermissionDenied):
        finish_stocktake(counter.uow(), counter.clerk, view.id, now=at(2))
    with pytest.raises(PermissionDenied):
        abandon_stocktake(counter.uow(), counter.clerk, view.id, "停电", now=at(2))


def test_an_unknown_code_of_this_showroom_and_a_lost_sample_found(counter):
    from showroom.services.returns import declare_lost

    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=at(0))
    declare_lost(counter.uow(), counter.manager, counter.codes[0], "forfeit_deposit", "主播失联", now=at(1))
    view = start_stocktake(counter.uow(), counter.manager, now=at(2))
    lost = count_code(counter.uow(), counter.clerk, view.id, counter.codes[0], now=at(3))
    unknown = count_code(counter.uow(), counter.clerk, view.id, "CS-999999", now=at(4))
    assert (lost.line.outcome, unknown.line.outcome) == ("lost", "unknown")
    assert lost.line.settlements == ("back_in_stock", "left")
    with pytest.raises(StocktakeRefused) as refused:
        settle_find(counter.uow(), counter.manager, view.id, "CS-999999", "back_in_stock", now=at(5))
    assert refused.value.problem == "settlement_not_allowed"
    with pytest.raises(Exception):  # leaving a find as it is needs a note saying why
        settle_find(counter.uow(), counter.manager, view.id, "CS-999999", "left", "", now=at(5))
    settle_find(counter.uow(), counter.manager, view.id, counter.codes[0], "back_in_stock", now=at(6))
    assert status(counter, counter.codes[0]) == "in_stock"
    with pytest.raises(StocktakeRefused) as refused:
        settle_find(counter.uow(), counter.manager, view.id, counter.codes[0], "left", "again", now=at(7))
    assert refused.value.problem == "already_settled"


def test_a_move_needs_the_shelf_being_counted(counter):
    view = start_stocktake(counter.uow(), counter.manager, ["B-09"], now=at(0))
    line = count_code(counter.uow(), counter.clerk, view.id, counter.codes[0], now=at(1)).line
    assert line.outcome == "wrong_shelf"  # recorded on A-01, outside the shelves counted
    with pytest.raises(StocktakeRefused):
        settle_find(counter.uow(), counter.manager, view.id, counter.codes[0], "moved", now=at(2))


def test_a_count_survives_a_restart_and_an_abandoned_one_changes_no_sample(counter):
    from showroom.store import Store

    view = start_stocktake(counter.uow(), counter.manager, ["A-01"], now=at(0))
    count_code(counter.uow(), counter.clerk, view.id, counter.codes[0], shelf="A-01", now=at(1))
    folder = counter.store.data_dir
    counter.store.close()
    reopened = Store(folder)
    try:
        again = current_stocktake(reopened.uow())
        assert again.id == view.id and [line.code for line in again.lines] == [counter.codes[0]]
        assert (again.totals.expected, again.totals.found) == (6, 1)
        ended = abandon_stocktake(reopened.uow(), counter.manager, view.id, "盘到一半停电", now=at(2))
        assert ended.status == "abandoned" and ended.note == "盘到一半停电"
        assert current_stocktake(reopened.uow()) is None
        with pytest.raises(StocktakeRefused):
            count_code(reopened.uow(), counter.clerk, view.id, counter.codes[1], now=at(3))
        uow = reopened.uow()
        with uow.read():  # its figures as they stood, but nobody's sample is marked missing
            row = uow.session.get(Stocktake, view.id)
            assert (row.expected, row.found, row.missing) == (6, 1, 5)
        assert {samples.sample_detail(reopened.uow(), c).row.status for c in counter.codes} == {"in_stock"}
    finally:
        reopened.close()


def test_the_shelves_to_choose_from(counter, shelf_b):
    assert [(s.shelf, s.in_stock) for s in shelves_in_stock(counter.uow())] == [("A-01", 6), ("B-02", 4)]


def test_the_daily_report_counts_the_samples_missing_then(counter):
    from showroom.services.reports.daily import daily_report
    from showroom.services.stocktake_views import missing_at_stocktake_at

    first = start_stocktake(counter.uow(), counter.manager, ["A-01"], now=at(0))
    for code in counter.codes[:4]:
        count_code(counter.uow(), counter.clerk, first.id, code, now=at(1))
    finish_stocktake(counter.uow(), counter.manager, first.id, now=at(2))
    second = start_stocktake(counter.uow(), counter.manager, now=T0 + timedelta(days=1))
    found = count_code(counter.uow(), counter.clerk, second.id, counter.codes[4], now=T0 + timedelta(days=1, minutes=1))
    assert found.line.outcome == "missing" and found.line.settlements == ("back_in_stock", "left")
    settle_find(
        counter.uow(),
        counter.manager,
        second.id,
        counter.codes[4],
        "back_in_stock",
        now=T0 + timedelta(days=1, minutes=2),
    )

    uow = counter.uow()
    with uow.read():
        assert missing_at_stocktake_at(uow, at(1)) == 0
        assert missing_at_stocktake_at(uow, at(3)) == 2
        assert missing_at_stocktake_at(uow, T0 + timedelta(days=2)) == 1
    report = daily_report(counter.uow(), (T0 + timedelta(days=1)).date(), now=T0 + timedelta(days=3))
    assert report.headline.samples_missing == 1
    assert [m.code for m in missing_samples(counter.uow())] == [counter.codes[5]]


def test_a_missing_sample_that_turns_up_is_put_back_by_a_manager(counter):
    from showroom.services.found_again import put_back_found

    count = start_stocktake(counter.uow(), counter.manager, ["A-01"], now=at(0))
    for code in counter.codes[1:]:
        count_code(counter.uow(), counter.clerk, count.id, code, now=at(1))
    finish_stocktake(counter.uow(), counter.manager, count.id, now=at(2))
    assert status(counter, counter.codes[0]) == "missing_at_stocktake"
    with pytest.raises(PermissionDenied):
        put_back_found(counter.uow(), counter.clerk, counter.codes[0], now=at(3))
    with pytest.raises(StocktakeRefused) as refused:
        put_back_found(counter.uow(), counter.manager, counter.codes[1], now=at(3))
    assert refused.value.problem == "not_missing"
    put_back_found(counter.uow(), counter.manager, counter.codes[0], "B-02", "在仓库找到", now=at(4))
    detail = samples.sample_detail(counter.uow(), counter.codes[0])
    assert (detail.row.status, detail.row.shelf) == ("in_stock", "B-02")
    assert detail.history[-1].kind == "found_at_stocktake"
    assert missing_samples(counter.uow()) == []
