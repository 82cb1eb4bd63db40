"""The slow paths the scale benchmarks found stay fixed: the indexes exist as the models say, and SQLite
(with no statistics, as in every real store) plans the hot queries through them, not through a scan."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import event, func, select

from db.models import Base, Loan, LoanItem
from showroom.services import samples
from showroom.services.overdue import items_out_at
from showroom.services.records import HELD_BY_STREAMER
from tests.conftest import T0

SCALE_INDEXES = (
    "ix_loan_item_out_at",
    "ix_loan_item_returned_at",
    "ix_loan_item_lost_at",
    "ix_sample_received_at",
    "ix_streamer_created_at",
    "ix_streamer_name",
    "ix_product_search",
    "ix_loan_open_streamer",
)


def plan(counter, statement) -> str:
    with counter.store.engine.connect() as conn:
        sql = str(statement.compile(conn, compile_kwargs={"literal_binds": True}))
        return " | ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))


def test_the_migration_makes_the_indexes_the_models_declare(counter):
    with counter.store.engine.connect() as conn:
        names = {n for (n,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert set(SCALE_INDEXES) <= names
    assert [d for d in diffs if any(n in repr(d) for n in SCALE_INDEXES)] == []


def test_items_out_at_a_moment_use_an_index_per_or_term(counter):
    found = plan(counter, select(func.count(LoanItem.id)).where(*items_out_at(T0)))
    assert "MULTI-INDEX OR" in found and "ix_loan_item_returned_at" in found and "ix_loan_item_lost_at" in found
    assert "SCAN loan_item" not in found and "ix_loan_item_out_at" not in found


def test_catalog_search_reads_the_covering_index_not_the_table(counter):
    from showroom.services import catalog

    statements = []
    event.listen(counter.store.engine, "before_cursor_execute", lambda *args: statements.append(args[2:4]))
    catalog.search_products(counter.uow(), "坚果")
    sql, params = next((sql, params) for sql, params in statements if "LIKE" in sql)
    with counter.store.engine.connect() as conn:
        found = " | ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql, params))
    assert "SCAN product USING COVERING INDEX ix_product_search" in found, found
    assert "SCAN product |" not in found + " |"


def test_a_streamers_holdings_start_from_their_open_loans(counter):
    q = (
        select(LoanItem.id)
        .select_from(LoanItem)
        .join(Loan)
        .where(Loan.streamer_id == counter.streamer_id, *HELD_BY_STREAMER)
    )
    found = plan(counter, q)
    assert found.startswith("SEARCH loan USING INDEX ix_loan_open_streamer"), found


def test_the_samples_list_pages_through_the_code_index_and_counts_without_joins(counter):
    page = samples._filtered(samples._rows_query(), "", None, None).order_by(samples.Sample.code).limit(200)
    found = plan(counter, page)
    assert "TEMP B-TREE" not in found and "SCAN sample USING INDEX sqlite_autoindex_sample" in found, found
    # a Chinese text: products and holders matched in their own tables, samples found by index
    count = plan(counter, samples._count("坚果", None, None))
    assert "MULTI-INDEX OR" in count and "ix_sample_product_id" in count and "SCAN sample" not in count, count
    # by status: the (status, shelf) index (migration 1701 dropped the one on status alone, its prefix)
    by_status = plan(counter, samples._count("", "on_loan", None))
    assert by_status == "SEARCH sample USING INDEX ix_sample_status_shelf (status=?)", by_status
