"""Declared records: fields as class attributes, values set once by keyword, frozen; and the kinds
that nest them in an event (`Nested`, `ListOf`).

Not dataclasses: generating their methods costs ~1 ms a class at import (~30 ms for these declarations,
measured), and the counter's start-up time is a target; this base costs nothing per class.
"""

from __future__ import annotations

from typing import Any, ClassVar

from kernel.events.fields import FieldProblem, Kind, T

_MISSING = object()


class Declared:
    """A declared record: fields as class attributes (Kind instances, in order), values set once by
    keyword. Events (kernel.events.base) and the records nested in them both are."""

    FIELDS: ClassVar[tuple[Kind, ...]] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.FIELDS = cls.FIELDS + tuple(v for v in vars(cls).values() if isinstance(v, Kind))  # inherited first
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

    __hash__ = None  # values may be lists

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
                    raise FieldProblem("required").at(f.key)
                out[f.key] = None
                continue
            try:
                out[f.key] = f.dump(value)
            except FieldProblem as bad:
                raise bad.at(f.key) from None
        return out

    @classmethod
    def _load(cls, raw: Any):
        if type(raw) is not dict:
            raise FieldProblem("not_object", type(raw).__name__)
        values, present = {}, 0
        for name, key, load, optional, nullable in cls._PLAN:
            value = raw.get(key, _MISSING)
            if value is _MISSING:
                if not optional:
                    raise FieldProblem("required").at(key)
                values[name] = None
                continue
            present += 1
            if value is None and nullable:
                values[name] = None
                continue
            try:
                values[name] = load(value)
            except FieldProblem as bad:
                raise bad.at(key) from None
        if present != len(raw):
            raise FieldProblem("unexpected").at(next(k for k in raw if k not in cls._KEYS))
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
            raise FieldProblem("not_object", type(value).__name__)
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
            raise FieldProblem("not_list", type(value).__name__)
        if not self.min_len <= len(value) <= self.max_len:
            raise FieldProblem(
                "too_many" if len(value) > self.max_len else "too_few", len(value), self.min_len, self.max_len
            )
        out = []
        for i, item in enumerate(value):
            try:
                out.append(convert(item))
            except FieldProblem as bad:
                raise bad.at(f"[{i}]") from None
        return out

    def dump(self, value: Any) -> list:
        return self._each(value, self.item.dump)

    def load(self, raw: Any) -> tuple:
        if type(raw) is not list:
            raise FieldProblem("not_list", type(raw).__name__)
        return tuple(self._each(raw, self.item.load))

    def describe(self) -> str:
        return f"list of {self.min_len}–{self.max_len} × {self.item.describe()}"
