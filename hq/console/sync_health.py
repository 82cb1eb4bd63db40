"""Sync health: every device and how it is doing, the queue of sync exceptions and alerts, enrolment, revocation.

The queue shows any kind HQ records, in either table, without knowing the kinds in advance: a new kind (a
foreign write, say) appears with its stored name and its detail as key/value pairs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import distinct, func, literal, select, union_all
from sqlalchemy.orm import Session

from hq import auth
from hq.console import audit
from hq.console.accounts import Staff
from hq.console.dashboard import unresolved
from hq.console.i18n import N_
from hq.console.queries import like
from hq.models import Alert, ConsoleStaff, Device, EnrolCode, HqShowroom, Resolution, SyncException
from hq.shortfall_projections import SETTLED_AT_COUNTERS

SETTLED = N_("the showrooms, at their counters")  # who resolved an exception their own work settled

SUBJECTS = ("sync_exception", "alert")
STATES = ("open", "resolved", "all")
CODE_HOURS_MAX = 24 * 7


class SyncRefused(Exception):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


@dataclass(frozen=True)
class DeviceLine:
    id: str
    showroom_code: str
    showroom_name: str
    name: str
    enrolled_at: datetime
    last_push_at: datetime | None
    last_pull_at: datetime | None
    last_seen: datetime | None
    lag: timedelta | None
    protocol_version: int | None
    app_version: str | None
    acked_seq: int
    waiting: int | None
    clock_skew_s: int | None
    revoked_at: datetime | None


def devices(session: Session, now: datetime) -> list[DeviceLine]:
    out = []
    for d, code, name in session.execute(
        select(Device, HqShowroom.code, HqShowroom.name)
        .join(HqShowroom, HqShowroom.id == Device.showroom_id)
        .order_by(HqShowroom.code, Device.enrolled_at)
    ):
        seen = max((t for t in (d.last_push_at, d.last_pull_at, d.last_seen_at) if t), default=None)
        out.append(
            DeviceLine(
                d.id,
                code,
                name,
                d.name,
                d.enrolled_at,
                d.last_push_at,
                d.last_pull_at,
                seen,
                now - seen if seen else None,
                d.protocol_version,
                d.app_version,
                d.acked_seq,
                max(d.outbox_seq - d.acked_seq, 0) if d.outbox_seq is not None else None,
                d.clock_skew_s,
                d.revoked_at,
            )
        )
    return out


@dataclass(frozen=True)
class QueueItem:
    subject: str
    id: str
    kind: str
    showrooms: list[str]
    detail: dict
    at: datetime
    resolved_at: datetime | None
    resolved_by: str
    note: str


@dataclass(frozen=True)
class QueueFilter:
    state: str = "open"
    kind: str = ""
    showroom: str = ""

    @classmethod
    def parse(cls, state: str | None, kind: str | None, showroom: str | None) -> QueueFilter:
        return cls(
            state if state in STATES else "open", (kind or "").strip()[:40], (showroom or "").strip().upper()[:4]
        )


def _exceptions(f: QueueFilter):
    q = select(
        literal("sync_exception").label("subject"),
        SyncException.id,
        SyncException.kind,
        SyncException.showroom_codes.label("codes"),
        SyncException.detail,
        SyncException.at,
    )
    if f.showroom:
        q = q.where(("," + SyncException.showroom_codes + ",").like(like("," + f.showroom + ","), escape="\\"))
    return q.where(SyncException.kind == f.kind) if f.kind else q


def _alerts(f: QueueFilter):
    q = (
        select(
            literal("alert").label("subject"),
            Alert.id,
            Alert.kind,
            func.coalesce(HqShowroom.code, "").label("codes"),
            Alert.detail,
            Alert.at,
        )
        .outerjoin(Device, Device.id == Alert.device_id)
        .outerjoin(HqShowroom, HqShowroom.id == Device.showroom_id)
    )
    if f.showroom:
        q = q.where(HqShowroom.code == f.showroom)
    return q.where(Alert.kind == f.kind) if f.kind else q


def queue(session: Session, f: QueueFilter, limit: int, offset: int = 0) -> tuple[list[QueueItem], int]:
    parts = []
    for part, subject, column in (
        (_exceptions(f), "sync_exception", SyncException.id),
        (_alerts(f), "alert", Alert.id),
    ):
        if f.state == "open":
            part = part.where(unresolved(subject, column))
        elif f.state == "resolved":
            part = part.where(~unresolved(subject, column))
        parts.append(part)
    both = union_all(*parts).subquery()
    total = session.scalar(select(func.count()).select_from(both))
    rows = session.execute(select(both).order_by(both.c.at.desc(), both.c.id).limit(limit).offset(offset)).all()
    verdicts = (
        {
            (r.subject, r.subject_id): (r, login)
            for r, login in session.execute(
                select(Resolution, ConsoleStaff.login)
                .outerjoin(ConsoleStaff, ConsoleStaff.id == Resolution.staff_id)
                .where(Resolution.subject_id.in_([row.id for row in rows]))
            )
        }
        if rows
        else {}
    )
    out = []
    for row in rows:
        verdict, login = verdicts.get((row.subject, row.id), (None, ""))
        detail = _detail(row.detail)
        out.append(
            QueueItem(
                row.subject,
                row.id,
                row.kind,
                [c for c in row.codes.split(",") if c],
                detail,
                row.at,
                verdict.resolved_at if verdict else None,
                (login or _settled_by(detail) or (SETTLED if verdict.staff_id == SETTLED_AT_COUNTERS else ""))
                if verdict
                else "",
                verdict.note if verdict else "",
            )
        )
    return out, total


def _settled_by(detail: dict) -> str:
    """Who resolved an exception that was settled at a counter (no console staff: its detail says who, where)."""
    if not detail.get("settled_at"):
        return ""
    return f"{detail.get('settled_by', '')} ({detail['settled_at']})".strip()


def _detail(text: str) -> dict:
    """A sync exception's detail is JSON; an alert's is a sentence. Either way, key/value pairs to show."""
    try:
        value = json.loads(text)
    except ValueError:
        return {"": text}
    return value if isinstance(value, dict) else {"": value}


def kinds(session: Session) -> list[str]:
    found = set(session.scalars(select(distinct(SyncException.kind)))) | set(
        session.scalars(select(distinct(Alert.kind)))
    )
    return sorted(found)


def resolve(
    session: Session, subject: str, subject_id: str, note: str, staff: Staff, now: datetime, client: str = ""
) -> None:
    if subject not in SUBJECTS:
        raise SyncRefused(N_("No such exception or alert."))
    row = session.get(SyncException if subject == "sync_exception" else Alert, subject_id)
    if row is None:
        raise SyncRefused(N_("No such exception or alert."))
    if session.get(Resolution, (subject, subject_id)) is not None:
        raise SyncRefused(N_("Resolved already."))
    note = (note or "").strip()[:500]
    session.add(Resolution(subject=subject, subject_id=subject_id, resolved_at=now, staff_id=staff.id, note=note))
    audit.record(
        session, now, staff.id, staff.login, "resolved", subject_id, client, subject=subject, kind=row.kind, note=note
    )


def make_enrol_code(
    session: Session, showroom_code: str, hours: float, staff: Staff, now: datetime, client: str = ""
) -> tuple[str, datetime, HqShowroom]:
    room = session.scalar(select(HqShowroom).where(HqShowroom.code == (showroom_code or "").strip().upper()))
    if room is None:
        raise SyncRefused(N_("No such showroom."))
    if not 0 < hours <= CODE_HOURS_MAX:
        raise SyncRefused(N_("A code is valid for 1 hour to 7 days."))
    code, expires = auth.new_enrol_code(), now + timedelta(hours=hours)
    session.add(
        EnrolCode(code_hash=auth.enrol_code_hash(code), showroom_id=room.id, created_at=now, expires_at=expires)
    )
    audit.record(session, now, staff.id, staff.login, "enrol_code_made", room.code, client, expires=expires.isoformat())
    return code, expires, room


def revoke(session: Session, device_id: str, staff: Staff, now: datetime, client: str = "") -> Device:
    device = session.get(Device, device_id, with_for_update=True)
    if device is None:
        raise SyncRefused(N_("No such device."))
    if device.revoked_at is not None:
        raise SyncRefused(N_("Revoked already."))
    device.revoked_at = now
    audit.record(session, now, staff.id, staff.login, "device_revoked", device.id, client, name=device.name)
    return device
