"""Every benchmark of the scale issue in one run: prints one line per figure, optionally writes BENCHMARKS.md.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.run --out BENCHMARKS.md    # make bench
    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.run --quick                # make bench-quick

The big showroom is generated once per generator version, schema and scale (bench.generate, cached
under build/bench/); each run copies it to a scratch file first, because the counter benchmarks write.
Quick is the same code at 1/500 scale with a handful of rounds: it checks that nothing rotted and
its timings mean nothing. Nothing here asserts on time.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from bench import hq_figures
from bench.figures import Figure, say

QUICK_DIVISOR = hq_figures.QUICK_DIVISOR
ROOT = Path(__file__).resolve().parents[1]


def _app(work: Path, runs: int, figures: list[Figure]) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    totals, peaks, visited, lines = [], [], [], []
    for _ in range(runs):
        done = subprocess.run(
            [sys.executable, "-m", "bench.app_start", str(work), "--visit"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if "every screen visited" not in done.stdout:
            print(
                f"app start: failed (exit {done.returncode})\n{done.stdout[-1000:]}\n{done.stderr[-2000:]}", flush=True
            )
            return
        totals.append(float(re.search(r"total ([\d.]+) s", done.stdout).group(1)))
        lines.append(re.search(r"app start: (.*)", done.stdout).group(1))
        shown, after = re.findall(r"VmHWM (\d+) MB", done.stdout)
        peaks.append(float(shown))
        visited.append(float(after))
    line = lines[totals.index(min(totals))]
    say(
        Figure(
            "app",
            "app start to window shown (fresh process, first queries answered)",
            value=min(totals),
            unit="s",
            target=1.0,
            note=f"best of {runs}: {line}",
        ),
        figures,
    )
    say(Figure("app", "resident memory at window shown (VmHWM)", value=max(peaks), unit="MB", target=300), figures)
    say(
        Figure("app", "resident memory after opening every screen (VmHWM)", value=max(visited), unit="MB", target=300),
        figures,
    )


def _bundle(quick: bool, figures: list[Figure], notes: list[str]) -> None:
    """The folder a showroom PC unzips (build.spec, as `make bundle` builds it), and its self-test."""
    if quick:  # a build takes a minute; tests/bundle builds and checks it in make test
        notes.append("bundle: not measured at the quick scale (tests/bundle builds it)")
        return
    scratch = Path(tempfile.mkdtemp(prefix="showroom-bundle-"))
    try:
        built = subprocess.run(
            [
                str(Path(sys.executable).with_name("pyinstaller")),
                "--noconfirm",
                "--clean",
                "--log-level",
                "WARN",
                "--distpath",
                str(scratch / "dist"),
                "--workpath",
                str(scratch / "work"),
                "build.spec",
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1800,
        )
        folder = scratch / "dist" / "showroom"
        if built.returncode != 0:
            notes.append(f"bundle: not measured — the build failed: {built.stderr[-300:]}")
            return
        # PyInstaller links a library's second name to the first on Linux: a link is not counted twice
        stored = [f for f in folder.rglob("*") if f.is_file() and not f.is_symlink()]
        size, files = sum(f.stat().st_size for f in stored), len(stored)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        checked = subprocess.run(
            [str(folder / "showroom"), "--selftest"], capture_output=True, text=True, env=env, timeout=300
        )
        say(
            Figure(
                "app",
                "packaged app (build.spec: dist/showroom, onedir)",
                value=round(size / 1e6, 1),
                unit="MB",
                target=150,
                note=f"{files} files; self-test {'passed' if checked.returncode == 0 else 'FAILED'}",
            ),
            figures,
        )
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="the scale benchmarks")
    parser.add_argument("--quick", action="store_true", help=f"1/{QUICK_DIVISOR} scale, a few rounds")
    parser.add_argument("--out", type=Path, help="write the figures to this Markdown file")
    parser.add_argument("--no-sync", action="store_true", help="skip the PostgreSQL figures (sync, HQ console)")
    return parser.parse_args(argv)


def _generated(scale, figures: list[Figure]) -> tuple[Path, dict]:
    """The big showroom, cached or built now (bench.generate), and its figure."""
    from bench.generate import ensure_generated

    t0 = time.perf_counter()
    cached, info = ensure_generated(scale)
    generated = time.perf_counter() - t0
    origin = "cached" if generated < info["seconds"] / 2 else "generated now"
    say(
        Figure(
            "generation",
            f"big showroom ({origin}; {info['bytes'] / 2**20:,.0f} MB)",
            value=info["seconds"],
            unit="s",
            target=180,
            note=f"plan {info['plan_seconds']} s, bulk write + indexes {info['write_seconds']} s",
        ),
        figures,
    )
    return cached, info


def _scratch_copy(cached: Path) -> Path:
    """A copy of the cached showroom to write to: the counter benchmarks write."""
    work = cached.with_name(cached.name + ".work")
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    shutil.copyfile(cached / "showroom.sqlite3", work / "showroom.sqlite3")
    return work


def _counter(store, con, clerk, info: dict, quick: bool, figures: list[Figure]) -> None:
    """The counter, streamer, catalog, samples screen, stocktake, transfers and papers figures on the big showroom."""
    from bench import counter_scale, papers_scale, screens, stock_scale, transfer_scale
    from showroom.services import staff

    rounds = 5 if quick else 200
    rng = random.Random(7)
    for figure in (
        counter_scale.scans(store, con, rounds * 2, rng)
        + counter_scale.lending(store, con, clerk, max(rounds // 2, 3), rng)
        + counter_scale.panels(store, con, rounds // 2, rng)
        + counter_scale.searches(store, con, rounds // 2)
        + screens.samples_screen(store, clerk, 2 if quick else 5)
        + papers_scale.daily_report(store, info["busy"], 1 if quick else 3)
        + papers_scale.labels(store, con, 1000, 1 if quick else 3)
        + stock_scale.stocktake(
            store, con, clerk, staff.login(store.uow(), "李经理", "8888"), 50 if quick else 5000, rng
        )
        + transfer_scale.transfers(
            store, con, clerk, staff.login(store.uow(), "李经理", "8888"), 200, 2 if quick else 10, rng
        )
    ):
        say(figure, figures)


def _write_out(
    out: Path, argv: list[str] | None, info: dict, figures: list[Figure], started: datetime, notes: list[str]
) -> None:
    from bench import report

    showroom = (
        f"Generated by `bench.generate` (version {info['version']}, seed fixed, anchor {info['anchor']}): "
        + ", ".join(f"{v:,} {k.replace('_', ' ')}" for k, v in info["counts"].items())
        + f"; {info['pending_events']:,} events not yet pushed. Built in {info['seconds']} s "
        "(cached under build/bench/ for later runs)."
    )
    notes.append(
        "Figures taken on a busy machine are noisy, in their tails above all: read them with the "
        "load average at the start of the run (Machine, below)."
    )
    command = " ".join(["python -m bench.run", *(argv if argv is not None else sys.argv[1:])])
    report.write(out, figures, {"command": command, "showroom": showroom}, started, notes)
    print(f"wrote {out}")


def main(argv: list[str] | None = None) -> int:
    args = _arguments(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # the app's modules load before the generation is timed, as the counter figures need them anyway
    from bench import counter_scale
    from bench.plan import Scale
    from showroom.services import staff
    from showroom.store import Store

    started = datetime.now(timezone.utc)
    quick = args.quick
    figures: list[Figure] = []
    notes: list[str] = []
    cached, info = _generated(Scale.full().divided(QUICK_DIVISOR if quick else 1), figures)
    work = _scratch_copy(cached)
    store = Store(work)
    con = counter_scale.bare(work / "showroom.sqlite3")
    try:
        clerk = staff.login(store.uow(), "张小雨", "1111")
        _counter(store, con, clerk, info, quick, figures)
    finally:
        con.close()
        store.close()
    if not args.no_sync:
        hq_figures.sync(quick, figures, notes)
        hq_figures.recovery(quick, figures, notes)
        hq_figures.drain(quick, figures, notes)
        hq_figures.changelog(quick, figures, notes)
        hq_figures.console(quick, figures, notes)
    _app(work, 1 if quick else 3, figures)
    shutil.rmtree(work, ignore_errors=True)
    _bundle(quick, figures, notes)
    if args.out:
        _write_out(args.out, argv, info, figures, started, notes)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
