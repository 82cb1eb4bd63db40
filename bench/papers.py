"""Papers: how long labels, a receipt and the daily report take to build. Prints figures, asserts nothing.

    .venv/bin/python -m bench.papers [LABELS]

Builders only (plain data in, PDF bytes out) plus the page render a printer gets; the daily
report is built from the demo showroom's busiest recent day.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path


def _median_ms(fn, runs: int = 3) -> tuple[float, bytes]:
    times, result = [], b""
    for _ in range(runs):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main(labels: int = 1000) -> None:
    from printing import specimens
    from printing.documents import LabelData
    from printing.labels import build_labels
    from printing.receipts import build_checkout_receipt

    batch = [
        LabelData(f"CS-{i:06d}", f"每日坚果 混合果仁 750g礼盒装 第{i}款", "良品铺子旗舰店", "A-03-2")
        for i in range(labels)
    ]
    for layout in ("thermal-50x30", "a4-3x8"):
        ms, pdf = _median_ms(lambda: build_labels(batch, layout=layout))
        print(f"{labels:,} labels {layout:<14} {ms:8.0f} ms   {len(pdf) // 1024:6d} KB")
    ms, pdf = _median_ms(lambda: build_checkout_receipt(specimens.checkout(), 80), runs=9)
    print(f"check-out receipt 80 mm          {ms:8.1f} ms   {len(pdf) // 1024:6d} KB")
    _render(pdf)
    _daily_report()


def _render(pdf: bytes) -> None:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    _app = QCoreApplication.instance() or QGuiApplication([])  # noqa: F841  (QImage needs one)
    from ui.paper import page_images

    ms, _ = _median_ms(lambda: page_images(pdf, 203), runs=9)
    print(f"receipt rendered at 203 dpi      {ms:8.1f} ms   (what a thermal printer is sent)")


def _daily_report() -> None:
    from demo.seed import ensure_demo
    from printing.daily_report import build_daily_report
    from showroom.services.reports.daily import daily_report

    store = ensure_demo(Path(tempfile.mkdtemp(prefix="bench-papers-")))
    try:
        day = date.today() - timedelta(days=1)
        ms_figures, report = _median_ms(lambda: daily_report(store.uow(), day, day))
        ms_pdf, pdf = _median_ms(lambda: build_daily_report(report))
        print(
            f"daily report (demo, one day)     figures {ms_figures:6.0f} ms   PDF {ms_pdf:6.0f} ms   "
            f"{len(pdf) // 1024} KB"
        )
        first = day - timedelta(days=29)
        ms_figures, report = _median_ms(lambda: daily_report(store.uow(), first, day))
        ms_pdf, pdf = _median_ms(lambda: build_daily_report(report))
        print(
            f"report over 30 days (demo)       figures {ms_figures:6.0f} ms   PDF {ms_pdf:6.0f} ms   "
            f"{len(pdf) // 1024} KB"
        )
    finally:
        store.close()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000)
