"""Loans: samples out to a streamer, back, lost, or kept longer."""

from __future__ import annotations

from kernel.events.base import APPLIES, Event, Record
from kernel.events.fields import LOAN, SAMPLE, Boolean, Day, Integer, Timestamp, Uuid
from kernel.events.records import ListOf, Nested
from kernel.events.vocabulary import (
    BLOCK_KINDS,
    DEPOSIT_METHODS,
    DEPOSIT_ROUNDINGS,
    DEPOSIT_RULES,
    LOSS_SETTLEMENTS,
    MAX_FEN,
    MAX_ITEMS,
    RETURN_CONDITIONS,
    Choice,
    Fen,
    LoanNumber,
    Mobile,
    Note,
    Reason,
    SampleCode,
    Tier,
)


class LoanedSample(Record):
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    value_fen = Fen()


class OverrideGiven(Record):
    """A manager at the counter authorised these blocks away with their PIN and a reason."""

    manager_id = Uuid()
    reason = Reason()
    blocks = ListOf(Choice(BLOCK_KINDS), 1, len(BLOCK_KINDS))


class LoanCheckedOut(Event, type="loan.checked_out@1", hq=APPLIES):
    """A streamer signed samples out: the loan, its due time, the deposit taken."""

    loan_id = Uuid(names=LOAN)
    number = LoanNumber()
    streamer_id = Uuid()
    streamer_phone = Mobile()
    showroom_id = Uuid()
    due_at = Timestamp()
    deposit_fen = Fen()
    deposit_method = Choice(DEPOSIT_METHODS)
    policy_deposit_fen = Fen()
    # the tier's rule the deposit followed (absent from loans recorded before deposit rounding)
    deposit_rule = Choice(DEPOSIT_RULES, optional=True)
    deposit_rate = Integer(0, MAX_FEN, unit="percent, or fen per sample", optional=True)
    deposit_rounding = Choice(DEPOSIT_ROUNDINGS, optional=True)
    opened_at = Timestamp()
    staff_id = Uuid()
    tier = Tier()
    planned_stream_date = Day(nullable=True)
    has_signature = Boolean()
    samples = ListOf(LoanedSample, 1, MAX_ITEMS)
    override = Nested(OverrideGiven, nullable=True)


class ReturnedItem(Record):
    loan_id = Uuid(names=LOAN)
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    condition = Choice(RETURN_CONDITIONS)
    note = Note()


class SamplesCheckedIn(Event, type="samples.checked_in@1", hq=APPLIES):
    """Samples came back to the counter, each from its loan, in the condition seen."""

    showroom_id = Uuid()
    items = ListOf(ReturnedItem, 1, MAX_ITEMS)


class LoanClosed(Event, type="loan.closed@1", hq=APPLIES):
    """Nothing of the loan is out any more; what is left of its deposit was refunded to the streamer at
    the counter, or, when the loan closed without them (a loss declared at the desk), is owed to them."""

    loan_id = Uuid(names=LOAN)
    number = LoanNumber()
    refund_fen = Fen()
    owed_fen = Fen(optional=True)
    method = Choice(DEPOSIT_METHODS)


class OwedPaidLoan(Record):
    loan_id = Uuid(names=LOAN)
    number = LoanNumber()
    amount_fen = Fen()


class DepositOwedPaid(Event, type="deposit.owed_paid@1", hq=APPLIES):
    """The streamer came to the counter and was paid what their closed loans owed them."""

    streamer_id = Uuid()
    phone = Mobile()
    amount_fen = Fen()
    method = Choice(DEPOSIT_METHODS)
    loans = ListOf(OwedPaidLoan, 1, MAX_ITEMS)


class SampleDeclaredLost(Event, type="sample.declared_lost@1", hq=APPLIES):
    """A manager declared a lent sample lost: deposit forfeited, or its value charged."""

    loan_id = Uuid(names=LOAN)
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    settlement = Choice(LOSS_SETTLEMENTS)
    forfeited_fen = Fen()
    charged_fen = Fen()
    charge_method = Choice(DEPOSIT_METHODS)
    note = Reason()


class LoanDueExtended(Event, type="loan.due_extended@1", hq=APPLIES):
    """A manager moved a loan's due time."""

    loan_id = Uuid(names=LOAN)
    number = LoanNumber()
    old_due_at = Timestamp()
    new_due_at = Timestamp()
    reason = Reason()
