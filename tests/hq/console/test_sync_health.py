"""Sync health: what each device runs and still holds, the exception and alert queue, enrolment, revocation."""

from __future__ import annotations

import json
import re
import uuid
from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from hq.models import Alert, AuditEntry, Device, Resolution, SyncException
from showroom import __version__
from showroom.domain.errors import DeviceRevoked
from showroom.sync.enrol import enrol
from tests.hq.helpers import raw_client, token_of


def the_device(hq) -> Device:
    with hq.sessions() as s:
        return s.scalar(select(Device))


def test_a_sync_tells_hq_the_app_version_protocol_and_newest_event(hq, cs, browser):
    cs.sync(hq.transport)
    d = the_device(hq)
    assert (d.app_version, d.protocol_version, d.outbox_seq) == (__version__, 1, cs.events()[-1].seq)
    assert d.last_seen_at is not None
    html = browser("wang", "viewer").get("/console/sync").text
    assert __version__ in html and "长沙" in html


def test_events_a_device_still_holds_show_as_waiting(hq, cs, browser):
    cs.sync(hq.transport)
    acked = the_device(hq).acked_seq
    device = raw_client(hq, token_of(cs))
    device.headers["X-Showroom-Outbox"] = str(acked + 7)  # as a counter says when its push was refused
    assert device.get("/v1/changes").status_code == 200
    assert the_device(hq).outbox_seq == acked + 7
    html = browser("wang", "viewer").get("/console/sync").text
    assert '<span class="warn">7</span>' in html


def test_no_one_else_speaks_for_a_device(hq, cs):
    cs.sync(hq.transport)
    device_id = the_device(hq).id
    forged = raw_client(hq, f"{device_id}.not-its-secret")
    forged.headers["X-Showroom-App"] = "9.9.9"
    assert forged.get("/v1/changes").status_code == 401
    assert the_device(hq).app_version == __version__


def _exception(hq, kind: str, codes: str, detail: dict) -> str:
    row_id = str(uuid.uuid4())
    with hq.sessions() as s, s.begin():
        s.add(
            SyncException(
                id=row_id,
                kind=kind,
                showroom_codes=codes,
                event_id=None,
                detail=json.dumps(detail, ensure_ascii=False),
                at=datetime.now(timezone.utc),
            )
        )
    return row_id


def test_the_queue_shows_any_kind_with_its_detail_and_resolves_with_a_note(hq, cs, browser):
    _exception(hq, "sample_lent_twice", "CS,JN", {"code": "CS-000001", "older_loan": "CS-L261201001"})
    new_kind = _exception(hq, "ownership_violation", "JN", {"loan": "CS-L261201002", "device": "JN-1"})
    with hq.sessions() as s, s.begin():
        s.add(
            Alert(
                id=str(uuid.uuid4()),
                device_id=None,
                kind="payload_mismatch",
                detail="event x was sent before",
                at=datetime.now(timezone.utc),
            )
        )
    b = browser("wang", "operator")
    html = b.get("/console/sync").text
    assert "样品被重复借出" in html and "CS-L261201001" in html  # a kind the console knows
    assert "ownership violation" in html and "ownership_violation" in html  # one it has never heard of
    assert "事件重发但内容不同" in html and "event x was sent before" in html  # and an alert
    answer = b.post(
        f"/console/sync/queue/sync_exception/{new_kind}/resolve",
        {"note": "济南设备误操作，已电话确认", "state": "open"},
        from_page="/console/sync",
    )
    assert answer.status_code == 303
    open_now = b.get("/console/sync").text
    assert "CS-L261201002" not in open_now and "CS-L261201001" in open_now
    resolved = b.get("/console/sync?state=resolved").text
    assert "济南设备误操作，已电话确认" in resolved and "wang" in resolved
    with hq.sessions() as s:
        assert s.get(Resolution, ("sync_exception", new_kind)).note == "济南设备误操作，已电话确认"
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.target == new_kind)) == "resolved"
    again = b.post(f"/console/sync/queue/sync_exception/{new_kind}/resolve", {"note": "x"}, from_page="/console/sync")
    assert again.status_code == 400


def test_the_queue_filters_by_kind_and_showroom(hq, cs, browser):
    _exception(hq, "sample_lent_twice", "CS,JN", {"code": "CS-000001"})
    _exception(hq, "unknown_loan", "XM", {"loan": "XM-L1"})
    b = browser("wang", "viewer")
    assert "XM-L1" not in b.get("/console/sync?kind=sample_lent_twice").text
    assert "CS-000001" in b.get("/console/sync?showroom=JN").text
    assert "CS-000001" not in b.get("/console/sync?showroom=XM").text


def test_an_enrolment_code_made_here_enrols_a_counter(hq, cs, room_templates, tmp_path, browser):
    from tests.hq.rooms import Room

    hq.add_showroom("JN", "济南")
    b = browser("wang", "admin")
    page = b.post("/console/sync/enrol-codes", {"showroom": "JN", "hours": "2"}, from_page="/console/sync")
    assert page.status_code == 200
    code = re.search(r'id="enrol-code">([A-Z0-9-]+)<', page.text).group(1)
    assert "<svg" in page.text and f"<title>{code}</title>" in page.text  # the QR code, drawn inline
    room = Room(tmp_path / "jn", room_templates["JN"])
    try:
        enrol(room.store.uow, room.data_dir, "http://testserver", code, transport=hq.transport)
        room.sync(hq.transport)
    finally:
        room.close()
    assert "济南" in b.get("/console/sync").text


def test_a_device_revoked_here_is_refused_at_its_next_sync(hq, cs, browser):
    b = browser("wang", "admin")
    page = f"/console/sync/devices/{the_device(hq).id}/revoke"
    assert "吊销此设备" in b.get(page).text  # asked once more
    answer = b.post(page, from_page=page)
    assert answer.status_code == 303
    with pytest.raises(DeviceRevoked):
        cs.sync(hq.transport)
    with hq.sessions() as s:
        assert s.scalar(select(AuditEntry.action).where(AuditEntry.action == "device_revoked"))
