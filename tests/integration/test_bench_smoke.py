"""The counter benchmark runs end to end at a tiny scale, so it never rots (no timing asserted)."""

from __future__ import annotations

from bench import counter_ops


def test_counter_benchmark_runs(capsys):
    counter_ops.main(rounds=3)
    out = capsys.readouterr().out
    for figure in ("scan lookup", "check-out of 5 samples", "check-in of 5 samples", "streamer panel"):
        assert figure in out


def test_papers_benchmark_runs(capsys):
    from bench import papers

    papers.main(labels=20)
    out = capsys.readouterr().out
    for figure in ("20 labels thermal-50x30", "check-out receipt", "rendered at 203 dpi", "daily report"):
        assert figure in out


def test_app_start_benchmark_runs(tmp_path):
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-m", "bench.app_start", str(tmp_path)], env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "app start:" in done.stdout and "window shown" in done.stdout
