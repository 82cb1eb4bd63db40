"""HQ staff accounts: argon2 passwords, roles, lockout after repeated failures, and browser sessions.

A session cookie carries 32 random bytes; HQ keeps only their SHA-256 (a leaked table opens no browser)
and re-reads the account on every request, so a disabled account or a changed role takes effect at once.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from hq.console import audit
from hq.console.i18n import N_
from hq.models import ConsoleSession, ConsoleStaff

ROLES = ("viewer", "operator", "admin")  # each may do what the ones before it may
MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
SESSION_HOURS = 12
MIN_PASSWORD = 8
_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash("not anyone's password")


class AccountRefused(Exception):
    """A sign-in or account change refused; `key` is the message catalogue's key, `args` fill it in."""

    def __init__(self, key: str, **args):
        super().__init__(key)
        self.key, self.params = key, args


@dataclass(frozen=True)
class Staff:
    """The signed-in person, as the pages see them (never the ORM row)."""

    id: str
    login: str
    display_name: str
    role: str

    def may(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)


def _view(row: ConsoleStaff) -> Staff:
    return Staff(row.id, row.login, row.display_name, row.role)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def add_staff(
    session: Session, login: str, display_name: str, role: str, password: str, now: datetime, by: str = "command line"
) -> Staff:
    login = (login or "").strip()
    if not login or len(login) > 50:
        raise AccountRefused(N_("A sign-in name has 1 to 50 characters."))
    if role not in ROLES:
        raise AccountRefused(N_("The role must be viewer, operator or admin."))
    if len(password or "") < MIN_PASSWORD:
        raise AccountRefused(N_("A password has at least {n} characters."), n=MIN_PASSWORD)
    if session.scalar(select(ConsoleStaff.id).where(ConsoleStaff.login == login)):
        raise AccountRefused(N_("{login} exists already."), login=login)
    row = ConsoleStaff(
        id=str(uuid.uuid4()),
        login=login,
        display_name=(display_name or login).strip()[:100],
        role=role,
        password_hash=_hasher.hash(password),
        active=True,
        failed_attempts=0,
        created_at=now,
    )
    session.add(row)
    audit.record(session, now, None, by, "staff_added", row.id, login=login, role=role)
    return _view(row)


def list_staff(session: Session) -> list[ConsoleStaff]:
    return list(session.scalars(select(ConsoleStaff).order_by(ConsoleStaff.login)))


def unlock(session: Session, login: str, now: datetime, by: str = "command line") -> None:
    row = session.scalar(select(ConsoleStaff).where(ConsoleStaff.login == login))
    if row is None:
        raise AccountRefused(N_("No one signs in as {login}."), login=login)
    row.failed_attempts, row.locked_until = 0, None
    audit.record(session, now, None, by, "staff_unlocked", row.id, login=login)


def set_password(session: Session, login: str, password: str, now: datetime, by: str = "command line") -> None:
    row = session.scalar(select(ConsoleStaff).where(ConsoleStaff.login == login))
    if row is None:
        raise AccountRefused(N_("No one signs in as {login}."), login=login)
    if len(password or "") < MIN_PASSWORD:
        raise AccountRefused(N_("A password has at least {n} characters."), n=MIN_PASSWORD)
    row.password_hash, row.failed_attempts, row.locked_until = _hasher.hash(password), 0, None
    session.execute(delete(ConsoleSession).where(ConsoleSession.staff_id == row.id))  # signed out everywhere
    audit.record(session, now, None, by, "password_set", row.id, login=login)


def sign_in(session: Session, login: str, password: str, now: datetime, client: str) -> tuple[Staff, str, str]:
    """(staff, session token, CSRF token), or AccountRefused. Every attempt is audited, whatever its outcome."""
    login = (login or "").strip()[:50]
    row = session.scalar(select(ConsoleStaff).where(ConsoleStaff.login == login).with_for_update())
    if row is None or not row.active:
        _verify(_DUMMY_HASH, password)  # as slow as a real check: the answer's timing names no account
        audit.record(
            session,
            now,
            row.id if row else None,
            login,
            "sign_in_refused",
            client=client,
            reason="disabled" if row else "unknown",
        )
        raise AccountRefused(N_("Wrong name or password."))
    if row.locked_until is not None and row.locked_until > now:
        audit.record(session, now, row.id, login, "sign_in_refused", client=client, reason="locked")
        raise AccountRefused(N_("Too many wrong passwords: locked until {until}."), until=row.locked_until)
    if not _verify(row.password_hash, password):
        row.failed_attempts += 1
        reason = "wrong_password"
        if row.failed_attempts >= MAX_FAILURES:
            row.failed_attempts, row.locked_until, reason = 0, now + LOCKOUT, "locked_now"
        audit.record(session, now, row.id, login, "sign_in_refused", client=client, reason=reason)
        if reason == "locked_now":
            raise AccountRefused(N_("Too many wrong passwords: locked until {until}."), until=row.locked_until)
        raise AccountRefused(N_("Wrong name or password."))
    row.failed_attempts, row.locked_until = 0, None
    if _hasher.check_needs_rehash(row.password_hash):
        row.password_hash = _hasher.hash(password)
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    session.add(
        ConsoleSession(
            token_hash=token_hash(token),
            staff_id=row.id,
            csrf_token=csrf,
            created_at=now,
            expires_at=now + timedelta(hours=SESSION_HOURS),
        )
    )
    session.execute(delete(ConsoleSession).where(ConsoleSession.staff_id == row.id, ConsoleSession.expires_at < now))
    audit.record(session, now, row.id, login, "signed_in", client=client)
    return _view(row), token, csrf


def _verify(stored: str, password: str) -> bool:
    try:
        return _hasher.verify(stored, password or "")
    except (VerificationError, InvalidHashError):
        return False


def signed_in(session: Session, token: str | None, now: datetime) -> tuple[Staff, str] | None:
    """The staff member and CSRF token behind a session cookie, while the session and the account last."""
    if not token or len(token) > 100:
        return None
    row = session.execute(
        select(ConsoleStaff, ConsoleSession.csrf_token)
        .join(ConsoleSession, ConsoleSession.staff_id == ConsoleStaff.id)
        .where(
            ConsoleSession.token_hash == token_hash(token),
            ConsoleSession.expires_at > now,
            ConsoleStaff.active.is_(True),
        )
    ).first()
    return (_view(row[0]), row[1]) if row else None


def sign_out(session: Session, token: str | None, staff: Staff, now: datetime) -> None:
    if token:
        session.execute(delete(ConsoleSession).where(ConsoleSession.token_hash == token_hash(token)))
    audit.record(session, now, staff.id, staff.login, "signed_out")
