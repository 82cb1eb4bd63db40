"""The rows a page's most frequent events stand for (loans out and back, deposits, streamers registered, intake,
number series), held as plain dicts and written table by table in bulk (one executemany a table and a set of
columns) instead of an ORM flush per event; what those projections read (a sample's status, a loan's open
items, whether a number or phone is taken) is read a query per table for the whole page (`preload`), else a
row at a time, and kept as it changes.

Every other projection works through the ORM session and reads the database: before it runs the batch is
written (`before_orm`: rows an ORM object of the session holds are expired, their values now being the
batch's), and after it the batch forgets what it read (`after_orm`: that projection may have changed it).
What is written is the same either way (tests/integration/test_replay.py compares every row)."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import groupby

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm.util import identity_key

from db.models import Base, CodeCounter, Loan, LoanItem, Sample, Streamer
from db.types import new_id

CHUNK = 500  # values per IN (...): well under SQLite's limit on bound values
_ORDER = {table: n for n, table in enumerate(Base.metadata.sorted_tables)}  # parents before children
_MISSING = object()


class Batch:
    def __init__(self, session):
        self.session = session
        self._inserts: dict = {}  # table -> [row dict], in the order the events wrote them
        self._updates: dict = {}  # table -> {primary key: changed columns} of rows already in the database
        self._rows: dict = {}  # (model, primary key) -> row dict (a pending insert is the same dict), or None
        self._found: dict = {}  # (model, column, value) -> primary key, or None: what a unique column names
        self._items: dict = {}  # loan id -> [loan_item row dict] in position order
        self._new: set[int] = set()  # id() of the row dicts pending insert
        self._wanted: dict = {}  # what the page named (preload), read again after `forget` when first needed
        self._stale = False

    # reading --------------------------------------------------------------------------------------------

    def get(self, model, key: str) -> dict | None:
        """The row of `model` with this primary key as the page has it now, or None."""
        row = self._rows.get((model, key), _MISSING)
        if row is _MISSING and self._fresh():
            row = self._rows.get((model, key), _MISSING)
        if row is _MISSING:
            self._load(model, _pk(model), [key])
            row = self._rows.setdefault((model, key), None)
        return row

    def find(self, model, column: str, value) -> str | None:
        """The primary key of the row whose unique `column` holds `value`, or None."""
        found = self._found.get((model, column, value), _MISSING)
        if found is _MISSING and self._fresh():
            found = self._found.get((model, column, value), _MISSING)
        if found is _MISSING:
            self._load(model, column, [value])
            found = self._found.setdefault((model, column, value), None)
        return found

    def items(self, loan_id: str) -> list[dict]:
        """The items of a loan, in position order."""
        if loan_id not in self._items and not (self._fresh() and loan_id in self._items):
            self._load_items([loan_id])
        return self._items[loan_id]

    def preload(self, wanted: dict) -> None:
        """Reads up front, a query per (model, column), what the page's events name: {(model, column): values}."""
        for named, values in wanted.items():
            self._wanted.setdefault(named, set()).update(values)
        self._read(wanted)

    def _read(self, wanted: dict) -> None:
        for (model, column), values in wanted.items():
            new = sorted({v for v in values if v is not None} - self._known(model, column))
            for part in _chunks(new):
                if model is LoanItem:
                    self._load_items(part)
                else:
                    self._load(model, column, part)
                    for v in part:
                        self._mark_absent(model, column, v)

    # writing --------------------------------------------------------------------------------------------

    def add(self, model, row: dict) -> dict:
        """A new row (its primary key made as the model's default makes it when not given)."""
        pk = _pk(model)
        if row.get(pk) is None:
            row[pk] = _new_key(model)
        self._inserts.setdefault(model.__table__, []).append(row)
        self._new.add(id(row))
        self._keep(model, row)
        if model is LoanItem:
            self._items.setdefault(row["loan_id"], []).append(row)
        return row

    def set(self, model, key: str, **changes) -> None:
        """Changes a row the page has (a pending one, or one of the database)."""
        row = self.get(model, key)
        row.update(changes)
        if id(row) not in self._new:
            self._updates.setdefault(model.__table__, {}).setdefault(key, {}).update(changes)

    def reach(self, series: str, number: int) -> None:
        """The series goes on after `number` (Replaying.reach)."""
        counter = self.get(CodeCounter, series)
        if counter is None:
            self.add(CodeCounter, {"series": series, "last_value": number})
        elif counter["last_value"] < number:
            self.set(CodeCounter, series, last_value=number)

    def flush(self) -> None:
        """Writes what is pending, parents first: an INSERT per table and set of columns, then an UPDATE by
        primary key per table and set of columns changed; a row of these an ORM object holds is expired."""
        inserts, updates = self._inserts, self._updates
        self._inserts, self._updates, self._new = {}, {}, set()
        s = self.session
        for table in sorted(inserts, key=_ORDER.__getitem__):
            for _columns, rows in groupby(inserts[table], key=tuple):
                s.execute(insert(table), [dict(r) for r in rows])
        for table in sorted(updates, key=_ORDER.__getitem__):
            pk = table.primary_key.columns.values()[0]
            changed = sorted(updates[table].items(), key=lambda kv: tuple(kv[1]))
            for columns, group in groupby(changed, key=lambda kv: tuple(kv[1])):
                stmt = update(table).where(pk == bindparam("_pk")).values({c: bindparam(c) for c in columns})
                s.execute(stmt, [{"_pk": key, **values} for key, values in group])
            for key in updates[table]:
                held = s.identity_map.get(identity_key(_MODELS[table], key))
                if held is not None:
                    s.expire(held)

    def forget(self) -> None:
        """Drops what was read (another projection may have changed it) and anything not yet written; what the
        page named is read again, all of it, when next needed (after a run of other events, once)."""
        self._inserts, self._updates, self._rows, self._found, self._items, self._new = {}, {}, {}, {}, {}, set()
        self._stale = bool(self._wanted)

    def _fresh(self) -> bool:
        """Reads again what the page named, when it was forgotten; says whether it did."""
        if not self._stale:
            return False
        self._stale = False
        self._read(self._wanted)
        return True

    # inside ---------------------------------------------------------------------------------------------

    def _keep(self, model, row: dict) -> None:
        self._rows[(model, row[_pk(model)])] = row
        for column in _UNIQUE.get(model, ()):
            self._found[(model, column, row[column])] = row[_pk(model)]

    def _mark_absent(self, model, column: str, value) -> None:
        if column == _pk(model):
            self._rows.setdefault((model, value), None)
        else:
            self._found.setdefault((model, column, value), None)

    def _known(self, model, column: str) -> set:
        if model is LoanItem:
            return set(self._items)
        if column == _pk(model):
            return {k for (m, k) in self._rows if m is model}
        return {v for (m, c, v) in self._found if m is model and c == column}

    def _load(self, model, column: str, values: Iterable) -> None:
        table = model.__table__
        found = self.session.execute(select(table).where(table.c[column].in_(list(values))))
        names, pk = list(found.keys()), _pk(model)
        for cells in found:
            row = dict(zip(names, cells))
            if self._rows.get((model, row[pk])) is None:
                self._keep(model, row)

    def _load_items(self, loan_ids: list[str]) -> None:
        table = LoanItem.__table__
        for loan_id in loan_ids:
            self._items.setdefault(loan_id, [])
        q = select(table).where(table.c.loan_id.in_(loan_ids)).order_by(table.c.loan_id, table.c.position)
        for row in self.session.execute(q).mappings():
            kept = self._rows.get((LoanItem, row["id"]))
            if kept is None:
                kept = dict(row)
                self._keep(LoanItem, kept)
                self._items[row["loan_id"]].append(kept)


_MODELS = {m.__table__: m for m in (CodeCounter, Loan, LoanItem, Sample, Streamer)}  # the ones it updates
_UNIQUE = {Loan: ("number",), Sample: ("code",), Streamer: ("phone", "member_code")}


_PKS: dict = {}


def _new_key(model) -> str:
    """A primary key as the model's own default makes it: random, or time-ordered (db/types.uuid_pk)."""
    default = model.__table__.c[_pk(model)].default
    return new_id() if default is None else default.arg(None)


def _pk(model) -> str:
    try:
        return _PKS[model]
    except KeyError:
        return _PKS.setdefault(model, model.__table__.primary_key.columns.values()[0].name)


def _chunks(values: list) -> Iterable[list]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]
