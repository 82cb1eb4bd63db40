"""Text a person types (names, notes, reasons): kept only when every character can be stored, synced and
printed. The counter refuses the rest as it is entered, before an event declaration would (kernel.events)."""

from __future__ import annotations

import re

from showroom.domain.errors import InvalidInput, UnusableCharacter

# C0 and C1 controls (NUL, tab, line breaks, escape, ...), lone surrogates, the line and paragraph
# separators, and the bidirectional embeddings, overrides and isolates. Joiners (ZWJ, in emoji) stay.
_UNUSABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def entered_text(field: str, value: str | None, max_len: int, *, required: bool = False) -> str:
    """`value` without its surrounding spaces; InvalidInput when it is required and empty or longer than
    `max_len` characters, UnusableCharacter when it holds a character no record may keep."""
    text = (value or "").strip()
    if required and not text:
        raise InvalidInput(field, "required")
    if len(text) > max_len:
        raise InvalidInput(field, "too_long", max_len)
    found = _UNUSABLE.search(text)
    if found is not None:
        raise UnusableCharacter(field, found.group(), found.start() + 1)
    return text
