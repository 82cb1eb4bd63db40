"""What HQ operations do from the command line: showrooms, enrolment codes, devices, catalog, status."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from hq import auth, standing
from hq.changelog import flush_changes, stage
from hq.models import (
    Alert,
    DepositTotal,
    Device,
    EnrolCode,
    Event,
    HqShowroom,
    NetLoan,
    NetMerchant,
    NetProduct,
    NetSample,
    NetStreamer,
    SyncException,
)
from hq.store import Refusal, utcnow
from kernel.codes import SITE
from kernel.phone import normalise_phone
from kernel.refusals import InvalidInput


def add_showroom(sessions: sessionmaker[Session], code: str, name: str) -> HqShowroom:
    code = (code or "").strip().upper()
    if not SITE.match(code):
        raise Refusal(400, "bad_code", "a showroom code is 2 to 4 capital letters, e.g. CS")
    if not (name or "").strip():
        raise Refusal(400, "bad_name", "a showroom needs a name")
    with sessions() as session, session.begin():
        if session.scalar(select(HqShowroom).where(HqShowroom.code == code)):
            raise Refusal(409, "exists", f"showroom {code} exists already")
        room = HqShowroom(id=str(uuid.uuid4()), code=code, name=name.strip()[:100], created_at=utcnow())
        session.add(room)
        stage(session, "showroom", code, {"code": code, "name": room.name})  # where a transfer may go
        flush_changes(session)
        return room


def _showroom(session: Session, code: str) -> HqShowroom:
    room = session.scalar(select(HqShowroom).where(HqShowroom.code == (code or "").strip().upper()))
    if room is None:
        raise Refusal(404, "no_showroom", f"no showroom {code}; add it first: showroom-hq showroom add CODE NAME")
    return room


def make_enrol_code(sessions: sessionmaker[Session], showroom_code: str, hours: float = 24) -> tuple[str, datetime]:
    code = auth.new_enrol_code()
    now = utcnow()
    with sessions() as session, session.begin():
        room = _showroom(session, showroom_code)
        expires = now + timedelta(hours=hours)
        session.add(
            EnrolCode(code_hash=auth.enrol_code_hash(code), showroom_id=room.id, created_at=now, expires_at=expires)
        )
    return code, expires


def list_devices(sessions: sessionmaker[Session]) -> list[dict]:
    with sessions() as session:
        rows = session.execute(
            select(Device, HqShowroom.code).join(HqShowroom).order_by(HqShowroom.code, Device.enrolled_at)
        )
        return [
            {
                "id": d.id,
                "showroom": code,
                "name": d.name,
                "acked_seq": d.acked_seq,
                "enrolled_at": d.enrolled_at,
                "last_push_at": d.last_push_at,
                "last_pull_at": d.last_pull_at,
                "revoked": d.revoked_at is not None,
                "clock_skew_s": d.clock_skew_s,
            }
            for d, code in rows
        ]


def revoke_device(sessions: sessionmaker[Session], device_id: str) -> None:
    with sessions() as session, session.begin():
        device = session.get(Device, device_id.strip())
        if device is None:
            raise Refusal(404, "no_device", f"no device {device_id}")
        device.revoked_at = device.revoked_at or utcnow()


def lift_blacklist(sessions: sessionmaker[Session], phone: str, reason: str) -> NetStreamer:
    try:
        phone = normalise_phone(phone)
    except InvalidInput:
        raise Refusal(400, "bad_phone", f"{phone} is not a mainland mobile number") from None
    with sessions() as session, session.begin():
        s = session.scalar(select(NetStreamer).where(NetStreamer.phone == phone))
        if s is None or not s.blacklisted:
            raise Refusal(404, "not_blacklisted", f"{phone} is not on the network blacklist")
        set_network_blacklist(session, s, False, reason, utcnow())
        flush_changes(session)
        return s


def set_network_blacklist(session: Session, s: NetStreamer, blacklisted: bool, reason: str, now: datetime) -> None:
    """HQ blacklists or lifts: the streamer's record goes down the change log to the showrooms that served
    them and their standing to every showroom (hq/standing.py), so every counter has it after its next
    pull. The caller flushes the changes before it commits."""
    s.blacklisted, s.blacklist_reason, s.blacklisted_by, s.updated_at = blacklisted, reason.strip()[:300], "HQ", now
    session.flush()
    standing.streamers_changed(session, {s.id})


@dataclass
class CatalogItem:
    merchant: str
    name: str
    sample_value_fen: int
    retail_price_fen: int = 0
    live_price_fen: int = 0
    commission_bp: int = 0
    brand: str = ""
    category: str = ""
    spec: str = ""
    ean: str | None = None


def merchant_change(m: NetMerchant) -> dict:
    return {"id": m.id, "name": m.name, "contact": m.contact, "phone": m.phone, "created_at": m.created_at.isoformat()}


def product_change(p: NetProduct) -> dict:
    return {
        k: getattr(p, k)
        for k in (
            "id",
            "merchant_id",
            "name",
            "brand",
            "category",
            "spec",
            "retail_price_fen",
            "live_price_fen",
            "commission_bp",
            "sample_value_fen",
            "ean",
        )
    } | {"created_at": p.created_at.isoformat()}


def add_catalog(sessions: sessionmaker[Session], items: list[CatalogItem]) -> int:
    """The shared catalog is made at HQ only; every showroom pulls it. One transaction."""
    with sessions() as session, session.begin():
        stage_catalog(session, items, utcnow())
        flush_changes(session)
    return len(items)


def stage_catalog(session: Session, items: list[CatalogItem], now: datetime) -> None:
    """The products (and any merchant not in the shared catalog yet), staged for the change log."""
    merchants = {
        m.name: m
        for m in session.scalars(
            select(NetMerchant).where(
                NetMerchant.origin_showroom_id.is_(None), NetMerchant.name.in_({i.merchant for i in items})
            )
        )
    }
    for item in items:
        if item.merchant not in merchants:
            m = NetMerchant(
                id=str(uuid.uuid4()), name=item.merchant, contact="", phone="", origin_showroom_id=None, created_at=now
            )
            session.add(m)
            merchants[m.name] = m
            stage(session, "merchant", m.id, merchant_change(m))
        p = NetProduct(
            id=str(uuid.uuid4()),
            merchant_id=merchants[item.merchant].id,
            name=item.name,
            brand=item.brand,
            category=item.category,
            spec=item.spec,
            retail_price_fen=item.retail_price_fen,
            live_price_fen=item.live_price_fen,
            commission_bp=item.commission_bp,
            sample_value_fen=item.sample_value_fen,
            ean=item.ean or None,
            origin_showroom_id=None,
            created_at=now,
        )
        session.add(p)
        stage(session, "product", p.id, product_change(p))


def sync_exceptions(sessions: sessionmaker[Session], limit: int = 200) -> list[dict]:
    with sessions() as session:
        rows = session.scalars(select(SyncException).order_by(SyncException.at.desc()).limit(limit))
        return [
            {
                "id": r.id,
                "kind": r.kind,
                "showroom_codes": r.showroom_codes.split(","),
                "event_id": r.event_id,
                "detail": json.loads(r.detail),
                "at": r.at,
            }
            for r in rows
        ]


def alerts(sessions: sessionmaker[Session], limit: int = 20) -> list[Alert]:
    with sessions() as session:
        return list(session.scalars(select(Alert).order_by(Alert.at.desc()).limit(limit)))


@dataclass
class ShowroomStatus:
    code: str
    name: str
    devices: int
    revoked: int
    last_sync: datetime | None
    events: int
    samples: dict[str, int] = field(default_factory=dict)
    open_loans: int = 0
    deposits: dict[str, int] = field(default_factory=dict)


def status(sessions: sessionmaker[Session]) -> tuple[list[ShowroomStatus], dict]:
    with sessions() as session:
        out = []
        for room in session.scalars(select(HqShowroom).order_by(HqShowroom.code)):
            devices = session.scalars(select(Device).where(Device.showroom_id == room.id)).all()
            stamps = [t for d in devices for t in (d.last_push_at, d.last_pull_at) if t]
            samples = dict(
                session.execute(
                    select(NetSample.status, func.count())
                    .where(NetSample.showroom_id == room.id)
                    .group_by(NetSample.status)
                ).all()
            )
            dep = session.get(DepositTotal, room.id)
            out.append(
                ShowroomStatus(
                    code=room.code,
                    name=room.name,
                    devices=sum(1 for d in devices if not d.revoked_at),
                    revoked=sum(1 for d in devices if d.revoked_at),
                    last_sync=max(stamps) if stamps else None,
                    events=session.scalar(select(func.count()).select_from(Event).where(Event.showroom_id == room.id)),
                    samples=samples,
                    open_loans=session.scalar(
                        select(func.count())
                        .select_from(NetLoan)
                        .where(NetLoan.showroom_id == room.id, NetLoan.closed_at.is_(None))
                    ),
                    deposits={
                        "collected": dep.collected_fen,
                        "refunded": dep.refunded_fen,
                        "forfeited": dep.forfeited_fen,
                        "charged": dep.charged_fen,
                    }
                    if dep
                    else {},
                )
            )
        network = {
            "streamers": session.scalar(select(func.count()).select_from(NetStreamer)),
            "blacklisted": session.scalar(select(func.count()).select_from(NetStreamer).where(NetStreamer.blacklisted)),
            "products": session.scalar(select(func.count()).select_from(NetProduct)),
            "sync_exceptions": session.scalar(select(func.count()).select_from(SyncException)),
            "alerts": session.scalar(select(func.count()).select_from(Alert)),
        }
        return out, network
