"""Set-based writes: many rows of one table in one statement.

On PostgreSQL a batch of rows travels as one array per column and the server unnests them
(`INSERT … SELECT FROM unnest(…)`, `UPDATE … FROM unnest(…)`): one round trip and one plan for a
whole push batch, where an ORM flush or executemany sends a statement per row. SQLite runs in
process, so there a plain Core executemany is already cheap.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime, timezone
from functools import cache

import psycopg
from sqlalchemy import Table, and_, bindparam, insert, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from hq.models import UTC

_PG = postgresql.dialect()


@cache
def _casts(table: Table, columns: tuple[str, ...]) -> tuple[str, ...]:
    # %b: binary arrays, which psycopg dumps in C; the text format escapes every element with a regex
    return tuple(f"%b::{table.c[c].type.compile(dialect=_PG)}[]" for c in columns)


def _naive_utc(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    if value.tzinfo is None:
        raise ValueError("naive datetime given to a UTC column")
    return value.astimezone(timezone.utc).replace(tzinfo=None)


@cache
def _processors(table: Table, columns: tuple[str, ...]):
    """What the column types do to a value on the way in, which raw driver SQL would skip: the UTC columns
    store naive UTC (done here directly: the generic processor chain costs more than the insert)."""
    out = []
    for c in columns:
        kind = table.c[c].type
        out.append(_naive_utc if isinstance(kind, UTC) else kind.bind_processor(_PG))
    return tuple(out)


def _arrays(table: Table, columns: tuple[str, ...], rows: Sequence[tuple]) -> tuple[list, ...]:
    arrays = tuple(list(col) for col in zip(*rows))
    for i, process in enumerate(_processors(table, columns)):
        if process is not None:
            arrays[i][:] = [process(v) for v in arrays[i]]
    return arrays


def _quoted(names) -> str:
    return ", ".join(f'"{n}"' for n in names)


def _insert_sql(table: Table, columns: tuple[str, ...]) -> str:
    return (
        f'INSERT INTO "{table.name}" ({_quoted(columns)}) SELECT {_quoted(columns)} FROM '
        f'unnest({", ".join(_casts(table, columns))}) WITH ORDINALITY AS v({_quoted(columns)}, "_n") ORDER BY "_n"'
    )


def insert_rows(session: Session, table: Table, columns: tuple[str, ...], rows: Sequence[tuple]) -> None:
    """INSERT rows (tuples in `columns` order), in the order given (the change log relies on it)."""
    if not rows:
        return
    if session.get_bind().dialect.name != "postgresql":
        session.execute(insert(table), [dict(zip(columns, r)) for r in rows])
        return
    session.connection().exec_driver_sql(_insert_sql(table, columns), _arrays(table, columns, rows))


class InsertAside:
    """Rows inserted while this thread goes on with Python work, in the same transaction.

    On PostgreSQL a helper thread sends the INSERT on the session's own connection, so the server
    stores them while the events are applied here (the database and HQ use both cores, where they
    would take turns). psycopg serializes anything else sent on the connection meanwhile. The insert's
    error, if any, is raised when the block ends, before the block's own (it is the cause). Elsewhere,
    or with `aside=False`, the rows are inserted when the block ends without an error.
    """

    def __init__(
        self, session: Session, table: Table, columns: tuple[str, ...], rows: Sequence[tuple], aside: bool = True
    ):
        self.session, self.table, self.columns, self.rows = session, table, columns, rows
        self.aside = aside and bool(rows) and session.get_bind().dialect.name == "postgresql"
        self.thread, self.error, self.sql = None, None, ""

    def __enter__(self) -> InsertAside:
        if self.aside:
            self.sql = _insert_sql(self.table, self.columns)
            params = _arrays(self.table, self.columns, self.rows)
            raw = self.session.connection().connection.driver_connection
            self.thread = threading.Thread(target=self._send, args=(raw, params), name="insert-aside", daemon=True)
            self.thread.start()
        return self

    def _send(self, raw, params) -> None:
        try:
            with raw.cursor() as cursor:
                cursor.execute(self.sql, params)
        except Exception as exc:  # noqa: BLE001 - handed to the request's thread in __exit__
            self.error = exc

    def __exit__(self, kind, value, traceback) -> bool:
        if self.thread is None:
            if kind is None:
                insert_rows(self.session, self.table, self.columns, self.rows)
            return False
        self.thread.join()
        if isinstance(self.error, psycopg.IntegrityError):  # as SQLAlchemy would have raised it
            raise IntegrityError(self.sql, None, self.error) from self.error
        if self.error is not None:
            raise self.error
        return False


def update_rows(
    session: Session, table: Table, keys: tuple[str, ...], columns: tuple[str, ...], rows: Sequence[tuple]
) -> None:
    """UPDATE the rows named by `keys`, setting `columns`; each row is a tuple of keys then columns."""
    if not rows:
        return
    names = keys + columns
    if session.get_bind().dialect.name != "postgresql":
        stmt = (
            update(table)
            .where(and_(*(table.c[k] == bindparam(f"k_{k}") for k in keys)))
            .values({c: bindparam(f"v_{c}") for c in columns})
        )
        session.execute(stmt, [dict(zip([f"k_{k}" for k in keys] + [f"v_{c}" for c in columns], r)) for r in rows])
        return
    sets = ", ".join(f'"{c}" = v."{c}"' for c in columns)
    match = " AND ".join(f't."{k}" = v."{k}"' for k in keys)
    sql = (
        f'UPDATE "{table.name}" AS t SET {sets} FROM unnest({", ".join(_casts(table, names))}) '
        f"AS v({_quoted(names)}) WHERE {match}"
    )
    session.connection().exec_driver_sql(sql, _arrays(table, names, rows))
