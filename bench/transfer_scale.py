"""Transfers on the big showroom through the real services (issue 17: "a transfer of 200 samples records in
under 100 ms"): each scan while a slip is made (check_sendable), sending 200 samples in one transaction (the
transfer, its lines, 200 status changes and movements, the event with the products), and receiving 200 at the
other end (a transfer pulled from HQ: 200 samples of 200 products, as a slip of random samples holds; 190 of
them in the network catalog, known here by id, 10 not pulled here yet, made here with their merchants; the
samples made here, their movements, the event), each scan while receiving (check_receipt_scan). Each round
goes as at the counter: a slip's samples are scanned, then sent; the next transfer is scanned, then received.
Bare sqlite3 doing the minimal equivalent of the send (200 samples found by code and set in transit, 200
lines, one event, one commit) beside it.

`python -m bench.transfer_scale [SAMPLES] [ROUNDS] [--back-to-back]` prints the figures; it asserts nothing.
`--back-to-back` sends and receives with no scans between them (only the first slip's are scanned): every
commit then meets the helper thread's checkpoint of the one before, which no counter does."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

from bench.figures import Figure, timed_ms
from bench.plan import ANCHOR


def _in_stock(con, n: int, rng: random.Random) -> list[str]:
    codes = [c for (c,) in con.execute("SELECT code FROM sample WHERE status = 'in_stock' ORDER BY code")]
    rng.shuffle(codes)
    return codes[:n]


def _bare(con, codes: list[str]) -> float:
    con.execute("CREATE TABLE IF NOT EXISTS bench_transfer_line (id TEXT, sample_id TEXT, code TEXT)")
    con.execute("CREATE TABLE IF NOT EXISTS bench_event (id TEXT, payload TEXT)")

    def send() -> None:
        con.execute("BEGIN IMMEDIATE")
        for code in codes:
            sample_id = con.execute("SELECT id FROM sample WHERE code = ?", (code,)).fetchone()[0]
            con.execute("UPDATE sample SET status = 'in_transit' WHERE id = ?", (sample_id,))
            con.execute("INSERT INTO bench_transfer_line VALUES (?, ?, ?)", (str(uuid.uuid4()), sample_id, code))
        con.execute("INSERT INTO bench_event VALUES (?, ?)", (str(uuid.uuid4()), "x" * 40 * len(codes)))
        con.execute("COMMIT")

    return timed_ms(send)


NEW_PRODUCTS = 10  # of a received slip's, not in this counter's catalog yet


def _slip_products(con, n: int, round_: int, rng: random.Random) -> list:
    """The products of a slip of `n` random samples from another city: one each (fewer when the catalog is small,
    as at the quick scale), a few new here. The known ones are read a slip at a time: 50,000 products held by
    the bench would slow every garbage collection of the use cases it times."""
    from kernel.events import TransferredProduct

    last = con.execute("SELECT max(rowid) FROM product").fetchone()[0]
    picked = rng.sample(range(1, last + 1), min(n - NEW_PRODUCTS, last))
    catalog = con.execute(
        "SELECT p.id, p.merchant_id, m.name, p.name, p.brand, p.category, p.spec, p.retail_price_fen,"
        " p.live_price_fen, p.commission_bp, p.sample_value_fen, p.ean FROM product p JOIN merchant m"
        f" ON m.id = p.merchant_id WHERE p.rowid IN ({', '.join('?' * len(picked))})",
        picked,
    ).fetchall()
    keys = ("product_id", "merchant_id", "merchant_name", "name", "brand", "category", "spec", "retail_price_fen")
    keys += ("live_price_fen", "commission_bp", "sample_value_fen", "ean")
    known = [TransferredProduct(**dict(zip(keys, row))) for row in catalog]
    merchants = [(str(uuid.uuid4()), f"bench merchant {round_}-{m}") for m in range(2)]
    new = [
        TransferredProduct(
            product_id=str(uuid.uuid4()),
            merchant_id=merchants[i % 2][0],
            merchant_name=merchants[i % 2][1],
            name=f"bench product {round_}-{i}",
            brand="",
            category="",
            spec="",
            retail_price_fen=100,
            live_price_fen=90,
            commission_bp=0,
            sample_value_fen=50,
            ean=None,
        )
        for i in range(NEW_PRODUCTS)
    ]
    return known + new


def _incoming(uow, n: int, products: list, at, round_: int) -> dict:
    """A transfer of `n` samples of these products in turn, as a pull writes it."""
    from kernel.events import SentSample, TransferSent
    from showroom.services.common import local_showroom
    from showroom.sync.transfers_pull import apply_transfers

    sent = TransferSent(
        transfer_id=str(uuid.uuid4()),
        number=f"BJ-T{at:%y%m%d}{100 + round_}",
        to_showroom="CS",
        to_name="x",
        sent_by="bench",
        note="",
        products=products,
        samples=[
            SentSample(
                sample_id=str(uuid.uuid4()),
                code=f"BJ-{900000 + round_ * n + i:06d}",
                product_id=products[i % len(products)].product_id,
            )
            for i in range(n)
        ],
    ).to_payload()
    with uow:
        data = {
            "id": sent["transfer_id"],
            "number": sent["number"],
            "from_code": "BJ",
            "from_name": "北京",
            "to_code": local_showroom(uow).code,
            "to_name": "",
            "state": "sent",
            "sent_at": at.isoformat(),
            "sent_by": "bench",
            "received_at": None,
            "received_by": "",
            "ended_at": None,
            "note": "",
            "reason": "",
            "products": sent["products"],
            "lines": [x | {"outcome": "", "note": ""} for x in sent["samples"]],
        }
        apply_transfers(uow, data["to_code"], [data])
        uow.commit()
    return data


def _ready(store, con, n: int, rng: random.Random) -> list[str]:
    """Beijing known as a showroom to send to, `n` codes in stock picked, and the collector settled as the app
    does once its window is up (ui/app.py)."""
    from kernel.long_lived import settle_long_lived_objects
    from showroom.sync.transfers_pull import apply_showrooms

    with store.uow() as uow:
        apply_showrooms(uow, [{"code": "BJ", "name": "北京样品间"}])
        uow.commit()
    codes = _in_stock(con, n, rng)
    settle_long_lived_objects()
    return codes


def transfers(
    store, con, clerk, manager, samples: int, rounds: int, rng: random.Random, back_to_back: bool = False
) -> list[Figure]:
    """Each round as the screens do it: the slip's samples scanned one by one (check_sendable) and sent; then a
    transfer pulled from HQ, opened by its number, its samples scanned (check_receipt_scan) and received.
    `back_to_back`: the sends and receives with nothing between them (the scans of the first slip only), so each
    commit meets the helper thread's checkpoint of the one before (db/engine.py), which no counter does."""
    from showroom.services import transfers as t

    codes = _ready(store, con, samples * (rounds + 3), rng)
    scans, receipt_scans, sends, receives = [], [], [], []
    for r in range(rounds):
        batch, now = codes[r * samples : (r + 1) * samples], ANCHOR + timedelta(minutes=r)
        if r == 0 or not back_to_back:
            scans += [timed_ms(lambda c=c: t.check_sendable(store.uow(), c)) for c in batch]
        sends.append(timed_ms(lambda b=batch, n=now: t.send_transfer(store.uow(), manager, "BJ", b, now=n)))
        data = _incoming(store.uow(), samples, _slip_products(con, samples, r, rng), now, r)
        got = [x["code"] for x in data["lines"]][: samples - 2]  # two short
        if not back_to_back:
            slip = t.open_incoming(store.uow(), data["number"])
            receipt_scans += [
                timed_ms(lambda c=c: t.check_receipt_scan(store.uow(), slip.summary.id, got[:i], c))
                for i, c in enumerate(got)
            ]
        receives.append(
            timed_ms(lambda d=data, g=got, n=now: t.receive_transfer(store.uow(), clerk, d["id"], g, now=n))
        )
    rest = codes[rounds * samples :]
    base = [_bare(con, rest[i * samples : (i + 1) * samples]) for i in range(3)]
    how = " back to back" if back_to_back else ""
    return (
        [
            Figure("transfers", "scan a sample onto a slip (check_sendable)", scans, target=20),
            Figure(
                "transfers",
                f"send a transfer of {samples} samples (one transaction){how}",
                sends,
                target=100,
                baseline_ms=base,
            ),
        ]
        + (
            [Figure("transfers", "scan a sample while receiving (check_receipt_scan)", receipt_scans, target=20)]
            if receipt_scans
            else []
        )
        + [
            Figure(
                "transfers",
                f"receive a transfer of {samples} samples of {samples} products (2 short){how}",
                receives,
                target=100,
            )
        ]
    )


def main() -> int:
    """`python -m bench.transfer_scale [SAMPLES] [ROUNDS] [--back-to-back]`: on a scratch copy of the big showroom."""
    import shutil
    import sys

    from bench import counter_scale
    from bench.figures import say
    from bench.plan import Scale
    from bench.run import _generated
    from showroom.services import staff
    from showroom.store import Store

    figures: list[Figure] = []
    cached, _info = _generated(Scale.full(), figures)
    work = cached.with_name(cached.name + ".transfers")  # its own scratch copy: other benches use .work
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    shutil.copyfile(cached / "showroom.sqlite3", work / "showroom.sqlite3")
    store, con = Store(work), counter_scale.bare(work / "showroom.sqlite3")
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    samples = int(numbers[0]) if numbers else 200
    rounds = int(numbers[1]) if len(numbers) > 1 else 10
    try:
        clerk, manager = (staff.login(store.uow(), n, p) for n, p in (("张小雨", "1111"), ("李经理", "8888")))
        back_to_back = "--back-to-back" in sys.argv
        for figure in transfers(store, con, clerk, manager, samples, rounds, random.Random(7), back_to_back):
            say(figure, figures)
    finally:
        con.close()
        store.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
