"""What every projection of the replay shares: the event being replayed, and the refusal of one that
contradicts what the counter holds now."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from db.models import ShowroomRow, Streamer
from db.sync_models import CatalogAlias
from db.uow import UnitOfWork
from showroom.domain.codes import loan_series, stocktake_series, transfer_series
from showroom.replay.batch import Batch


class ReplayConflict(Exception):
    """The event cannot be laid over what the counter holds now (its loan number was given again after the
    restore, its sample was lent again...): it is kept in the outbox as HQ has it, its rows are not written,
    and it is named among what could not be got back."""

    def __init__(self, problem: str, what: str = ""):
        super().__init__(problem)
        self.problem, self.what = problem, what


@dataclass
class Replaying:
    uow: UnitOfWork
    room: ShowroomRow | None  # this showroom (None until the replay of a rebuilt counter sets it up)
    staff_id: str | None  # who recorded the event
    at: datetime  # when it was recorded (the event's occurred_at)
    batch: Batch = field(default=None)  # the page's rows written in bulk (showroom/replay/batch.py)
    # catching up: events recorded here and never sent wait above this place (a loan made here after the
    # restore may then hold a sample HQ's older loan lent: showroom/replay/superseded.py); None otherwise
    unsent_above: int | None = None

    def __post_init__(self):
        if self.batch is None:
            self.batch = Batch(self.uow.session)

    @property
    def session(self):
        return self.uow.session

    def local_id(self, kind: str, hq_id: str) -> str:
        """A merchant or product that matched one the counter already had (same name, same EAN)."""
        alias = self.session.get(CatalogAlias, hq_id)
        return alias.local_id if alias is not None and alias.kind == kind else hq_id

    def streamer_id(self, streamer_id: str, phone: str) -> str:
        """The local row of a streamer the event names: by id, else by phone (a record pulled from HQ)."""
        if self.batch.get(Streamer, streamer_id) is not None:
            return streamer_id
        found = self.batch.find(Streamer, "phone", phone)
        if found is None:
            raise ReplayConflict("unknown_streamer", phone)
        return found

    def reach(self, series: str, number: int) -> None:
        """The series goes on after `number`: what HQ has seen is never handed out again (through the batch,
        whichever projection asks: the counters are only ever written there)."""
        self.batch.reach(series, number)

    def reach_code(self, code: str) -> None:
        """Sample codes `CS-000042`, member codes `CS-M00017`, loan numbers `CS-L261127007` and count numbers
        `CS-C26120601` of this showroom."""
        found = code_series(self.room.code, code) if self.room is not None else None
        if found is not None:
            self.reach(*found)


def _day(m: re.Match) -> date:
    return date(2000 + int(m.group(1)), int(m.group(2)), int(m.group(3)))


def code_series(room_code: str, code: str) -> tuple[str, int] | None:
    """The series a code of this showroom is numbered in, and its number (None: not one of its codes)."""
    site, _, rest = code.partition("-")
    if site != room_code:
        return None
    if m := re.fullmatch(r"M(\d+)", rest):
        return "member", int(m.group(1))
    if m := re.fullmatch(r"L(\d\d)(\d\d)(\d\d)(\d{3,})", rest):
        return loan_series(_day(m)), int(m.group(4))
    if m := re.fullmatch(r"C(\d\d)(\d\d)(\d\d)(\d{2,})", rest):
        return stocktake_series(_day(m)), int(m.group(4))
    if m := re.fullmatch(r"T(\d\d)(\d\d)(\d\d)(\d{3,})", rest):
        return transfer_series(_day(m)), int(m.group(4))
    if rest.isdigit():
        return "sample", int(rest)
    return None
