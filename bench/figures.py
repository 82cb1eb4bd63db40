"""Figures and their timing: percentiles, a baseline ratio, the target and whether it is met."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


def timed_ms(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def percentile(values: list[float], pct: float) -> float:
    """Nearest rank: the smallest value with at least pct % of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * pct // 100))
    return ordered[int(rank) - 1]


@dataclass
class Figure:
    area: str
    name: str
    values_ms: list[float] | None = None  # repeated measurements, or None for a single figure
    value: float | None = None  # a single figure in `unit`
    unit: str = "ms"
    target: float | None = None  # upper bound (or lower bound when `at_least`)
    target_on: str = "p95"  # which statistic the target is about
    at_least: bool = False
    baseline_ms: list[float] | None = None  # bare sqlite3 doing the minimal equivalent, same run
    note: str = ""

    def stat(self, name: str) -> float | None:
        if self.values_ms:
            if name == "p50":
                return percentile(self.values_ms, 50)
            if name == "p95":
                return percentile(self.values_ms, 95)
            if name == "p99":
                return percentile(self.values_ms, 99)
        return self.value

    @property
    def judged(self) -> float | None:
        return self.stat(self.target_on) if self.values_ms else self.value

    @property
    def met(self) -> bool | None:
        if self.target is None or self.judged is None:
            return None
        return self.judged >= self.target if self.at_least else self.judged <= self.target

    @property
    def ratio(self) -> float | None:
        if not self.baseline_ms or not self.values_ms:
            return None
        base = percentile(self.baseline_ms, 50)
        return percentile(self.values_ms, 50) / base if base > 0 else None

    def line(self) -> str:
        """The printed figure line: `make bench-quick` checks that every one of these appears."""
        if self.values_ms:
            text = (
                f"p50 {self.stat('p50'):8.2f}  p95 {self.stat('p95'):8.2f}  p99 {self.stat('p99'):8.2f} ms"
                f"  (n={len(self.values_ms)})"
            )
        elif self.value is not None:
            text = f"{self.value:,.2f} {self.unit}"
        else:
            text = "not measured"
        if self.ratio is not None:
            text += f"  ×{self.ratio:.1f} bare sqlite3 (p50 {percentile(self.baseline_ms, 50):.3f} ms)"
        if self.target is not None:
            bound = "≥" if self.at_least else "≤"
            verdict = {True: "met", False: "MISSED", None: "?"}[self.met]
            text += (
                f"  [target {self.target_on if self.values_ms else ''} {bound} {self.target:g} {self.unit}: {verdict}]"
            )
        if self.note:
            text += f"  — {self.note}"
        return f"{self.area} | {self.name}: {text}"


def say(figure: Figure, figures: list[Figure]) -> None:
    figures.append(figure)
    print(figure.line(), flush=True)
