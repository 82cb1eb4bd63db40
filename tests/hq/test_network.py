"""Two showrooms and HQ: the network blacklist, one streamer per phone, the shared catalog, sync exceptions."""

from __future__ import annotations

import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from db.models import Product
from db.sync_models import ReceivedSyncException
from hq import admin
from kernel.events import LoanCheckedOut, LoanedSample
from showroom.domain.errors import StreamerBlocked
from tests.hq.helpers import hq_exceptions, hq_samples, hq_streamers, raw_client, token_of
from tests.hq.rooms import Room


@pytest.fixture
def rooms(hq, room_templates, tmp_path):
    hq.add_showroom("CS", "长沙")
    hq.add_showroom("JN", "济南")
    cs, jn = Room(tmp_path / "cs", room_templates["CS"]), Room(tmp_path / "jn", room_templates["JN"])
    cs.enrol(hq)
    jn.enrol(hq)
    yield cs, jn
    cs.close()
    jn.close()


def test_a_streamer_blacklisted_in_one_city_is_refused_at_the_other_after_one_sync_each(hq, rooms):
    cs, jn = rooms
    cs_id = cs.register("小美", "13800138000")
    jn.sync(hq.transport)  # JN has never seen her
    jn_id = jn.register("小美", "+86 138-0013-8000")  # same person, registered offline in JN too
    jn.lend(jn_id, jn.sample_codes[:1])  # ...and she borrows there meanwhile
    cs.blacklist(cs_id, "三件样品未还")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    with pytest.raises(StreamerBlocked) as refused:
        jn.lend(jn_id, jn.sample_codes[1:2])
    assert [b.kind for b in refused.value.blocks] == ["blacklisted"]
    assert refused.value.blocks[0].reason == "三件样品未还"
    network = hq_streamers(hq)
    assert list(network) == ["13800138000"] and network["13800138000"].blacklisted
    assert not jn.events()[-1].type.startswith("streamer.")  # applying the pull recorded nothing to echo back


def test_a_streamer_registered_offline_in_both_cities_is_one_streamer_at_hq(hq, rooms):
    cs, jn = rooms
    cs.register("阿杰", "13912345678")
    jn.register("阿杰", "139 1234 5678")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    cs.sync(hq.transport)
    assert list(hq_streamers(hq)) == ["13912345678"]
    jn_loan = jn.lend(jn.streamer_id("13912345678"), jn.sample_codes[:2])
    cs_loan = cs.lend(cs.streamer_id("13912345678"), cs.sample_codes[:1])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    from hq.models import NetLoan

    with hq.sessions() as s:
        holders = {loan.number: loan.streamer_id for loan in s.scalars(select(NetLoan))}
    assert holders[jn_loan.number] == holders[cs_loan.number] == hq_streamers(hq)["13912345678"].id


def test_a_streamer_from_another_city_is_registered_where_she_comes_and_stays_one_streamer(hq, rooms):
    """Jinan never receives her record before she comes (PIPL minimisation: test_audience.py); registered
    there by phone, she borrows, and HQ knows one person."""
    cs, jn = rooms
    cs.register("远方", "13511112222")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert "13511112222" not in jn.streamers_by_phone()
    jn.lend(jn.register("远方", "135 1111 2222"), jn.sample_codes[:1])
    jn.sync(hq.transport)
    assert len(hq_streamers(hq)) == 1


def test_a_lift_is_made_at_hq_only(hq, rooms):
    cs, jn = rooms
    sid = cs.register("阿花", "13622223333")
    cs.blacklist(sid)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert blacklisted_at(jn, "13622223333") == "长沙"  # Jinan never served her: her standing only
    from showroom.services import streamers

    streamers.unblock_streamer(cs.uow(), cs.admin, sid, "本地解除")  # a local lift is not the network's
    cs.sync(hq.transport)
    assert "13622223333" in cs.blacklisted_phones()
    assert [e.kind for e in hq_exceptions(hq)] == ["blacklist_lift_ignored"]
    admin.lift_blacklist(hq.sessions, "13622223333", "已还清")
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert cs.blacklisted_phones() == jn.blacklisted_phones() == set()
    assert blacklisted_at(jn, "13622223333") == ""


def blacklisted_at(room, phone: str) -> str:
    from showroom.services.network_standing import network_standing

    uow = room.uow()
    with uow.read():
        return network_standing(uow, phone, datetime.now(timezone.utc)).blacklisted_at


def test_the_shared_catalog_made_at_hq_reaches_every_showroom(hq, rooms):
    cs, jn = rooms
    admin.add_catalog(
        hq.sessions, [admin.CatalogItem("总部商家", f"总部商品{i}", 5000 + i, ean=None) for i in range(25)]
    )
    progress = []
    from showroom.sync.service import sync_once

    sync_once(cs.store.uow, cs.data_dir, transport=hq.transport, progress=lambda *a: progress.append(a))
    jn.sync(hq.transport)
    for room in rooms:
        uow = room.uow()
        with uow.read():
            names = set(uow.session.scalars(select(Product.name)))
        assert {f"总部商品{i}" for i in range(25)} <= names
    assert progress[-1][0] == "pull" and progress[-1][1] == progress[-1][2]


