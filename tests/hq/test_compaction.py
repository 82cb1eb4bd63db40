"""The change log stays small (issue 14, item 9), on PostgreSQL and on SQLite.

Past the horizon a change superseded by a later change of the same row is deleted; a new device, or
one whose cursor is older than the horizon, reads a snapshot (each row once, at its latest state); a
device that pulls from any cursor after a compaction ends with the same rows as one that read it all.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, or_, select, text

from hq import admin
from hq.changelog import HORIZON_DAYS, compact_changes, flush_changes, reads_snapshot, stage
from hq.compaction import COMPACT_LOCK, compact_once
from hq.models import Change
from showroom.domain.errors import StreamerBlocked
from showroom.services import streamers
from showroom.sync.client import HqClient
from tests.hq.helpers import token_of


def _history(sessions, rows: int, changes_each: int) -> None:
    """`rows` rows of a kind no client applies, each changed `changes_each` times, one transaction a round."""
    for version in range(changes_each):
        with sessions() as s, s.begin():
            for row in range(rows):
                stage(s, "test", f"row-{row}", {"row": row, "version": version})
            flush_changes(s)


def _age(sessions, days: float, up_to_pos: int | None = None) -> None:
    """Moves the appended times of the log (or of its first positions) `days` into the past."""
    with sessions() as s, s.begin():
        for change in s.scalars(select(Change).where(Change.pos <= (up_to_pos or 2**62))):
            change.at = change.at - timedelta(days=days)


def _log(sessions, audience: str | None = None) -> list[tuple[str, str, dict]]:
    """The whole log, or what a device of showroom `audience` reads of it (its own and everyone's)."""
    q = select(Change).order_by(Change.pos)
    if audience is not None:
        q = q.where(or_(Change.audience.is_(None), Change.audience == audience))
    with sessions() as s:
        return [(r.kind, r.key, json.loads(r.data)) for r in s.execute(q).scalars()]


def _latest(entries) -> dict:
    return {(kind, key): data for kind, key, data in entries}


def test_superseded_changes_past_the_horizon_go_and_the_latest_state_stays(hq):
    _history(hq.sessions, rows=20, changes_each=5)
    before = _log(hq.sessions)
    _age(hq.sessions, HORIZON_DAYS + 5)
    deleted = compact_changes(hq.sessions)
    after = _log(hq.sessions)
    assert deleted == 80 and len(after) == 20
    assert _latest(after) == _latest(before) and all(data["version"] == 4 for _, _, data in after)
    assert compact_changes(hq.sessions) == 0  # nothing left to do


def test_history_within_the_horizon_is_kept(hq):
    _history(hq.sessions, rows=10, changes_each=3)
    with hq.sessions() as s:
        second_round = s.scalar(select(func.min(Change.pos))) + 10  # rounds 2 and 3 stay young
    _age(hq.sessions, HORIZON_DAYS + 1, up_to_pos=second_round - 1)
    assert compact_changes(hq.sessions) == 10
    assert len(_log(hq.sessions)) == 20


def test_a_new_device_reads_each_row_once(hq, cs, room_templates, tmp_path):
    """A streamer blacklisted, lifted at HQ and blacklisted again, and a catalog: several changes of each
    row meant for Jinan (everyone's: the catalog and the streamer's standing; Changsha's own copy of her
    record is not Jinan's), one of each in Jinan's first pull, at its latest state."""
    cs.register("小美", "13800138000")
    cs.sync(hq.transport)
    for step in range(3):
        if step == 1:
            admin.lift_blacklist(hq.sessions, "13800138000", "还了")
        else:
            cs.blacklist(cs.streamer_id("13800138000"), f"第{step}次")
        cs.sync(hq.transport)
    admin.add_catalog(hq.sessions, [admin.CatalogItem("良品铺子", f"坚果 {i}", 1000) for i in range(3)])
    log = _log(hq.sessions)
    assert sum(1 for kind, _, _ in log if kind == "streamer") >= 3
    from tests.hq.rooms import Room

    hq.add_showroom("JN", "济南")
    jn = Room(tmp_path / "jn", room_templates["JN"])
    try:
        jn.enrol(hq)
        with HqClient("http://testserver", token=token_of(jn), transport=hq.transport) as client:
            page = client.changes(0, 5000)
        keys = [(c["kind"], c["key"]) for c in page.changes]
        for_jinan = _latest(_log(hq.sessions, audience="JN"))
        assert sorted(keys) == sorted(set(keys)) == sorted(for_jinan)
        assert {(c["kind"], c["key"]): c["data"] for c in page.changes} == for_jinan
        assert page.next_cursor == max(c["pos"] for c in page.changes)
        jn.sync(hq.transport)
        her = streamers.register_streamer(jn.uow(), jn.admin, "小美", "13800138000", "douyin").id
        with pytest.raises(StreamerBlocked) as refused:  # what reached Jinan: her standing
            jn.lend(her, jn.sample_codes[:1])
        assert [b.kind for b in refused.value.blocks] == ["blacklisted"]
    finally:
        jn.close()


def test_a_cursor_older_than_the_horizon_reads_a_snapshot(hq):
    _history(hq.sessions, rows=5, changes_each=3)
    with hq.sessions() as s:
        first = s.scalar(select(func.min(Change.pos)))
        assert reads_snapshot(s, 0) and not reads_snapshot(s, first)
    _age(hq.sessions, HORIZON_DAYS + 1)
    with hq.sessions() as s:
        assert reads_snapshot(s, first)


def test_any_cursor_ends_at_the_same_rows_after_a_compaction(hq, cs):
    """Devices that pulled up to any position before the compaction pull the rest after it, in pages of 3,
    through HQ's API: each ends with every row at its latest state."""
    _history(hq.sessions, rows=6, changes_each=4)
    log = _log(hq.sessions)
    with hq.sessions() as s:
        positions = list(s.scalars(select(Change.pos).order_by(Change.pos)))
    held_at = {cursor: _latest(log[: i + 1]) for i, cursor in enumerate(positions)}
    _age(hq.sessions, HORIZON_DAYS + 1)
    assert compact_changes(hq.sessions) == 18
    with HqClient("http://testserver", token=token_of(cs), transport=hq.transport) as client:
        for cursor in [0, *positions]:
            held = dict(held_at.get(cursor, {}))
            while True:
                page = client.changes(cursor, 3)
                held.update({(c["kind"], c["key"]): c["data"] for c in page.changes})
                cursor = page.next_cursor
                if not page.has_more:
                    break
            assert held == _latest(log)


def test_one_worker_compacts_at_a_time(hq):
    engine = hq.app.state.engine
    if engine.dialect.name != "postgresql":
        return  # SQLite serializes writers itself
    _history(hq.sessions, rows=3, changes_each=2)
    _age(hq.sessions, HORIZON_DAYS + 1)
    with engine.connect() as other:
        other.execute(text("SELECT pg_advisory_lock(:k)"), {"k": COMPACT_LOCK})
        assert compact_once(engine, hq.sessions) is None
        other.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": COMPACT_LOCK})
        other.commit()
    assert compact_once(engine, hq.sessions) == 3


def test_appends_keep_their_order_after_a_compaction(hq):
    _history(hq.sessions, rows=4, changes_each=2)
    _age(hq.sessions, HORIZON_DAYS + 1)
    compact_changes(hq.sessions)
    with hq.sessions() as s:
        top = s.scalar(select(func.max(Change.pos)))
    _history(hq.sessions, rows=1, changes_each=1)
    with hq.sessions() as s:
        assert s.scalar(select(func.max(Change.pos))) > top


def test_a_first_pull_stays_a_snapshot_to_its_last_page(hq, room_templates, tmp_path):
    """Young history (inside the horizon) changed three times, then a device enrols: page after page, it
    reads each row once."""
    _history(hq.sessions, rows=7, changes_each=3)
    from tests.hq.rooms import Room

    hq.add_showroom("JN", "济南")
    jn = Room(tmp_path / "jn", room_templates["JN"])
    try:
        jn.enrol(hq)
        keys, cursor = [], 0
        with HqClient("http://testserver", token=token_of(jn), transport=hq.transport) as client:
            while True:
                page = client.changes(cursor, 2)
                keys += [(c["kind"], c["key"]) for c in page.changes]
                cursor = page.next_cursor
                if not page.has_more:
                    break
        assert sorted(keys) == sorted(set(keys)) and len(keys) == 8  # the 7 rows, and showroom JN (where to send)
    finally:
        jn.close()


def test_a_merchant_keeps_every_change_so_its_products_never_come_first(hq):
    """A product names its merchant: were the merchant's first change compacted away (or skipped in a
    snapshot) in favour of a later one, a device would read the product before its merchant."""
    with hq.sessions() as s, s.begin():
        stage(s, "merchant", "m1", {"id": "m1", "name": "良品铺子"})
        flush_changes(s)
    with hq.sessions() as s, s.begin():
        stage(s, "product", "p1", {"id": "p1", "merchant_id": "m1", "name": "坚果"})
        flush_changes(s)
    with hq.sessions() as s, s.begin():
        stage(s, "merchant", "m1", {"id": "m1", "name": "良品铺子旗舰店"})
        flush_changes(s)
    _age(hq.sessions, HORIZON_DAYS + 1)
    assert compact_changes(hq.sessions) == 0
    from hq.changelog import read_snapshot

    with hq.sessions() as s:
        assert [r.kind for r in read_snapshot(s, 0, 10)[0]] == ["merchant", "product", "merchant"]


def _staged(sessions, *changes: tuple[str, dict, str | None]) -> None:
    with sessions() as s, s.begin():
        for key, data, audience in changes:
            stage(s, "test", key, data, audience)
        flush_changes(s)


def test_a_change_for_one_showroom_never_hides_another_showroom_s_copy(hq):
    """Each showroom that served a streamer gets its own copy of their record: Jinan's newer copy must not
    compact Changsha's away (Changsha would lose the record); a later change for everyone supersedes both."""
    _staged(hq.sessions, ("s-1", {"v": "cs"}, "CS"))
    _staged(hq.sessions, ("s-1", {"v": "jn"}, "JN"))
    _staged(hq.sessions, ("s-2", {"v": "cs"}, "CS"), ("s-2", {"v": "all"}, None))
    _staged(hq.sessions, ("s-3", {"v": "all"}, None))
    _staged(hq.sessions, ("s-3", {"v": "jn"}, "JN"))
    _age(hq.sessions, HORIZON_DAYS + 5)
    compact_changes(hq.sessions)
    with hq.sessions() as s:
        kept = sorted((r.key, r.audience or "*") for r in s.scalars(select(Change)))
    # s-1: both copies stay; s-2: everyone's change supersedes Changsha's; s-3: Jinan's own change does
    # not supersede the one for everyone (Changsha still needs it)
    assert kept == [("s-1", "CS"), ("s-1", "JN"), ("s-2", "*"), ("s-3", "*"), ("s-3", "JN")]
