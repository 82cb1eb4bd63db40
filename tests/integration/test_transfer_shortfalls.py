"""Samples short on a transfer, settled afterwards, through the services on a real SQLite store: the sender finds
one here or declares it lost (a manager; a reason for a loss; once), the receiver receives one late (any clerk,
offline, from its own receipt); what the pull brings of the other city's word; and how a loss on a transfer is
counted in the daily report and the merchant statement, with no streamer to charge."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from db.models import DepositEntry, Product
from db.transfer_models import Transfer
from printing.daily_report import build_daily_report
from showroom.domain.errors import EmptyBasket, InvalidInput, PermissionDenied, TransferRefused
from showroom.services import samples, transfer_views, transfers
from showroom.services.reports.daily import daily_report
from showroom.services.reports.merchant import merchant_statement
from showroom.services.shortfall_views import list_shortfalls
from showroom.services.transfer_shortfalls import incoming_short_transfer_of, open_slip, receive_late, settle_short
from showroom.sync.shortfalls_pull import apply_settlements
from showroom.sync.transfers_pull import apply_showrooms, apply_transfers
from tests.conftest import T0
from tests.integration.event_walk import incoming_transfer
from tests.integration.helpers import dump_database, events
from tests.integration.shortfall_walk import pull_receipt, receipt_from_jinan
from tests.printing.paper_tools import text as pdf_text

LATER = T0 + timedelta(days=3)


@pytest.fixture
def sent_short(counter):
    """Three samples sent to Jinan; Jinan's receipt (pulled) has the first, the other two short."""
    with counter.uow() as uow:
        apply_showrooms(uow, [{"code": "JN", "name": "济南样品间"}])
        uow.commit()
    sent = transfers.send_transfer(counter.uow(), counter.manager, "JN", counter.codes[:3], now=T0)
    pull_receipt(counter.uow, "CS", sent.summary.number, counter.codes[:1], T0 + timedelta(days=1))
    return sent.summary


@pytest.fixture
def received_short(counter):
    """A transfer from Jinan received here with JN-000002 and JN-000003 short."""
    data = incoming_transfer(None, T0)
    with counter.uow() as uow:
        apply_transfers(uow, "CS", [data])
        uow.commit()
    transfers.receive_transfer(counter.uow(), counter.clerk, data["id"], ["JN-000001"], now=T0 + timedelta(hours=2))
    return data


def _status(counter, code: str) -> str:
    return samples.sample_detail(counter.uow(), code).row.status


def test_the_short_samples_of_a_transfer_sent_from_here_are_listed_to_settle(counter, sent_short):
    rows = list_shortfalls(counter.uow(), now=LATER)
    assert [(r.code, r.direction, r.other, r.product, r.days) for r in rows] == [
        (counter.codes[1], "out", "济南样品间", "每日坚果 30包", 2),
        (counter.codes[2], "out", "济南样品间", "每日坚果 30包", 2),
    ]


def test_refusals_change_nothing(counter, sent_short):
    before = dump_database(counter.store.db_path)
    t, codes = sent_short, counter.codes
    for actor, args, refusal in (
        (counter.clerk, ([codes[1]], "found_at_sender"), PermissionDenied),
        (counter.manager, ([codes[1]], "written_off"), InvalidInput),
        (counter.manager, ([codes[1]], "declared_lost", "  "), InvalidInput),  # a loss needs a reason
        (counter.manager, ([codes[0]], "found_at_sender"), TransferRefused),  # it arrived in Jinan
        (counter.manager, ([codes[1], "CS-999999"], "found_at_sender"), TransferRefused),  # all or none
        (counter.manager, ([], "found_at_sender"), EmptyBasket),
    ):
        with pytest.raises(refusal):
            settle_short(counter.uow(), actor, t.id, *args, now=LATER)
    with pytest.raises(TransferRefused) as refused:
        receive_late(counter.uow(), counter.clerk, t.id, [codes[1]], now=LATER)  # sent from here: not to receive
    assert refused.value.problem == "not_incoming"
    assert dump_database(counter.store.db_path) == before


