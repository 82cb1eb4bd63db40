"""`make bench-quick`: the scale benchmarks run end to end at 1/500 scale so they never rot.

Nothing about time is asserted: only that every figure the scale issue asks for is printed, and that
--out writes BENCHMARKS.md with a table per area and the machine it ran on.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIGURES = (
    "generation | big showroom",
    "counter | scan lookup, sample in stock",
    "counter | scan lookup, sample on loan",
    "counter | check-out of 5 samples",
    "counter | check-in of one sample",
    "streamers | streamer panel",
    "streamers | streamer detail",
    "catalog | catalog search, 2-character Chinese query",
    "catalog | catalog search, 3+-character Chinese query",
    "samples screen | first paint",
    "samples screen | filter",
    "samples screen | sort",
    "samples screen | search",
    "papers | daily report PDF",
    "labels PDF, thermal 50×30",
    "app | app start to window shown",
    "app | resident memory at window shown",
    "app | resident memory after opening every screen",
)


def test_quick_bench_prints_every_figure_and_writes_the_report(tmp_path):
    out = tmp_path / "BENCHMARKS.md"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench.run", "--quick", "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    printed = done.stdout
    missing = [f for f in FIGURES if f not in printed]
    assert missing == [], printed
    offline = ("sync: not measured", "drain: not measured", "change log: not measured", "console: not measured")
    rest = printed
    for said in offline:
        rest = rest.replace(said, "")
    assert "not measured" not in rest
    # sync, the drain, the change log and the HQ console run against PostgreSQL when the machine has one;
    # otherwise they say why they did not
    assert ("sync | push of" in printed and "sync | pull of" in printed) or "sync: not measured" in printed
    assert (
        "sync | drain: 3 showrooms" in printed and "sync | drain: events/s per HQ worker" in printed
    ) or "drain: not measured" in printed
    assert (
        "change log | log after a simulated year" in printed and "change log | a new device's first pull" in printed
    ) or "change log: not measured" in printed
    assert (
        "console | dashboard" in printed and "console | streamer record" in printed
    ) or "console: not measured" in printed
    report = out.read_text(encoding="utf-8")
    for heading in (
        "## Figures",
        "### counter",
        "### samples screen",
        "### papers",
        "### app",
        "## Machine",
        "| cores (nproc) |",
        "| figure | measured | target | met? |",
    ):
        assert heading in report
