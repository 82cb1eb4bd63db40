"""Console fixtures: HQ staff of each role, and a browser-like HTTP client (its own cookies) per person."""

from __future__ import annotations

import re
from datetime import datetime, timezone

import httpx
import pytest

from hq.console import accounts

PASSWORD = "correct horse 1"
_CSRF = re.compile(r'name="csrf" value="([^"]+)"')


class Browser:
    """One person's browser over the in-process HQ: cookies kept, redirects not followed (tests look at them)."""

    def __init__(self, hq, base_url: str = "http://testserver"):
        self.hq = hq
        self.http = httpx.Client(base_url=base_url, transport=hq.transport, follow_redirects=False)

    def get(self, path: str, **kw) -> httpx.Response:
        return self.http.get(path, **kw)

    def csrf(self, path: str = "/console/sign-in") -> str:
        page = self.get(path)
        found = _CSRF.search(page.text)
        assert found, page.text[:500]
        return found.group(1)

    def post(
        self,
        path: str,
        data: dict | None = None,
        *,
        csrf: str | None = "auto",
        from_page: str = "/console/",
        files=None,
    ) -> httpx.Response:
        data = dict(data or {})
        if csrf == "auto":
            csrf = self.csrf(from_page)
        if csrf is not None:
            data["csrf"] = csrf
        return self.http.post(path, data=data, files=files)

    def sign_in(self, login: str, password: str = PASSWORD) -> httpx.Response:
        return self.post(
            "/console/sign-in",
            {"login": login, "password": password, "next": "/console/"},
            from_page="/console/sign-in",
        )

    def close(self) -> None:
        self.http.close()


def add_staff(hq, login: str, role: str, password: str = PASSWORD) -> accounts.Staff:
    with hq.sessions() as session, session.begin():
        return accounts.add_staff(session, login, login, role, password, datetime.now(timezone.utc))


@pytest.fixture
def browser(hq):
    made = []

    def open_browser(login: str | None = None, role: str = "operator", base_url: str = "http://testserver") -> Browser:
        b = Browser(hq, base_url)
        made.append(b)
        if login:
            add_staff(hq, login, role)
            assert b.sign_in(login).status_code == 303
        return b

    yield open_browser
    for b in made:
        b.close()


@pytest.fixture
def jn(hq, room_templates, tmp_path):
    """Jinan, set up and enrolled with the same HQ as `cs`."""
    from tests.hq.rooms import Room

    hq.add_showroom("JN", "济南")
    room = Room(tmp_path / "jn", room_templates["JN"])
    room.enrol(hq)
    yield room
    room.close()


def lend_days_ago(room, streamer_id: str, codes: list[str], days: int):
    """A loan opened `days` ago at the counter (its due date follows the streamer's tier)."""
    from datetime import timedelta

    from showroom.services import checkout

    return checkout.check_out(
        room.uow(), room.admin, streamer_id, codes, "cash", now=datetime.now(timezone.utc) - timedelta(days=days)
    )


@pytest.fixture
def network(hq, cs, jn):
    """Two cities with loans: CS lends 2 samples to 小美 20 days ago (overdue) and 1 today; JN lends 3 to 大壮
    12 days ago (overdue) and 小美 borrows one in JN today. Both synced twice (each sees the other)."""
    mei = cs.register("小美", "13800138000")
    cs.register("阿强", "13900139000")
    lend_days_ago(cs, mei, cs.sample_codes[:2], 20)
    cs.lend(mei, [cs.sample_codes[2]])
    zhuang = jn.register("大壮", "13700137000")
    lend_days_ago(jn, zhuang, jn.sample_codes[:3], 12)
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    # Jinan knows her standing only (it never served her): she registers there, as at any new counter
    jn.lend(jn.register("小美", "13800138000"), [jn.sample_codes[3]])
    jn.sync(hq.transport)
    cs.sync(hq.transport)
    return cs, jn
