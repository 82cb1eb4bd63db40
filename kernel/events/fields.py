"""The field kinds of an event declaration, each with its bounds, and the one validator they share.

A declared class lists its fields as class attributes (`number = Code(LOAN, 24)`); instances hold the
values, frozen. `dump` checks a value and gives its JSON form (what the counter writes); `load` checks a
JSON value and gives the typed one (what HQ reads). Both refuse with EventInvalid, which names the
field's path in the payload ("samples[2].code") and a machine key (too_long, out_of_range, ...).

Not dataclasses: generating their methods costs ~1 ms a class at import, ~30 ms for these declarations,
and the counter's start-up time is a target; this base costs nothing per class.
"""
from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any, ClassVar, Generic, TypeVar, overload

T = TypeVar("T")
_MISSING = object()

# Timestamps and days in events lie in this window; anything else is a broken clock or forged input.
TIME_FROM = datetime(2000, 1, 1, tzinfo=timezone.utc)
TIME_UNTIL = datetime(2100, 1, 1, tzinfo=timezone.utc)
_LONGEST_TIME = 40   # "2026-11-27T10:00:00.123456+08:00" is 32: a longer text is not one


class EventInvalid(ValueError):
    """A value breaks its event's declaration: nothing is written (counter), nothing applied (HQ).

    `path` is where in the payload ("samples[2].code"); the rest reads like showroom's InvalidInput, so
    a front end words it the same way: `field` is the field's own name, `problem` a machine key, `value`
    the offending value, shortened (for too_long, the longest allowed, as InvalidInput has it), and
    `minimum`/`maximum` the bounds of an out_of_range number.
    """

    def __init__(self, event_type: str, path: str, problem: str, value: object = None,
                 minimum: int | None = None, maximum: int | None = None):
        shown = value if not isinstance(value, (str, list, tuple, dict)) or len(value) <= 40 else \
            f"{str(value)[:40]}…"
        super().__init__(f"{event_type}: {path or '(payload)'}: {problem}" + ("" if value is None else f" ({shown!r})"))
        self.event_type, self.path, self.problem, self.value = event_type, path, problem, shown
        self.field = path.rsplit(".", 1)[-1].split("[", 1)[0]
        self.minimum, self.maximum = minimum, maximum


class _Bad(Exception):
    """Raised inside the validator; the path is added on the way out, so success costs nothing."""

    def __init__(self, problem: str, value: object = None, minimum: int | None = None, maximum: int | None = None):
        super().__init__(problem)
        self.problem, self.value, self.minimum, self.maximum = problem, value, minimum, maximum
        self.path: list[str] = []

    def at(self, step: str) -> "_Bad":
        self.path.append(step)
        return self

    def invalid(self, event_type: str) -> EventInvalid:
        path = "".join(s if s.startswith("[") else f".{s}" for s in reversed(self.path)).lstrip(".")
        return EventInvalid(event_type, path, self.problem, self.value, self.minimum, self.maximum)


class Kind(Generic[T]):
    """One field: its kind and bounds, its key in the payload (`key=` when that is no Python name),
    whether null is a value (`nullable`), and whether it may be absent (`optional`: absent reads as None,
    and None is left out when written)."""

    name = key = ""

    def __init__(self, *, key: str = "", nullable: bool = False, optional: bool = False):
        self.key, self.nullable, self.optional = key, nullable, optional

    def __set_name__(self, owner: type, name: str) -> None:
        self.name, self.key = name, self.key or name

    @overload
    def __get__(self, obj: None, owner: type) -> "Kind[T]": ...
    @overload
    def __get__(self, obj: object, owner: type) -> T: ...

    def __get__(self, obj, owner=None):
        if obj is None:      # the class's attribute is its field; an instance's value shadows it
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
        text = self.describe()
        return f"{text} or null" if self.nullable else f"{text}, may be absent" if self.optional else text


