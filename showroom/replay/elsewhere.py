"""Returns anywhere replayed at the counter that took them: the rows the check-in wrote, by the helper it uses
(showroom/services/elsewhere_rows.py), from what the event says (it carries the product, so a counter rebuilt
from HQ needs nothing of the lender's). The lender's side is never an event of its own: it comes from its pull."""

from __future__ import annotations

from kernel.events import LoanReturnedElsewhere
from showroom.replay.base import Replaying
from showroom.services.elsewhere_rows import write_return_elsewhere


def loan_returned_elsewhere(r: Replaying, e: LoanReturnedElsewhere) -> None:
    write_return_elsewhere(r.session, e, r.room.id, r.staff_id, r.at)


PROJECTIONS = {LoanReturnedElsewhere: loan_returned_elsewhere}
