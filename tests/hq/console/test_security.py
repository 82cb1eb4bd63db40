"""The console's walls: device tokens open nothing, sessions push nothing, forms need their token, roles hold,
and every response carries the security headers."""

from __future__ import annotations

from sqlalchemy import select

from hq.models import Event, NetStreamer
from tests.hq.helpers import hq_count, raw_client, token_of


def test_a_device_token_never_opens_the_console(hq, cs):
    device = raw_client(hq, token_of(cs))
    for path in ("/console/", "/console/overdue", "/console/sync", "/console/streamers?q=1"):
        answer = device.get(path, follow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"].startswith("/console/sign-in"), path
    refused = device.post("/console/sync/enrol-codes", data={"showroom": "CS"}, follow_redirects=False)
    assert refused.status_code in (303, 403)


def test_a_console_session_never_pushes_events(hq, cs, browser):
    b = browser("wang", "admin")
    before = hq_count(hq, Event)
    event = cs.events()[0]
    body = {
        "events": [
            {
                "id": event.id,
                "seq": event.seq,
                "type": event.type,
                "payload": {},
                "occurred_at": event.occurred_at.isoformat(),
            }
        ]
    }
    answer = b.http.post("/v1/events", json=body, headers={"X-Showroom-Protocol": "1"})
    assert answer.status_code == 401
    assert b.http.get("/v1/changes", headers={"X-Showroom-Protocol": "1"}).status_code == 401
    assert hq_count(hq, Event) == before


def test_a_form_without_its_csrf_token_is_refused_and_changes_nothing(hq, cs, browser):
    phone = "13800138000"
    cs.register("小美", phone)
    cs.sync(hq.transport)
    b = browser("wang", "operator")
    with hq.sessions() as s:
        streamer_id = s.scalar(select(NetStreamer.id).where(NetStreamer.phone == phone))
    for csrf in (None, "forged-token-forged-token-forged"):
        answer = b.post(f"/console/streamers/{streamer_id}/blacklist", {"reason": "样品未还"}, csrf=csrf)
        assert answer.status_code == 403
    anonymous = browser()
    assert anonymous.post("/console/sign-in", {"login": "wang", "password": "x"}, csrf=None).status_code == 403
    with hq.sessions() as s:
        assert not s.scalar(select(NetStreamer.blacklisted).where(NetStreamer.phone == phone))


def test_a_viewer_is_refused_an_operators_action(hq, cs, browser):
    cs.register("小美", "13800138000")
    cs.sync(hq.transport)
    viewer = browser("zhao", "viewer")
    with hq.sessions() as s:
        streamer_id = s.scalar(select(NetStreamer.id))
    page = viewer.get(f"/console/streamers/{streamer_id}")
    assert page.status_code == 200 and "/blacklist" not in page.text  # no form offered
    answer = viewer.post(
        f"/console/streamers/{streamer_id}/blacklist",
        {"reason": "样品未还"},
        from_page=f"/console/streamers/{streamer_id}",
    )
    assert answer.status_code == 403
    assert viewer.post("/console/sync/enrol-codes", {"showroom": "CS"}).status_code == 403
    operator = browser("qian", "operator")
    assert operator.post("/console/sync/enrol-codes", {"showroom": "CS"}).status_code == 403  # admins only
    with hq.sessions() as s:
        assert not s.scalar(select(NetStreamer.blacklisted))


def test_every_response_carries_security_headers_and_pages_a_strict_csp(hq, browser):
    b = browser("wang", "viewer")
    page = b.get("/console/")
    csp = page.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert page.headers["x-frame-options"] == "DENY"
    assert page.headers["x-content-type-options"] == "nosniff"
    assert page.headers["referrer-policy"] == "same-origin"
    assert page.headers["cache-control"] == "no-store"
    api = b.get("/health")
    assert api.headers["x-content-type-options"] == "nosniff" and api.headers["x-frame-options"] == "DENY"
    assert b.get("/console/static/console.css").status_code == 200


def test_pages_hold_no_inline_script_or_style(hq, browser):
    b = browser("wang", "admin")
    for path in (
        "/console/",
        "/console/overdue",
        "/console/sync",
        "/console/catalog",
        "/console/merchants",
        "/console/streamers",
        "/console/sign-in",
    ):
        html = b.get(path).text
        assert "<script" not in html and "style=" not in html and "<style" not in html, path


def test_sign_in_never_redirects_off_the_console(hq, browser):
    from tests.hq.console.conftest import add_staff

    add_staff(hq, "wang", "viewer")
    b = browser()
    answer = b.post(
        "/console/sign-in",
        {"login": "wang", "password": "correct horse 1", "next": "https://evil.example/"},
        from_page="/console/sign-in",
    )
    assert answer.headers["location"] == "/console/"


def test_the_console_is_not_in_the_sync_apis_openapi_document(hq):
    paths = hq.http.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if p.startswith("/console")]