class Text(Kind[str]):
    """A string of at most `max_len` characters, never with NUL or a lone surrogate (neither survives
    PostgreSQL or UTF-8), optionally one of `choices` or matching a code `form`."""

    def __init__(self, max_len: int, *, min_len: int = 0, choices: tuple[str, ...] = (),
                 form: re.Pattern | None = None, what: str = "", **options):
        super().__init__(**options)
        self.max_len, self.min_len, self.choices, self.form, self.what = max_len, min_len, choices, form, what

    def check(self, value: Any) -> str:
        if type(value) is not str:
            if not isinstance(value, str):
                raise _Bad("not_text", value)
            value = str.__str__(value)   # a StrEnum member: its plain value
        if self.choices:
            if value not in self.choices:
                raise _Bad("unknown_choice", value)
            return value
        if len(value) > self.max_len:
            raise _Bad("too_long", self.max_len)
        if len(value) < self.min_len:
            raise _Bad("required" if not value else "too_short", value)
        if "\x00" in value:
            raise _Bad("nul_character", value)
        if not value.isascii():
            try:
                value.encode("utf-8")
            except UnicodeEncodeError:
                raise _Bad("lone_surrogate", value.encode("utf-8", "backslashreplace").decode()) from None
        if self.form is not None and value and not (value.isascii() and self.form.fullmatch(value)):
            raise _Bad("not_" + (self.what or "form").replace(" ", "_"), value)
        return value

    load = dump = check   # the same both ways; no indirection on the hot path

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
        if type(value) is str and len(value) == 36 and _UUID.fullmatch(value):   # ASCII: no NUL, no surrogate
            return value
        return super().check(value)   # which says what is wrong

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
            return value   # the form is ASCII without NUL
        return super().check(value)   # which says what is wrong (or takes the empty code)

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
            raise _Bad("not_integer", value)
        if not self.minimum <= value <= self.maximum:
            raise _Bad("out_of_range", value, self.minimum, self.maximum)
        return value

    load = dump = check

    def describe(self) -> str:
        return f"{self.unit or 'integer'} {self.minimum}–{self.maximum:,}".replace(",", "\u2009")


class Boolean(Kind[bool]):
    def check(self, value: Any) -> bool:
        if type(value) is not bool:
            raise _Bad("not_boolean", value)
        return value

    load = dump = check

    def describe(self) -> str:
        return "true \\| false"


def _in_window(value: date) -> None:
    """Days and times of the window. The year is checked first: comparing an aware time of year 1 or
    9999 would overflow on its offset."""
    if not TIME_FROM.year <= value.year < TIME_UNTIL.year or \
            isinstance(value, datetime) and not TIME_FROM <= value < TIME_UNTIL:
        raise _Bad("out_of_window", value.isoformat())


class Timestamp(Kind[datetime]):
    """A time with its offset (ISO 8601), from 2000-01-01 to 2100-01-01; written as `isoformat()`."""

    def dump(self, value: Any) -> str:
        if not isinstance(value, datetime):
            raise _Bad("not_time", value)
        self._aware_in_window(value)
        return value.isoformat()

    def load(self, raw: Any) -> datetime:
        if type(raw) is not str or len(raw) > _LONGEST_TIME:
            raise _Bad("not_time", raw)
        try:
            value = datetime.fromisoformat(raw)
        except ValueError:
            raise _Bad("not_time", raw) from None
        self._aware_in_window(value)
        return value

    @staticmethod
    def _aware_in_window(value: datetime) -> None:
        if value.utcoffset() is None:
            raise _Bad("naive_time", value.isoformat())
        _in_window(value)

    def describe(self) -> str:
        return "time with offset"


class Day(Kind[date]):
    """A calendar day (YYYY-MM-DD) within the same window."""

    def dump(self, value: Any) -> str:
        if type(value) is not date:
            raise _Bad("not_day", value)
        _in_window(value)
        return value.isoformat()

    def load(self, raw: Any) -> date:
        if type(raw) is not str or len(raw) != 10:
            raise _Bad("not_day", raw)
        try:
            value = date.fromisoformat(raw)
        except ValueError:
            raise _Bad("not_day", raw) from None
        _in_window(value)
        return value

    def describe(self) -> str:
        return "day"


