"""HQ rows: devices and their events, the change log, and the projections HQ operations read.

The schema is owned by Alembic (hq/migrations). Ids are UUID strings; times are UTC; money is fen.
"""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# BIGINT on PostgreSQL, INTEGER (the rowid alias that autoincrements) on SQLite.
BigId = BigInteger().with_variant(Integer, "sqlite")


class UTC(TypeDecorator):
    """Aware UTC in and out; stored naive (UTC) so SQLite and PostgreSQL hold the same values."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        return None if value is None else value.replace(tzinfo=timezone.utc)


class Base(DeclarativeBase):
    pass


class HqShowroom(Base):
    __tablename__ = "hq_showroom"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(4), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(UTC)


class EnrolCode(Base):
    """A one-time code; only its hash is kept, so a leaked database enrols nobody."""

    __tablename__ = "hq_enrol_code"
    code_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"))
    created_at: Mapped[datetime] = mapped_column(UTC)
    expires_at: Mapped[datetime] = mapped_column(UTC)
    used_at: Mapped[datetime | None] = mapped_column(UTC)


class Device(Base):
    __tablename__ = "hq_device"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"), index=True)
    local_showroom_id: Mapped[str] = mapped_column(String(36))  # the showroom row id in the device's own DB
    name: Mapped[str] = mapped_column(String(100), default="")
    secret_hash: Mapped[str] = mapped_column(String(64))
    acked_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    enrolled_at: Mapped[datetime] = mapped_column(UTC)
    revoked_at: Mapped[datetime | None] = mapped_column(UTC)
    last_push_at: Mapped[datetime | None] = mapped_column(UTC)
    last_pull_at: Mapped[datetime | None] = mapped_column(UTC)
    clock_skew_s: Mapped[int | None] = mapped_column(Integer)
    # What the device said about itself on its last authenticated request (migration h0006, the console)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTC)
    app_version: Mapped[str | None] = mapped_column(String(40))
    protocol_version: Mapped[int | None] = mapped_column(Integer)
    outbox_seq: Mapped[int | None] = mapped_column(BigInteger)  # its newest event then: waiting = this - acked_seq


class Event(Base):
    """Every event a device pushed, exactly once: UNIQUE(id) and UNIQUE(device, seq)."""

    __tablename__ = "hq_event"
    __table_args__ = (UniqueConstraint("device_id", "seq"),)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    # No foreign keys (migration h0002): always the pushing device, locked, and its showroom; never deleted.
    device_id: Mapped[str] = mapped_column(String(36))
    seq: Mapped[int] = mapped_column(BigInteger)
    showroom_id: Mapped[str] = mapped_column(String(36), index=True)
    type: Mapped[str] = mapped_column(String(60))
    payload: Mapped[str] = mapped_column(Text)
    payload_hash: Mapped[str] = mapped_column(String(64))
    occurred_at: Mapped[datetime] = mapped_column(UTC)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    received_at: Mapped[datetime] = mapped_column(UTC)


class Change(Base):
    """The change log devices pull, by a global cursor (pos). See hq/changelog.py for ordering."""

    __tablename__ = "hq_change"
    # Is there a later change of this row? (compaction and snapshots, migration h0005)
    __table_args__ = (Index("ix_hq_change_kind_key_pos", "kind", "key", "pos"),)
    pos: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(30))
    key: Mapped[str] = mapped_column(String(36))
    data: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTC)
    # the showroom code whose devices alone pull it; None: every device (migration h0004)
    audience: Mapped[str | None] = mapped_column(String(4))


class Alert(Base):
    """Something an operator must look at (an event id replayed with a different payload)."""

    __tablename__ = "hq_alert"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(40))
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTC)


class SyncException(Base):
    """Facts that contradict each other, applied in order and kept here, never dropped."""

    __tablename__ = "hq_sync_exception"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    showroom_codes: Mapped[str] = mapped_column(String(200))  # comma-separated
    event_id: Mapped[str | None] = mapped_column(String(36))
    detail: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(UTC)


class SyncExceptionShowroom(Base):
    """A showroom an exception involves: what its devices see (`GET /v1/sync-exceptions`), newest first."""

    __tablename__ = "hq_sync_exception_showroom"
    showroom_code: Mapped[str] = mapped_column(String(4), primary_key=True)
    exception_id: Mapped[str] = mapped_column(ForeignKey("hq_sync_exception.id"), primary_key=True)
    at: Mapped[datetime] = mapped_column(UTC)  # the exception's, so a page is one index range
    __table_args__ = (Index("ix_hq_sync_exception_showroom_page", "showroom_code", "at", "exception_id"),)


class NetworkKey(Base):
    """The key of the phone hashes every counter receives (kernel/standing.py). One row, made once."""

    __tablename__ = "hq_network_key"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(64))  # 32 random bytes, hex
    created_at: Mapped[datetime] = mapped_column(UTC)


class NetMerchant(Base):
    __tablename__ = "hq_merchant"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    origin_showroom_id: Mapped[str | None] = mapped_column(String(36))  # None: made at HQ (shared)
    created_at: Mapped[datetime] = mapped_column(UTC)


class NetProduct(Base):
    __tablename__ = "hq_product"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    merchant_id: Mapped[str] = mapped_column(String(36), index=True)
    name: Mapped[str] = mapped_column(String(300))
    brand: Mapped[str] = mapped_column(String(100), default="")
    category: Mapped[str] = mapped_column(String(100), default="")
    spec: Mapped[str] = mapped_column(String(200), default="")
    retail_price_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    live_price_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    commission_bp: Mapped[int] = mapped_column(Integer, default=0)
    sample_value_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    ean: Mapped[str | None] = mapped_column(String(14))
    origin_showroom_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UTC)


class NetSample(Base):
    __tablename__ = "hq_sample"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    code: Mapped[str] = mapped_column(String(20), index=True)
    product_id: Mapped[str | None] = mapped_column(String(36))
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"), index=True)  # custodian
    status: Mapped[str] = mapped_column(String(30))
    current_loan_id: Mapped[str | None] = mapped_column(String(36))
    updated_at: Mapped[datetime] = mapped_column(UTC)


class NetStreamer(Base):
    """One person across the network: merged by normalised phone."""

    __tablename__ = "hq_streamer"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    platform: Mapped[str] = mapped_column(String(30), default="")
    handle: Mapped[str] = mapped_column(String(100), default="")
    tier: Mapped[str] = mapped_column(String(20), default="")
    member_code: Mapped[str] = mapped_column(String(20), default="")
    blacklisted: Mapped[bool] = mapped_column(Boolean, default=False)
    blacklist_reason: Mapped[str] = mapped_column(String(300), default="")
    blacklisted_by: Mapped[str] = mapped_column(String(4), default="")  # showroom code, or HQ
    updated_at: Mapped[datetime] = mapped_column(UTC)


class StreamerAlias(Base):
    """A device's local streamer id -> the network streamer it is."""

    __tablename__ = "hq_streamer_alias"
    local_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    streamer_id: Mapped[str] = mapped_column(ForeignKey("hq_streamer.id"), index=True)
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"))


