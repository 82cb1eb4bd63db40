"""Two programs on one showroom (the app and a command line, say): writes queue, nothing is lost."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

import pytest
from sqlalchemy import event

from db.engine import make_engine, make_session_factory
from showroom.domain.errors import StoreBusy
from showroom.services import catalog
from showroom.store import ShowroomUnitOfWork

WRITER = textwrap.dedent("""
    import sys
    from showroom.services import catalog, staff
    from showroom.store import Store
    store = Store(sys.argv[1])
    clerk = staff.login(store.uow(), "小张", "1111")
    [product] = catalog.search_products(store.uow(), "每日坚果")
    for _ in range(int(sys.argv[2])):
        catalog.receive_samples(store.uow(), clerk, product.id, 1)
""")


def test_three_writer_processes_keep_the_outbox_gap_free(counter, tmp_path):
    before = sqlite3.connect(counter.store.db_path).execute("SELECT max(seq) FROM outbox_event").fetchone()[0]
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(counter.store.data_dir), "40"]) for _ in range(3)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
    con = sqlite3.connect(counter.store.db_path)
    seqs = [s for (s,) in con.execute("SELECT seq FROM outbox_event ORDER BY seq")]
    assert seqs == list(range(1, len(seqs) + 1))
    assert len(seqs) == before + 120
    codes = [c for (c,) in con.execute("SELECT code FROM sample ORDER BY code")]
    assert len(codes) == len(set(codes)) == 6 + 120
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_database_held_too_long_by_another_program_is_a_clear_refusal(counter):
    blocker = make_engine(counter.store.db_path)
    waiting = make_engine(counter.store.db_path)

    @event.listens_for(waiting, "connect")
    def _wait_briefly(dbapi_conn, _record):  # after make_engine's own busy_timeout of 10 s
        dbapi_conn.execute("PRAGMA busy_timeout=50")

    with blocker.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # the engine begins IMMEDIATE: the write lock is held
        with pytest.raises(StoreBusy):
            catalog.receive_samples(
                ShowroomUnitOfWork(make_session_factory(waiting)), counter.clerk, counter.product_id, 1
            )
    waiting.dispose()
    blocker.dispose()
    assert catalog.search_products(counter.uow())[0].samples_total == 6  # nothing was written


def test_queries_do_not_wait_for_another_programs_write(counter):
    blocker = make_engine(counter.store.db_path)
    reader = make_engine(counter.store.db_path)

    @event.listens_for(reader, "connect")
    def _wait_briefly(dbapi_conn, _record):
        dbapi_conn.execute("PRAGMA busy_timeout=50")

    sessions = make_session_factory(reader)
    with blocker.connect() as conn:
        conn.exec_driver_sql("SELECT 1")  # another program holds the write lock
        [product] = catalog.search_products(ShowroomUnitOfWork(sessions))
        assert product.samples_total == 6  # the counter can still look things up
        with pytest.raises(StoreBusy):  # while a write has to wait its turn
            catalog.receive_samples(ShowroomUnitOfWork(sessions), counter.clerk, counter.product_id, 1)
    reader.dispose()
    blocker.dispose()


def test_a_query_unit_of_work_cannot_commit(counter):
    uow = counter.uow()
    with pytest.raises(RuntimeError), uow.read():
        uow.commit()
