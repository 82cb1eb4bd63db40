"""Signing in: argon2 passwords, lockout after five failures for 15 minutes, sessions, and every attempt audited."""

from __future__ import annotations

import io
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from hq.cli import main as hq_main
from hq.console import accounts
from hq.models import AuditEntry, ConsoleSession, ConsoleStaff
from tests.hq.console.conftest import PASSWORD, add_staff


def audit_actions(hq) -> list[tuple[str, str]]:
    with hq.sessions() as s:
        return [(a.login, a.action) for a in s.scalars(select(AuditEntry).order_by(AuditEntry.id))]


def test_signing_in_opens_the_console_and_records_it(hq, browser):
    add_staff(hq, "wang", "viewer")
    b = browser()
    assert b.get("/console/").status_code == 303  # not signed in: to the sign-in page
    answer = b.sign_in("wang")
    assert answer.status_code == 303 and answer.headers["location"] == "/console/"
    page = b.get("/console/")
    assert page.status_code == 200 and "wang" in page.text
    assert ("wang", "signed_in") in audit_actions(hq)
    with hq.sessions() as s:
        row = s.scalar(select(ConsoleStaff).where(ConsoleStaff.login == "wang"))
        assert row.password_hash.startswith("$argon2") and PASSWORD not in row.password_hash


def test_the_session_cookie_is_httponly_strict_and_holds_only_a_random_token(hq, browser):
    add_staff(hq, "wang", "viewer")
    answer = browser().sign_in("wang")
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("hq_session="))
    flags = cookie.lower()
    assert "httponly" in flags and "samesite=strict" in flags and "path=/console" in flags
    assert "secure" not in flags  # served over plain http here
    token = cookie.split(";")[0].split("=", 1)[1]
    with hq.sessions() as s:
        assert s.get(ConsoleSession, accounts.token_hash(token)) is not None
        assert s.scalar(select(ConsoleSession.token_hash)) != token


def test_cookies_are_secure_when_served_over_https(hq, browser):
    add_staff(hq, "wang", "viewer")
    answer = browser(base_url="https://testserver").sign_in("wang")
    cookie = next(c for c in answer.headers.get_list("set-cookie") if c.startswith("hq_session="))
    assert "secure" in cookie.lower()


def test_a_wrong_password_is_refused_and_audited(hq, browser):
    add_staff(hq, "wang", "viewer")
    answer = browser(base_url="http://testserver").sign_in("wang", "not it at all")
    assert answer.status_code == 401 and "hq_session" not in answer.headers.get("set-cookie", "")
    unknown = browser().sign_in("nobody", "whatever1")
    assert unknown.status_code == 401
    assert audit_actions(hq)[-2:] == [("wang", "sign_in_refused"), ("nobody", "sign_in_refused")]


def test_five_failures_lock_the_account_for_15_minutes_even_for_the_right_password(hq, browser):
    add_staff(hq, "wang", "viewer")
    b = browser()
    for _ in range(5):
        assert b.sign_in("wang", "wrong password").status_code == 401
    refused = b.sign_in("wang")  # the right password, while locked
    assert refused.status_code == 401
    with hq.sessions() as s:
        locked_until = s.scalar(select(ConsoleStaff.locked_until))
    assert timedelta(minutes=14) < locked_until - datetime.now(timezone.utc) <= timedelta(minutes=15)
    assert locked_until.astimezone(timezone(timedelta(hours=8))).strftime("%H:%M") in refused.text
    with hq.sessions() as s, s.begin():  # the quarter of an hour passes
        s.scalar(select(ConsoleStaff)).locked_until = datetime.now(timezone.utc) - timedelta(seconds=1)
    assert b.sign_in("wang").status_code == 303


def test_signing_out_ends_the_session_on_the_server(hq, browser):
    b = browser("wang", "viewer")
    token = b.http.cookies.get("hq_session")
    assert b.post("/console/sign-out").status_code == 303
    other = browser()
    other.http.cookies.set("hq_session", token, path="/console")
    assert other.get("/console/").status_code == 303
    assert ("wang", "signed_out") in audit_actions(hq)


def test_a_disabled_account_is_signed_out_at_its_next_request(hq, browser):
    b = browser("wang", "viewer")
    with hq.sessions() as s, s.begin():
        s.scalar(select(ConsoleStaff)).active = False
    assert b.get("/console/").status_code == 303


def test_user_add_from_the_command_line_makes_the_first_admin(hq_db, tmp_path, monkeypatch, capsys):
    url = hq_db.fresh_url()
    monkeypatch.setattr("sys.stdin", io.StringIO("a long password\n"))
    assert (
        hq_main(["user", "add", "wang", "--name", "王总", "--role", "admin", "--password-stdin", "--database-url", url])
        == 0
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("short\n"))
    assert hq_main(["user", "add", "li", "--password-stdin", "--database-url", url]) == 1
    assert "at least 8 characters" in capsys.readouterr().err
    assert hq_main(["user", "list", "--database-url", url]) == 0
    assert "wang\tadmin\tactive\t王总" in capsys.readouterr().out