class StreamerServed(Base):
    """A showroom that served the streamer (registered them or lent to them): it receives their full record."""

    __tablename__ = "hq_streamer_served"
    streamer_id: Mapped[str] = mapped_column(ForeignKey("hq_streamer.id"), primary_key=True)
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"), primary_key=True)
    since: Mapped[datetime] = mapped_column(UTC)


class StreamerSuspension(Base):
    """A showroom that suspended the streamer and has not lifted it (a blacklist is the network's)."""

    __tablename__ = "hq_streamer_suspension"
    streamer_id: Mapped[str] = mapped_column(ForeignKey("hq_streamer.id"), primary_key=True)
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"), primary_key=True)
    reason: Mapped[str] = mapped_column(String(300), default="")
    since: Mapped[datetime] = mapped_column(UTC)


class StreamerStandingSent(Base):
    """The standing last sent to every counter, as a digest: an unchanged standing is not sent again."""

    __tablename__ = "hq_streamer_standing"
    streamer_id: Mapped[str] = mapped_column(ForeignKey("hq_streamer.id"), primary_key=True)
    digest: Mapped[str] = mapped_column(String(64))


class NetLoan(Base):
    __tablename__ = "hq_loan"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(24))
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"), index=True)
    streamer_id: Mapped[str | None] = mapped_column(String(36), index=True)
    opened_at: Mapped[datetime] = mapped_column(UTC)
    due_at: Mapped[datetime] = mapped_column(UTC)
    deposit_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    deposit_method: Mapped[str] = mapped_column(String(20), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTC)


_OPEN = "returned_at IS NULL AND lost_at IS NULL AND superseded_at IS NULL"


