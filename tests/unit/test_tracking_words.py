"""Automatic tracking in words (present/tracking_text.py): every state and every kind of error has words of
its own. Their Chinese comes with the translations (the words file the integrator adds to the .ts)."""

from __future__ import annotations

from present import tracking_text
from showroom.courier_tracking import TrackingError, TrackingErrorKind, TrackingState


def test_every_state_has_its_own_words():
    words = {state: tracking_text.state(state) for state in TrackingState}
    assert all(text.strip() for text in words.values())
    assert len(set(words.values())) == len(TrackingState)


def test_every_kind_of_tracking_error_has_its_own_words():
    words = {
        kind: tracking_text.problem(TrackingError(kind, "detail for the log", "503")) for kind in TrackingErrorKind
    }
    assert len(set(words.values())) == len(TrackingErrorKind)
    assert all(text.strip() and "detail for the log" not in text and "{" not in text for text in words.values())
