"""Every paper embeds its font, and every word on paper reaches lupdate and the translator."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from printing import specimens
from printing.cards import build_member_cards
from printing.labels import build_labels
from printing.receipts import build_checkout_receipt, build_return_receipt
from printing.slips import build_intake_slip
from tests.printing.paper_tools import fonts, text

PRINTING = Path(__file__).resolve().parents[2] / "printing"
# The builders these tests cover (reports are tested with their own code).
MODULES = (
    "barcodes",
    "cards",
    "labels",
    "receipt_layout",
    "receipts_checkout",
    "receipts_return",
    "slips",
    "text",
    "words",
)
TS = Path(__file__).resolve().parents[2] / "assets" / "translations" / "showroom_zh_CN.ts"

PAPERS = {
    "labels": lambda tr: build_labels(specimens.labels(), translate=tr),
    "sheet": lambda tr: build_labels(specimens.labels(), "a4-3x7", translate=tr),
    "card": lambda tr: build_member_cards([specimens.member_card()], translate=tr),
    "checkout": lambda tr: build_checkout_receipt(specimens.checkout(), translate=tr),
    "return": lambda tr: build_return_receipt(specimens.return_receipt(), translate=tr),
    "slip": lambda tr: build_intake_slip(specimens.intake_slip(5), translate=tr),
}


def _untranslated(context: str, source: str) -> str:
    return source


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_only_the_embedded_cjk_font_is_used(paper):
    rows = fonts(PAPERS[paper](_untranslated))
    assert rows, "no font at all"
    for row in rows:
        assert row[3] == "yes", f"not embedded: {row}"
        assert "WenQuanYi" in row[0] or "CJK" in row[0]


def _translate_calls() -> list[ast.Call]:
    calls = []
    for path in (PRINTING / f"{name}.py" for name in MODULES):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "translate":
                calls.append(node)
    return calls


def test_translate_is_always_called_with_two_literals_so_lupdate_finds_it():
    calls = _translate_calls()
    assert len(calls) > 30
    for call in calls:
        assert len(call.args) == 2 and all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in call.args)


def test_every_word_on_paper_has_a_finished_chinese_translation():
    import xml.etree.ElementTree as ET

    finished = {
        (context.findtext("name"), message.findtext("source"))
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
        if (message.find("translation").text or "").strip()
        and message.find("translation").get("type") not in ("unfinished", "vanished", "obsolete")
    }
    wanted = {(call.args[0].value, call.args[1].value) for call in _translate_calls()}
    assert wanted - finished == set()


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_papers_take_their_words_from_the_translator(paper):
    words = text(PAPERS[paper](lambda context, source: "译" + source))
    assert "译" in words
