"""Streamers (主播): registration, lookup by card or phone, the counter panel, blocking."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, or_, select

from db.models import Loan, LoanItem, Staff, Streamer
from db.uow import UnitOfWork
from kernel.events import StreamerRegistered, StreamerStatusChanged, StreamerTierChanged
from kernel.phone import normalise_phone, phone_search_digits
from showroom.domain.codes import CodeKind, classify, clean_scan, member_code
from showroom.domain.errors import AlreadyExists, InvalidInput, NotFound, PermissionDenied
from showroom.domain.model import Platform, Role, StreamerStatus
from showroom.domain.policy import checkout_blocks, with_network
from showroom.services.changes import Topic, changes
from showroom.services.common import (
    LIKE_ESCAPE,
    Actor,
    acting_staff,
    like_pattern,
    local_showroom,
    local_tz,
    next_number,
    optional_text,
    required_text,
    resolve_now,
)
from showroom.services.network_standing import network_standing
from showroom.services.owed import owed_to
from showroom.services.records import (
    deposit_balance,
    entry_tier,
    get_streamer,
    holdings,
    lending_policy,
    policy_for,
    reliability_of,
    standing,
    streamer_view,
)
from showroom.services.views import LoanSummary, StreamerDetail, StreamerPanel, StreamerView


@changes(Topic.STREAMERS)
def register_streamer(
    uow: UnitOfWork,
    actor: Actor,
    name: str,
    phone: str,
    platform: str,
    handle: str = "",
    tier: str = "new",
    now: datetime | None = None,
) -> StreamerView:
    now = resolve_now(now)
    name = required_text("streamer_name", name, 100)
    phone = normalise_phone(phone)
    try:
        platform = Platform(platform).value
    except ValueError:
        raise InvalidInput("platform", "unknown_platform", platform) from None
    handle = optional_text("handle", handle, 100)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "register_streamer")
        policy_for(uow, tier)
        if tier != entry_tier(uow) and not Role(staff.role).at_least(Role.MANAGER):
            raise PermissionDenied("register_above_entry_tier", Role.MANAGER.value)
        if owner := uow.session.scalar(select(Streamer.name).where(Streamer.phone == phone)):
            raise AlreadyExists("phone", phone, owner)
        room = local_showroom(uow)
        s = Streamer(
            name=name,
            phone=phone,
            platform=platform,
            handle=handle,
            tier=tier,
            member_code=member_code(room.code, next_number(uow, "member")),
            status=StreamerStatus.ACTIVE.value,
            status_reason="",
            created_at=now,
        )
        uow.session.add(s)
        uow.session.flush()
        uow.record_event(
            StreamerRegistered(
                streamer_id=s.id,
                name=name,
                phone=phone,
                platform=platform,
                handle=handle,
                tier=tier,
                member_code=s.member_code,
            ),
            staff_id=actor.id,
            at=now,
        )
        uow.commit()
        return streamer_view(s)


def find_streamer(uow: UnitOfWork, query: str) -> StreamerView:
    """A scanned member card or a phone number typed at the counter."""
    text = clean_scan(query)
    with uow.read():
        if classify(text) == CodeKind.MEMBER:
            s = uow.session.scalar(select(Streamer).where(Streamer.member_code == text))
        else:
            try:
                phone = normalise_phone(text)
            except InvalidInput:
                raise NotFound("streamer", text) from None
            s = uow.session.scalar(select(Streamer).where(Streamer.phone == phone))
        if s is None:
            raise NotFound("streamer", text)
        return streamer_view(s)


def search_streamers(uow: UnitOfWork, text: str = "", limit: int = 200) -> list[StreamerView]:
    q = select(Streamer).order_by(Streamer.name).limit(limit)
    text = (text or "").strip()
    if text:
        like = like_pattern(text)
        digits = phone_search_digits(text)  # +86 138 0013 8000, 8613800138000, full-width: the stored form
        conds = [
            Streamer.name.like(like, escape=LIKE_ESCAPE),
            Streamer.handle.like(like, escape=LIKE_ESCAPE),
            Streamer.member_code == clean_scan(text),
        ]
        if len(digits) >= 3:
            conds.append(Streamer.phone.like(f"%{digits}%"))
        q = q.where(or_(*conds))
    with uow.read():
        return [streamer_view(s) for s in uow.session.scalars(q)]


def build_panel(uow: UnitOfWork, s: Streamer, now: datetime) -> StreamerPanel:
    tz = local_tz(uow)
    lines = holdings(uow, s.id, now, tz)
    record = reliability_of(uow, [s.id], now)[s.id]
    policy = lending_policy(uow, s, now, record)  # lowered one tier while the on-time record is poor
    loans = uow.session.scalar(select(func.count(Loan.id)).where(Loan.streamer_id == s.id)) or 0
    network = network_standing(uow, s.phone, now)
    return StreamerPanel(
        streamer=streamer_view(s),
        policy=policy,
        holdings=lines,
        blocks=checkout_blocks(with_network(standing(s, lines, now), network), policy, 1),
        deposit_held_fen=deposit_balance(uow, streamer_id=s.id),
        loans_total=loans,
        returned_late=record.returned_late,
        reliability=record,
        owed_fen=owed_to(uow, s.id),
        network=network,
    )


def streamer_panel(uow: UnitOfWork, streamer_id: str, now: datetime | None = None) -> StreamerPanel:
    now = resolve_now(now)
    with uow.read():
        return build_panel(uow, get_streamer(uow, streamer_id), now)


def streamer_detail(uow: UnitOfWork, streamer_id: str, now: datetime | None = None) -> StreamerDetail:
    now = resolve_now(now)
    with uow.read():
        s = get_streamer(uow, streamer_id)
        panel = build_panel(uow, s, now)
        # One grouped query for the whole history (a busy streamer has hundreds of loans: no query per loan).
        q = (
            select(
                Loan.number,
                Loan.opened_at,
                Loan.due_at,
                Loan.closed_at,
                Loan.deposit_fen,
                Staff.name,
                func.count(LoanItem.id),
                func.count(LoanItem.returned_at),
                func.count(LoanItem.lost_at),
            )
            .outerjoin(Staff, Staff.id == Loan.staff_id)
            .outerjoin(LoanItem, LoanItem.loan_id == Loan.id)
            .where(Loan.streamer_id == s.id)
            .group_by(Loan.id)
            .order_by(Loan.opened_at.desc(), Loan.number.desc())
        )
        loans = [
            LoanSummary(
                number=number,
                opened_at=opened,
                due_at=due,
                closed_at=closed,
                items=items,
                returned=returned,
                lost=lost,
                deposit_fen=deposit,
                staff_name=staff or "",
            )
            for number, opened, due, closed, deposit, staff, items, returned, lost in uow.session.execute(q)
        ]
        return StreamerDetail(panel=panel, loans=loans)


@changes(Topic.STREAMERS)
def set_streamer_status(
    uow: UnitOfWork, actor: Actor, streamer_id: str, status: str, reason: str, now: datetime | None = None
) -> StreamerView:
    """Manager only. Suspending or blacklisting needs a reason; so does lifting it."""
    now = resolve_now(now)
    try:
        status = StreamerStatus(status).value
    except ValueError:
        raise InvalidInput("status", "unknown_status", status) from None
    reason = required_text("reason", reason, 300)
    with uow:
        acting_staff(uow, actor, Role.MANAGER, "set_streamer_status")
        s = get_streamer(uow, streamer_id)
        old = s.status
        if old == status:
            raise InvalidInput("status", "unchanged", status)
        if old == StreamerStatus.BLACKLISTED.value:
            # A blacklist protects every showroom: only an administrator lifts it (HQ, once synced).
            acting_staff(uow, actor, Role.ADMIN, "lift_blacklist")
        s.status = status
        s.status_reason = "" if status == StreamerStatus.ACTIVE.value else reason
        s.status_reason_key = s.status_reason_params = ""  # a person's words replace the app's
        uow.record_event(
            StreamerStatusChanged(streamer_id=s.id, phone=s.phone, from_status=old, to_status=status, reason=reason),
            staff_id=actor.id,
            at=now,
        )
        uow.commit()
        return streamer_view(s)


@changes(Topic.STREAMERS)
def set_streamer_tier(
    uow: UnitOfWork, actor: Actor, streamer_id: str, tier: str, reason: str, now: datetime | None = None
) -> StreamerView:
    """Manager only: promote or demote a streamer; their limits and deposit follow the new tier."""
    now = resolve_now(now)
    reason = required_text("reason", reason, 300)
    with uow:
        acting_staff(uow, actor, Role.MANAGER, "set_streamer_tier")
        policy_for(uow, tier)
        s = get_streamer(uow, streamer_id)
        if s.tier == tier:
            raise InvalidInput("tier", "unchanged", tier)
        old, s.tier = s.tier, tier
        uow.record_event(
            StreamerTierChanged(streamer_id=s.id, phone=s.phone, from_tier=old, to_tier=tier, reason=reason),
            staff_id=actor.id,
            at=now,
        )
        uow.commit()
        return streamer_view(s)


@changes(Topic.STREAMERS)
def block_streamer(
    uow: UnitOfWork, actor: Actor, streamer_id: str, reason: str, blacklist: bool = False, now: datetime | None = None
) -> StreamerView:
    status = StreamerStatus.BLACKLISTED if blacklist else StreamerStatus.SUSPENDED
    return set_streamer_status(uow, actor, streamer_id, status.value, reason, now)


@changes(Topic.STREAMERS)
def unblock_streamer(
    uow: UnitOfWork, actor: Actor, streamer_id: str, reason: str, now: datetime | None = None
) -> StreamerView:
    return set_streamer_status(uow, actor, streamer_id, StreamerStatus.ACTIVE.value, reason, now)
