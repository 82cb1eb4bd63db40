"""The counter's command barcodes, as printed: every code decodes from a 203 dpi render, captions say
what each does (Chinese from the command line), one A4 page or one 50 × 30 label per command."""

from __future__ import annotations

import pytest

from cli.main import main
from printing.commands import build_command_labels, build_command_sheet, command_cards
from showroom.domain.codes import CodeKind, Command, classify
from tests.printing.paper_tools import MM, decode, fonts, page_sizes, render, text

ALL = sorted(c.value for c in Command)


@pytest.mark.parametrize("dpi", [203, 300])
def test_the_a4_sheet_scans_every_command(dpi):
    pdf = build_command_sheet()
    [(width, height)] = page_sizes(pdf)
    assert (width / MM, height / MM) == pytest.approx((210, 297), abs=0.1)
    [page] = render(pdf, dpi)
    assert sorted(decode(page)) == ALL


def test_one_label_per_command_each_with_its_own_code():
    pdf = build_command_labels(layout="thermal-50x30")
    sizes = page_sizes(pdf)
    assert [(round(w / MM), round(h / MM)) for w, h in sizes] == [(50, 30)] * len(Command)
    assert [decode(page) for page in render(pdf, 203)] == [[c.value] for c in Command]


def test_captions_say_what_each_command_does():
    words = text(build_command_sheet())
    for card in command_cards():
        assert card.title in words and card.code in words
    assert all(classify(card.code) == CodeKind.COMMAND for card in command_cards())


@pytest.fixture
def english_afterwards():
    yield
    from present import i18n

    i18n.install("en")  # the command line installs Chinese; the other tests read English


def test_the_command_line_prints_the_sheet_in_chinese(tmp_path, capsys, english_afterwards):
    out = tmp_path / "sheet.pdf"
    assert main(["commands", "-o", str(out)]) == 0
    pdf = out.read_bytes()
    assert sorted(decode(render(pdf, 203)[0])) == ALL
    words = text(pdf)
    assert "确认" in words and "柜台" in words
    assert str(out) in capsys.readouterr().out
    labels = tmp_path / "labels.pdf"
    assert main(["commands", "--layout", "thermal-50x30", "-o", str(labels)]) == 0
    assert len(page_sizes(labels.read_bytes())) == len(Command)


def test_only_the_embedded_cjk_font_is_used():
    for pdf in (build_command_sheet(), build_command_labels()):
        rows = fonts(pdf)
        assert rows and all(row[3] == "yes" and "WenQuanYi" in row[0] for row in rows)
