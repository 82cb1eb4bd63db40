"""BENCHMARKS.md from the figures of one run: a table per area, the machine, the date, the command."""

from __future__ import annotations

import os
import platform
import sqlite3
from datetime import datetime, timezone
from importlib import metadata
from pathlib import Path

from bench.figures import Figure, percentile


def machine() -> dict[str, str]:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "?",
    )
    mem_kb = next(
        int(line.split()[1]) for line in Path("/proc/meminfo").read_text().splitlines() if line.startswith("MemTotal")
    )
    osname = next(
        (
            line.split("=", 1)[1].strip('"')
            for line in Path("/etc/os-release").read_text().splitlines()
            if line.startswith("PRETTY_NAME=")
        ),
        platform.platform(),
    )

    def version(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "?"

    return {
        "cores (nproc)": str(os.cpu_count()),
        "CPU": cpu,
        "RAM": f"{mem_kb / 1024 / 1024:.1f} GiB",
        "OS": osname,
        "Python": platform.python_version(),
        "SQLite": sqlite3.sqlite_version,
        "PySide6": version("PySide6-Essentials"),
        "SQLAlchemy": version("SQLAlchemy"),
        "reportlab": version("reportlab"),
        "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg()),
    }


def _cell(value: float | None, unit: str = "") -> str:
    return "" if value is None else f"{value:,.2f}{unit}"


def _row(f: Figure) -> str:
    if f.values_ms:
        p50, p95, p99 = (f"{f.stat(k):,.2f} ms" for k in ("p50", "p95", "p99"))
        value = f"p50 {p50} · p95 {p95} · p99 {p99} (n={len(f.values_ms)})"
    else:
        value = "not measured" if f.value is None else f"{f.value:,.2f} {f.unit}"
    target = (
        ""
        if f.target is None
        else (f"{f.target_on + ' ' if f.values_ms else ''}{'≥' if f.at_least else '≤'} {f.target:g} {f.unit}")
    )
    met = {True: "yes", False: "**no**", None: ""}[f.met]
    ratio = "" if f.ratio is None else f"×{f.ratio:.1f} (bare p50 {percentile(f.baseline_ms, 50):.3f} ms)"
    return f"| {f.name} | {value} | {target} | {met} | {ratio} | {f.note} |"


def write(path: Path, figures: list[Figure], context: dict, started: datetime, notes: list[str]) -> None:
    lines = [
        "# Benchmarks",
        "",
        f"Written by `{context['command']}` on {started:%Y-%m-%d %H:%M} UTC "
        f"(took {(datetime.now(timezone.utc) - started).total_seconds() / 60:.1f} min). "
        "Benchmarks print figures and assert nothing; tests never assert on time. "
        "`make bench-quick` (inside `make test`) runs the same code at 1/500 scale so it never rots.",
        "",
        "## The showroom measured",
        "",
        context["showroom"],
        "",
        "## Figures",
        "",
        "Percentiles are nearest-rank over the n measurements; “×bare sqlite3” is the service's p50 over "
        "the p50 of bare `sqlite3` doing the minimal equivalent query or transaction on the same file, "
        "in the same run.",
        "",
    ]
    areas: dict[str, list[Figure]] = {}
    for f in figures:
        areas.setdefault(f.area, []).append(f)
    for area, group in areas.items():
        lines += [
            f"### {area}",
            "",
            "| figure | measured | target | met? | ×bare sqlite3 | note |",
            "|---|---|---|---|---|---|",
            *(_row(f) for f in group),
            "",
        ]
    lines += ["## Machine", "", "| | |", "|---|---|", *(f"| {k} | {v} |" for k, v in machine().items()), ""]
    if notes:
        lines += ["## Notes", "", *(f"- {n}" for n in notes), ""]
    findings = Path(__file__).with_name("FINDINGS.md")
    if findings.exists():
        lines += [findings.read_text(encoding="utf-8")]
    path.write_text("\n".join(lines), encoding="utf-8")
