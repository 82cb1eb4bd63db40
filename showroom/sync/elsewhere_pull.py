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
- `return_unmatched` (the counter that took it): HQ found no open loan for a return taken here; its word is kept
  (the exception's id and, when HQ knows the sample, its id, product and showroom) so the counter lists the return
  as waiting for a manager, who keeps it or sends it back (showroom/services/elsewhere_settle.py).
- `return_settled` (the showroom HQ said the sample is of): a manager elsewhere kept it or sent it back; its copy
  of the sample shows `transferred` there (it is not here), until a transfer sent back is received here.
Like every pulled change these write rows directly and record no event.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from sqlalchemy import delete, select

from db.elsewhere_models import ForeignLoanLine, ReturnTakenElsewhere, UnmatchedReturn
from db.models import Loan, LoanItem, Sample
from db.transfer_models import Transfer, TransferLine
from showroom.domain.model import SampleStatus
from showroom.services.auto_loss_rows import pending_on_loan
from showroom.services.common import local_showroom
from showroom.services.elsewhere_rows import HELD, TAKEN, condition_note, lay_in_returned, product_text
from showroom.services.owed import owe_what_is_held
from showroom.services.records import OPEN_ITEM
from showroom.services.transfer_rows import showroom_named

KINDS = ("loan_line", "returned_elsewhere", "return_reconciled", "return_unmatched", "return_settled")


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
    for d in by_kind.get("return_unmatched", {}).values():
        if d["at_code"] == own_code:
            _unmatched(uow.session, d)
    for d in by_kind.get("return_settled", {}).values():
        if d["lender_code"] == own_code != d["at_code"]:
            _settled_elsewhere(uow, d)


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
    if row is None or row.state != HELD:
        return
    row.state, row.sample_id, row.loan_id, row.number = TAKEN, d["sample_id"], d["loan_id"], d["number"]
    row.lender_code, row.lender_name = d["lender_code"], d["lender_name"]
    condition = condition_note(row.condition, row.note)
    room = local_showroom(uow)
    lay_in_returned(
        s, d["sample_id"], row.code, d["product"], condition, d["number"], room.id, row.staff_id, row.returned_at
    )


def _unmatched(s, d: dict) -> None:
    """HQ's word that it found no open loan for a return taken here: kept once (a settlement may follow)."""
    if s.get(ReturnTakenElsewhere, d["id"]) is None or s.get(UnmatchedReturn, d["id"]) is not None:
        return
    known = d.get("sample_id") and d.get("product")
    s.add(
        UnmatchedReturn(
            return_id=d["id"],
            exception_id=d["exception_id"],
            sample_id=d["sample_id"] if known else None,
            product=product_text(d["product"]) if known else None,
            lender_code=d.get("lender_code") or "",
            lender_name=d.get("lender_name") or "",
            note="",
        )
    )
    if d.get("lender_code"):  # a sample sent back goes there: the transfer names a showroom this counter knows
        showroom_named(s, d["lender_code"], d.get("lender_name") or d["lender_code"])


def _settled_elsewhere(uow, d: dict) -> None:
    """A sample of this showroom another counter took and kept (or sent back): not here. A copy on an open loan
    here is left as it is (HQ reported that contradiction already), and so is one sent back and received already."""
    s = uow.session
    sample = s.get(Sample, d["sample_id"])
    if sample is None or sample.showroom_id != local_showroom(uow).id or sample.status == SampleStatus.TRANSFERRED:
        return
    if s.scalar(select(LoanItem.id).where(LoanItem.sample_id == sample.id, *OPEN_ITEM)) is not None:
        return
    back = (
        select(TransferLine.id)
        .join(Transfer, Transfer.id == TransferLine.transfer_id)
        .where(TransferLine.sample_id == sample.id, Transfer.direction == "in", Transfer.received_at.is_not(None))
        .where(Transfer.sent_at >= _time(d["settled_at"]))
    )
    if s.scalar(back.limit(1)) is not None:  # sent back and received here already
        return
    there = showroom_named(s, d["at_code"], d["at_name"])
    sample.status, sample.showroom_id = SampleStatus.TRANSFERRED.value, there.id
