"""What every event declaration is: a type with its version, what HQ does with it, its fields.

    class LoanClosed(Event, type="loan.closed@1", hq=APPLIES):
        \"\"\"Every sample of a loan is back, lost or superseded; the deposit left is refunded.\"\"\"
        loan_id = Uuid()
        refund_fen = Fen()

`LoanClosed(loan_id=..., refund_fen=...)` makes one; `to_payload()` checks it and gives the payload the
outbox stores; `LoanClosed.from_payload(dict)` (or `read(type, dict)`) checks a payload and gives the
event. A changed payload is a new version (`@2`) declared next to the old one: HQ reads both.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from kernel.events.fields import EventInvalid, FieldProblem
from kernel.events.records import Declared

APPLIES = "applies"  # HQ applies it to what it shows (projections)
STORES = "stores"  # HQ keeps it for the audit trail only: the administration of one showroom PC

_TYPE = re.compile(r"[a-z_]+\.[a-z_]+@[1-9][0-9]*")

EVENTS: dict[str, type[Event]] = {}


class Record(Declared):
    """A record nested in an event (one sample of a loan, the terms of a tier)."""


class Event(Declared):
    """Base of the event declarations. `TYPE` is `name.verb@version`; `HQ` is APPLIES or STORES."""

    TYPE: ClassVar[str] = ""
    HQ: ClassVar[str] = ""

    def __init_subclass__(cls, type: str = "", hq: str = "", **kwargs):
        super().__init_subclass__(**kwargs)
        if not type and not hq:
            return  # a base that only shares fields (the staff events' staff_id and name)
        if not _TYPE.fullmatch(type) or hq not in (APPLIES, STORES):
            raise TypeError(f"{cls.__name__}: an event needs type='name.verb@N' and hq=APPLIES or STORES")
        if type in EVENTS:
            raise TypeError(f"{type} is declared twice ({EVENTS[type].__name__}, {cls.__name__})")
        cls.TYPE, cls.HQ = type, hq
        EVENTS[type] = cls

    def to_payload(self) -> dict[str, Any]:
        """The payload as the outbox stores it, every field checked against its declaration."""
        try:
            return self._dump()
        except FieldProblem as bad:
            raise bad.invalid(self.TYPE) from None

    @classmethod
    def from_payload(cls, payload: Any):
        """The event a payload holds, every field checked; EventInvalid names the first that is not."""
        try:
            return cls._load(payload)
        except FieldProblem as bad:
            raise bad.invalid(cls.TYPE) from None


def declared(event_type: str) -> type[Event] | None:
    """The declaration of a type, or None for one no declaration names."""
    return EVENTS.get(event_type)


def read(event_type: str, payload: Any) -> Event:
    """The declared event of this type held by this payload; EventInvalid when the type is not declared
    (`unknown_type`) or the payload breaks the declaration."""
    cls = EVENTS.get(event_type)
    if cls is None:
        raise EventInvalid(event_type, "", "unknown_type")
    return cls.from_payload(payload)
