"""The event declarations (kernel/events): every bound holds both ways, the vocabulary is the domain's,
and the protocol's event table is the one the declarations give."""

from __future__ import annotations

import copy
import json
from datetime import date, datetime, timedelta, timezone

import pytest

from kernel.events import (
    APPLIES,
    EVENTS,
    STORES,
    EventInvalid,
    LoanCheckedOut,
    LoanClosed,
    LoanedSample,
    OverrideGiven,
    ProductCreated,
    StreamerStatusChanged,
    read,
    table,
    vocabulary,
)

UTC = timezone.utc
ID = "0b3e8f6a-5c1d-4e2f-9a7b-1c2d3e4f5a6b"
T = datetime(2026, 11, 27, 10, 30, tzinfo=UTC)


def loan(**changes) -> LoanCheckedOut:
    values = dict(
        loan_id=ID,
        number="CS-L261127001",
        streamer_id=ID,
        streamer_phone="13800138000",
        showroom_id=ID,
        due_at=T + timedelta(days=5),
        deposit_fen=8000,
        deposit_method="cash",
        policy_deposit_fen=8000,
        opened_at=T,
        staff_id=ID,
        tier="silver",
        planned_stream_date=date(2026, 11, 29),
        has_signature=True,
        samples=[LoanedSample(sample_id=ID, code="CS-000042", value_fen=8000)],
        override=OverrideGiven(manager_id=ID, reason="熟客", blocks=["suspended"]),
    )
    values.update(changes)
    return LoanCheckedOut(**values)


def test_an_event_reads_back_as_itself():
    payload = loan().to_payload()
    assert json.loads(json.dumps(payload)) == payload
    again = read("loan.checked_out@1", payload)
    assert again.to_payload() == payload
    assert (again.opened_at, again.planned_stream_date, again.samples[0].code) == (T, date(2026, 11, 29), "CS-000042")
    assert again.override.blocks == ("suspended",)


def test_a_declared_event_is_frozen_and_takes_only_its_fields():
    event = loan()
    with pytest.raises(AttributeError):
        event.deposit_fen = 0
    with pytest.raises(TypeError):
        LoanClosed(loan_id=ID, number="CS-L261127001", refund_fen=0)  # method missing
    with pytest.raises(TypeError):
        LoanClosed(loan_id=ID, number="CS-L261127001", refund_fen=0, method="cash", extra=1)


def _refused(payload: dict, event_type: str = "loan.checked_out@1") -> EventInvalid:
    with pytest.raises(EventInvalid) as refused:
        read(event_type, payload)
    return refused.value


def _changed(path: tuple, value) -> dict:
    payload = copy.deepcopy(loan().to_payload())
    where = payload
    for step in path[:-1]:
        where = where[step]
    if value is KeyError:
        del where[path[-1]]
    else:
        where[path[-1]] = value
    return payload