class NetLoanItem(Base):
    __tablename__ = "hq_loan_item"
    loan_id: Mapped[str] = mapped_column(ForeignKey("hq_loan.id"), primary_key=True)
    sample_id: Mapped[str] = mapped_column(String(36), primary_key=True, index=True)
    value_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    returned_at: Mapped[datetime | None] = mapped_column(UTC)
    lost_at: Mapped[datetime | None] = mapped_column(UTC)
    superseded_at: Mapped[datetime | None] = mapped_column(UTC)  # closed by a later contradicting loan
    # The items still out, by sample: what every pushed batch looks up (migration h0002).
    __table_args__ = (
        Index("ix_hq_loan_item_open_sample", "sample_id", postgresql_where=text(_OPEN), sqlite_where=text(_OPEN)),
    )


class DepositTotal(Base):
    __tablename__ = "hq_deposit_total"
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"), primary_key=True)
    collected_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    refunded_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    forfeited_fen: Mapped[int] = mapped_column(BigInteger, default=0)
    charged_fen: Mapped[int] = mapped_column(BigInteger, default=0)


class NetStocktake(Base):
    """A showroom's count (盘点), as its events told it (hq/stock_projections.py; migration h0007). Made by
    stocktake.started, or by the first event of a count HQ never saw begin (`number` then '' until its end)."""

    __tablename__ = "hq_stocktake"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"))
    number: Mapped[str] = mapped_column(String(20), default="")
    shelves: Mapped[str] = mapped_column(Text, default="[]")  # JSON list; empty: the whole showroom
    status: Mapped[str] = mapped_column(String(12))  # counting | finished | abandoned
    started_at: Mapped[datetime] = mapped_column(UTC)
    ended_at: Mapped[datetime | None] = mapped_column(UTC)
    scanned: Mapped[int] = mapped_column(Integer, default=0)  # codes scanned (stocktake.counted)
    expected: Mapped[int | None] = mapped_column(Integer)  # the figures, once finished
    found: Mapped[int | None] = mapped_column(Integer)
    missing: Mapped[int | None] = mapped_column(Integer)
    unexpected: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(String(300), default="")  # why it was abandoned
    # the console lists counts newest first, of the network or of one showroom
    __table_args__ = (
        Index("ix_hq_stocktake_started_at", "started_at"),
        Index("ix_hq_stocktake_showroom_started", "showroom_id", "started_at"),
    )


class NetShipment(Base):
    """The parcel of a mailed loan (hq/mailing_projections.py; migration h0009). The loan is hq_loan; where the
    parcel went is said to the province and city only (the address stays with the counter)."""

    __tablename__ = "hq_shipment"
    loan_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # no FK: the loan is written at batch end
    showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"))
    number: Mapped[str] = mapped_column(String(24))
    state: Mapped[str] = mapped_column(String(20))
    courier: Mapped[str] = mapped_column(String(10))
    waybill: Mapped[str] = mapped_column(String(30))
    return_courier: Mapped[str] = mapped_column(String(10), default="")
    return_waybill: Mapped[str] = mapped_column(String(30), default="")
    province: Mapped[str] = mapped_column(String(40))
    city: Mapped[str] = mapped_column(String(40))
    shipped_at: Mapped[datetime] = mapped_column(UTC, index=True)
    delivered_at: Mapped[datetime | None] = mapped_column(UTC)
    return_shipped_at: Mapped[datetime | None] = mapped_column(UTC)
    received_at: Mapped[datetime | None] = mapped_column(UTC)


class NetTransfer(Base):
    """A transfer between showrooms (调拨), as its events told it (hq/transfer_projections.py; migration h0008):
    sent by its sender, received by its destination with what differed, or called back. `lines` is JSON, one
    entry per sample on the slip and per extra code: sample_id, code, product_id, outcome ('' in transit;
    received | short | extra | damaged), note, and for a short one settled since (hq/shortfall_projections.py;
    migration h0010) settled (found_at_sender | declared_lost | arrived_late), settled_at, settled_by,
    settled_note, settled_in (the showroom's code). `short_open` counts the short ones not settled yet.
    `products` is the slip's products, for the destination."""

    __tablename__ = "hq_transfer"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    number: Mapped[str] = mapped_column(String(24))
    from_showroom_id: Mapped[str] = mapped_column(ForeignKey("hq_showroom.id"))
    to_code: Mapped[str] = mapped_column(String(4))
    to_showroom_id: Mapped[str | None] = mapped_column(ForeignKey("hq_showroom.id"))  # None: no such showroom
    state: Mapped[str] = mapped_column(String(20))  # sent | received | partly_received | cancelled
    sent_at: Mapped[datetime] = mapped_column(UTC)
    sent_by: Mapped[str] = mapped_column(String(100), default="")
    received_at: Mapped[datetime | None] = mapped_column(UTC)
    received_by: Mapped[str] = mapped_column(String(100), default="")
    ended_at: Mapped[datetime | None] = mapped_column(UTC)
    note: Mapped[str] = mapped_column(String(300), default="")
    reason: Mapped[str] = mapped_column(String(300), default="")
    sent: Mapped[int] = mapped_column(Integer, default=0)
    received: Mapped[int] = mapped_column(Integer, default=0)
    short: Mapped[int] = mapped_column(Integer, default=0)
    extra: Mapped[int] = mapped_column(Integer, default=0)
    damaged: Mapped[int] = mapped_column(Integer, default=0)
    short_open: Mapped[int] = mapped_column(Integer, default=0)
    lines: Mapped[str] = mapped_column(Text, default="[]")
    products: Mapped[str] = mapped_column(Text, default="[]")
    __table_args__ = (
        Index("ix_hq_transfer_sent_at", "sent_at"),
        Index("ix_hq_transfer_from_sent", "from_showroom_id", "sent_at"),
        Index("ix_hq_transfer_to_sent", "to_showroom_id", "sent_at"),
    )


