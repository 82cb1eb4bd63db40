"""Every word of the console has its Chinese, and no Chinese is left over for a word no longer used."""

from __future__ import annotations

import re
from pathlib import Path

from hq.console.i18n import KIND_LABELS, VALUE_LABELS, translator
from hq.console.messages_zh import ZH

CONSOLE = Path(__file__).resolve().parents[3] / "hq" / "console"
# _("...") in templates and modules, N_("...") where a string is marked and translated later
CALL = re.compile(r"""\bN?_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')""")


def used_messages() -> set[str]:
    found = set()
    for path in [*CONSOLE.rglob("*.html"), *CONSOLE.rglob("*.py")]:
        if path.name == "messages_zh.py":
            continue
        for double, single in CALL.findall(path.read_text(encoding="utf-8")):
            found.add((double or single).encode().decode("unicode_escape").encode("latin-1").decode("utf-8"))
    return found | set(KIND_LABELS.values()) | set(VALUE_LABELS.values())


def test_every_message_has_chinese():
    missing = sorted(m for m in used_messages() if not ZH.get(m, "").strip())
    assert missing == []


def test_no_chinese_for_a_message_no_longer_used():
    assert sorted(set(ZH) - used_messages()) == []


def test_placeholders_survive_translation():
    for english, chinese in ZH.items():
        assert set(re.findall(r"{(\w+)}", english)) == set(re.findall(r"{(\w+)}", chinese)), english


def test_english_is_the_source_and_chinese_the_default():
    assert translator("en")("Overdue") == "Overdue"
    assert translator("zh")("Overdue") == ZH["Overdue"]
    assert translator("zh")("{n} samples", n=3) == ZH["{n} samples"].format(n=3)
