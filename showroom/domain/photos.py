"""Photo evidence rules, with no database and no files: which photos there are, which images are accepted, and
when a return needs one."""

from __future__ import annotations

from enum import StrEnum

from showroom.domain.model import ReturnCondition

MAX_PHOTO_BYTES = 15 * 1024 * 1024  # kernel.events.photos says the same bound to HQ
JPEG_START = b"\xff\xd8\xff"
PNG_START = b"\x89PNG\r\n\x1a\n"


class PhotoKind(StrEnum):
    INTAKE = "intake"  # the product and the sample as they arrived
    CHECKOUT = "checkout"  # its condition as it left with a streamer
    RETURN = "return"  # its condition as it came back


def image_format(head: bytes) -> str | None:
    """`jpg` or `png` by the file's first bytes (never by its name), else None."""
    if head.startswith(JPEG_START):
        return "jpg"
    if head.startswith(PNG_START):
        return "png"
    return None


def needs_photo(condition: str, required_for_damage: bool) -> bool:
    """A return marked damaged needs a photo when the streamer's tier says so."""
    return required_for_damage and condition == ReturnCondition.DAMAGED.value


def needs_photo_elsewhere(condition: str) -> bool:
    """A return of another showroom's loan (or one received for another showroom) marked damaged needs a photo,
    always: the lender has no other evidence of the condition, and the streamer's tier there is not known here."""
    return needs_photo(condition, required_for_damage=True)
