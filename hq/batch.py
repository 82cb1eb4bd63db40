"""What a pushed batch touches: loaded up front in a few queries, changed in memory as plain rows while
the events apply, and written back in a few set-based statements (hq/bulk.py). A week offline is 40
batches, not 20,000 round trips or ORM flushes.

Every row remembers the values it had when last written (or loaded); `write()` sends only what
differs and `restore()` puts a row back, which is how one unreadable event is undone on the careful
path without touching the rest of the batch.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import datetime
from operator import attrgetter

from sqlalchemy import String, and_, any_, bindparam, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from hq.bulk import insert_rows, update_rows
from hq.models import DepositTotal, NetLoan, NetLoanItem, NetSample, NetStreamer, StreamerAlias
from kernel.events import Event

CHUNK = 1000


@dataclass(slots=True, eq=False)
class StreamerRow:
    id: str
    phone: str
    name: str
    platform: str
    handle: str
    tier: str
    member_code: str
    blacklisted: bool
    blacklist_reason: str
    blacklisted_by: str
    updated_at: datetime


@dataclass(slots=True, eq=False)
class AliasRow:
    local_id: str
    streamer_id: str
    showroom_id: str


@dataclass(slots=True, eq=False)
class SampleRow:
    id: str
    code: str
    product_id: str | None
    showroom_id: str
    status: str
    current_loan_id: str | None
    updated_at: datetime


@dataclass(slots=True, eq=False)
class LoanRow:
    id: str
    number: str
    showroom_id: str
    streamer_id: str | None
    opened_at: datetime
    due_at: datetime
    deposit_fen: int
    deposit_method: str
    closed_at: datetime | None


@dataclass(slots=True, eq=False)
class ItemRow:
    loan_id: str
    sample_id: str
    value_fen: int
    returned_at: datetime | None = None
    lost_at: datetime | None = None
    superseded_at: datetime | None = None

    @property
    def open(self) -> bool:
        return self.returned_at is None and self.lost_at is None and self.superseded_at is None


@dataclass(slots=True, eq=False)
class DepositRow:
    showroom_id: str
    collected_fen: int = 0
    refunded_fen: int = 0
    forfeited_fen: int = 0
    charged_fen: int = 0


class _Kind:
    """How one row class maps to its table: columns in field order, the key, a fast getter."""

    def __init__(self, cls, model, keys: tuple[str, ...]):
        self.cls, self.table, self.keys = cls, model.__table__, keys
        self.columns = tuple(f.name for f in fields(cls))
        self.values = attrgetter(*self.columns)
        self.key_at = tuple(self.columns.index(k) for k in keys)


# In foreign-key order: streamers before their aliases, loans before their items.
KINDS = {
    k.cls: k
    for k in (
        _Kind(StreamerRow, NetStreamer, ("id",)),
        _Kind(AliasRow, StreamerAlias, ("local_id",)),
        _Kind(SampleRow, NetSample, ("id",)),
        _Kind(LoanRow, NetLoan, ("id",)),
        _Kind(ItemRow, NetLoanItem, ("loan_id", "sample_id")),
        _Kind(DepositRow, DepositTotal, ("showroom_id",)),
    )
}


def among(column, values: list[str], postgresql: bool):
    """`column IN values`; on PostgreSQL `= ANY(array)`: one parameter and one cached statement, where an
    IN list of 1,000 renders (and makes the driver parse) a new SQL text each time."""
    if postgresql:
        return column == any_(bindparam(None, values, type_=ARRAY(String)))
    return column.in_(values)


def _chunks(values: set) -> list[list]:
    items = sorted(v for v in values if isinstance(v, str))
    return [items[i : i + CHUNK] for i in range(0, len(items), CHUNK)]


def _ids(events: list) -> tuple[set, set, set, set]:
    """The samples, loans, streamers (device ids) and phones a batch names, by the field names the
    declarations share (kernel.events): `sample_id`, `loan_id`, `streamer_id`, `phone`,
    `streamer_phone`, and `sample_id`/`loan_id` on each of the `samples` or `items` an event lists."""
    samples, loans, locals_, phones = set(), set(), set(), set()
    for e in events:
        if not isinstance(e, Event):
            continue  # a type HQ does not read, or a payload it could not (hq/projections.py, read_event)
        for entry in (*getattr(e, "samples", ()), *getattr(e, "items", ())):
            samples.add(entry.sample_id)
            loans.add(getattr(entry, "loan_id", None))
        samples.add(getattr(e, "sample_id", None))
        loans.add(getattr(e, "loan_id", None))
        locals_.add(getattr(e, "streamer_id", None))
        phones.update((getattr(e, "phone", None), getattr(e, "streamer_phone", None)))
    return samples, loans, locals_, phones - {None, ""}


class BatchCache:
    """Rows by key for one batch. Every row a projection creates is registered here too (`add`)."""

    def __init__(self, session: Session, showroom_id: str, events: list):
        self.session = session
        self.samples: dict[str, SampleRow] = {}
        self.loans: dict[str, LoanRow] = {}
        self.items: dict[tuple[str, str], ItemRow] = {}
        self.open_items: dict[str, ItemRow] = {}
        self.aliases: dict[str, AliasRow] = {}
        self.streamers: dict[str, StreamerRow] = {}
        self.by_phone: dict[str, StreamerRow] = {}
        self._saved: dict[int, tuple[object, tuple | None]] = {}  # id(row) -> (row, values last written)
        pg = session.get_bind().dialect.name == "postgresql"
        sample_ids, loan_ids, local_ids, phones = _ids(events)
        for chunk in _chunks(sample_ids):
            self._load(SampleRow, among(NetSample.id, chunk, pg))
            self._load(
                ItemRow,
                and_(
                    among(NetLoanItem.sample_id, chunk, pg),
                    NetLoanItem.returned_at.is_(None),
                    NetLoanItem.lost_at.is_(None),
                    NetLoanItem.superseded_at.is_(None),
                ),
            )
        for chunk in _chunks(loan_ids):
            self._load(LoanRow, among(NetLoan.id, chunk, pg))
            self._load(ItemRow, among(NetLoanItem.loan_id, chunk, pg))
        for chunk in _chunks(local_ids):
            self._load(AliasRow, among(StreamerAlias.local_id, chunk, pg))
        for chunk in _chunks(local_ids | {a.streamer_id for a in self.aliases.values()}):
            self._load(StreamerRow, among(NetStreamer.id, chunk, pg))
        for chunk in _chunks(phones):
            self._load(StreamerRow, among(NetStreamer.phone, chunk, pg))
        deposits = self._load(DepositRow, DepositTotal.showroom_id == showroom_id)
        self.deposits = deposits[0] if deposits else self.add(DepositRow(showroom_id))
        if not deposits:  # a showroom's first push: the totals row is written now, so restore() never drops it
            self.write()

    def _load(self, cls, where) -> list:
        kind = KINDS[cls]
        rows = []
        # Core execution on the session's connection: these are plain column selects, and the ORM's
        # statement handling costs more than the query
        for values in self.session.connection().execute(select(*(kind.table.c[c] for c in kind.columns)).where(where)):
            key = tuple(values[i] for i in kind.key_at)
            if self._known(cls, key):
                continue  # loaded twice (an item by its sample and by its loan): keep the first
            row = cls(*values)
            self._saved[id(row)] = (row, tuple(values))
            self._register(row)
            rows.append(row)
        return rows

    def _known(self, cls, key: tuple) -> bool:
        if cls is ItemRow:
            return key in self.items
        found = {SampleRow: self.samples, LoanRow: self.loans, AliasRow: self.aliases, StreamerRow: self.streamers}.get(
            cls
        )
        return found is not None and key[0] in found

    def _register(self, row) -> None:
        if isinstance(row, SampleRow):
            self.samples[row.id] = row
        elif isinstance(row, LoanRow):
            self.loans[row.id] = row
        elif isinstance(row, ItemRow):
            self.items[(row.loan_id, row.sample_id)] = row
            if row.open:
                self.open_items[row.sample_id] = row
        elif isinstance(row, AliasRow):
            self.aliases[row.local_id] = row
        elif isinstance(row, StreamerRow):
            self.streamers[row.id] = row
            self.by_phone[row.phone] = row

    def add(self, row):
        """A row a projection made: inserted by the next write()."""
        self._saved[id(row)] = (row, None)
        self._register(row)
        return row

    def close_item(self, item: ItemRow) -> None:
        if self.open_items.get(item.sample_id) is item:
            del self.open_items[item.sample_id]

    def loan(self, loan_id: str) -> LoanRow | None:
        """A loan the batch did not name (the older loan of a sample lent twice): loaded on demand."""
        if loan_id not in self.loans:
            self._load(LoanRow, NetLoan.id == loan_id)
        return self.loans.get(loan_id)

    def items_of(self, loan_id: str) -> list[ItemRow]:
        """Every item of a loan: this batch's rows over what the database holds."""
        kind = KINDS[ItemRow]
        stored = {
            (r[0], r[1]): ItemRow(*r)
            for r in self.session.connection().execute(
                select(*(kind.table.c[c] for c in kind.columns)).where(NetLoanItem.loan_id == loan_id)
            )
        }
        stored.update({k: i for k, i in self.items.items() if k[0] == loan_id})
        return list(stored.values())

    def write(self) -> None:
        """Send what changed since the last write: inserts and updates, a few statements per table."""
        inserts: dict[type, list] = {}
        updates: dict[tuple, list] = {}
        for row, saved in self._saved.values():
            kind = KINDS[type(row)]
            now = kind.values(row)
            if saved is None:
                inserts.setdefault(kind.cls, []).append(now)
            elif now != saved:  # only the columns that changed, as an ORM flush would
                changed = tuple(i for i, (a, b) in enumerate(zip(now, saved)) if a != b)
                updates.setdefault((kind.cls, changed), []).append(
                    tuple(now[i] for i in kind.key_at) + tuple(now[i] for i in changed)
                )
        for cls, kind in KINDS.items():
            insert_rows(self.session, kind.table, kind.columns, inserts.get(cls, []))
            for (ucls, changed), rows in updates.items():
                if ucls is cls:
                    update_rows(self.session, kind.table, kind.keys, tuple(kind.columns[i] for i in changed), rows)
        self._saved = {k: (row, KINDS[type(row)].values(row)) for k, (row, _) in self._saved.items()}

    def restore(self) -> None:
        """Back to the last write: rows made since are dropped, changed rows get their values back."""
        kept = {}
        for k, (row, saved) in self._saved.items():
            if saved is not None:
                for name, value in zip(KINDS[type(row)].columns, saved):
                    setattr(row, name, value)
                kept[k] = (row, saved)
        self._saved = kept
        for mapping in (
            self.samples,
            self.loans,
            self.items,
            self.open_items,
            self.aliases,
            self.streamers,
            self.by_phone,
        ):
            mapping.clear()
        for row, _ in kept.values():
            self._register(row)


def streamer_lookup(cache: BatchCache, local_id: str, phone: str) -> StreamerRow | None:
    """A device's streamer: by its id (an alias, or a network row it made from a pulled one), else by
    the normalised phone its event carries."""
    alias = cache.aliases.get(local_id)
    if alias is not None:
        return cache.streamers.get(alias.streamer_id)
    if local_id in cache.streamers:
        return cache.streamers[local_id]
    return cache.by_phone.get(phone)
