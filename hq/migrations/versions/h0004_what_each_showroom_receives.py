"""What each showroom receives: changes with an audience, exceptions by showroom, streamers' standing.

- hq_change.audience: the showroom code whose devices alone pull a change (None: every device).
- hq_sync_exception_showroom: each showroom an exception involves, for `GET /v1/sync-exceptions` to
  filter and page in SQL.
- hq_streamer_served (who registered or lent to a streamer: they receive the full record),
  hq_streamer_suspension (suspended where, until lifted there), hq_streamer_standing (the digest of the
  standing last sent), hq_network_key (the key of the phone hashes; made at its first use).

Filled from what HQ holds: served from the aliases, the loans and the registrations; suspensions from the
status events in order; exceptions' showrooms from their codes. The change log's streamer records and
exceptions, which every device used to pull, are written again for their showrooms only (the old rows go:
the log is what devices read next, the events stay the audit trail). Standing is sent once the network
key is made, at the first push after the upgrade (hq/standing.py).

Revision ID: h0004
Revises: h0002
Create Date: 2026-12-06
"""

import json
from collections import defaultdict
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

revision = "h0004"
down_revision = "h0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("hq_change", sa.Column("audience", sa.String(length=4), nullable=True))
    op.create_table(
        "hq_sync_exception_showroom",
        sa.Column("showroom_code", sa.String(length=4), nullable=False),
        sa.Column("exception_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["exception_id"], ["hq_sync_exception.id"]),
        sa.PrimaryKeyConstraint("showroom_code", "exception_id"),
    )
    op.create_index(
        "ix_hq_sync_exception_showroom_page", "hq_sync_exception_showroom", ["showroom_code", "at", "exception_id"]
    )
    op.create_table(
        "hq_network_key",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "hq_streamer_served",
        sa.Column("streamer_id", sa.String(length=36), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["streamer_id"], ["hq_streamer.id"]),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("streamer_id", "showroom_id"),
    )
    op.create_table(
        "hq_streamer_suspension",
        sa.Column("streamer_id", sa.String(length=36), nullable=False),
        sa.Column("showroom_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("since", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["streamer_id"], ["hq_streamer.id"]),
        sa.ForeignKeyConstraint(["showroom_id"], ["hq_showroom.id"]),
        sa.PrimaryKeyConstraint("streamer_id", "showroom_id"),
    )
    op.create_table(
        "hq_streamer_standing",
        sa.Column("streamer_id", sa.String(length=36), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["streamer_id"], ["hq_streamer.id"]),
        sa.PrimaryKeyConstraint("streamer_id"),
    )
    _fill(op.get_bind())


def _fill(conn) -> None:
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    streamers = {sid: phone for sid, phone in conn.execute(sa.text("SELECT id, phone FROM hq_streamer"))}
    by_phone = {phone: sid for sid, phone in streamers.items()}
    aliases = dict(conn.execute(sa.text("SELECT local_id, streamer_id FROM hq_streamer_alias")).all())
    served = set(
        conn.execute(
            sa.text(
                "SELECT streamer_id, showroom_id FROM hq_streamer_alias UNION "
                "SELECT streamer_id, showroom_id FROM hq_loan WHERE streamer_id IS NOT NULL"
            )
        ).tuples()
    )
    suspended: dict[tuple[str, str], str | None] = {}
    for kind, room, payload in conn.execute(
        sa.text(
            "SELECT type, showroom_id, payload FROM hq_event WHERE type IN "
            "('streamer.registered@1', 'streamer.status_changed@1') ORDER BY received_at, device_id, seq"
        )
    ):
        e = json.loads(payload)
        sid = aliases.get(e.get("streamer_id"), e.get("streamer_id"))
        sid = sid if sid in streamers else by_phone.get(e.get("phone"))
        if sid is None:
            continue
        if kind == "streamer.registered@1":
            served.add((sid, room))
        elif e.get("to") == "suspended":
            suspended[(sid, room)] = e.get("reason") or ""
        elif e.get("from") == "suspended":
            suspended[(sid, room)] = None
    rooms = {rid for (rid,) in conn.execute(sa.text("SELECT id FROM hq_showroom"))}
    if served:
        conn.execute(
            sa.text("INSERT INTO hq_streamer_served (streamer_id, showroom_id, since) VALUES (:s, :r, :t)"),
            [{"s": s, "r": r, "t": now} for s, r in sorted(served) if r in rooms],
        )
    rows = [
        {"s": s, "r": r, "why": why[:300], "t": now}
        for (s, r), why in sorted(suspended.items())
        if why is not None and r in rooms
    ]
    if rows:
        conn.execute(
            sa.text(
                "INSERT INTO hq_streamer_suspension (streamer_id, showroom_id, reason, since) VALUES (:s, :r, :why, :t)"
            ),
            rows,
        )
    parties = [
        {"c": code, "e": eid, "t": at}
        for eid, codes, at in conn.execute(sa.text("SELECT id, showroom_codes, at FROM hq_sync_exception"))
        for code in sorted(set(codes.split(",")))
        if code
    ]
    if parties:
        conn.execute(
            sa.text("INSERT INTO hq_sync_exception_showroom (showroom_code, exception_id, at) VALUES (:c, :e, :t)"),
            parties,
        )
    _readdress_log(conn, served, now)


def _readdress_log(conn, served: set, now: datetime) -> None:
    """The latest streamer record and every exception in the log again, each for its showrooms only."""
    codes = dict(conn.execute(sa.text("SELECT id, code FROM hq_showroom")).all())
    readers = defaultdict(set)
    for sid, rid in served:
        if rid in codes:
            readers[sid].add(codes[rid])
    latest: dict[tuple[str, str], str] = {}
    for kind, key, data in conn.execute(
        sa.text("SELECT kind, key, data FROM hq_change WHERE kind IN ('streamer', 'sync_exception') ORDER BY pos")
    ):
        latest[(kind, key)] = data
    rows = []
    for (kind, key), data in latest.items():
        audience = readers.get(key, ()) if kind == "streamer" else json.loads(data).get("showroom_codes") or ()
        rows.extend({"k": kind, "key": key, "d": data, "t": now, "a": code} for code in sorted(audience))
    conn.execute(sa.text("DELETE FROM hq_change WHERE kind IN ('streamer', 'sync_exception')"))
    if rows:
        conn.execute(
            sa.text("INSERT INTO hq_change (kind, key, data, at, audience) VALUES (:k, :key, :d, :t, :a)"), rows
        )


def downgrade() -> None:
    op.drop_table("hq_streamer_standing")
    op.drop_table("hq_streamer_suspension")
    op.drop_table("hq_streamer_served")
    op.drop_table("hq_network_key")
    op.drop_index("ix_hq_sync_exception_showroom_page", "hq_sync_exception_showroom")
    op.drop_table("hq_sync_exception_showroom")
    with op.batch_alter_table("hq_change") as batch:
        batch.drop_column("audience")
