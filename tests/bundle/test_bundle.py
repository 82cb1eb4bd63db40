"""`make bundle`'s folder works on its own: built with build.spec, it passes its self-test with no
display, prints its version and runs back-office commands on a real showroom. One build (about a
minute and a half on two cores); `make test` runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from cli.selftest import CHECKS
from showroom import __version__
from tests.printing import paper_tools

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bundle(tmp_path_factory, counter_template) -> Path:
    """dist/showroom/showroom built into a scratch folder, as `make bundle` builds it.

    After the test showroom (counter_template): a bundle may upgrade an older database, never the
    reverse, and in a work tree that moves while the build runs only this order holds."""
    scratch = tmp_path_factory.mktemp("bundle")
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    built = subprocess.run(
        [
            str(pyinstaller),
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
        timeout=1200,
    )
    assert built.returncode == 0, built.stderr[-4000:]
    # an ERROR here is a module of ours that could not be imported at build time: it would be missing
    assert [line for line in built.stderr.splitlines() if " ERROR: " in line] == []
    program = scratch / "dist" / "showroom" / "showroom"
    assert program.is_file()
    return program


def run(program: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    """The program as a showroom PC starts it: no venv, no source tree, no display."""
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": os.environ.get("HOME", "/root"),
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "C.UTF-8",
    }
    return subprocess.run([str(program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_bundle_passes_its_selftest_offscreen(bundle, tmp_path):
    done = run(bundle, "--selftest", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[1] for line in lines if line.startswith("ok  ")] == [name for name, _ in CHECKS]
    internal = str(bundle.parent / "_internal")
    # the data files came from inside the bundle, not from the source tree or the system
    for name in ("migrations", "fonts", "translations"):
        assert internal in next(line for line in lines if line.startswith(f"ok  {name} "))
    assert lines[-1] == f"self-test passed: {len(CHECKS)} checks"


def test_bundle_version_and_help(bundle, tmp_path):
    assert run(bundle, "--version", cwd=tmp_path).stdout.strip() == __version__
    helped = run(bundle, "report", "daily", "--help", cwd=tmp_path)
    assert helped.returncode == 0 and "--data-dir" in helped.stdout


def test_bundle_prints_labels_and_the_daily_report_of_a_real_showroom(bundle, counter, tmp_path):
    data = str(counter.store.data_dir)
    labels = tmp_path / "labels.pdf"
    done = run(bundle, "labels", "--data-dir", data, *counter.codes[:2], "-o", str(labels), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "已写入" in done.stdout  # Chinese by default, from the bundled translations
    assert sorted(paper_tools.decoded(labels.read_bytes())) == sorted(counter.codes[:2])
    report = tmp_path / "day.pdf"
    done = run(bundle, "report", "daily", "--data-dir", data, "--date", "2026-11-20", "-o", str(report), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "长沙样品间" in paper_tools.text(report.read_bytes())
