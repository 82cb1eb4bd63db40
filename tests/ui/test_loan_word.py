"""One Chinese word for a loan everywhere: 借样单 (DESIGN.md's domain name), on screen and on paper.

A counter that says 借出单 on one screen, 借样单 on the receipt and 借单 in a report makes a clerk
wonder whether they are three things.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "assets" / "translations" / "showroom_zh_CN.ts"
LOAN = "借样单"
# Other words Chinese uses for a loan or its paper; 借出 (to lend), 借出中 (on loan), 借出清单 (the basket
# being lent) and 借还记录 (a borrowing history) are not names of a loan and stay.
OTHER_WORDS = ("借出单", "借单", "借样记录", "借出记录", "借用单", "借货单", "借据", "借条", "出借单", "借样单据")
SOURCES = ("showroom", "printing", "ui", "cli")


def _translations() -> list[tuple[str, str, str]]:
    found = []
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            texts = [form.text or "" for form in translation] if len(translation) else [translation.text or ""]
            found += [(context.findtext("name"), message.findtext("source"), text) for text in texts]
    return found


def _others(text: str) -> list[str]:
    return [word for word in OTHER_WORDS if word in text.replace(LOAN, "")]


def test_no_translation_calls_a_loan_anything_but_the_one_word():
    wrong = [(context, source, text) for context, source, text in _translations() if _others(text)]
    assert not wrong, f"say {LOAN}: {wrong}"


def test_a_loan_and_its_receipt_are_called_by_the_one_word():
    said = {(context, source): text for context, source, text in _translations()}
    for key in (
        ("Receipt", "Loan {loan}"),
        ("Receipt", "Loans closed"),
        ("ReprintDialog", "For a loan number:"),
        ("Receipt", "Checkout receipt"),
        ("Papers", "Check-out receipt {key}"),
    ):
        assert LOAN in said[key], (key, said[key])
    assert all(LOAN in text for (context, source), text in said.items() if source == "Loan"), "a 'Loan' column"


def test_no_chinese_text_in_the_code_or_the_readme_uses_another_word():
    files = [path for folder in SOURCES for path in (ROOT / folder).rglob("*.py")] + [ROOT / "README.md"]
    wrong = [
        f"{path.relative_to(ROOT)}: {words}" for path in files if (words := _others(path.read_text(encoding="utf-8")))
    ]
    assert not wrong, wrong


def test_the_check_is_not_fooled_by_the_right_word():
    assert _others("借样单号 CS-L261127001；借出清单；借出中") == []
    assert _others("补打借出单") == ["借出单"] and re.search(LOAN, "已结清借样单")
