"""Automatic loss: a sample held more days late than its streamer's tier allows is declared lost by the counter
itself, and waits for a manager to confirm it (the deposit is kept then) or reverse it (the sample is on loan
again). A manager's own declaration is sample.declared_lost (kernel/events/lending.py)."""

from __future__ import annotations

from kernel.events.base import APPLIES, Event
from kernel.events.fields import LOAN, SAMPLE, Integer, Uuid
from kernel.events.vocabulary import MAX_DAYS, Fen, Note, Reason, SampleCode


class SampleLostAutomatically(Event, type="sample.lost_automatically@1", hq=APPLIES):
    """Declared lost by the counter (no staff member): `forfeitable_fen` of the deposit is kept if a manager
    confirms; `charge_due_fen` is the rest of the sample's value, owed by the streamer."""

    loan_id = Uuid(names=LOAN)
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    days_late = Integer(1, MAX_DAYS, unit="days")
    forfeitable_fen = Fen()
    charge_due_fen = Fen()


class AutomaticLossConfirmed(Event, type="sample.automatic_loss_confirmed@1", hq=APPLIES):
    """A manager confirmed an automatic loss: `forfeited_fen` of the deposit is kept."""

    loan_id = Uuid(names=LOAN)
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    forfeited_fen = Fen()
    note = Note()


class AutomaticLossReversed(Event, type="sample.automatic_loss_reversed@1", hq=APPLIES):
    """A manager reversed an automatic loss (the streamer still has it, or brought it back): on loan again."""

    loan_id = Uuid(names=LOAN)
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    reason = Reason()
