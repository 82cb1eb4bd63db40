"""Upgrades: a database of the first schema revision, full of work, migrates to every head and loses nothing;
a database from a newer version is refused and left byte for byte as it was."""

from __future__ import annotations

import json
import sqlite3
import uuid
from contextlib import closing
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from db import migrate
from db.engine import database_path
from showroom import backup
from showroom.services import checkout, returns
from showroom.services.common import Actor
from showroom.services.staff import hash_pin
from showroom.store import DatabaseTooNew, Store
from tests.conftest import T0
from tests.integration.helpers import dump_database, rows

ID = {
    name: str(uuid.UUID(int=n))
    for n, name in enumerate(
        [
            "room",
            "other_room",
            "admin",
            "clerk",
            "merchant",
            "product",
            "product2",
            "s1",
            "s2",
            "s3",
            "s4",
            "streamer",
            "streamer2",
            "loan_open",
            "loan_closed",
            "item_open",
            "item_back",
            "item_back2",
            "dep1",
            "dep2",
            "dep3",
            "mv1",
            "mv2",
            "mv3",
            "due1",
        ],
        start=1,
    )
}
TS = "2026-11-20 02:00:00.000000"
LATER = "2026-11-21 03:30:00.000000"
DUE = "2026-11-25 15:59:59.000000"
SIGNATURE = bytes(range(256)) * 3