def test_a_sample_of_another_showroom_lent_here_is_not_applied_and_seen_by_hq_and_both_showrooms(hq, rooms):
    """Changsha's sample reported lent in Jinan (it travelled unrecorded): Jinan does not own it, so HQ keeps
    the event, applies none of it and raises `foreign_write` for both (hq/PROTOCOL.md, Ownership)."""
    cs, jn = rooms
    sid = cs.register("甲", "13733334444")
    cs.lend(sid, cs.sample_codes[:1])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    sample_id = next(i for i, st in cs.sample_statuses().items() if st == "on_loan")
    jn_id = jn.register("乙", "13744445555")
    jn.sync(hq.transport)
    seq = jn.events()[-1].seq + 1
    jn_room_id = next(e for e in jn.events() if e.type == "showroom.set_up@1")
    import json

    now = datetime.now(timezone.utc)
    lent = LoanCheckedOut(
        loan_id=str(uuid.uuid4()),
        number="JN-L261127001",
        streamer_id=jn_id,
        streamer_phone="13744445555",
        showroom_id=json.loads(jn_room_id.payload)["showroom_id"],
        due_at=now,
        deposit_fen=0,
        deposit_method="cash",
        policy_deposit_fen=0,
        opened_at=now,
        staff_id=jn.admin.id,
        tier="diamond",
        planned_stream_date=None,
        has_signature=False,
        override=None,
        samples=[LoanedSample(sample_id=sample_id, code=cs.sample_codes[0], value_fen=8000)],
    )
    forged = {
        "id": str(uuid.uuid4()),
        "seq": seq,
        "type": lent.TYPE,
        "occurred_at": now.isoformat(),
        "staff_id": None,
        "payload": lent.to_payload(),
    }
    with raw_client(hq, token_of(jn)) as http:
        assert http.post("/v1/events", json={"events": [forged]}).json()["acked_seq"] == seq
    [exception] = hq_exceptions(hq)
    assert exception.kind == "foreign_write" and exception.showroom_codes == "CS,JN"
    for room in rooms:  # also readable through the API, by each of them
        with raw_client(hq, token_of(room)) as http:
            [seen] = http.get("/v1/sync-exceptions").json()
        assert seen["kind"] == "foreign_write" and seen["showroom_codes"] == ["CS", "JN"]
    assert hq_samples(hq)[sample_id] == "on_loan"
    from hq.models import NetLoan

    with hq.sessions() as s:  # Changsha's loan stands; Jinan's was never made
        closed = {loan.number: loan.closed_at is not None for loan in s.scalars(select(NetLoan))}
    assert list(closed.values()) == [False] and next(iter(closed)).startswith("CS-")
    cs.sync(hq.transport)
    # the JN device's local outbox does not have the hand-made event: only pull
    from showroom.sync.client import HqClient
    from showroom.sync.pull import pull_all

    with HqClient("http://testserver", token=token_of(jn), transport=hq.transport) as client:
        pull_all(jn.store.uow, client)
    for room in rooms:
        uow = room.uow()
        with uow.read():
            kinds = [r.kind for r in uow.session.scalars(select(ReceivedSyncException))]
        assert kinds == ["foreign_write"]
        assert room.status().exceptions == 1


def test_openapi_schema_is_served(hq):
    schema = hq.http.get("/openapi.json").json()
    assert {"/v1/enrol", "/v1/events", "/v1/changes"} <= set(schema["paths"])


def test_hq_catalog_that_matches_local_rows_joins_them_instead_of_failing(hq, rooms):
    """Same merchant name or same EAN as a row the showroom made itself: one row, the pull carries on."""
    cs, _jn = rooms
    from showroom.services import catalog

    local = catalog.create_product(
        cs.uow(),
        cs.admin,
        catalog.list_merchants(cs.uow())[0].id,
        "本地坚果",
        retail_price_fen=100,
        live_price_fen=90,
        commission_bp=0,
        sample_value_fen=50,
        ean="6901234567892",
    )
    merchant = catalog.list_merchants(cs.uow())[0].name
    admin.add_catalog(
        hq.sessions,
        [admin.CatalogItem(merchant, "总部坚果", 60, ean="6901234567892"), admin.CatalogItem(merchant, "总部新品", 70)],
    )
    cs.sync(hq.transport)
    uow = cs.uow()
    with uow.read():
        rows = {p.name: (p.merchant_id, p.ean) for p in uow.session.scalars(select(Product))}
    assert rows["本地坚果"][1] == "6901234567892" and "总部坚果" not in rows
    assert rows["总部新品"][0] == local.merchant_id
    assert cs.status().cursor > 0 and cs.status().last_error is None


def test_a_change_that_cannot_be_stored_leaves_the_cursor_before_it(hq, rooms):
    cs, _jn = rooms
    from hq.changelog import flush_changes, stage
    from showroom.domain.errors import ChangeNotApplied

    cs.sync(hq.transport)
    before = cs.status().cursor
    with hq.sessions() as s, s.begin():  # e.g. written by a newer, buggy HQ
        stage(s, "product", str(uuid.uuid4()), {"id": str(uuid.uuid4()), "merchant_id": "nobody", "name": None})
        flush_changes(s)
    with pytest.raises(ChangeNotApplied):
        cs.sync(hq.transport)
    assert cs.status().cursor == before and cs.status().last_error == "change_not_applied"