def test_found_here_is_in_stock_again_and_lost_is_a_loss_with_no_streamer(counter, sent_short):
    t, codes = sent_short, counter.codes
    found = settle_short(counter.uow(), counter.manager, t.id, [codes[1]], "found_at_sender", "在仓库找到", now=LATER)
    assert _status(counter, codes[1]) == "in_stock" and found.summary.figures.found == 1
    lost = settle_short(counter.uow(), counter.manager, t.id, [codes[2]], "declared_lost", "快递丢件", now=LATER)
    f = lost.summary.figures
    assert (f.sent, f.received, f.short, f.found, f.lost) == (3, 1, 0, 1, 1)
    assert {line.code: line.settled for line in lost.lines} == {
        codes[0]: "",
        codes[1]: "found_at_sender",
        codes[2]: "declared_lost",
    }
    assert _status(counter, codes[2]) == "lost" and list_shortfalls(counter.uow(), now=LATER) == []
    with pytest.raises(TransferRefused) as refused:
        settle_short(counter.uow(), counter.manager, t.id, [codes[2]], "found_at_sender", now=LATER)
    assert refused.value.problem == "settled_already"

    history = samples.sample_detail(counter.uow(), codes[2]).history
    assert (history[-1].kind, history[-1].detail, history[-1].streamer_name) == (
        "short_lost",
        f"{t.number} 快递丢件",
        None,
    )
    said = [p for _s, _t, p in events(counter.store.db_path, "transfer.short_settled@1")]
    assert [(p["outcome"], p["note"], p["samples"][0]["code"]) for p in said] == [
        ("found_at_sender", "在仓库找到", codes[1]),
        ("declared_lost", "快递丢件", codes[2]),
    ]
    with counter.uow() as u:  # the loss moved no money
        assert u.session.scalar(select(DepositEntry.id).where(DepositEntry.at >= T0 + timedelta(hours=1))) is None

    day = LATER.date()
    assert daily_report(counter.uow(), day, now=LATER + timedelta(hours=1)).headline.samples_lost == 1
    statement = merchant_statement(counter.uow(), _merchant_id(counter), day, day, now=LATER + timedelta(hours=1))
    [line] = [x for x in statement.samples if x.code == codes[2]]
    assert (line.status, line.lost_at, line.holder_name, line.charged_fen) == ("lost", LATER, None, 0)
    assert (statement.lost_in_period, statement.lost) == (1, 1)
    transfers.send_transfer(counter.uow(), counter.manager, "JN", [codes[1]], now=LATER)  # in stock: it may go again


def test_the_daily_report_counts_the_samples_short_and_not_settled_then(counter, sent_short):
    t, codes, day = sent_short, counter.codes, (T0 + timedelta(days=1)).date()
    report = daily_report(counter.uow(), day, now=LATER)
    assert report.headline.samples_short == 2
    assert "Short on" in pdf_text(build_daily_report(report))  # among the figures on paper (the caption wraps)
    settle_short(counter.uow(), counter.manager, t.id, [codes[1]], "found_at_sender", now=LATER)
    assert daily_report(counter.uow(), LATER.date(), now=LATER + timedelta(hours=1)).headline.samples_short == 1
    assert daily_report(counter.uow(), day, now=LATER).headline.samples_short == 2  # a past day reads the same
    assert daily_report(counter.uow(), T0.date(), now=LATER).headline.samples_short == 0  # not received short yet


def _merchant_id(counter) -> str:
    with counter.uow() as u:
        return u.session.get(Product, counter.product_id).merchant_id


def test_a_short_sample_that_turns_up_at_the_receiver_is_received_late(counter, received_short):
    data = received_short
    assert [(r.code, r.direction, r.other) for r in list_shortfalls(counter.uow(), now=LATER)] == [
        ("JN-000002", "in", "济南样品间"),
        ("JN-000003", "in", "济南样品间"),
    ]
    opened = open_slip(counter.uow(), data["number"].lower() + "\r\n")
    assert opened.late and [line.code for line in opened.view.lines] == ["JN-000002", "JN-000003"]
    for scanned, problem in ((["JN-000001"], "not_short"), (["JN-000099"], "not_short")):
        with pytest.raises(TransferRefused) as refused:
            receive_late(counter.uow(), counter.clerk, data["id"], scanned, now=LATER)
        assert refused.value.problem == problem
    view = receive_late(counter.uow(), counter.clerk, data["id"], ["jn-000002"], {"JN-000002": "外盒湿了"}, now=LATER)
    assert (view.summary.figures.received, view.summary.figures.short, view.summary.figures.late) == (2, 1, 1)
    detail = samples.sample_detail(counter.uow(), "JN-000002")
    assert (detail.row.status, detail.row.condition_note, detail.product.name) == ("in_stock", "外盒湿了", "济南特产")
    assert detail.history[-1].kind == "transfer_received"
    with pytest.raises(TransferRefused):
        receive_late(counter.uow(), counter.clerk, data["id"], ["JN-000002"], now=LATER)  # once
    assert [line.code for line in open_slip(counter.uow(), data["number"]).view.lines] == ["JN-000003"]
    receive_late(counter.uow(), counter.clerk, data["id"], ["JN-000003"], now=LATER)
    with pytest.raises(TransferRefused) as refused:
        open_slip(counter.uow(), data["number"])
    assert refused.value.problem == "nothing_short"
    assert daily_report(counter.uow(), LATER.date(), now=LATER).headline.samples_lost == 0


