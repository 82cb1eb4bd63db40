"""A streamer's network standing as every counter receives it: a keyed hash of the normalised phone, and
what stands against them in each showroom, with no name and no phone (hq/PROTOCOL.md, "What each showroom
receives"). HQ writes it and the counter reads it through this one declaration.

The hash is HMAC-SHA256 under the network key (HQ makes it once and sends it to every enrolled device),
cut to 128 bits. A counter that knows a phone (a streamer of its own, or one typed at the counter) finds
that person's standing; the table alone names nobody. It is pseudonymous, not anonymous: whoever holds the
key can test every mobile number, so the key never leaves HQ and the counters' databases.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import Any

from kernel import codes
from kernel.events.base import Record
from kernel.events.fields import Boolean, Code, FieldProblem, Text, Timestamp
from kernel.events.records import ListOf
from kernel.events.vocabulary import Name

KIND = "standing"  # its kind in the change log
HASH_HEX = 32  # 128 bits: no two of the ~10^10 mainland mobile numbers meet
MAX_HELD = 10_000  # samples one streamer holds in one showroom (a tier's limit is at most this)
_HEX = re.compile(r"[0-9a-f]+")


def phone_hash(network_key: str, phone: str) -> str:
    """The keyed hash of a normalised phone (kernel.phone.normalise_phone)."""
    return hmac.new(bytes.fromhex(network_key), phone.encode(), hashlib.sha256).hexdigest()[:HASH_HEX]


class HeldAt(Record):
    """What one showroom holds against the streamer: a suspension, and the due time of each sample out."""

    code = Code(codes.SITE, 4, "showroom code", "CS")
    name = Name()
    suspended = Boolean()
    due = ListOf(Timestamp(), 0, MAX_HELD)


class StreamerStanding(Record):
    """One streamer's standing across the network, keyed by the hash of their phone."""

    hash = Text(HASH_HEX, min_len=HASH_HEX, form=_HEX, what="keyed phone hash")
    blacklisted_by = Code(codes.SITE, 4, "showroom code", "CS", empty=True)  # empty: not blacklisted
    blacklisted_at = Text(100)  # that showroom's name
    held_at = ListOf(HeldAt, 0, 1000)

    @property
    def clean(self) -> bool:
        return not self.blacklisted_by and not self.held_at


def standing_data(standing: StreamerStanding) -> dict[str, Any]:
    """The JSON of a standing, every field checked (EventInvalid names the first that is not)."""
    try:
        return standing._dump()
    except FieldProblem as bad:
        raise bad.invalid(KIND) from None


def read_standing(data: Any) -> StreamerStanding:
    """The standing a pulled change holds, every field checked (EventInvalid, a ValueError, when not)."""
    try:
        return StreamerStanding._load(data)
    except FieldProblem as bad:
        raise bad.invalid(KIND) from None