@pytest.mark.parametrize(
    "path, value, at, problem",
    [
        (("tier",), "x" * 21, "tier", "too_long"),
        (("override", "reason"), "理由\x00", "override.reason", "nul_character"),
        (("override", "reason"), "\ud800", "override.reason", "lone_surrogate"),
        (("override", "reason"), "", "override.reason", "required"),
        (("samples", 0, "code"), "CS-X", "samples[0].code", "not_sample_code"),
        (("samples", 0, "code"), "CS-000042\n", "samples[0].code", "not_sample_code"),
        (("samples", 0, "code"), "CS-٠٠٠٠٤٢", "samples[0].code", "not_sample_code"),  # other scripts' digits
        (("samples", 0, "value_fen"), 2**63, "samples[0].value_fen", "out_of_range"),
        (("samples", 0, "value_fen"), -1, "samples[0].value_fen", "out_of_range"),
        (("samples", 0, "value_fen"), True, "samples[0].value_fen", "not_integer"),
        (("samples", 0, "value_fen"), 80.0, "samples[0].value_fen", "not_integer"),
        (("samples", 0, "value_fen"), "8000", "samples[0].value_fen", "not_integer"),
        (("samples",), [], "samples", "too_few"),
        (("samples",), [{"sample_id": ID, "code": "CS-000042", "value_fen": 1}] * 1001, "samples", "too_many"),
        (("samples",), "nonsense", "samples", "not_list"),
        (("loan_id",), ID.upper(), "loan_id", "not_uuid"),
        (("loan_id",), None, "loan_id", "not_text"),
        (("number",), "CS-L2611", "number", "not_loan_number"),
        (("streamer_phone",), "+86 138 0013 8000", "streamer_phone", "too_long"),
        (("streamer_phone",), "12800138000", "streamer_phone", "not_mobile"),
        (("deposit_method",), "bitcoin", "deposit_method", "unknown_choice"),
        (("has_signature",), 1, "has_signature", "not_boolean"),
        (("opened_at",), "0001-01-01T00:00:00+14:00", "opened_at", "out_of_window"),
        (("opened_at",), "9999-12-31T23:59:59-12:00", "opened_at", "out_of_window"),
        (("opened_at",), "2026-11-27T10:30:00", "opened_at", "naive_time"),
        (("opened_at",), "yesterday", "opened_at", "not_time"),
        (("opened_at",), 0, "opened_at", "not_time"),
        (("opened_at",), "2026-11-27T10:30:00" + "0" * 40 + "+00:00", "opened_at", "not_time"),
        (("planned_stream_date",), "1999-12-31", "planned_stream_date", "out_of_window"),
        (("planned_stream_date",), "2026-11-27T00:00:00", "planned_stream_date", "not_day"),
        (("override",), [], "override", "not_object"),
        (("override", "blocks", 0), "asked_nicely", "override.blocks[0]", "unknown_choice"),
        (("deposit_fen",), KeyError, "deposit_fen", "required"),
        (("smuggled",), "x" * 100, "smuggled", "unexpected"),
    ],
)
def test_each_bound_is_refused_with_its_path_and_key(path, value, at, problem):
    refused = _refused(_changed(path, value))
    assert (refused.event_type, refused.path, refused.problem) == ("loan.checked_out@1", at, problem)


def test_the_counter_cannot_write_what_hq_would_refuse():
    """to_payload (record_event) checks with the same declarations as from_payload (HQ)."""
    with pytest.raises(EventInvalid) as refused:
        loan(samples=[LoanedSample(sample_id=ID, code="CS-000042", value_fen=10**12)]).to_payload()
    assert (refused.value.path, refused.value.problem, refused.value.maximum) == (
        "samples[0].value_fen",
        "out_of_range",
        vocabulary.MAX_FEN,
    )
    assert refused.value.field == "value_fen"
    for bad in (
        dict(opened_at=datetime(2026, 11, 27)),
        dict(opened_at="2026-11-27T10:30:00+00:00"),
        dict(planned_stream_date=T),
        dict(tier="金" * 21),
        dict(override="none"),
    ):
        with pytest.raises(EventInvalid):
            loan(**bad).to_payload()


def test_an_optional_field_is_left_out_when_absent_and_null_only_where_declared():
    manual = StreamerStatusChanged(
        streamer_id=ID, phone="13800138000", from_status="active", to_status="suspended", reason="逾期"
    )
    assert manual.to_payload() == {
        "streamer_id": ID,
        "phone": "13800138000",
        "from": "active",
        "to": "suspended",
        "reason": "逾期",
    }
    assert read("streamer.status_changed@1", manual.to_payload()).automatic is None
    with pytest.raises(EventInvalid):
        read("streamer.status_changed@1", dict(manual.to_payload(), automatic=None))
    product = dict(
        product_id=ID,
        merchant_id=ID,
        name="坚果",
        brand="",
        category="",
        spec="",
        retail_price_fen=1,
        live_price_fen=1,
        commission_bp=10_000,
        sample_value_fen=1,
        ean=None,
    )
    assert ProductCreated(**product).to_payload()["ean"] is None
    for ean, problem in (("6" * 15, "too_long"), ("69012345678A", "not_EAN"), ("1234567", "not_EAN")):
        assert _refused(dict(ProductCreated(**product).to_payload(), ean=ean), "product.created@1").problem == problem
    assert (
        _refused(dict(ProductCreated(**product).to_payload(), commission_bp=2**31), "product.created@1").problem
        == "out_of_range"
    )


