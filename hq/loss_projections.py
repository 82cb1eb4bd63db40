"""What HQ keeps of automatic losses (issue 17.4): a sample the counter declared lost by itself is lost at HQ
too (its item closed, as a manager's declaration closes it); a confirmation keeps the deposit (the forfeited
total); a reversal puts the sample back on its loan. The loan's closing is its own event (loan.closed)."""

from __future__ import annotations

from hq.applying import Applying, record_exception
from kernel.events import AutomaticLossConfirmed, AutomaticLossReversed, Event, SampleLostAutomatically


def _item(a: Applying, e: Event, kind: str):
    item = a.cache.items.get((e.loan_id, e.sample_id))
    if item is None:
        record_exception(a.session, kind, [a.showroom.code], a.event_id, {"loan_id": e.loan_id, "code": e.code})
    return item


def sample_lost_automatically(a: Applying, e: SampleLostAutomatically) -> None:
    item = _item(a, e, "loss_of_unknown_loan")
    if item is not None:
        item.lost_at = a.at
        a.cache.close_item(item)
    if (sample := a.cache.samples.get(e.sample_id)) is not None:
        sample.status, sample.current_loan_id, sample.updated_at = "lost", None, a.at


def automatic_loss_confirmed(a: Applying, e: AutomaticLossConfirmed) -> None:
    a.cache.deposits.forfeited_fen += e.forfeited_fen


def automatic_loss_reversed(a: Applying, e: AutomaticLossReversed) -> None:
    item = _item(a, e, "loss_of_unknown_loan")
    if item is not None:
        item.lost_at = None
        if item.open:
            a.cache.open_items[item.sample_id] = item
    if (sample := a.cache.samples.get(e.sample_id)) is not None:
        sample.status, sample.current_loan_id, sample.updated_at = "on_loan", e.loan_id, a.at


LOSS_APPLY = {
    SampleLostAutomatically: sample_lost_automatically,
    AutomaticLossConfirmed: automatic_loss_confirmed,
    AutomaticLossReversed: automatic_loss_reversed,
}
