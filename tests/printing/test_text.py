"""Text fitting: nothing drawn may be wider than the room it was given."""

from __future__ import annotations

from printing.text import ELLIPSIS, ellipsize, fit_size, width_of, wrap

LONG_NAME = ("每日坚果混合果仁礼盒装坚果零食大礼包" * 4)[:60]


def test_wrap_keeps_every_line_within_the_width():
    for width in (40.0, 90.0, 150.0):
        lines = wrap(LONG_NAME, width, 8)
        assert all(width_of(line, 8) <= width for line in lines)
        assert "".join(lines) == LONG_NAME


def test_wrap_to_two_lines_ends_with_an_ellipsis_and_fits():
    lines = wrap(LONG_NAME, 130, 8, max_lines=2)
    assert len(lines) == 2
    assert lines[-1].endswith(ELLIPSIS)
    assert all(width_of(line, 8) <= 130 for line in lines)


def test_short_text_is_left_alone():
    assert wrap("每日坚果", 200, 8, max_lines=2) == ["每日坚果"]
    assert ellipsize("每日坚果", 200, 8) == "每日坚果"


def test_latin_words_move_down_whole_rather_than_split():
    lines = wrap("无线蓝牙降噪耳机 Professional", width_of("无线蓝牙降噪耳机 Profes", 8), 8)
    assert lines == ["无线蓝牙降噪耳机", "Professional"]


def test_ellipsize_fits_and_marks_the_cut():
    cut = ellipsize(LONG_NAME, 60, 7)
    assert cut.endswith(ELLIPSIS) and width_of(cut, 7) <= 60


def test_whitespace_runs_collapse_to_one_space():
    assert wrap("  每日  坚果 \n 礼盒 ", 300, 8) == ["每日 坚果 礼盒"]


def test_fit_size_shrinks_until_one_line_fits():
    size = fit_size("2026-11-30 18:00", 120, 22, 8)
    assert size < 22 and width_of("2026-11-30 18:00", size) <= 120
    assert fit_size("x" * 500, 10, 22, 8) == 8
