"""Return anywhere (issue 17 part 3): a streamer brings back here a sample another showroom lent them.

Decisions (README "Return anywhere"):
- The counter finds the loan through what it pulled from HQ: every showroom's open loan lines, minimal (sample
  code, loan number, lending showroom, product, times, the keyed hash of the streamer's phone; no name, no
  phone: PIPL, as for network standing). Scanned at check-in, such a sample shows "loan CS-L… of 长沙…" and
  is taken back with its condition like any return, in the same check-in transaction, with its own event
  (`loan.returned_elsewhere@1`, declared cross-city).
- Custody moves here: the sample is this showroom's from now, in stock, as a received transfer's sample is
  (transfer_rows.lay_in); the lender's copy shows `transferred` once it pulls the return.
- The deposit stays with the showroom that took it. Nothing is paid here. The lender, learning of the return by
  its pull, closes the loan line (condition, returned at this counter's time) and, when nothing of the loan is
  out any more, its ledger owes the deposit back to the streamer (an `owe` entry, paid at their next visit
  there, like a loan closed without them: showroom/services/owed.py).
- A sample of another showroom this counter has not heard of (its line not pulled yet, offline) is accepted
  as "received for another showroom": the same event with the loan unknown; nothing enters this showroom's
  stock (it cannot be lent here) until HQ reconciles it and the pull brings it (showroom/sync/elsewhere_pull.py).
  When HQ cannot match it, a manager settles it (showroom/services/elsewhere_settle.py); the counter lists every
  return it took for other showrooms, with where each stands (showroom/services/elsewhere_views.py).
- A line marked damaged needs a photo, always (showroom/services/elsewhere_photos.py says why and how it travels).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from db.models import Staff
from db.uow import UnitOfWork
from kernel.events import LoanReturnedElsewhere, TransferredProduct
from showroom.domain.policy import days_overdue
from showroom.services.common import local_showroom, local_tz
from showroom.services.elsewhere_photos import join_to_return, require_photos_of_damage, tell_photos
from showroom.services.elsewhere_rows import (  # noqa: F401  (comes_from_elsewhere: re-exported for check-in)
    comes_from_elsewhere,
    foreign_line,
    line_product,
    site_of,
    write_return_elsewhere,
)
from showroom.services.views import ReturnedElsewhere, ReturnLine


def return_line_elsewhere(uow: UnitOfWork, code: str, now: datetime) -> ReturnLine | None:
    """Inside an open unit of work: the check-in line of another showroom's sample, or None when the code is
    this showroom's to answer for (unknown here, not on loan...)."""
    if not comes_from_elsewhere(uow, code):
        return None
    line = foreign_line(uow.session, code)
    if line is None:  # received for another showroom: HQ reconciles it
        return ReturnLine(code, "", "", "", now, now, 0, lender=site_of(code), held=True)
    return ReturnLine(
        sample_code=line.code,
        product_name=line_product(line)["name"],
        loan_number=line.number,
        streamer_name="",
        out_at=line.opened_at,
        due_at=line.due_at,
        days_overdue=days_overdue(line.due_at, now, local_tz(uow)),
        lender=line.lender_name,
    )


def take_elsewhere(
    uow: UnitOfWork, staff: Staff, taken: list[tuple[str, str, str, tuple[str, ...]]], now: datetime
) -> list[ReturnedElsewhere]:
    """Inside check-in's transaction: each (code, condition, note, photo ids) of another showroom's loan, taken
    back here, with its event, then the photos of those now laid in here with theirs."""
    require_photos_of_damage(uow, [(code, condition, photo_ids) for code, condition, _note, photo_ids in taken])
    room, out, rows = local_showroom(uow), [], []
    for code, condition, note, photo_ids in taken:
        line = foreign_line(uow.session, code)
        product = line_product(line) if line else None
        event = LoanReturnedElsewhere(
            return_id=str(uuid.uuid4()),
            sample_id=line.sample_id if line else None,
            code=code,
            loan_id=line.loan_id if line else None,
            number=line.number if line else None,
            lender=line.lender_code if line else site_of(code)[:4],
            lender_name=line.lender_name if line else "",
            condition=condition,
            note=note.strip(),
            due_at=line.due_at if line else None,
            received_by=staff.name,
            product=TransferredProduct(**product) if product else None,
        )
        row = write_return_elsewhere(uow.session, event, room.id, staff.id, now)
        uow.record_event(event, staff_id=staff.id, at=now)
        rows.append(row.id)
        out.append(
            ReturnedElsewhere(
                code=code,
                product_name=product["name"] if product else "",
                number=event.number or "",
                lender=event.lender_name or event.lender,
                condition=condition,
                held=line is None,
                photo_paths=join_to_return(uow, row, photo_ids),
            )
        )
    if rows:
        tell_photos(uow, rows, now)
    return out
