"""A real scanner's keystrokes into the real window: xdotool types under Xvfb at 3 ms per key.

Skipped where Xvfb or xdotool is missing (scripts/install-system-deps.sh installs both). Bounded:
the window quits by itself after 20 s whatever happens, and the test waits at most 60 s.
"""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from showroom.services import streamers

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not (shutil.which("xvfb-run") and shutil.which("xdotool")),
    reason="needs xvfb-run and xdotool (Debian packages xvfb, xdotool)",
)


def test_a_scanner_at_real_speed_adds_each_sample_once_and_only_f12_records(counter, tmp_path):
    out = tmp_path / "seen.json"
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}  # the real xcb window
    codes = counter.codes[:4]
    subprocess.run(
        [
            "xvfb-run",
            "-a",
            "-s",
            "-screen 0 1366x800x24",
            sys.executable,
            "-m",
            "tests.ui.xdotool_counter",
            str(counter.store.data_dir),
            json.dumps(dataclasses.asdict(counter.clerk)),
            str(out),
            *codes,
        ],
        cwd=ROOT,
        env=env,
        timeout=60,
        check=True,
    )
    seen = json.loads(out.read_text(encoding="utf-8"))
    assert seen["problem"] == "" and seen["xdotool"] == 0
    assert seen["streamer"] == "小美"
    assert seen["basket"] == codes  # CR+LF, Tab, LF, keypad Enter: one line each
    assert seen["recorded_before_f12"] is None  # no suffix confirmed anything
    assert seen["focus"] == "checkout_scan"  # the Tab suffix left the focus where scans go
    assert seen["loan"] == codes
    held = streamers.streamer_panel(counter.uow(), counter.streamer_id).holdings
    assert sorted(h.sample_code for h in held) == sorted(codes)
