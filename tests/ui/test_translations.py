"""Chinese first: every user-visible string of both front ends (ui/, cli/) and what they share (present/) has a
finished zh_CN translation."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from present import i18n

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "translations" / "showroom_zh_CN.ts"


def _messages(ts_path: Path) -> dict[tuple[str, str], tuple[str, str]]:
    """(context, source) -> (translation, type attribute)."""
    out = {}
    for context in ET.parse(ts_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            out[(name, message.findtext("source"))] = (translation.text or "", translation.get("type", ""))
    return out


def test_every_ui_string_has_a_finished_chinese_translation(tmp_path):
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for package in ("ui", "present", "cli") for p in (ROOT / package).rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    committed = _messages(TS)
    missing = [
        key
        for key in _messages(fresh)
        if key not in committed or not committed[key][0] or committed[key][1] in ("unfinished", "vanished")
    ]
    assert not missing, f"{len(missing)} untranslated (run `make lupdate`, then translate): {missing[:20]}"


def test_chinese_is_loaded_and_english_is_the_source(qapp):
    assert i18n.install("zh_CN")
    assert QCoreApplication.translate("Labels", "On loan") == "借出中"
    assert i18n.install("en")
    assert QCoreApplication.translate("Labels", "On loan") == "On loan"
    i18n.install("en")  # the other UI tests read the English source strings


def test_every_string_has_a_context_qt_can_find_at_run_time():
    """A helper like `tr = lambda s: translate("Ctx", s)` hides the context from lupdate: its strings are
    filed under an empty context and never shown translated."""
    nameless = [source for (context, source) in _messages(TS) if not context]
    assert not nameless, f"strings without a context (call translate with a literal context): {nameless[:10]}"
