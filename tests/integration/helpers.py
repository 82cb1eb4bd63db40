"""Shared by the integration tests: a whole-database snapshot and small readers of the raw rows."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path


def table_names(db_path: Path) -> list[str]:
    with closing(sqlite3.connect(db_path)) as conn:
        return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def dump_database(db_path: Path) -> dict[str, list[tuple]]:
    """Every row of every table, in rowid order: two equal dumps mean nothing was written."""
    with closing(sqlite3.connect(db_path)) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {name: conn.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall() for name in names}


def rows(db_path: Path, sql: str, *params) -> list[tuple]:
    with closing(sqlite3.connect(db_path)) as conn:
        return conn.execute(sql, params).fetchall()


def events(db_path: Path, event_type: str | None = None) -> list[tuple[int, str, dict]]:
    """(seq, type, payload) of the outbox, in sequence order."""
    sql = "SELECT seq, type, payload FROM outbox_event"
    params: tuple = ()
    if event_type:
        sql += " WHERE type = ?"
        params = (event_type,)
    return [(seq, kind, json.loads(payload)) for seq, kind, payload in rows(db_path, sql + " ORDER BY seq", *params)]


def outbox_seqs(db_path: Path) -> list[int]:
    return [r[0] for r in rows(db_path, "SELECT seq FROM outbox_event ORDER BY seq")]


def sample_status(db_path: Path, code: str) -> str:
    [(status,)] = rows(db_path, "SELECT status FROM sample WHERE code = ?", code)
    return status


def deposit_entries(db_path: Path, loan_id: str) -> list[tuple[str, int, str]]:
    """(kind, amount_fen, method) of one loan, in the order written."""
    return rows(db_path, "SELECT kind, amount_fen, method FROM deposit_entry WHERE loan_id = ? ORDER BY rowid", loan_id)
