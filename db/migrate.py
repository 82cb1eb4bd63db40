"""Bring a database to the newest schema. Only Alembic creates or changes the schema.

A file that already holds data is copied aside before it migrates (house rule 8), and a file made
by a newer version of the app is refused untouched.
"""

from __future__ import annotations

import ast
import sqlite3
from collections.abc import Callable
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class DatabaseTooNew(Exception):
    """The database was written by a newer version of the app than this one."""

    def __init__(self, revision: str):
        super().__init__(revision)
        self.revision = revision


def _config() -> Config:
    from alembic.config import Config  # Alembic (~130 ms) is loaded only when a database must change

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revisions() -> set[str]:
    """Every head: features add their tables on branches of their own, all applied together."""
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_config()).get_heads())


@cache
def declared_heads() -> frozenset[str]:
    """The heads as the migration files declare them (`revision`, `down_revision`), read without Alembic:
    opening a database that is already at head, every start of the app, costs no Alembic import.
    tests/integration/test_upgrade.py checks that Alembic agrees."""
    revisions, parents = set(), set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        values = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                if node.targets[0].id in ("revision", "down_revision"):
                    values[node.targets[0].id] = ast.literal_eval(node.value)
        if "revision" in values:
            revisions.add(values["revision"])
            down = values.get("down_revision")
            parents.update(down if isinstance(down, (tuple, list)) else [down] if down else [])
    return frozenset(revisions - parents)


def stored_revisions(engine: Engine) -> set[str]:
    """What alembic_version holds (empty for a new file), read with plain SQL."""
    with engine.connect() as conn:
        try:
            return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
        except OperationalError:  # no such table: nothing has been migrated yet
            return set()


def current_revisions(engine: Engine) -> set[str]:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def backup_copy(db_path: Path, label: str) -> Path:
    """A consistent copy taken with SQLite's online backup API (safe while WAL has pages)."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    target = db_path.with_name(f"{db_path.stem}.{label}-{stamp}.sqlite3")
    partial = target.with_name(f".{target.name}.partial")  # renamed only once whole
    src = sqlite3.connect(db_path)
    dst = sqlite3.connect(partial)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
    finally:
        dst.close()
        src.close()
    partial.replace(target)
    return target


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises its own resolution errors for unknown ids
        return False


def unknown_revisions(revisions: set[str]) -> list[str]:
    """Revisions this version of the app has never heard of: the file comes from a newer version."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    return sorted(rev for rev in revisions if not _known(script, rev))


def upgrade_to_head(
    engine: Engine, db_path: Path | None = None, backup: Callable[[Path], Path] | None = None
) -> Path | None:
    """Migrate to head; returns the backup taken first, if any.

    `backup(db_path)` makes that copy (the showroom's backup folder); without it the copy sits next to
    the database. A database already at head, or one too new to touch, is never copied.
    """
    if stored_revisions(engine) == set(declared_heads()):
        return None  # the usual start: at head, and Alembic never loaded
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    current = current_revisions(engine)
    heads = set(script.get_heads())
    if current == heads:
        return None
    unknown = sorted(rev for rev in current if not _known(script, rev))
    if unknown:
        raise DatabaseTooNew(unknown[0])
    taken = None
    if current and db_path is not None and db_path.exists():
        taken = (backup or (lambda path: backup_copy(path, "before-upgrade")))(db_path)
    cfg = _config()
    with engine.connect() as conn:
        # SQLite ignores this pragma inside a transaction, and a batch migration that rebuilds a
        # table would trip over its own foreign keys: switch them off first, check them after.
        raw = conn.connection.driver_connection
        raw.execute("PRAGMA foreign_keys=OFF")
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "heads")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken references: {broken[:5]}")
        finally:
            raw.execute("PRAGMA foreign_keys=ON")
    return taken
