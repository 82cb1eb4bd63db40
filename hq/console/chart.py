"""A 30-day trend as SVG drawn on the server: polylines in a fixed box, no JavaScript charting library."""

from __future__ import annotations

from dataclasses import dataclass

from hq.console.dashboard import Trend

WIDTH, HEIGHT = 400, 150
LEFT, RIGHT, TOP, BOTTOM = 34, 8, 10, 22  # room for the axis labels


@dataclass(frozen=True)
class Series:
    key: str  # css class and legend entry: loans | returns | overdue
    points: str  # "x,y x,y ..." for <polyline>
    last: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    top: int
    bottom: int
    left: int
    right: int
    peak: int
    series: list[Series]
    first_day: str
    last_day: str
    gridlines: list[tuple[float, int]]  # (y, value)


def _nice_peak(value: int) -> int:
    """The top of the axis: 1, 2 or 5 times a power of ten, at least the highest value."""
    peak = 1
    while True:
        for step in (1, 2, 5):
            if peak * step >= value:
                return peak * step
        peak *= 10


def chart(trend: Trend) -> Chart:
    peak = _nice_peak(max([1, *trend.loans, *trend.returns, *trend.overdue]))
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    n = len(trend.days)

    def xy(i: int, v: int) -> str:
        x = LEFT + (plot_w * i / max(n - 1, 1))
        y = TOP + plot_h - plot_h * v / peak
        return f"{x:.1f},{y:.1f}"

    series = [
        Series(key, " ".join(xy(i, v) for i, v in enumerate(values)), values[-1] if values else 0)
        for key, values in (("loans", trend.loans), ("returns", trend.returns), ("overdue", trend.overdue))
    ]
    grid = [(TOP + plot_h - plot_h * f, round(peak * f)) for f in (0, 0.5, 1)]
    return Chart(
        WIDTH,
        HEIGHT,
        TOP,
        HEIGHT - BOTTOM,
        LEFT,
        WIDTH - RIGHT,
        peak,
        series,
        trend.days[0].strftime("%m-%d"),
        trend.days[-1].strftime("%m-%d"),
        grid,
    )
