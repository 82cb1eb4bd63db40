"""2-4 showrooms lend, take back, register and blacklist at random while their links come and go.

At quiescence (everyone synced twice with the link up) every event is at HQ exactly once, and every
showroom agrees with HQ on the shared data: the streamers it served, who of them is blacklisted, who is
blacklisted elsewhere (by phone hash), where each sample is.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from showroom.domain.errors import ShowroomError
from showroom.services.network_standing import network_standing
from tests.hq.conftest import Hq
from tests.hq.helpers import LoseResponses, Offline, hq_events, hq_samples, hq_served, hq_streamers
from tests.hq.rooms import Room

CODES = ("CS", "JN", "XM", "QD")
PHONES = [f"1390000{i:04d}" for i in range(6)]
OPS = ("register", "lend", "lend", "return", "blacklist", "sync", "sync")
LINKS = ("up", "up", "down", "answer_lost")


def _step(room: Room, hq: Hq, op: str, k: int, link: str) -> None:
    if op == "register":
        room.register(f"主播{k % len(PHONES)}", PHONES[k % len(PHONES)])
    elif op in ("lend", "blacklist"):
        people = sorted(room.streamers_by_phone())
        if not people:
            return
        phone = people[k % len(people)]
        if op == "blacklist":
            room.blacklist(room.streamer_id(phone), f"第{k}次")
            return
        in_stock = [c for c, st in zip(room.sample_codes, _statuses(room)) if st == "in_stock"]
        if in_stock:
            room.lend(room.streamer_id(phone), in_stock[k % len(in_stock) : k % len(in_stock) + 1 + k % 2])
    elif op == "return":
        out = [c for c, st in zip(room.sample_codes, _statuses(room)) if st == "on_loan"]
        if out:
            room.give_back(out[: 1 + k % 2])
    elif op == "sync":
        transport = {"up": hq.transport, "down": Offline(), "answer_lost": LoseResponses(hq.transport)}[link]
        room.sync(transport)


def _statuses(room: Room) -> list[str]:
    from sqlalchemy import select

    from db.models import Sample

    uow = room.uow()
    with uow.read():
        by_code = dict(uow.session.execute(select(Sample.code, Sample.status)).tuples().all())
    return [by_code[c] for c in room.sample_codes]


@settings(
    max_examples=8,
    deadline=None,  # per backend: 16 random networks in all
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_every_showroom_converges_with_hq(hq_service, room_templates, tmp_path_factory, data):
    n = data.draw(st.integers(2, 4), label="showrooms")
    steps = data.draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.sampled_from(OPS), st.integers(0, 50), st.sampled_from(LINKS)),
            min_size=4,
            max_size=20,
        ),
        label="steps",
    )
    hq = hq_service
    hq.reset()
    folder = tmp_path_factory.mktemp("net")
    rooms = []
    try:
        for code in CODES[:n]:
            hq.add_showroom(code, code)
            room = Room(folder / code, room_templates[code])
            rooms.append(room)
            room.enrol(hq)
        for index, op, k, link in steps:
            try:
                _step(rooms[index], hq, op, k, link)
            except ShowroomError:
                pass  # a refusal at the counter or HQ out of reach: both normal here
        for _ in range(2):
            for room in rooms:
                room.sync(hq.transport)
        _assert_converged(hq, rooms)
    finally:
        for room in rooms:
            room.close()


def _assert_converged(hq: Hq, rooms: list[Room]) -> None:
    at_hq = hq_events(hq)
    assert len({e.id for e in at_hq}) == len(at_hq)
    local = {e.id: json.loads(e.payload) for room in rooms for e in room.events()}
    assert {e.id: json.loads(e.payload) for e in at_hq} == local
    assert all(room.status().pending == 0 for room in rooms)
    network = hq_streamers(hq)
    blacklisted = {p for p, s in network.items() if s.blacklisted}
    served = hq_served(hq)
    for room in rooms:
        assert set(room.streamers_by_phone()) == served.get(room.code, set()), room.code
        assert room.blacklisted_phones() == blacklisted & served.get(room.code, set()), room.code
        uow = room.uow()
        with uow.read():
            elsewhere = {p for p in network if network_standing(uow, p, datetime.now(timezone.utc)).blacklisted_at}
        assert elsewhere == {p for p in blacklisted if network[p].blacklisted_by != room.code}, room.code
        samples = hq_samples(hq)
        for sample_id, status in room.sample_statuses().items():
            assert samples[sample_id] == status, (room.code, sample_id)
