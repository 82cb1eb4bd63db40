"""What a pull brings of returns anywhere (change kinds `loan_line`, `returned_elsewhere`, `return_reconciled`;
showroom/services/returns_elsewhere.py says the decisions).

- `loan_line` (every counter): another showroom's sample out on loan, or no longer (`open` false). Kept so a
  return of it can be taken here; a counter's own lines are its own rows and skipped.
- `returned_elsewhere` (the lender): a sample of its loan came back at another counter. The loan line closes as
  returned (condition, that counter's time and showroom), the sample is that showroom's from now
  (`transferred`), and when nothing of the loan is out any more the loan closes and its deposit is owed to the
  streamer (the deposit stays where it was taken).
- `return_reconciled` (the counter that took it): a sample it received for another showroom, now matched by HQ
  to its open loan: laid in this showroom's stock like a known return.
Like every pulled change these write rows directly and record no event.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import delete, select

from db.elsewhere_models import ForeignLoanLine, ReturnTakenElsewhere
from db.models import Loan, LoanItem, Sample
from showroom.domain.model import SampleStatus
from showroom.services.auto_loss_rows import pending_on_loan
from showroom.services.common import local_showroom
from showroom.services.elsewhere_rows import TAKEN, lay_in_returned
from showroom.services.owed import owe_what_is_held
from showroom.services.records import OPEN_ITEM
from showroom.services.transfer_rows import showroom_named

KINDS = ("loan_line", "returned_elsewhere", "return_reconciled")


def _time(value: str) -> datetime:
    t = datetime.fromisoformat(value)
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def apply_elsewhere(uow, own_code: str, by_kind: dict[str, dict[str, dict]]) -> None:
    for d in by_kind.get("loan_line", {}).values():
        if d["lender_code"] != own_code:
            _loan_line(uow.session, d)
    for d in by_kind.get("returned_elsewhere", {}).values():
        if d["lender_code"] == own_code:
            _returned_elsewhere(uow, d)
    for d in by_kind.get("return_reconciled", {}).values():
        if d["at_code"] == own_code:
            _reconciled(uow, d)


def _loan_line(s, d: dict) -> None:
    s.execute(delete(ForeignLoanLine).where(ForeignLoanLine.sample_id == d["sample_id"]))
    s.flush()
    if not d["open"]:
        return
    status = s.scalar(select(Sample.status).where(Sample.id == d["sample_id"]))
    if status is not None and status != SampleStatus.TRANSFERRED:
        return  # this counter holds the sample (returned here, or sent here since): its own word stands
    s.execute(delete(ForeignLoanLine).where(ForeignLoanLine.code == d["code"]))
    s.add(
        ForeignLoanLine(
            sample_id=d["sample_id"],
            code=d["code"],
            loan_id=d["loan_id"],
            number=d["number"],
            lender_code=d["lender_code"],
            lender_name=d["lender_name"],
            opened_at=_time(d["opened_at"]),
            due_at=_time(d["due_at"]),
            phone_hash=d.get("phone_hash") or "",
            product=json.dumps(d["product"], ensure_ascii=False),
        )
    )


def _returned_elsewhere(uow, d: dict) -> None:
    s = uow.session
    item = s.scalar(
        select(LoanItem).where(LoanItem.loan_id == d["loan_id"], LoanItem.sample_id == d["sample_id"], *OPEN_ITEM)
    )
    if item is None:
        return  # taken back here meanwhile, or told already: HQ said so to both as an exception
    at = _time(d["returned_at"])
    there = showroom_named(s, d["at_code"], d["at_name"])
    item.returned_at, item.return_condition, item.return_note = at, d["condition"], d.get("note") or ""
    item.return_showroom_id = there.id
    sample = s.get(Sample, d["sample_id"])
    if sample is not None:
        sample.status, sample.showroom_id = SampleStatus.TRANSFERRED.value, there.id
    s.flush()
    loan = s.get(Loan, d["loan_id"])
    still_out = s.scalar(select(LoanItem.id).where(LoanItem.loan_id == loan.id, *OPEN_ITEM))
    if still_out is None and loan.closed_at is None and not pending_on_loan(s, loan.id):
        loan.closed_at = at
        owe_what_is_held(uow, loan, loan.staff_id, at)  # the streamer was not here: owed, paid at their next visit


def _reconciled(uow, d: dict) -> None:
    s = uow.session
    row = s.get(ReturnTakenElsewhere, d["return_id"])
    if row is None or row.state == TAKEN:
        return
    row.state, row.sample_id, row.loan_id, row.number = TAKEN, d["sample_id"], d["loan_id"], d["number"]
    row.lender_code, row.lender_name = d["lender_code"], d["lender_name"]
    condition = None if row.condition == "good" and not row.note else f"{row.condition}: {row.note}".rstrip(": ")
    room = local_showroom(uow)
    lay_in_returned(
        s, d["sample_id"], row.code, d["product"], condition, d["number"], room.id, row.staff_id, row.returned_at
    )
