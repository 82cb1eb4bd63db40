"""The counter at scale through the real services, each next to bare sqlite3 doing the minimal equivalent.

Works on a scratch copy of the generated showroom (it writes loans). Every write commits with
synchronous=FULL in WAL mode, in the services and in the baseline alike.
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import timedelta

from bench.figures import Figure, timed_ms
from bench.plan import ANCHOR, ts

SCAN_SQL = """SELECT s.id, s.code, s.status, p.name, m.name, st.name, l.number
FROM sample s JOIN product p ON p.id = s.product_id JOIN merchant m ON m.id = p.merchant_id
LEFT JOIN loan_item li ON li.sample_id = s.id AND li.returned_at IS NULL AND li.lost_at IS NULL
LEFT JOIN loan l ON l.id = li.loan_id LEFT JOIN streamer st ON st.id = l.streamer_id WHERE s.code = ?"""
HOLDINGS_SQL = """SELECT s.code, p.name, l.number, li.out_at, l.due_at FROM loan_item li JOIN loan l ON l.id = li.loan_id
JOIN sample s ON s.id = li.sample_id JOIN product p ON p.id = s.product_id
WHERE l.streamer_id = ? AND l.closed_at IS NULL AND +li.returned_at IS NULL AND +li.lost_at IS NULL
ORDER BY l.due_at, s.code"""
# the panel's minimal equivalent: holdings, the on-time record, deposits held, loans counted
PANEL_SQL = (
    HOLDINGS_SQL,
    """SELECT sum(li.returned_at <= l.due_at), sum(li.returned_at > l.due_at), sum(li.lost_at IS NOT NULL),
             sum(li.returned_at IS NULL AND li.lost_at IS NULL) FROM loan_item li JOIN loan l ON l.id = li.loan_id
             WHERE l.streamer_id = ?""",
    "SELECT kind, sum(amount_fen) FROM deposit_entry WHERE streamer_id = ? GROUP BY kind",
    "SELECT count(*) FROM loan WHERE streamer_id = ?",
)
SEARCH_SQL = "SELECT id, name FROM product WHERE name LIKE ? ORDER BY name LIMIT 200"
SEARCHES = {
    "2-character": ("坚果", "面膜", "耳机", "卫衣"),
    "3+-character": ("蓝牙耳机", "每日坚果", "羽绒服", "保温杯"),
}


def bare(db_path) -> sqlite3.Connection:
    con = sqlite3.connect(db_path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=FULL", "busy_timeout=10000"):
        con.execute(f"PRAGMA {pragma}")
    return con


def _codes(con, status: str, n: int, rng: random.Random) -> list[str]:
    codes = [c for (c,) in con.execute("SELECT code FROM sample WHERE status = ?", (status,))]
    rng.shuffle(codes)
    return codes[:n]


def _counter_streamer(con) -> str:
    """An active diamond streamer holding little: never blocked, so every round checks out."""
    return con.execute("""SELECT st.id FROM streamer st WHERE st.tier = 'diamond' AND st.status = 'active'
        AND st.id NOT IN (SELECT streamer_id FROM loan WHERE closed_at IS NULL)
        ORDER BY (SELECT count(*) FROM loan WHERE streamer_id = st.id) DESC LIMIT 1""").fetchone()[0]


def scans(store, con, rounds: int, rng) -> list[Figure]:
    from showroom.services import checkout, returns

    stock, out = _codes(con, "in_stock", rounds, rng), _codes(con, "on_loan", rounds, rng)
    now = ANCHOR
    lend = [timed_ms(lambda c=c: checkout.scan_for_checkout(store.uow(), c)) for c in stock]
    back = [timed_ms(lambda c=c: returns.scan_for_checkin(store.uow(), c, now=now)) for c in out]
    base = [timed_ms(lambda c=c: con.execute(SCAN_SQL, (c,)).fetchall()) for c in stock + out]
    return [
        Figure("counter", "scan lookup, sample in stock (code → sample, product)", lend, target=2, baseline_ms=base),
        Figure(
            "counter", "scan lookup, sample on loan (code → sample, product, holder)", back, target=2, baseline_ms=base
        ),
    ]


def _bare_event(con, now: str, staff: str) -> None:
    seq = con.execute("SELECT max(seq) FROM outbox_event").fetchone()[0] + 1
    con.execute("INSERT INTO outbox_event VALUES (?,?,'bench@1','{}',?,?,NULL)", (seq, str(uuid.uuid4()), now, staff))


def _bare_checkout(con, room: str, staff: str, streamer: str, codes: list[str]) -> None:
    now = ts(int(ANCHOR.timestamp()))
    con.execute("BEGIN IMMEDIATE")
    loan = str(uuid.uuid4())
    con.execute(
        "INSERT INTO loan (id, number, streamer_id, staff_id, showroom_id, opened_at, due_at, "
        "planned_stream_date, deposit_fen, deposit_method, signature_png, closed_at, override_by, "
        "override_reason) VALUES (?,?,?,?,?,?,?,NULL,0,'cash',NULL,NULL,NULL,'')",
        (loan, f"BL-{loan[:8]}", streamer, staff, room, now, now),
    )
    for pos, code in enumerate(codes):
        sid = con.execute("SELECT id FROM sample WHERE code = ?", (code,)).fetchone()[0]
        con.execute(
            "INSERT INTO loan_item (id, loan_id, sample_id, position, value_fen, out_at, return_note, charge_fen) "
            "VALUES (?,?,?,?,100,?,'',0)",
            (str(uuid.uuid4()), loan, sid, pos, now),
        )
        con.execute("UPDATE sample SET status = 'on_loan' WHERE id = ?", (sid,))
        con.execute(
            "INSERT INTO sample_movement VALUES (?,?,'checked_out',?,?,?,?,'')",
            (str(uuid.uuid4()), sid, now, staff, loan, streamer),
        )
    con.execute(
        "INSERT INTO deposit_entry VALUES (?,?,?,'collect',0,'cash',?,?,'')",
        (str(uuid.uuid4()), loan, streamer, staff, now),
    )
    _bare_event(con, now, staff)
    con.execute("COMMIT")


def _bare_checkin(con, staff: str, code: str) -> None:
    now = ts(int(ANCHOR.timestamp()) + 3600)
    con.execute("BEGIN IMMEDIATE")
    sid = con.execute("SELECT id FROM sample WHERE code = ?", (code,)).fetchone()[0]
    con.execute(
        "UPDATE loan_item SET returned_at = ?, return_condition = 'good' WHERE sample_id = ? "
        "AND returned_at IS NULL AND lost_at IS NULL",
        (now, sid),
    )
    con.execute("UPDATE sample SET status = 'in_stock' WHERE id = ?", (sid,))
    con.execute(
        "INSERT INTO sample_movement VALUES (?,?,'checked_in',?,?,NULL,NULL,'')", (str(uuid.uuid4()), sid, now, staff)
    )
    _bare_event(con, now, staff)
    con.execute("COMMIT")


def lending(store, con, clerk, rounds: int, rng) -> list[Figure]:
    from showroom.services import checkout, returns

    streamer = _counter_streamer(con)
    codes = _codes(con, "in_stock", rounds * 10, rng)
    room = con.execute("SELECT id FROM showroom WHERE is_local").fetchone()[0]
    outs, ins, base_out, base_in = [], [], [], []
    for r in range(rounds):
        basket, other = codes[r * 10 : r * 10 + 5], codes[r * 10 + 5 : r * 10 + 10]
        at = ANCHOR + timedelta(minutes=r)
        outs.append(timed_ms(lambda: checkout.check_out(store.uow(), clerk, streamer, basket, "cash", now=at)))
        for code in basket:
            ins.append(
                timed_ms(
                    lambda c=code: returns.check_in(
                        store.uow(), clerk, [returns.ReturnRequest(c)], now=at + timedelta(seconds=30)
                    )
                )
            )
        base_out.append(timed_ms(lambda: _bare_checkout(con, room, clerk.id, streamer, other)))
        for code in other:
            base_in.append(timed_ms(lambda c=code: _bare_checkin(con, clerk.id, c)))
    return [
        Figure(
            "counter", "check-out of 5 samples (committed, synchronous=FULL)", outs, target=20, baseline_ms=base_out
        ),
        Figure("counter", "check-in of one sample (committed, synchronous=FULL)", ins, baseline_ms=base_in),
    ]


def panels(store, con, rounds: int, rng) -> list[Figure]:
    from showroom.services import streamers

    busiest = [
        s
        for (s,) in con.execute(
            "SELECT streamer_id FROM loan GROUP BY streamer_id ORDER BY count(*) DESC LIMIT ?", (max(rounds // 2, 1),)
        )
    ]
    anyone = [s for (s,) in con.execute("SELECT id FROM streamer")]
    rng.shuffle(anyone)
    chosen = busiest + anyone[: max(rounds // 2, 1)]
    loans = con.execute("SELECT count(*) FROM loan WHERE streamer_id = ?", (busiest[0],)).fetchone()[0]
    panel = [timed_ms(lambda s=s: streamers.streamer_panel(store.uow(), s, now=ANCHOR)) for s in chosen]
    detail = [timed_ms(lambda s=s: streamers.streamer_detail(store.uow(), s, now=ANCHOR)) for s in chosen]
    base = [timed_ms(lambda s=s: [con.execute(sql, (s,)).fetchall() for sql in PANEL_SQL]) for s in chosen]
    note = f"half the busiest streamers (up to {loans:,} loans), half at random"
    return [
        Figure(
            "streamers",
            "streamer panel (holdings, overdue, reliability)",
            panel,
            target=None,
            baseline_ms=base,
            note=note,
        ),
        Figure("streamers", "streamer detail (panel + every loan of the history)", detail, baseline_ms=base, note=note),
    ]


def searches(store, con, rounds: int) -> list[Figure]:
    from showroom.services import catalog

    figures = []
    for kind, words in SEARCHES.items():
        times, base = [], []
        for _ in range(max(rounds // len(words), 3)):
            for word in words:
                times.append(timed_ms(lambda w=word: catalog.search_products(store.uow(), w)))
                base.append(timed_ms(lambda w=word: con.execute(SEARCH_SQL, (f"%{w}%",)).fetchall()))
        figures.append(
            Figure(
                "catalog",
                f"catalog search, {kind} Chinese query ({'、'.join(words)})",
                times,
                target=50,
                baseline_ms=base,
            )
        )
    return figures
