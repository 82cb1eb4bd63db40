"""Counter operations on the demo showroom: prints p50/p95 in milliseconds. Asserts nothing.

    .venv/bin/python -m bench.counter_ops [ROUNDS]

Each check-out commits with synchronous=FULL, so disk flush time is part of the figure.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from demo.seed import ensure_demo
from showroom.services import checkout, returns, samples, staff, streamers


def _percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return f"p50 {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms   (n={len(ordered)})"


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def main(rounds: int = 100) -> None:
    folder = Path(tempfile.mkdtemp(prefix="showroom-bench-"))
    start = time.perf_counter()
    store = ensure_demo(folder)
    print(f"demo seed (through the services)   {time.perf_counter() - start:7.2f} s")
    clerk = staff.login(store.uow(), "张小雨", "1111")
    diamond = next(
        s
        for s in streamers.search_streamers(store.uow())
        if s.tier == "diamond" and not streamers.streamer_panel(store.uow(), s.id).blocks
    )
    in_stock = [r.code for r in samples.list_samples(store.uow(), status="in_stock")]
    basket = in_stock[:5]

    scans = [_timed(lambda c=code: checkout.scan_for_checkout(store.uow(), c)) for code in in_stock[:rounds]]
    outs, ins, panels = [], [], []
    for _ in range(rounds):
        outs.append(_timed(lambda: checkout.check_out(store.uow(), clerk, diamond.id, basket, "cash")))
        panels.append(_timed(lambda: streamers.streamer_panel(store.uow(), diamond.id)))
        ins.append(_timed(lambda: returns.check_in(store.uow(), clerk, [returns.ReturnRequest(c) for c in basket])))
    listing = [_timed(lambda: samples.list_samples(store.uow())) for _ in range(20)]
    print(f"scan lookup (sample code)          {_percentiles(scans)}")
    print(f"check-out of 5 samples             {_percentiles(outs)}")
    print(f"check-in of 5 samples              {_percentiles(ins)}")
    print(f"streamer panel                     {_percentiles(panels)}")
    print(f"Samples screen query ({len(samples.list_samples(store.uow()))} rows)    {_percentiles(listing)}")
    store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100)
