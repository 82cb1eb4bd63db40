"""Fixtures build real databases through the real migrations and the real services: no mocks."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from db.engine import database_path  # noqa: E402
from showroom.services import catalog, setup, staff, streamers  # noqa: E402
from showroom.services.common import Actor  # noqa: E402
from showroom.store import Store  # noqa: E402

# A fixed instant (10:00 in Changsha) so that due dates and overdue days are exact.
T0 = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)


@dataclass
class Counter:
    """A freshly set-up showroom with one of each role and a small catalogue."""

    store: Store
    admin: Actor
    manager: Actor
    clerk: Actor
    product_id: str
    codes: list[str]
    streamer_id: str

    def uow(self):
        return self.store.uow()


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "data")
    yield s
    s.close()


def _build_counter(store: Store) -> Counter:
    admin = setup.set_up_showroom(store.uow(), "CS", "长沙样品间", "长沙", "王店长", "9999", now=T0)
    manager_view = staff.create_staff(store.uow(), admin, "李经理", "manager", "2222", now=T0)
    clerk_view = staff.create_staff(store.uow(), admin, "小张", "clerk", "1111", now=T0)
    manager = Actor(manager_view.id, manager_view.name, manager_view.role)
    clerk = Actor(clerk_view.id, clerk_view.name, clerk_view.role)
    merchant = catalog.create_merchant(store.uow(), clerk, "良品铺子", now=T0)
    product = catalog.create_product(
        store.uow(),
        clerk,
        merchant.id,
        "每日坚果 30包",
        retail_price_fen=12900,
        live_price_fen=9900,
        commission_bp=2000,
        sample_value_fen=8000,
        ean="6901234567892",
        now=T0,
    )
    intake = catalog.receive_samples(store.uow(), clerk, product.id, 6, shelf="A-01", now=T0)
    streamer = streamers.register_streamer(
        store.uow(), manager, "小美", "13800138000", "douyin", "@xiaomei", tier="silver", now=T0
    )
    return Counter(store, admin, manager, clerk, product.id, intake.codes, streamer.id)


@pytest.fixture(scope="session")
def counter_template(tmp_path_factory) -> tuple[Path, Counter]:
    """Built once through the services (argon2 makes staff slow to create), then copied per test."""
    folder = tmp_path_factory.mktemp("counter-template")
    store = Store(folder)
    built = _build_counter(store)
    store.close()
    return database_path(folder), built


@pytest.fixture
def counter(tmp_path, counter_template) -> Counter:
    template_db, built = counter_template
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    source = sqlite3.connect(template_db)
    target = sqlite3.connect(database_path(data_dir))
    with target:
        source.backup(target)
    source.close()
    target.close()
    store = Store(data_dir)
    yield dataclasses.replace(built, store=store, codes=list(built.codes))
    store.close()


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """`make test` compiles the .qm files; a bare `pytest` on a fresh clone compiles them here."""
    import subprocess
    import sys

    folder = Path(__file__).resolve().parents[1] / "assets" / "translations"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)


@pytest.fixture(scope="session", autouse=True)
def one_qt_application(qapp):
    """The QApplication exists before any test runs: a command-line test would otherwise make the
    process's one QCoreApplication, and every widget test after it would abort."""
    return qapp
