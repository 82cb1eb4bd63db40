"""Member cards: ID-1 size, the member code scans, the words are on it."""

from __future__ import annotations

import dataclasses

import pytest

from printing.cards import build_member_cards
from printing.specimens import member_card
from tests.printing.paper_tools import MM, decode, page_sizes, render, text


def test_each_card_is_an_id1_page():
    other = dataclasses.replace(member_card(), member_code="CS-M00002")
    sizes = page_sizes(build_member_cards([member_card(), other]))
    assert [(round(w / MM, 1), round(h / MM, 1)) for w, h in sizes] == [(85.6, 54.0)] * 2


@pytest.mark.parametrize("dpi", [203, 300])
def test_member_code_decodes(dpi):
    pdf = build_member_cards([member_card()], dpi=dpi)
    assert decode(render(pdf, dpi)[0]) == ["CS-M00001"]


def test_card_shows_showroom_name_handle_tier_and_code():
    words = text(build_member_cards([member_card()]))
    for expected in ("长沙直播样品间", "小美", "@xiaomei", "金牌主播", "CS-M00001", "Member card"):
        assert expected in words


def test_long_names_are_cut_not_spilled():
    card = dataclasses.replace(member_card(), name="欧阳" * 20, platform_handle="快手 @" + "x" * 80)
    pdf = build_member_cards([card])
    assert "…" in text(pdf)
    assert decode(render(pdf, 203)[0]) == ["CS-M00001"]


def test_no_cards_still_make_a_valid_pdf():
    assert len(page_sizes(build_member_cards([]))) == 1
