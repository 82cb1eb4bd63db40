"""Migration h0004 on an HQ that holds work: who served whom, suspensions and each exception's showrooms
are read back from what HQ holds, and the change log's streamer records and exceptions are addressed to
their showrooms only (no device pulls another showroom's again)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from sqlalchemy import select

from hq.db import MIGRATIONS_DIR, make_engine, upgrade
from hq.models import Change, StreamerServed, StreamerSuspension, SyncExceptionShowroom
from showroom.services import streamers
from tests.hq.conftest import Hq
from tests.hq.rooms import Room


def _migrate(engine, target: str, down: bool = False) -> None:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        (command.downgrade if down else command.upgrade)(cfg, target)


def _state(hq) -> dict:
    with hq.sessions() as s:
        return {
            "served": set(s.execute(select(StreamerServed.streamer_id, StreamerServed.showroom_id)).tuples()),
            "suspended": set(
                s.execute(
                    select(StreamerSuspension.streamer_id, StreamerSuspension.showroom_id, StreamerSuspension.reason)
                ).tuples()
            ),
            "parties": set(
                s.execute(select(SyncExceptionShowroom.showroom_code, SyncExceptionShowroom.exception_id)).tuples()
            ),
            "addressed": {
                (kind, key, audience)
                for kind, key, audience in s.execute(
                    select(Change.kind, Change.key, Change.audience).where(
                        Change.kind.in_(("streamer", "sync_exception"))
                    )
                )
            },
        }


def test_an_hq_with_work_in_it_migrates_to_h0004_and_keeps_who_receives_what(hq_db, room_templates, tmp_path):
    url = hq_db.separate_url()
    engine = make_engine(url)
    upgrade(engine)
    hq = Hq(url)
    cs, jn = Room(tmp_path / "cs", room_templates["CS"]), Room(tmp_path / "jn", room_templates["JN"])
    try:
        hq.add_showroom("CS", "长沙直播样品间")
        hq.add_showroom("JN", "济南直播样品间")
        cs.enrol(hq)
        jn.enrol(hq)
        both = cs.register("小美", "13800138000")
        streamers.block_streamer(cs.uow(), cs.admin, both, "态度恶劣")
        cs.register("只在长沙", "13900000001")
        cs.sync(hq.transport)
        jn.lend(jn.register("小美", "13800138000"), jn.sample_codes[:1])
        streamers.unblock_streamer(cs.uow(), cs.admin, both, "已道歉")
        streamers.block_streamer(cs.uow(), cs.admin, cs.register("又一位", "13900000002"), "又迟到")
        jn.sync(hq.transport)
        cs.sync(hq.transport)
        from hq.projections import record_exception

        with hq.sessions() as s, s.begin():
            record_exception(s, "sample_lent_twice", ["CS", "JN"], None, {"n": 1})
            from hq.changelog import flush_changes

            flush_changes(s)
        before = _state(hq)
        assert len(before["served"]) == 4 and len(before["suspended"]) == 1 and len(before["parties"]) == 2

        _migrate(engine, "h0002", down=True)
        _migrate(engine, "head")

        after = _state(hq)
        assert after == before
        assert all(audience is not None for _kind, _key, audience in after["addressed"])
    finally:
        cs.close()
        jn.close()
        hq.close()
        engine.dispose()
