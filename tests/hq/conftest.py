"""HQ fixtures: a fresh HQ database per test on PostgreSQL and on SQLite, and showrooms that sync with it.

PostgreSQL is the machine's real server (127.0.0.1:5432, trust auth). Each test gets its own database
(hqtest_<uuid>), dropped afterwards. Unreachable: skipped locally, a failure under CI=true.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
import warnings
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests.hq.rooms import Room, room_template

# Starlette's TestClient still works on httpx; the warning is about a future rename, not our code.
warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
from fastapi.testclient import TestClient  # noqa: E402  (imported under the filter above)

PG_ADMIN_URL = os.environ.get("SHOWROOM_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
ROOT = Path(__file__).resolve().parents[2]


def _pg_admin():
    engine = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # noqa: BLE001 - any failure to connect means "no PostgreSQL here"
        engine.dispose()
        if os.environ.get("CI") == "true":
            pytest.fail(f"PostgreSQL is unreachable at {PG_ADMIN_URL} and CI=true: {exc}")
        pytest.skip(f"PostgreSQL unreachable at {PG_ADMIN_URL}")
    return engine


class HqDatabase:
    """HQ databases of one backend for a whole session: migrated once, emptied per test.

    PostgreSQL: one database hqtest_<uuid> per session, truncated before each test (CREATE DATABASE and
    migrating cost a second per test); `separate_url()` makes another one for server processes.
    SQLite: a migrated template file, copied per test.
    """

    def __init__(self, backend: str, folder: Path):
        from hq.db import make_engine, upgrade

        self.backend, self.folder = backend, folder
        self._admin = _pg_admin() if backend == "postgresql" else None
        self._made: list[str] = []
        self.url = self.separate_url()
        engine = make_engine(self.url)
        upgrade(engine)
        engine.dispose()

    def separate_url(self) -> str:
        if self.backend == "sqlite":
            return f"sqlite:///{self.folder / f'hq-{uuid.uuid4().hex[:8]}.sqlite3'}"
        name = f"hqtest_{uuid.uuid4().hex}"
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            # test data need not survive a power cut; commits stay atomic and ordered
            conn.execute(text(f'ALTER DATABASE "{name}" SET synchronous_commit = off'))
        self._made.append(name)
        return PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name

    def fresh_url(self) -> str:
        """An empty, migrated HQ database."""
        if self.backend == "sqlite":
            import shutil

            target = self.folder / f"hq-{uuid.uuid4().hex[:8]}.sqlite3"
            shutil.copyfile(self.url.removeprefix("sqlite:///"), target)
            return f"sqlite:///{target}"
        engine = create_engine(self.url)
        empty_all_tables(engine)
        engine.dispose()
        return self.url

    def drop_all(self) -> None:
        if self._admin is None:
            return
        with self._admin.connect() as conn:
            for name in self._made:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self._admin.dispose()


def empty_all_tables(engine) -> None:
    from hq.models import Base

    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())


@pytest.fixture(scope="session", params=["postgresql", "sqlite"])
def hq_db(request, tmp_path_factory) -> HqDatabase:
    db = HqDatabase(request.param, tmp_path_factory.mktemp(f"hq-{request.param}"))
    yield db
    db.drop_all()


class Hq:
    """An HQ service in this process: `transport` plugs it into the sync client."""

    def __init__(self, url: str):
        from hq.app import create_app

        self.url = url
        self.app = create_app(url, migrate=False)  # the fixture's databases are migrated already
        self.sessions = self.app.state.sessions
        self.http = TestClient(self.app)
        self.http.__enter__()
        self.transport = self.http._transport

    def reset(self) -> None:
        """Empty again, for the next hypothesis example (a new app per example costs more than the example)."""
        empty_all_tables(self.app.state.engine)

    def close(self) -> None:
        self.http.__exit__(None, None, None)
        self.app.state.engine.dispose()

    def enrol_code(self, showroom_code: str) -> str:
        from hq import admin

        return admin.make_enrol_code(self.sessions, showroom_code)[0]

    def add_showroom(self, code: str, name: str) -> None:
        from hq import admin

        admin.add_showroom(self.sessions, code, name)


@pytest.fixture(scope="session")
def hq_service(hq_db) -> Hq:
    """One in-process HQ per backend for the session; emptied before each test that asks for `hq`."""
    service = Hq(hq_db.fresh_url())
    yield service
    service.close()


@pytest.fixture
def hq(hq_service) -> Hq:
    hq_service.reset()
    return hq_service


@pytest.fixture
def cs(hq, room_templates, tmp_path):
    """The Changsha showroom, set up and enrolled with a fresh HQ."""
    hq.add_showroom("CS", "长沙")
    room = Room(tmp_path / "cs", room_templates["CS"])
    room.enrol(hq)
    yield room
    room.close()


@pytest.fixture
def cs_jn(hq, room_templates, tmp_path):
    """Changsha and Jinan, each enrolled with a fresh HQ under the names HQ knows them by."""
    hq.add_showroom("CS", "长沙直播样品间")
    hq.add_showroom("JN", "济南直播样品间")
    cs, jn = Room(tmp_path / "cs", room_templates["CS"]), Room(tmp_path / "jn", room_templates["JN"])
    cs.enrol(hq)
    jn.enrol(hq)
    yield cs, jn
    cs.close()
    jn.close()


@pytest.fixture(scope="session")
def room_templates(tmp_path_factory):
    """Set-up showrooms built once through the services, copied per test."""
    return {
        code: room_template(tmp_path_factory.mktemp(f"room-{code}"), code, city)
        for code, city in (("CS", "长沙"), ("JN", "济南"), ("XM", "厦门"), ("QD", "青岛"))
    }


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HqServer:
    """A real `showroom-hq serve` process on a free port."""

    def __init__(self, database_url: str, log: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = open(log, "wb")
        self.proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                "from hq.cli import main; raise SystemExit(main())",
                "serve",
                "--database-url",
                database_url,
                "--port",
                str(self.port),
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
            if self.proc.poll() is not None:
                break
        self.stop()
        raise RuntimeError(f"HQ server did not start: {log.read_text(errors='replace')}")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
