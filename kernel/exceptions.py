"""Sync exceptions both sides name: a contradiction a restored counter finds while it catches up is the one HQ
finds when the counter's unsent work arrives, so both give it the same id, and the counter, pulling HQ's,
keeps one (showroom/sync/pull.py skips an id it holds)."""

from __future__ import annotations

import uuid

SAMPLE_LENT_TWICE = "sample_lent_twice"


def lent_twice_id(newer_event_id: str, sample_id: str) -> str:
    """The exception of a sample the later check-out (this event) lent while an older loan still held it."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"{SAMPLE_LENT_TWICE}:{newer_event_id}:{sample_id}"))
