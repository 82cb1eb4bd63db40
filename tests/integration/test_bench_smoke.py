"""The counter benchmark runs end to end at a tiny scale, so it never rots (no timing asserted)."""
from __future__ import annotations

from bench import counter_ops


def test_counter_benchmark_runs(capsys):
    counter_ops.main(rounds=3)
    out = capsys.readouterr().out
    for figure in ("scan lookup", "check-out of 5 samples", "check-in of 5 samples", "streamer panel"):
        assert figure in out
