"""A stocktake on the big showroom through the real services: shelves holding some 5,000 samples in stock are
counted, one scan after another, each answer timed (issue 17: p95 under 20 ms at 10 scans a second; the scans
here come back to back, which is harder). One in a hundred samples of those shelves is left unscanned (missing)
and one scan in a hundred is a sample on loan (unexpected), settled before the count finishes.

Bare sqlite3 doing the minimal equivalent of a scan (find the sample, write the line and its event, commit with
synchronous=FULL) is timed beside it."""

from __future__ import annotations

import random
import uuid

from bench.counter_scale import _codes
from bench.figures import Figure, timed_ms
from bench.plan import ANCHOR

BARE_SCAN = (
    "SELECT id, status, shelf FROM sample WHERE code = ?",
    "INSERT INTO bench_line VALUES (?, ?, ?)",
    "INSERT INTO bench_event VALUES (?, ?)",
)


def _shelves(con, wanted: int, rng: random.Random) -> tuple[list[str], list[str]]:
    """Shelves in random order until they hold `wanted` samples in stock; their codes."""
    counts = con.execute("SELECT shelf, count(*) FROM sample WHERE status = 'in_stock' GROUP BY shelf").fetchall()
    rng.shuffle(counts)
    shelves, total = [], 0
    for shelf, n in counts:
        if total >= wanted:
            break
        shelves.append(shelf)
        total += n
    marks = ",".join("?" * len(shelves))
    codes = [
        c for (c,) in con.execute(f"SELECT code FROM sample WHERE status = 'in_stock' AND shelf IN ({marks})", shelves)
    ]
    rng.shuffle(codes)
    return shelves, codes[:wanted]


def _bare(con, codes: list[str]) -> list[float]:
    # tables of the database itself (not TEMP ones), so each commit reaches the disk as the counter's does
    con.execute("CREATE TABLE IF NOT EXISTS bench_line (id TEXT, sample_id TEXT, code TEXT)")
    con.execute("CREATE TABLE IF NOT EXISTS bench_event (id TEXT, payload TEXT)")

    def scan(code: str) -> None:
        con.execute("BEGIN IMMEDIATE")
        sample_id = con.execute(BARE_SCAN[0], (code,)).fetchone()[0]
        con.execute(BARE_SCAN[1], (str(uuid.uuid4()), sample_id, code))
        con.execute(BARE_SCAN[2], (str(uuid.uuid4()), f'{{"code": "{code}"}}'))
        con.execute("COMMIT")

    return [timed_ms(lambda c=c: scan(c)) for c in codes]


def stocktake(store, con, clerk, manager, scans: int, rng: random.Random) -> list[Figure]:
    from showroom.services import stocktake as count
    from showroom.services.stocktake_views import live_totals

    shelves, codes = _shelves(con, scans, rng)
    on_loan = _codes(con, "on_loan", max(scans // 100, 1), rng)
    kept = codes[: len(codes) - len(codes) // 100]  # one in a hundred stays unscanned: missing
    order = list(kept)
    for i, code in enumerate(on_loan):
        order.insert(min((i + 1) * 100, len(order)), code)
    now = ANCHOR
    started = count.start_stocktake(store.uow(), manager, shelves, now=now)
    answers = [timed_ms(lambda c=c: count.count_code(store.uow(), clerk, started.id, c, now=now)) for c in order]
    totals = [timed_ms(lambda: live_totals(store.uow(), started.id)) for _ in range(5)]
    settle = [
        timed_ms(lambda c=c: count.settle_find(store.uow(), manager, started.id, c, "left", "bench", now=now))
        for c in on_loan
    ]
    ended = []
    finish = timed_ms(lambda: ended.append(count.finish_stocktake(store.uow(), manager, started.id, now=now)))
    missing = ended[0].totals.missing  # every sample in stock on those shelves not scanned
    base = _bare(con, kept[:500])
    where = f"{len(shelves)} shelves, {len(order):,} scans"
    return [
        Figure("stocktake", f"scan during a count ({where})", answers, target=20, baseline_ms=base),
        Figure("stocktake", f"live figures of the count ({where})", totals),
        Figure("stocktake", "settle an unexpected find (a sample on loan, left as it is)", settle),
        Figure(
            "stocktake",
            f"finish the count ({missing:,} samples marked missing of {ended[0].totals.expected:,} expected)",
            value=finish,
            note="one transaction: the expected set, the missing samples, their events",
        ),
    ]


def main() -> int:
    """`python -m bench.stock_scale [SCANS]`: only the stocktake figures, on a scratch copy of the big showroom."""
    import shutil
    import sys

    from bench import counter_scale
    from bench.figures import say
    from bench.plan import Scale
    from bench.run import _generated, _scratch_copy
    from showroom.services import staff
    from showroom.store import Store

    figures: list[Figure] = []
    cached, _info = _generated(Scale.full(), figures)
    work = _scratch_copy(cached)
    store, con = Store(work), counter_scale.bare(work / "showroom.sqlite3")
    try:
        clerk, manager = (staff.login(store.uow(), n, p) for n, p in (("张小雨", "1111"), ("李经理", "8888")))
        for figure in stocktake(
            store, con, clerk, manager, int(sys.argv[1]) if len(sys.argv) > 1 else 5000, random.Random(7)
        ):
            say(figure, figures)
    finally:
        con.close()
        store.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