def test_an_unknown_type_and_a_payload_that_is_no_object_are_refused():
    assert _refused({}, "loan.rescheduled@2").problem == "unknown_type"
    assert _refused([1], "loan.closed@1").problem == "not_object"


def test_every_type_is_versioned_says_what_hq_does_and_what_it_means():
    for name, cls in EVENTS.items():
        assert cls.TYPE == name and name.rsplit("@", 1)[1].isdigit()
        assert cls.HQ in (APPLIES, STORES) and (cls.__doc__ or "").strip(), name


def test_the_vocabulary_is_the_domains():
    from showroom.domain import model, reminder, staff_rules, stocktake
    from showroom.services.tier_policies import DEPOSIT_RULES

    values = lambda enum: tuple(member.value for member in enum)  # noqa: E731
    assert vocabulary.DEPOSIT_METHODS == values(model.DepositMethod)
    assert vocabulary.RETURN_CONDITIONS == values(model.ReturnCondition)
    assert vocabulary.LOSS_SETTLEMENTS == values(model.LossSettlement)
    assert vocabulary.STREAMER_STATUSES == values(model.StreamerStatus)
    assert vocabulary.PLATFORMS == values(model.Platform)
    assert vocabulary.ROLES == values(model.Role)
    assert vocabulary.LOGIN_CHANNELS == values(staff_rules.LoginChannel)
    assert vocabulary.REMINDER_CHANNELS == values(reminder.ReminderChannel)
    assert vocabulary.REMINDER_OUTCOMES == values(reminder.ReminderOutcome)
    assert vocabulary.DEPOSIT_RULES == DEPOSIT_RULES
    assert vocabulary.COUNT_OUTCOMES == values(stocktake.CountOutcome)
    assert vocabulary.COUNT_SETTLEMENTS == values(stocktake.Settlement)


def test_the_codes_the_counter_makes_have_the_declared_forms():
    from kernel.phone import normalise_phone
    from showroom.domain.codes import loan_number, member_code, sample_code

    payload = loan(
        number=loan_number("CS", date(2026, 11, 27), 1234),
        streamer_phone=normalise_phone("+86 138-0013-8000"),
        samples=[LoanedSample(sample_id=ID, code=sample_code("JN", 1_000_000), value_fen=0)],
    ).to_payload()
    assert read("loan.checked_out@1", payload).number == "CS-L2611271234"
    assert (
        read(
            "streamer.status_changed@1",
            dict(
                StreamerStatusChanged(
                    streamer_id=ID,
                    phone="13800138000",
                    from_status="active",
                    to_status="suspended",
                    reason="逾期",
                    automatic=True,
                    sample_code=sample_code("CS", 7),
                    days_late=3,
                ).to_payload()
            ),
        ).sample_code
        == "CS-000007"
    )
    assert member_code("CS", 17) == "CS-M00017"


def test_a_refusal_is_worded_like_any_invalid_input():
    from present.errors import describe

    with pytest.raises(EventInvalid) as refused:
        loan(override=OverrideGiven(manager_id=ID, reason="很" * 301, blocks=["suspended"])).to_payload()
    assert describe(refused.value) == "Reason is too long (at most 300 characters)."


def test_the_protocol_table_is_the_one_the_declarations_give():
    document = table.PROTOCOL.read_text(encoding="utf-8")
    assert table.with_table(document) == document, "hq/PROTOCOL.md's event table drifted: python -m kernel.events.table"
    assert all(f"`{name}`" in document for name in EVENTS)
