"""`showroom --selftest` from the venv (the bundle runs the same code, tests/bundle/test_bundle.py),
and its Code 128 reader checked against zxing-cpp on the papers the app prints."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image, ImageDraw

from cli.selftest import CHECKS, read_code128
from printing.barcodes import code128_png
from printing.documents import LabelData
from printing.labels import build_labels

ROOT = Path(__file__).resolve().parents[2]
NAMES = [name for name, _ in CHECKS]


def run_selftest(*patches: str) -> subprocess.CompletedProcess:
    """The self-test in a process of its own (it makes its own QApplication), after `patches`
    (Python lines) have broken the installation on purpose."""
    script = "\n".join(["import sys", *patches, "from cli.main import main", "sys.exit(main(['--selftest']))"])
    env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


def test_selftest_passes_with_one_line_per_check():
    done = run_selftest()
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[1] for line in lines[:-1]] == NAMES and all(line.startswith("ok  ") for line in lines[:-1])
    assert lines[-1] == f"self-test passed: {len(NAMES)} checks"
    assert done.stderr == ""


def test_missing_translations_fail_that_check_alone_and_the_exit_status():
    done = run_selftest("import present.i18n, pathlib", "present.i18n.TRANSLATIONS_DIR = pathlib.Path('/nonexistent')")
    assert done.returncode == 1
    assert "FAIL translations: no zh_CN translation in /nonexistent" in done.stderr.splitlines()
    assert [line.split()[1] for line in done.stdout.splitlines()] == [n for n in NAMES if n != "translations"]
    assert done.stderr.splitlines()[-1] == f"self-test FAILED: 1 of {len(NAMES)} checks (translations)"


def test_missing_migrations_fail_every_check_that_needs_the_database(tmp_path):
    done = run_selftest("import db.migrate, pathlib", f"db.migrate.MIGRATIONS_DIR = pathlib.Path({str(tmp_path)!r})")
    assert done.returncode == 1
    failed = [line.split()[1].rstrip(":") for line in done.stderr.splitlines() if line.startswith("FAIL ")]
    assert failed == ["migrations", "showroom", "label", "receipt", "report", "barcode", "printing"]
    assert "FAIL showroom: not run: needs the migrations check, which failed" in done.stderr
    assert {"qt", "fonts", "translations", "camera"} == {line.split()[1] for line in done.stdout.splitlines()}


def test_a_build_without_qtmultimedia_fails_the_camera_check_alone():
    done = run_selftest("sys.modules['PySide6.QtMultimedia'] = None")  # as without PySide6-Addons
    assert done.returncode == 1
    assert (
        "FAIL camera: QtMultimedia cannot be imported (" in done.stderr and "photos come from files only" in done.stderr
    )
    assert [line.split()[1] for line in done.stdout.splitlines()] == [n for n in NAMES if n != "camera"]


def test_qtmultimedia_with_no_media_backend_fails_the_camera_check(qapp, monkeypatch):
    """Qt falls back to a backend that plays and records nothing when no plugin loads (a bundle that left the
    FFmpeg plugin or its libraries out): it knows no media format, which the check looks at."""
    from PySide6 import QtMultimedia

    from ui import selftest

    class NoFormats:
        ConversionMode = QtMultimedia.QMediaFormat.ConversionMode

        def supportedFileFormats(self, mode):  # noqa: N802 (Qt's name)
            return []

    monkeypatch.setattr(QtMultimedia, "QMediaFormat", NoFormats)
    with pytest.raises(selftest.Broken, match="no media backend loads from .*multimedia"):
        selftest.check_camera()
    monkeypatch.undo()
    assert selftest.check_camera().startswith("QtMultimedia with ")


def rendered(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72, no_smoothpath=True).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def zxing_reads(image: Image.Image) -> set[str]:
    return {found.text for found in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128)}


CODES = ["CS-000317", "SZ-123456", "CS-M00017", "CS-L261127042", "HZ-000001"]


@pytest.mark.parametrize("dpi", [203, 300])
def test_reader_agrees_with_zxing_on_thermal_labels(dpi):
    pages = rendered(build_labels([LabelData(code, "每日坚果", "良品铺子", "A-01") for code in CODES]), dpi)
    assert [read_code128(page) for page in pages] == [zxing_reads(page) for page in pages] == [{c} for c in CODES]


def test_reader_finds_every_label_on_an_a4_sheet():
    sheet = rendered(build_labels([LabelData(code, "面膜", "自然堂", "") for code in CODES], layout="a4-3x8"), 203)[0]
    assert read_code128(sheet) == zxing_reads(sheet) == set(CODES)


@pytest.mark.parametrize("value", ["CS-L261127042", "ab-12", "1234567890", "X"])
def test_reader_follows_code_set_changes_in_python_barcode_pictures(value):
    picture = Image.open(io.BytesIO(code128_png(value, text=False)))
    assert read_code128(picture) == {value}
    assert read_code128(picture.rotate(180)) == {value}  # a label held upside down


def test_reader_refuses_a_damaged_barcode():
    picture = Image.open(io.BytesIO(code128_png("CS-000317", text=False))).convert("L")
    assert read_code128(picture) == {"CS-000317"}
    width, height = picture.size
    row = picture.crop((0, height // 2, width, height // 2 + 1)).tobytes()
    edges = [x for x in range(1, width) if (row[x] < 128) != (row[x - 1] < 128)]
    left = next(i for i in range(len(edges) // 2, len(edges)) if row[edges[i]] < 128)  # a bar mid-symbol
    ImageDraw.Draw(picture).rectangle((edges[left], 0, edges[left + 1] - 1, height), fill=255)  # gone entirely
    assert read_code128(picture) == set()
    assert zxing_reads(picture) == set()  # a real scanner would not read it either
