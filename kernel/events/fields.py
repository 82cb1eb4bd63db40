"""The field kinds of an event declaration, each with its bounds: text, ids, codes, numbers, times.

A declared class (kernel.events.records) lists its fields as class attributes (`number = LoanNumber()`).
A kind's `dump` checks a value and gives its JSON form (what the counter writes); its `load` checks a
JSON value and gives the typed one (what HQ reads). Both refuse with EventInvalid, which names the
field's path in the payload ("samples[2].code") and a machine key (too_long, out_of_range, ...).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any, Generic, TypeVar, overload

T = TypeVar("T")

# Timestamps and days in events lie in this window; anything else is a broken clock or forged input.
TIME_FROM = datetime(2000, 1, 1, tzinfo=timezone.utc)
TIME_UNTIL = datetime(2100, 1, 1, tzinfo=timezone.utc)
_LONGEST_TIME = 40  # "2026-11-27T10:00:00.123456+08:00" is 32: a longer text is not one


class EventInvalid(ValueError):
    """A value breaks its event's declaration: nothing is written (counter), nothing applied (HQ).

    `path` is where in the payload ("samples[2].code"); the rest reads like showroom's InvalidInput, so
    a front end words it the same way: `field` is the field's own name, `problem` a machine key, `value`
    the offending value, shortened (for too_long, the longest allowed, as InvalidInput has it), and
    `minimum`/`maximum` the bounds of an out_of_range number.
    """

    def __init__(
        self,
        event_type: str,
        path: str,
        problem: str,
        value: object = None,
        minimum: int | None = None,
        maximum: int | None = None,
    ):
        shown = value if not isinstance(value, (str, list, tuple, dict)) or len(value) <= 40 else f"{str(value)[:40]}…"
        super().__init__(f"{event_type}: {path or '(payload)'}: {problem}" + ("" if value is None else f" ({shown!r})"))
        self.event_type, self.path, self.problem, self.value = event_type, path, problem, shown
        self.field = path.rsplit(".", 1)[-1].split("[", 1)[0]
        self.minimum, self.maximum = minimum, maximum


class FieldProblem(Exception):
    """Raised inside the validator (this package only); the path is added on the way out, so success
    costs nothing. Callers see EventInvalid."""

    def __init__(self, problem: str, value: object = None, minimum: int | None = None, maximum: int | None = None):
        super().__init__(problem)
        self.problem, self.value, self.minimum, self.maximum = problem, value, minimum, maximum
        self.path: list[str] = []

    def at(self, step: str) -> FieldProblem:
        self.path.append(step)
        return self

    def invalid(self, event_type: str) -> EventInvalid:
        path = "".join(s if s.startswith("[") else f".{s}" for s in reversed(self.path)).lstrip(".")
        return EventInvalid(event_type, path, self.problem, self.value, self.minimum, self.maximum)


# The rows an id may name that belong to one showroom (`names=`): HQ applies an event only when every row
# it names is the pushing device's showroom's (hq/ownership.py; hq/PROTOCOL.md, "Ownership").
LOAN = "loan"  # a loan belongs to the showroom that opened it
SAMPLE = "sample"  # a sample belongs to its custodian showroom
_OWNED = {LOAN: "this showroom's loan", SAMPLE: "this showroom's sample"}


class Kind(Generic[T]):
    """One field: its kind and bounds, its key in the payload (`key=` when that is no Python name),
    whether null is a value (`nullable`), whether it may be absent (`optional`: absent reads as None,
    and None is left out when written), and the row it names when that row has an owner (`names=`)."""

    name = key = ""

    def __init__(self, *, key: str = "", nullable: bool = False, optional: bool = False, names: str = ""):
        if names and names not in _OWNED:
            raise TypeError(f"names= is one of {', '.join(_OWNED)}")
        self.key, self.nullable, self.optional, self.names = key, nullable, optional, names

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.key = name, self.key or name

    @overload
    def __get__(self, obj: None, owner: type) -> Kind[T]: ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...

    def __get__(self, obj, owner=None):
        if obj is None:  # the class's attribute is its field; an instance's value shadows it
            return self
        raise AttributeError(self.name)

    def dump(self, value: Any) -> Any:
        """The JSON value of a typed one, checked."""
        return self.check(value)

    def load(self, raw: Any) -> T:
        """The typed value of a JSON one, checked."""
        return self.check(raw)

    def check(self, value: Any) -> Any:
        raise NotImplementedError

    def describe(self) -> str:
        """For the protocol table (kernel.events.table)."""
        raise NotImplementedError

    def described(self) -> str:
        text = self.describe() + (f" of {_OWNED[self.names]}" if self.names else "")
        return f"{text} or null" if self.nullable else f"{text}, may be absent" if self.optional else text


class Text(Kind[str]):
    """A string of at most `max_len` characters, never with NUL or a lone surrogate (neither survives
    PostgreSQL or UTF-8), optionally one of `choices` or matching a code `form`."""

    def __init__(
        self,
        max_len: int,
        *,
        min_len: int = 0,
        choices: tuple[str, ...] = (),
        form: re.Pattern | None = None,
        what: str = "",
        **options,
    ):
        super().__init__(**options)
        self.max_len, self.min_len, self.choices, self.form, self.what = max_len, min_len, choices, form, what

    def check(self, value: Any) -> str:
        if type(value) is not str:
            if not isinstance(value, str):
                raise FieldProblem("not_text", value)
            value = str.__str__(value)  # a StrEnum member: its plain value
        if self.choices:
            if value not in self.choices:
                raise FieldProblem("unknown_choice", value)
            return value
        if len(value) > self.max_len:
            raise FieldProblem("too_long", self.max_len)
        if len(value) < self.min_len:
            raise FieldProblem("required" if not value else "too_short", value)
        if "\x00" in value:
            raise FieldProblem("nul_character", value)
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise FieldProblem("lone_surrogate", value.encode("utf-8", "backslashreplace").decode()) from None
        if self.form is not None and value and not (value.isascii() and self.form.fullmatch(value)):
            raise FieldProblem("not_" + (self.what or "form").replace(" ", "_"), value)
        return value

    load = dump = check  # the same both ways; no indirection on the hot path

    def describe(self) -> str:
        if self.choices:
            return " \\| ".join(f"`{c}`" for c in self.choices)
        kind = self.what or "text"
        if self.form is not None:
            return f"{kind} (≤ {self.max_len})" + (" or empty" if not self.min_len else "")
        return f"{kind} {self.min_len}–{self.max_len}" if self.min_len else f"{kind} ≤ {self.max_len}"


_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


class Uuid(Text):
    """An id: a UUID in its canonical lower-case form, as every row of the counter and HQ has."""

    def __init__(self, **options):
        super().__init__(36, min_len=36, form=_UUID, what="uuid", **options)

    def check(self, value: Any) -> str:
        if type(value) is str and len(value) == 36 and _UUID.fullmatch(value):  # ASCII: no NUL, no surrogate
            return value
        return super().check(value)  # which says what is wrong

    load = dump = check

    def describe(self) -> str:
        return "uuid"


class Code(Text):
    """A code of the form the counter prints (kernel.codes), at most `max_len` characters."""

    def __init__(self, form: re.Pattern, max_len: int, what: str, example: str, *, empty: bool = False, **options):
        super().__init__(max_len, min_len=0 if empty else 1, form=form, what=what, **options)
        self.example = example

    def check(self, value: Any) -> str:
        if type(value) is str and len(value) <= self.max_len and value.isascii() and self.form.fullmatch(value):
            return value  # the form is ASCII without NUL
        return super().check(value)  # which says what is wrong (or takes the empty code)

    load = dump = check

    def describe(self) -> str:
        return f"{self.what} (`{self.example}`, ≤ {self.max_len})" + (" or empty" if not self.min_len else "")


class Integer(Kind[int]):
    """A whole number from `minimum` to `maximum` (never a bool, never a float)."""

    def __init__(self, minimum: int, maximum: int, *, unit: str = "", **options):
        super().__init__(**options)
        self.minimum, self.maximum, self.unit = minimum, maximum, unit

    def check(self, value: Any) -> int:
        if type(value) is not int:
            raise FieldProblem("not_integer", value)
        if not self.minimum <= value <= self.maximum:
            raise FieldProblem("out_of_range", value, self.minimum, self.maximum)
        return value

    load = dump = check

    def describe(self) -> str:
        return f"{self.unit or 'integer'} {self.minimum}–{self.maximum:,}".replace(",", "\u2009")


class Boolean(Kind[bool]):
    def check(self, value: Any) -> bool:
        if type(value) is not bool:
            raise FieldProblem("not_boolean", value)
        return value

    load = dump = check

    def describe(self) -> str:
        return "true \\| false"


def _in_window(value: date) -> None:
    """Days and times of the window. The year is checked first: comparing an aware time of year 1 or
    9999 would overflow on its offset."""
    if (
        not TIME_FROM.year <= value.year < TIME_UNTIL.year
        or isinstance(value, datetime)
        and not TIME_FROM <= value < TIME_UNTIL
    ):
        raise FieldProblem("out_of_window", value.isoformat())


class Timestamp(Kind[datetime]):
    """A time with its offset (ISO 8601), from 2000-01-01 to 2100-01-01; written as `isoformat()`."""

    def dump(self, value: Any) -> str:
        if not isinstance(value, datetime):
            raise FieldProblem("not_time", value)
        self._aware_in_window(value)
        return value.isoformat()

    def load(self, raw: Any) -> datetime:
        if type(raw) is not str or len(raw) > _LONGEST_TIME:
            raise FieldProblem("not_time", raw)
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            raise FieldProblem("not_time", raw) from None
        self._aware_in_window(value)
        return value

    @staticmethod
    def _aware_in_window(value: datetime) -> None:
        if value.utcoffset() is None:
            raise FieldProblem("naive_time", value.isoformat())
        _in_window(value)

    def describe(self) -> str:
        return "time with offset"


class Day(Kind[date]):
    """A calendar day (YYYY-MM-DD) within the same window."""

    def dump(self, value: Any) -> str:
        if type(value) is not date:
            raise FieldProblem("not_day", value)
        _in_window(value)
        return value.isoformat()

    def load(self, raw: Any) -> date:
        if type(raw) is not str or len(raw) != 10:
            raise FieldProblem("not_day", raw)
        try:
            value = date.fromisoformat(raw)
        except ValueError:
            raise FieldProblem("not_day", raw) from None
        _in_window(value)
        return value

    def describe(self) -> str:
        return "day"
