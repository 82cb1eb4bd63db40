"""Papers at scale: the daily report of the busiest day, 1,000 labels read from the store and built."""

from __future__ import annotations

import time
from datetime import date

from bench.figures import Figure
from bench.plan import ANCHOR


def _seconds(fn) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def daily_report(store, busy: dict, runs: int) -> list[Figure]:
    from printing.daily_report import build_daily_report
    from showroom.services.reports.daily import daily_report as report_of

    day = date.fromisoformat(busy["day"])
    figures, pdf = [], []
    for _ in range(runs):
        s1, report = _seconds(lambda: report_of(store.uow(), day, day, now=ANCHOR))
        s2, _pdf = _seconds(lambda: build_daily_report(report))
        figures.append(s1)
        pdf.append(s2)
    total = min(f + p for f, p in zip(figures, pdf))
    note = (
        f"{day}: {busy['transactions']:,} transactions ({busy['loans']:,} check-outs, "
        f"{busy.get('check_ins', 0):,} check-ins); figures {min(figures):.2f} s + PDF {min(pdf):.2f} s, "
        f"best of {runs}"
    )
    return [
        Figure("papers", "daily report PDF, busiest day (figures + PDF)", value=total, unit="s", target=3, note=note)
    ]


def labels(store, con, count: int, runs: int) -> list[Figure]:
    from printing.documents import LabelData
    from printing.labels import build_labels
    from showroom.services.papers import label_facts

    codes = [c for (c,) in con.execute("SELECT code FROM sample ORDER BY code DESC LIMIT ?", (count,))]
    best, facts_best, size = None, None, 0
    for _ in range(runs):
        s1, facts = _seconds(lambda: label_facts(store.uow(), codes))
        s2, pdf = _seconds(
            lambda: build_labels(
                [LabelData(f.code, f.product_name, f.merchant_name, f.shelf) for f in facts], layout="thermal-50x30"
            )
        )
        if best is None or s1 + s2 < best:
            best, facts_best, size = s1 + s2, s1, len(pdf)
    return [
        Figure(
            "papers",
            f"{len(codes):,} labels PDF, thermal 50×30 (facts + PDF)",
            value=best,
            unit="s",
            target=5,
            note=f"facts {facts_best:.2f} s; {size // 1024:,} KB; best of {runs}",
        )
    ]