def first_revision_database(data_dir: Path) -> Path:
    """The schema as the first release made it (Alembic to 0001 only), filled the way that release did."""
    db = database_path(data_dir)
    data_dir.mkdir(parents=True)
    engine = create_engine(f"sqlite:///{db}")
    cfg = migrate._config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    pin = hash_pin("1234")
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("PRAGMA journal_mode=WAL")
        x = conn.executemany
        x(
            "INSERT INTO showroom VALUES (?,?,?,?,?)",
            [(ID["room"], "CS", "长沙样品间", "长沙", 1), (ID["other_room"], "WH", "武汉样品间", "武汉", 0)],
        )
        x(
            "INSERT INTO staff VALUES (?,?,?,?,?,?)",
            [(ID["admin"], "王店长", "admin", pin, 1, TS), (ID["clerk"], "小张", "clerk", pin, 1, TS)],
        )
        x("INSERT INTO merchant VALUES (?,?,?,?,?)", [(ID["merchant"], "良品铺子", "陈经理", "13900001111", TS)])
        x(
            "INSERT INTO product VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    ID["product"],
                    ID["merchant"],
                    "每日坚果 30包",
                    "良品铺子",
                    "食品",
                    "30包/箱",
                    12900,
                    9900,
                    2000,
                    8000,
                    "6901234567892",
                    TS,
                ),
                (
                    ID["product2"],
                    ID["merchant"],
                    "猪肉脯 200g",
                    "良品铺子",
                    "食品",
                    "200g",
                    3990,
                    2990,
                    1500,
                    2500,
                    None,
                    TS,
                ),
            ],
        )
        x(
            "INSERT INTO sample VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (ID["s1"], "CS-000001", ID["product"], ID["room"], "on_loan", "A-01", "", TS, ID["clerk"]),
                (ID["s2"], "CS-000002", ID["product"], ID["room"], "in_stock", "A-01", "外盒压痕", TS, ID["clerk"]),
                (ID["s3"], "CS-000003", ID["product2"], ID["room"], "in_stock", "B-02", "", TS, ID["clerk"]),
                (ID["s4"], "CS-000004", ID["product2"], ID["room"], "in_stock", "B-02", "", TS, ID["clerk"]),
            ],
        )
        x("INSERT INTO code_counter VALUES (?,?)", [("sample", 4), ("member", 2), ("loan:2026-11-20", 2)])
        conn.execute("UPDATE tier_policy SET loan_days = 6, deposit_percent = 40 WHERE tier = 'silver'")
        x(
            "INSERT INTO streamer VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (ID["streamer"], "小美", "13800138000", "douyin", "@xiaomei", "silver", "CS-M00001", "active", "", TS),
                (
                    ID["streamer2"],
                    "阿强",
                    "13700137000",
                    "kuaishou",
                    "@aqiang",
                    "gold",
                    "CS-M00002",
                    "suspended",
                    "逾期未还",
                    TS,
                ),
            ],
        )
        x(
            "INSERT INTO loan VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    ID["loan_open"],
                    "CS-L261120001",
                    ID["streamer"],
                    ID["clerk"],
                    ID["room"],
                    TS,
                    DUE,
                    "2026-11-22",
                    3200,
                    "wechat",
                    SIGNATURE,
                    None,
                    None,
                    "",
                ),
                (
                    ID["loan_closed"],
                    "CS-L261120002",
                    ID["streamer2"],
                    ID["clerk"],
                    ID["room"],
                    TS,
                    DUE,
                    None,
                    5000,
                    "cash",
                    None,
                    LATER,
                    ID["admin"],
                    "老客户，店长同意",
                ),
            ],
        )
        x(
            "INSERT INTO loan_item VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (ID["item_open"], ID["loan_open"], ID["s1"], 1, 8000, TS, None, None, "", None, None, None, 0),
                (
                    ID["item_back"],
                    ID["loan_closed"],
                    ID["s2"],
                    1,
                    8000,
                    TS,
                    LATER,
                    "damaged",
                    "外盒压痕",
                    ID["clerk"],
                    ID["room"],
                    None,
                    1500,
                ),
                (
                    ID["item_back2"],
                    ID["loan_closed"],
                    ID["s3"],
                    2,
                    2500,
                    TS,
                    LATER,
                    "good",
                    "",
                    ID["clerk"],
                    ID["room"],
                    None,
                    0,
                ),
            ],
        )
        x(
            "INSERT INTO deposit_entry VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (ID["dep1"], ID["loan_open"], ID["streamer"], "collect", 3200, "wechat", ID["clerk"], TS, ""),
                (ID["dep2"], ID["loan_closed"], ID["streamer2"], "collect", 5000, "cash", ID["clerk"], TS, ""),
                (ID["dep3"], ID["loan_closed"], ID["streamer2"], "refund", 3500, "cash", ID["clerk"], LATER, "扣损坏"),
            ],
        )
        x(
            "INSERT INTO sample_movement VALUES (?,?,?,?,?,?,?,?)",
            [
                (ID["mv1"], ID["s1"], "checked_out", TS, ID["clerk"], ID["loan_open"], ID["streamer"], ""),
                (ID["mv2"], ID["s2"], "returned", LATER, ID["clerk"], ID["loan_closed"], ID["streamer2"], "damaged"),
                (ID["mv3"], ID["s3"], "received", TS, ID["clerk"], None, None, "B-02"),
            ],
        )
        x(
            "INSERT INTO due_date_change VALUES (?,?,?,?,?,?,?)",
            [(ID["due1"], ID["loan_open"], TS, DUE, "直播改期", ID["admin"], LATER)],
        )
        x(
            "INSERT INTO outbox_event VALUES (?,?,?,?,?,?,?)",
            [
                (1, str(uuid.uuid4()), "showroom.set_up@1", json.dumps({"code": "CS"}), TS, None, LATER),
                (
                    2,
                    str(uuid.uuid4()),
                    "loan.checked_out@1",
                    json.dumps({"number": "CS-L261120001"}, ensure_ascii=False),
                    TS,
                    ID["clerk"],
                    None,
                ),
                (
                    3,
                    str(uuid.uuid4()),
                    "loan.checked_in@1",
                    json.dumps({"number": "CS-L261120002"}),
                    LATER,
                    ID["clerk"],
                    None,
                ),
            ],
        )
        x(
            "INSERT INTO setting VALUES (?,?)",
            [
                ("timezone", "Asia/Shanghai"),
                ("receipt.terms", "损坏照价赔偿"),
                ("print.receipt.width_mm", "58"),
                ("backup.keep", "7"),
            ],
        )
    return db