def test_a_short_sample_scanned_without_its_slip_finds_the_one_transfer_it_was_short_on(counter, received_short):
    data, before = received_short, dump_database(counter.store.db_path)
    opened = incoming_short_transfer_of(counter.uow(), "jn-000002\r\n")
    assert opened.late and opened.view.summary.number == data["number"]
    assert [line.code for line in opened.view.lines] == ["JN-000002", "JN-000003"]
    for code in ("JN-000001", "JN-000099", counter.codes[0], data["number"], ""):  # received, unknown, ours, a slip
        assert incoming_short_transfer_of(counter.uow(), code) is None
    assert dump_database(counter.store.db_path) == before  # a look-up: writes nothing
    receive_late(counter.uow(), counter.clerk, data["id"], ["JN-000002"], now=LATER)
    assert incoming_short_transfer_of(counter.uow(), "JN-000002") is None  # arrived late already
    assert [line.code for line in incoming_short_transfer_of(counter.uow(), "JN-000003").view.lines] == ["JN-000003"]


def test_a_sample_short_on_two_transfers_or_sent_from_here_opens_no_slip(counter, received_short, sent_short):
    again = received_short | {"id": "5e7d0c2a-0000-4000-8000-00000000a002", "number": "JN-T261206002"}
    with counter.uow() as uow:
        apply_transfers(uow, "CS", [again])
        uow.commit()
    assert incoming_short_transfer_of(counter.uow(), "JN-000003").view.summary.number == "JN-T261206001"
    transfers.receive_transfer(counter.uow(), counter.clerk, again["id"], ["JN-000001"], now=LATER)
    assert incoming_short_transfer_of(counter.uow(), "JN-000003") is None  # short on both: the clerk scans a slip
    assert incoming_short_transfer_of(counter.uow(), counter.codes[1]) is None  # short on one sent from here


def _settled(change: dict, code: str, how: str, where: str) -> dict:
    for x in change["lines"]:
        if x["code"] == code:
            x |= {
                "settled": how,
                "settled_at": LATER.isoformat(),
                "settled_by": "某人",
                "settled_note": "",
                "settled_in": where,
            }
    return change


def _pull(counter, change: dict) -> None:
    with counter.uow() as u:
        apply_transfers(u, "CS", [change])
        apply_settlements(u, [change])
        u.commit()


def test_the_sender_learns_of_late_arrivals_which_win_over_its_own_word(counter, sent_short):
    t, codes = sent_short, counter.codes
    settle_short(counter.uow(), counter.manager, t.id, [codes[2]], "declared_lost", "快递丢件", now=LATER)
    with counter.uow() as u:
        change = receipt_from_jinan(u, u.session.get(Transfer, t.id), codes[:1], T0 + timedelta(days=1))
    change["state"] = "partly_received"
    for code in codes[1:]:
        _settled(change, code, "arrived_late", "JN")
    for _ in range(2):  # a change pulled twice is harmless
        _pull(counter, change)
    assert [_status(counter, c) for c in codes[:3]] == ["transferred"] * 3
    f = transfer_views.transfer_view(counter.uow(), t.id).summary.figures
    assert (f.received, f.short, f.late, f.lost) == (3, 0, 2, 0)
    assert daily_report(counter.uow(), LATER.date(), now=LATER).headline.samples_lost == 0  # not lost after all


def test_the_receiver_learns_of_the_senders_word_but_keeps_its_own_arrival(counter, received_short):
    data = received_short
    receive_late(counter.uow(), counter.clerk, data["id"], ["JN-000003"], now=LATER)
    change = dict(data, state="partly_received")
    change["lines"] = [dict(x, outcome="received" if x["code"] == "JN-000001" else "short") for x in data["lines"]]
    _settled(change, "JN-000002", "found_at_sender", "JN")
    _settled(change, "JN-000003", "declared_lost", "JN")  # HQ would not say so; were it to, the arrival stays
    _pull(counter, change)
    settled = {line.code: line.settled for line in transfer_views.transfer_view(counter.uow(), data["id"]).lines}
    assert settled == {"JN-000001": "", "JN-000002": "found_at_sender", "JN-000003": "arrived_late"}
    assert list_shortfalls(counter.uow(), now=LATER) == []
    assert _status(counter, "JN-000003") == "in_stock"
    assert daily_report(counter.uow(), LATER.date(), now=LATER).headline.samples_lost == 0  # the sender's loss