# --- The HQ console (migration h0006): staff accounts, their sessions, the audit trail, decisions ---------


class ConsoleStaff(Base):
    """Someone at headquarters who signs in to the console; not a device, not a showroom's staff."""

    __tablename__ = "hq_staff"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    login: Mapped[str] = mapped_column(String(50), unique=True)
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(10))  # viewer | operator | admin
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UTC)
    created_at: Mapped[datetime] = mapped_column(UTC)


class ConsoleSession(Base):
    """A signed-in browser: the cookie holds a random token, HQ keeps only its hash."""

    __tablename__ = "hq_console_session"
    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    staff_id: Mapped[str] = mapped_column(ForeignKey("hq_staff.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTC)
    expires_at: Mapped[datetime] = mapped_column(UTC)


class AuditEntry(Base):
    """Every sign-in attempt and every change made in the console: who, when, what."""

    __tablename__ = "hq_audit"
    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTC, index=True)
    staff_id: Mapped[str | None] = mapped_column(String(36))
    login: Mapped[str] = mapped_column(String(50))  # as typed at a failed sign-in
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(100), default="", index=True)
    detail: Mapped[str] = mapped_column(Text, default="{}")  # JSON
    client: Mapped[str] = mapped_column(String(64), default="")


class Resolution(Base):
    """An operator's verdict on a sync exception or an alert: resolved, when, by whom, with a note."""

    __tablename__ = "hq_resolution"
    subject: Mapped[str] = mapped_column(String(20), primary_key=True)  # sync_exception | alert
    subject_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    resolved_at: Mapped[datetime] = mapped_column(UTC)
    staff_id: Mapped[str] = mapped_column(String(36))
    note: Mapped[str] = mapped_column(String(500), default="")


class CatalogImport(Base):
    """An uploaded catalog file, checked row by row and kept until someone imports or discards it."""

    __tablename__ = "hq_catalog_import"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    staff_id: Mapped[str] = mapped_column(String(36))
    filename: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTC)
    rows: Mapped[str] = mapped_column(Text)  # JSON: [{"line", "values", "errors"}]
    state: Mapped[str] = mapped_column(String(12), default="pending")  # pending | imported | discarded
    decided_at: Mapped[datetime | None] = mapped_column(UTC)


# What the console reads besides the keys above (migration h0006): loans by opening and closing time and the open
# ones by due date (with the showroom and due date inside, so the dashboard's counts read the indexes alone),
# samples per showroom and status, a merchant's samples, the newest exceptions, a streamer's status changes.
_OPEN_LOAN = "closed_at IS NULL"
_STATUS_EVENT = "type LIKE 'streamer.status_changed@%'"
CONSOLE_INDEXES = (
    Index("ix_hq_loan_opened_at", NetLoan.opened_at, NetLoan.showroom_id),
    Index("ix_hq_loan_closed_at", NetLoan.closed_at, NetLoan.showroom_id, NetLoan.due_at),
    Index(
        "ix_hq_loan_open_due",
        NetLoan.due_at,
        NetLoan.showroom_id,
        postgresql_where=text(_OPEN_LOAN),
        sqlite_where=text(_OPEN_LOAN),
    ),
    Index("ix_hq_sample_showroom_status", NetSample.showroom_id, NetSample.status),
    Index("ix_hq_sample_product_id", NetSample.product_id),
    Index("ix_hq_sync_exception_at", SyncException.at),
    Index("ix_hq_alert_at", Alert.at),
    Index(
        "ix_hq_event_status_change",
        Event.occurred_at,
        postgresql_where=text(_STATUS_EVENT),
        sqlite_where=text(_STATUS_EVENT),
    ),
)
