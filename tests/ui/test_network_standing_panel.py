"""The streamer panel says where the network holds something against a streamer, and how old the
counter's copy of the network standing is (issue 14, item 7)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from kernel.standing import HeldAt, StreamerStanding, phone_hash, standing_data
from showroom.domain.policy import HeldElsewhere, NetworkStanding
from showroom.sync.standing import apply_network_key, apply_standing, standing_pulled
from tests.ui.conftest import wait_idle
from ui.network_text import age_text, standing_text
from ui.screens.checkout import CheckoutScreen

KEY = "5e" * 32
NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


def pulled(counter, held: list[HeldAt], as_of: datetime, blacklisted_by: str = "", blacklisted_at: str = "") -> None:
    """The network standing of 小美 (13800138000) as a pull from HQ would have left it."""
    uow = counter.uow()
    with uow:
        apply_network_key(uow, {"key": KEY})
        apply_standing(
            uow,
            "CS",
            [
                standing_data(
                    StreamerStanding(
                        hash=phone_hash(KEY, "13800138000"),
                        blacklisted_by=blacklisted_by,
                        blacklisted_at=blacklisted_at,
                        held_at=held,
                    )
                )
            ],
        )
        standing_pulled(uow, as_of)
        uow.commit()


def scan_card(qtbot, screen, ui_ctx) -> None:
    qtbot.keyClicks(screen.scan, "CS-M00001", delay=2)
    qtbot.keyClick(screen.scan, Qt.Key.Key_Return, delay=2)
    wait_idle(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: screen.panel_view.name.text() == "小美", timeout=5000)


@pytest.fixture
def screen(qtbot, ui_ctx):
    widget = CheckoutScreen(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activate()
    return widget


def test_the_panel_says_where_samples_are_overdue_and_how_old_that_news_is(qtbot, screen, ui_ctx, counter):
    due = datetime.now(timezone.utc) - timedelta(days=9)
    pulled(
        counter,
        [HeldAt(code="CD", name="长沙直播样品间", suspended=False, due=[due, due])],
        as_of=datetime.now(timezone.utc) - timedelta(days=3, hours=2),
    )
    scan_card(qtbot, screen, ui_ctx)
    network = screen.panel_view.network
    assert network.isVisible()
    assert network.text() == "2 samples overdue at 长沙直播样品间\nnetwork standing as of 3 days ago"
    assert "holds 2 overdue sample(s)" in screen.panel_view.banner.text()  # 小美's silver tier blocks on it
    assert not screen.panel_view.banner.isHidden()


def test_a_counter_not_connected_to_hq_shows_no_network_line(qtbot, screen, ui_ctx, counter):
    scan_card(qtbot, screen, ui_ctx)
    assert not screen.panel_view.network.isVisible() and screen.panel_view.banner.isHidden()


def test_the_words_for_each_standing():
    at = "长沙直播样品间"
    assert (
        standing_text(NetworkStanding("", (HeldElsewhere(at, 3, 2, False),), NOW))
        == "2 samples overdue at 长沙直播样品间"
    )
    assert (
        standing_text(NetworkStanding("", (HeldElsewhere(at, 1, 1, False),), NOW))
        == "1 sample overdue at 长沙直播样品间"
    )
    assert (
        standing_text(NetworkStanding("", (HeldElsewhere(at, 2, 0, False),), NOW))
        == "holds 2 samples at 长沙直播样品间"
    )
    assert (
        standing_text(NetworkStanding("济南直播样品间", (HeldElsewhere(at, 0, 0, True),), NOW))
        == "blacklisted at 济南直播样品间; suspended at 长沙直播样品间"
    )
    assert standing_text(NetworkStanding("", (), NOW)) == "nothing held in other showrooms"


@pytest.mark.parametrize(
    "age, words",
    [
        (timedelta(seconds=20), "network standing as of a moment ago"),
        (timedelta(minutes=1, seconds=5), "network standing as of 1 minute ago"),
        (timedelta(minutes=42), "network standing as of 42 minutes ago"),
        (timedelta(hours=5, minutes=59), "network standing as of 5 hours ago"),
        (timedelta(days=1, hours=23), "network standing as of 1 day ago"),
        (timedelta(days=3, hours=2), "network standing as of 3 days ago"),
    ],
)
def test_the_age_of_the_standing_in_words(age, words):
    assert age_text(NOW - age, NOW) == words


def test_a_standing_never_pulled_says_so():
    assert age_text(None, NOW) == "network standing not yet pulled from HQ"
