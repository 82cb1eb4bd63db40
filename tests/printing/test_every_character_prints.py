"""Every character of a name prints: rare CJK (Extension A/B) and emoji from the fallback faces, and a
visible mark, never a gap, for a character that no shipped face has."""

from __future__ import annotations

import dataclasses
import re
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from printing import fonts, specimens
from printing.cards import build_member_cards, platform_handle
from printing.labels import build_labels
from printing.receipts import build_checkout_receipt
from printing.text import markup, width_of
from tests.printing.paper_tools import fonts as pdf_fonts
from tests.printing.paper_tools import render, text

EXT_A = "䶮"  # U+4DAE, Extension A (a known given name)
EXT_B = "𠮷"  # U+20BB7, Extension B
EXT_B2 = "𡈽"  # U+2123D, Extension B
EMOJI = "😀"  # U+1F600
NOWHERE = "𰻞"  # U+30EDE (biáng), Extension G: in none of the shipped faces
DPI = 203

# name -> a paper that prints it as a word of its own
PAPERS = {
    "card": lambda name: build_member_cards([dataclasses.replace(specimens.member_card(), name=name)]),
    "receipt": lambda name: build_checkout_receipt(
        dataclasses.replace(
            specimens.checkout(signed=False), header=dataclasses.replace(specimens.header(), streamer_name=name)
        )
    ),
    "label": lambda name: build_labels([dataclasses.replace(specimens.labels()[0], product_name=name)]),
}


def _word_boxes(pdf: bytes) -> list[tuple[str, float, float, float, float]]:
    """(word, x0, y0, x1, y1) in points from the top left of page 1, as pdftotext -bbox finds them."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "paper.pdf"
        source.write_bytes(pdf)
        html = subprocess.run(
            ["pdftotext", "-bbox", "-f", "1", "-l", "1", source, "-"], check=True, capture_output=True, text=True
        ).stdout
    pattern = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    return [(word, float(x0), float(y0), float(x1), float(y1)) for x0, y0, x1, y1, word in re.findall(pattern, html)]


def _ink_in_box(pdf: bytes, word: str) -> int:
    """Black pixels, at the printer's resolution, inside the box where the PDF says `word` is drawn."""
    boxes = [box for box in _word_boxes(pdf) if box[0] == word]
    assert boxes, f"{word!r} is not a word on the paper: {[box[0] for box in _word_boxes(pdf)]}"
    _, x0, y0, x1, y1 = boxes[0]
    scale = DPI / 72
    page = render(pdf, DPI)[0]
    crop = page.crop((round(x0 * scale), round(y0 * scale), round(x1 * scale), round(y1 * scale)))
    return sum(crop.histogram()[:128])


@pytest.mark.parametrize("paper", sorted(PAPERS))
@pytest.mark.parametrize("char", [EXT_A, EXT_B, EXT_B2, EMOJI])
def test_a_rare_character_or_an_emoji_prints_ink_where_it_stands(paper, char):
    pdf = PAPERS[paper](char)
    assert _ink_in_box(pdf, char) > 30  # a blank glyph leaves its box white


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_a_character_no_face_has_prints_a_visible_mark(paper):
    pdf = PAPERS[paper](NOWHERE)
    assert NOWHERE not in text(pdf)
    assert _ink_in_box(pdf, fonts.MISSING_MARK) > 30


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_the_fallback_faces_are_embedded_and_the_text_reads_back(paper):
    pdf = PAPERS[paper](f"张{EXT_B}{EXT_B2}{EMOJI}")
    names = [row[0] for row in pdf_fonts(pdf)]
    assert any("HanaMin" in name for name in names), names
    assert any("Symbola" in name for name in names), names
    assert all(row[3] == "yes" for row in pdf_fonts(pdf))
    # astral characters are mapped back to Unicode, so the PDF can be searched and copied from
    assert f"张{EXT_B}{EXT_B2}{EMOJI}" in text(pdf)


def test_the_call_list_prints_rare_characters_in_its_table_cells():
    from printing.overdue_list import build_overdue_list
    from tests.printing.test_overdue_list import line

    pdf = build_overdue_list(
        [line(streamer_name=f"{EXT_B}小美", product_name=f"{EMOJI}坚果")],
        "长沙直播样品间",
        datetime(2026, 11, 27, 10, tzinfo=UTC),
        "Asia/Shanghai",
    )
    words = text(pdf)
    assert f"{EXT_B}小美" in words and f"{EMOJI}坚果" in words
    assert {"HanaMin", "Symbola"} <= {
        name for row in pdf_fonts(pdf) for name in ("HanaMin", "Symbola") if name in row[0]
    }


def test_unprintable_names_only_what_no_face_has():
    assert fonts.unprintable(f"张{EXT_A}{EXT_B}{EMOJI}❤️👍🏽 {NOWHERE}{NOWHERE}x") == [NOWHERE]
    assert fonts.unprintable("小美 @xiaomei") == []


def test_selectors_and_skin_tones_are_left_out_not_marked():
    # ❤️ is ❤ + VS16, 👍🏽 a thumb + skin tone: a monochrome print shows the base symbol only
    drawn = "".join(piece for _, piece in fonts.runs("❤️👍🏽"))
    assert drawn == "❤👍"


def test_markup_escapes_and_names_the_fallback_face():
    assert markup("a<b>&c") == "a&lt;b&gt;&amp;c"
    assert markup(f"张{EXT_B}") == '张<font name="ShowroomExtA">𠮷</font>'
    assert width_of(f"张{EXT_B}", 10) == pytest.approx(20, abs=1)  # both are one em wide


@pytest.mark.parametrize(
    "handle,shown",
    [
        ("xiaomei", "抖音 @xiaomei"),
        ("@xiaomei", "抖音 @xiaomei"),
        ("＠xiaomei", "抖音 @xiaomei"),
        (" @ xiaomei ", "抖音 @xiaomei"),
        ("", "抖音"),
    ],
)
def test_a_handle_gets_one_at_sign(handle, shown):
    assert platform_handle("抖音", handle) == shown
