"""Check-out: one loan per basket, numbered per local day, with due date, deposit, event and signature."""

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from showroom.services import checkout
from tests.conftest import T0
from tests.integration.helpers import deposit_entries, dump_database, events, outbox_seqs, rows, sample_status

SHANGHAI = ZoneInfo("Asia/Shanghai")
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def lend(counter, codes, *, method="wechat", now=T0, **kw):
    return checkout.check_out(counter.store.uow(), counter.clerk, counter.streamer_id, codes, method, now=now, **kw)


def test_a_loan_number_is_site_L_yymmdd_and_three_digits(counter):
    receipt = lend(counter, counter.codes[:2])
    assert re.fullmatch(r"CS-L\d{6}\d{3}", receipt.number)
    assert receipt.number == "CS-L261120001"


def test_loan_numbers_count_up_within_a_local_day_and_restart_the_next(counter):
    c = counter.codes
    first = lend(counter, c[:1], now=T0)
    second = lend(counter, c[1:2], now=T0 + timedelta(hours=5))  # 15:00 local
    # 00:30 on 21 Nov in Changsha, though still 20 Nov in UTC
    after_midnight = datetime(2026, 11, 20, 16, 30, tzinfo=timezone.utc)
    third = lend(counter, c[2:3], now=after_midnight)
    fourth = lend(counter, c[3:4], now=after_midnight + timedelta(hours=1))
    assert [first.number, second.number, third.number, fourth.number] == [
        "CS-L261120001",
        "CS-L261120002",
        "CS-L261121001",
        "CS-L261121002",
    ]


def test_due_date_comes_from_the_tier_policy(counter):
    receipt = lend(counter, counter.codes[:1])
    assert receipt.due_at == datetime(2026, 11, 25, 23, 59, 59, tzinfo=SHANGHAI)  # silver: 5 days
    [(due,)] = rows(counter.store.db_path, "SELECT due_at FROM loan WHERE id = ?", receipt.loan_id)
    assert due == "2026-11-25 15:59:59.000000"  # stored in UTC


def test_a_planned_stream_brings_the_due_date_forward(counter):
    receipt = lend(counter, counter.codes[:1], planned_stream_date=date(2026, 11, 21))
    assert receipt.due_at == datetime(2026, 11, 22, 23, 59, 59, tzinfo=SHANGHAI)
    [(planned,)] = rows(counter.store.db_path, "SELECT planned_stream_date FROM loan")
    assert planned == "2026-11-21"


def test_the_deposit_is_collected_into_the_ledger(counter):
    receipt = lend(counter, counter.codes[:3], method="alipay")
    assert (receipt.deposit_fen, receipt.deposit_method) == (12000, "alipay")  # 50 % of 3 × 80 yuan
    assert deposit_entries(counter.store.db_path, receipt.loan_id) == [("collect", 12000, "alipay")]
    [(streamer_id, staff_id)] = rows(
        counter.store.db_path, "SELECT streamer_id, staff_id FROM deposit_entry WHERE loan_id = ?", receipt.loan_id
    )
    assert (streamer_id, staff_id) == (counter.streamer_id, counter.clerk.id)


def test_samples_go_on_loan_with_a_movement_each(counter):
    receipt = lend(counter, counter.codes[:2])
    assert [sample_status(counter.store.db_path, c) for c in counter.codes[:3]] == ["on_loan", "on_loan", "in_stock"]
    moves = rows(
        counter.store.db_path,
        """
        SELECT s.code, m.loan_id, m.streamer_id, m.staff_id FROM sample_movement m JOIN sample s
        ON s.id = m.sample_id WHERE m.kind = 'checked_out' ORDER BY s.code""",
    )
    assert moves == [(c, receipt.loan_id, counter.streamer_id, counter.clerk.id) for c in counter.codes[:2]]
    assert [line.sample_code for line in receipt.lines] == counter.codes[:2]


def test_the_event_is_appended_with_the_next_sequence_number(counter):
    db = counter.store.db_path
    before = outbox_seqs(db)
    assert before == list(range(1, len(before) + 1))
    receipt = lend(counter, counter.codes[:2])
    assert outbox_seqs(db) == list(range(1, len(before) + 2))
    [(seq, kind, payload)] = events(db)[-1:]
    assert (seq, kind) == (len(before) + 1, "loan.checked_out@1")
    assert payload["loan_id"] == receipt.loan_id
    assert payload["number"] == receipt.number
    assert payload["deposit_fen"] == 8000
    assert [s["code"] for s in payload["samples"]] == counter.codes[:2]
    assert payload["override"] is None


def test_a_failure_after_the_event_is_recorded_rolls_everything_back(counter, monkeypatch):
    """The event lives in the same transaction as the loan: neither survives without the other."""
    db = counter.store.db_path
    before = dump_database(db)

    def broken_receipt(*_facts):
        raise RuntimeError("printer driver exploded")

    monkeypatch.setattr(checkout, "new_receipt", broken_receipt)
    with pytest.raises(RuntimeError):
        lend(counter, counter.codes[:2])
    assert dump_database(db) == before
    monkeypatch.undo()
    # the loan number and the sequence number were not used up
    assert lend(counter, counter.codes[:2]).number == "CS-L261120001"
    assert outbox_seqs(db) == list(range(1, len(before["outbox_event"]) + 2))


def test_the_signature_is_stored_with_the_loan(counter):
    receipt = lend(counter, counter.codes[:1], signature_png=PNG)
    [(stored,)] = rows(counter.store.db_path, "SELECT signature_png FROM loan WHERE id = ?", receipt.loan_id)
    assert stored == PNG


def test_the_receipt_can_be_rebuilt_for_reprinting(counter):
    receipt = lend(counter, counter.codes[:2])
    again = checkout.loan_receipt(counter.store.uow(), receipt.number.lower())
    assert again == receipt
    assert (again.streamer_name, again.staff_name, again.member_code) == ("小美", "小张", "CS-M00001")


def test_a_quote_changes_nothing_and_matches_the_loan(counter):
    before = dump_database(counter.store.db_path)
    quote = checkout.quote_checkout(counter.store.uow(), counter.streamer_id, counter.codes[:2], now=T0)
    assert dump_database(counter.store.db_path) == before
    receipt = lend(counter, counter.codes[:2])
    assert (quote.due_at, quote.deposit_fen, quote.blocks) == (receipt.due_at, receipt.deposit_fen, [])


def test_scanning_reports_the_line_to_add(counter):
    line = checkout.scan_for_checkout(counter.store.uow(), " cs-000001 ")
    assert (line.code, line.product_name, line.merchant_name, line.value_fen, line.shelf) == (
        "CS-000001",
        "每日坚果 30包",
        "良品铺子",
        8000,
        "A-01",
    )
