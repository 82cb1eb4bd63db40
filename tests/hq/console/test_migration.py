"""h0006: the console's tables and indexes, up and down on both databases, matching the models."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from sqlalchemy import inspect

from hq.db import MIGRATIONS_DIR, make_engine
from hq.models import Base

CONSOLE_TABLES = {"hq_staff", "hq_console_session", "hq_audit", "hq_resolution", "hq_catalog_import"}


def _alembic(engine, action: str, revision: str) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        getattr(command, action)(cfg, revision)


def test_the_models_match_the_migrations(hq_db):
    engine = make_engine(hq_db.fresh_url())
    try:
        with engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            assert CONSOLE_TABLES <= set(inspect(conn).get_table_names())
            indexes = {i["name"] for i in inspect(conn).get_indexes("hq_loan")}
            assert {"ix_hq_loan_opened_at", "ix_hq_loan_open_due"} <= indexes
    finally:
        engine.dispose()


def test_h0006_goes_down_and_up_again(hq_db):
    engine = make_engine(hq_db.separate_url())
    try:
        _alembic(engine, "upgrade", "head")
        _alembic(engine, "downgrade", "h0005")
        with engine.connect() as conn:
            assert not CONSOLE_TABLES & set(inspect(conn).get_table_names())
            assert "app_version" not in {c["name"] for c in inspect(conn).get_columns("hq_device")}
        _alembic(engine, "upgrade", "head")
        with engine.connect() as conn:
            assert CONSOLE_TABLES <= set(inspect(conn).get_table_names())
    finally:
        engine.dispose()
