"""Returns anywhere replayed at the counter that took them: the rows the check-in wrote, by the helper it uses
(showroom/services/elsewhere_rows.py), from what the event says (it carries the product, so a counter rebuilt
from HQ needs nothing of the lender's). The lender's side is never an event of its own: it comes from its pull.
A manager's settlement of a return HQ could not match is replayed the same way (its transfer is a transfer.sent
of its own, replayed after it)."""

from __future__ import annotations

from db.elsewhere_models import ReturnTakenElsewhere
from kernel.events import LoanReturnedElsewhere, ReturnElsewhereSettled
from showroom.replay.base import ReplayConflict, Replaying
from showroom.services.elsewhere_rows import HELD, write_return_elsewhere, write_settlement


def loan_returned_elsewhere(r: Replaying, e: LoanReturnedElsewhere) -> None:
    write_return_elsewhere(r.session, e, r.room.id, r.staff_id, r.at)


def return_elsewhere_settled(r: Replaying, e: ReturnElsewhereSettled) -> None:
    row = r.session.get(ReturnTakenElsewhere, e.return_id)
    if row is None or row.state != HELD:
        raise ReplayConflict("not_held", e.code)
    write_settlement(r.session, e, r.room.id, r.staff_id, r.at)


PROJECTIONS = {LoanReturnedElsewhere: loan_returned_elsewhere, ReturnElsewhereSettled: return_elsewhere_settled}
