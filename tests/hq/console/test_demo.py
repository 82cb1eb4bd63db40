"""`showroom-hq demo`: cities seeded by the counter's own services and synced through the real protocol."""

from __future__ import annotations

from sqlalchemy import func, select

from hq.cli import main as hq_main
from hq.console.serving import free_port
from hq.db import make_engine, make_sessions
from hq.models import Device, Event, HqShowroom, NetSample, SyncException
from showroom.store import Store
from showroom.sync.service import sync_status


def test_demo_seeds_cities_through_real_sync_and_counters_keep_hqs_address(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'hq.sqlite3'}"
    address = f"http://127.0.0.1:{free_port()}"
    assert (
        hq_main(
            ["demo", "--database-url", url, "--counters", str(tmp_path / "counters"), "--url", address, "--cities", "2"]
        )
        == 0
    )
    printed = capsys.readouterr().out
    assert "CS 长沙直播样品间" in printed and "JN 济南直播样品间" in printed
    sessions = make_sessions(make_engine(url))
    with sessions() as s:
        assert set(s.scalars(select(HqShowroom.code))) == {"CS", "JN"}
        assert s.scalar(select(func.count()).select_from(Event)) > 800
        assert s.scalar(select(func.count()).select_from(NetSample)) > 600
        assert s.scalar(select(func.count()).select_from(Device).where(Device.app_version.is_not(None))) == 2
        assert "blacklist_lift_ignored" in set(s.scalars(select(SyncException.kind)))
    store = Store(tmp_path / "counters" / "JN")
    try:
        status = sync_status(store.uow())
        assert status.enrolled and status.hq_url == address and status.pending == 0
    finally:
        store.close()
    assert hq_main(["demo", "--database-url", url, "--counters", str(tmp_path / "other"), "--url", address]) == 1