def test_a_first_revision_database_with_work_in_it_migrates_to_every_head_and_loses_nothing(tmp_path):
    data_dir = tmp_path / "data"
    db = first_revision_database(data_dir)
    old = dump_database(db)
    old_columns = {t: [r[1] for r in rows(db, f'PRAGMA table_info("{t}")')] for t in old}
    assert rows(db, "SELECT version_num FROM alembic_version") == [("0001",)]

    store = Store(data_dir)
    try:
        assert {r[0] for r in rows(db, "SELECT version_num FROM alembic_version")} == migrate.head_revisions()
        for table, old_rows in old.items():
            if table == "alembic_version":
                continue
            cols = ", ".join(f'"{c}"' for c in old_columns[table])
            now_rows = set(rows(db, f'SELECT {cols} FROM "{table}"'))
            missing = [r for r in old_rows if r not in now_rows]
            assert not missing, (table, missing[:3])  # every row, every value, still there

        taken = store.backup_before_migration
        assert taken is not None and taken.parent == data_dir / "backups"
        assert backup.backup_info(taken).kind == "before-upgrade"
        assert dump_database(taken) == old  # the copy is the database as it was before migrating

        # money rules (0501): each tier lends on yesterday's terms; older rows keep their words and amounts
        assert rows(db, "SELECT tier, deposit_rounding FROM tier_policy ORDER BY rank") == [
            ("new", "yuan"),
            ("silver", "yuan"),
            ("gold", "fen"),
            ("diamond", "fen"),
        ]
        assert rows(db, "SELECT status_reason, status_reason_key FROM streamer WHERE id = ?", ID["streamer2"]) == [
            ("逾期未还", "")
        ]
        old_receipt = checkout.loan_receipt(store.uow(), "CS-L261120002")
        assert (old_receipt.deposit_fen, old_receipt.deposit_calculation) == (5000, None)

        clerk = Actor(ID["clerk"], "小张", "clerk")
        result = returns.check_in(store.uow(), clerk, [returns.ReturnRequest("CS-000001")], now=T0)
        assert result is not None
        assert rows(db, "SELECT closed_at IS NOT NULL FROM loan WHERE id = ?", ID["loan_open"]) == [(1,)]
        receipt = checkout.check_out(store.uow(), clerk, ID["streamer"], ["CS-000001", "CS-000004"], "wechat", now=T0)
        assert receipt.number == "CS-L261120003"  # the old day's counter went on
        assert (receipt.deposit_fen, receipt.deposit_calculation.rounding) == (4200, "yuan")  # 40 % of ¥105
        seqs = [r[0] for r in rows(db, "SELECT seq FROM outbox_event ORDER BY seq")]
        assert len(seqs) > 4 and seqs == list(range(1, len(seqs) + 1))  # the outbox went on, without gaps
    finally:
        store.close()
    again = Store(data_dir)  # at head now: no second copy
    assert again.backup_before_migration is None
    again.close()


def test_a_database_from_a_newer_version_is_refused_and_left_byte_for_byte_as_it_was(tmp_path, counter_template):
    template_db, _built = counter_template
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    db = database_path(data_dir)
    with closing(sqlite3.connect(template_db)) as src, closing(sqlite3.connect(db)) as dst:
        src.backup(dst)
    with closing(sqlite3.connect(db)) as conn, conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("INSERT INTO alembic_version VALUES ('9901')")  # a head this version has never seen
    before = {p.name: p.read_bytes() for p in data_dir.iterdir()}
    with pytest.raises(DatabaseTooNew) as refused:
        Store(data_dir)
    assert refused.value.revision == "9901"
    assert {p.name: p.read_bytes() for p in data_dir.iterdir()} == before  # no copy, no -wal left, same bytes


def test_only_the_last_few_before_upgrade_copies_are_kept_and_old_ones_beside_the_database_are_listed(counter):
    data_dir = counter.store.data_dir
    legacy = data_dir / "showroom.before-upgrade-20261101T000000Z.sqlite3"
    legacy.write_bytes(counter.store.db_path.read_bytes())
    for _ in range(backup.KEEP_BEFORE_UPGRADE + 2):
        backup.backup_before_upgrade(data_dir)
    folder = data_dir / "backups"
    assert len(backup.list_backups(folder)) == backup.KEEP_BEFORE_UPGRADE
    listed = backup.list_backups(folder, data_dir)
    assert listed[-1].path == legacy and listed[-1].kind == "before-upgrade"


def test_the_heads_read_from_the_migration_files_are_alembic_s_own():
    """Opening a database at head skips Alembic (start-up time): the files' own declarations must name
    the same heads Alembic computes, or a database could be left unmigrated."""
    from db.migrate import declared_heads, head_revisions

    assert set(declared_heads()) == head_revisions()


def test_opening_a_database_at_head_loads_no_alembic(counter_template, tmp_path):
    """A start of the app on a migrated showroom (the usual start) never imports Alembic."""
    import shutil
    import subprocess
    import sys

    template_db, _built = counter_template
    folder = tmp_path / "room"
    folder.mkdir()
    shutil.copy(template_db, database_path(folder))
    program = (
        "import sys; from showroom.store import Store; s = Store(sys.argv[1]); s.close(); "
        "print(any(name == 'alembic' or name.startswith('alembic.') for name in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", program, str(folder)], capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "False", done.stderr[-2000:]
