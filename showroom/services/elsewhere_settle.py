"""Settling a return HQ could not match (return anywhere): a sample this counter received for another showroom
that HQ found on no open loan (exception `return_elsewhere_unmatched`). A manager decides, at the counter:

- **Keep in our stock**: the sample becomes this showroom's, in stock and lendable, as a matched return's does.
  Its product must be known: HQ sends it with its word when it knows the sample (pull `return_unmatched`,
  showroom/sync/elsewhere_pull.py). When HQ knows no sample of that code, nothing can be laid in a stock: the
  refusal says so (`product_unknown`), and the sample stays held, listed, for HQ to find out.
- **Send back to its showroom**: the same, and at once on a transfer to the showroom HQ said it belongs to.

Decisions:
- One use case, one transaction: the settlement's event (return_elsewhere.settled@1) is recorded first, then
  the photos kept at its return (showroom/services/elsewhere_photos.py), then, to send it back, the transfer
  itself (transfer.sent@1) made by `showroom.services.transfers.send_within`, the body of the transfers' own use
  case, inside this transaction, so the sample cannot be left kept-but-not-sent or sent-but-not-settled: any
  refusal of the transfer (a showroom this counter does not know, ...) rolls the whole settlement back and
  changes nothing. Recording the decision and leaving the transfer to be made by hand
  (F10) was rejected: a sample on nobody's slip is how samples disappear.
- HQ applies the settlement (hq/returns_elsewhere.py): the sample is in the taker's custody, the exception is
  resolved (the console shows by whom and how), and the showroom it came from is told (pull `return_settled`):
  its copy of the sample shows `transferred` (it is not there), until a transfer sent back is received there.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from db.elsewhere_models import ReturnTakenElsewhere, UnmatchedReturn
from db.uow import UnitOfWork
from kernel.events import ReturnElsewhereSettled, TransferredProduct
from showroom.domain.errors import ElsewhereRefused, InvalidInput
from showroom.domain.model import Role
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, local_showroom, optional_text, resolve_now
from showroom.services.elsewhere_photos import tell_photos
from showroom.services.elsewhere_rows import HELD, write_settlement
from showroom.services.transfers import send_within


class Settlement(StrEnum):
    KEEP = "keep"
    SEND_BACK = "send_back"


@dataclass(frozen=True)
class SettledReturn:
    code: str
    decision: str
    lender_code: str
    lender_name: str
    transfer_number: str  # empty when kept


def _checked(decision: str, note: str) -> tuple[Settlement, str]:
    try:
        chosen = Settlement(decision)
    except ValueError:
        raise InvalidInput("decision", "unknown_choice", decision) from None
    return chosen, optional_text("note", note, 300)


def _unmatched(uow: UnitOfWork, return_id: str) -> tuple[ReturnTakenElsewhere, UnmatchedReturn]:
    row = uow.session.get(ReturnTakenElsewhere, return_id)
    if row is None:
        raise ElsewhereRefused("no_such_return", code=return_id)
    word = uow.session.get(UnmatchedReturn, return_id)
    if word is not None and word.settled_at is not None:
        raise ElsewhereRefused("settled_already", code=row.code)
    if word is None or row.state != HELD:
        raise ElsewhereRefused("not_unmatched", code=row.code)
    if word.sample_id is None or word.product is None:
        raise ElsewhereRefused("product_unknown", code=row.code, showroom=word.lender_code)
    return row, word


@changes(Topic.SAMPLES, Topic.TRANSFERS, Topic.CATALOG)
def settle_unmatched_return(
    uow: UnitOfWork, actor: Actor, return_id: str, decision: str, note: str = "", now: datetime | None = None
) -> SettledReturn:
    """Manager only. A held return HQ could not match: kept in this showroom's stock, or kept and sent back to its
    showroom on a transfer, in one transaction. ElsewhereRefused (not unmatched, settled already, product unknown)
    or a transfer's refusal, and nothing changes."""
    now = resolve_now(now)
    chosen, note = _checked(decision, note)
    with uow:
        staff = acting_staff(uow, actor, Role.MANAGER, "settle_return_elsewhere")
        row, word = _unmatched(uow, return_id)
        event = ReturnElsewhereSettled(
            return_id=row.id,
            exception_id=word.exception_id,
            sample_id=word.sample_id,
            code=row.code,
            decision=chosen.value,
            lender=word.lender_code,
            lender_name=word.lender_name,
            settled_by=staff.name,
            note=note,
            product=TransferredProduct(**json.loads(word.product)),
        )
        write_settlement(uow.session, event, local_showroom(uow).id, staff.id, now)
        uow.record_event(event, staff_id=staff.id, at=now)
        tell_photos(uow, [row.id], now)
        number = ""
        if chosen == Settlement.SEND_BACK:
            sent = send_within(uow, staff, word.lender_code, [row.code], note, now)
            number = sent.summary.number
        uow.commit()
        return SettledReturn(row.code, chosen.value, word.lender_code, word.lender_name, number)