class Declared:
    """A declared record: fields as class attributes (Kind instances, in order), values set once by
    keyword. Events (kernel.events.base) and the records nested in them both are."""

    FIELDS: ClassVar[tuple[Kind, ...]] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.FIELDS = cls.FIELDS + tuple(v for v in vars(cls).values() if isinstance(v, Kind))   # inherited first
        cls._KEYS = frozenset(f.key for f in cls.FIELDS)
        # what _load needs of each field, looked up once: HQ reads every pushed event through it
        cls._PLAN = tuple((f.name, f.key, f.load, f.optional, f.nullable) for f in cls.FIELDS)

    def __init__(self, **values: Any):
        own = {}
        for f in self.FIELDS:
            value = values.pop(f.name, _MISSING)
            if value is _MISSING:
                if not f.optional:
                    raise TypeError(f"{type(self).__name__}() needs {f.name}")
                value = None
            own[f.name] = value
        if values:
            raise TypeError(f"{type(self).__name__}() has no field {', '.join(values)}")
        self.__dict__.update(own)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is frozen")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and other.__dict__ == self.__dict__

    __hash__ = None   # values may be lists

    def __repr__(self) -> str:
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())})"

    def _dump(self) -> dict[str, Any]:
        out = {}
        for f in self.FIELDS:
            value = self.__dict__[f.name]
            if value is None:
                if f.optional:
                    continue
                if not f.nullable:
                    raise _Bad("required").at(f.key)
                out[f.key] = None
                continue
            try:
                out[f.key] = f.dump(value)
            except _Bad as bad:
                raise bad.at(f.key) from None
        return out

    @classmethod
    def _load(cls, raw: Any):
        if type(raw) is not dict:
            raise _Bad("not_object", type(raw).__name__)
        values, present = {}, 0
        for name, key, load, optional, nullable in cls._PLAN:
            value = raw.get(key, _MISSING)
            if value is _MISSING:
                if not optional:
                    raise _Bad("required").at(key)
                values[name] = None
                continue
            present += 1
            if value is None and nullable:
                values[name] = None
                continue
            try:
                values[name] = load(value)
            except _Bad as bad:
                raise bad.at(key) from None
        if present != len(raw):
            raise _Bad("unexpected").at(next(k for k in raw if k not in cls._KEYS))
        made = cls.__new__(cls)
        made.__dict__.update(values)
        return made


class Nested(Kind[T]):
    """A record of declared fields inside an event (one sample of a loan, the terms of a tier)."""

    def __init__(self, record: type[Declared], **options):
        super().__init__(**options)
        self.record = record

    def dump(self, value: Any) -> dict:
        if type(value) is not self.record:
            raise _Bad("not_object", type(value).__name__)
        return value._dump()

    def load(self, raw: Any):
        return self.record._load(raw)

    def describe(self) -> str:
        return "{" + ", ".join(f"`{f.key}` {f.described()}" for f in self.record.FIELDS) + "}"


class ListOf(Kind[tuple]):
    """A list of `min_len` to `max_len` items of one kind; read as a tuple."""

    def __init__(self, item: Kind | type[Declared], min_len: int, max_len: int, **options):
        super().__init__(**options)
        self.item = item if isinstance(item, Kind) else Nested(item)
        self.min_len, self.max_len = min_len, max_len

    def _each(self, value: Any, convert) -> list:
        if not isinstance(value, (list, tuple)):
            raise _Bad("not_list", type(value).__name__)
        if not self.min_len <= len(value) <= self.max_len:
            raise _Bad("too_many" if len(value) > self.max_len else "too_few", len(value),
                       self.min_len, self.max_len)
        out = []
        for i, item in enumerate(value):
            try:
                out.append(convert(item))
            except _Bad as bad:
                raise bad.at(f"[{i}]") from None
        return out

    def dump(self, value: Any) -> list:
        return self._each(value, self.item.dump)

    def load(self, raw: Any) -> tuple:
        if type(raw) is not list:
            raise _Bad("not_list", type(raw).__name__)
        return tuple(self._each(raw, self.item.load))

    def describe(self) -> str:
        return f"list of {self.min_len}–{self.max_len} × {self.item.describe()}"
