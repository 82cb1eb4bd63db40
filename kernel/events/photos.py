"""Photo evidence (issue 17.5): a photo of a sample taken at intake, at check-out or at return. The event says
which file (its SHA-256, size and kind of image) and of what; the image itself never travels: it stays in the
counter's photos folder and in its backups (showroom/photo_files.py)."""

from __future__ import annotations

import re

from kernel.events.base import STORES, Event
from kernel.events.fields import LOAN, SAMPLE, Integer, Text, Uuid
from kernel.events.vocabulary import Choice, Note, SampleCode

PHOTO_KINDS = ("intake", "checkout", "return")  # showroom.domain.photos.PhotoKind
PHOTO_FORMATS = ("jpg", "png")
MAX_PHOTO_BYTES = 15 * 1024 * 1024  # a phone's full-size JPEG is 3-8 MB; more is not a photo of a sample
SHA256 = re.compile(r"[0-9a-f]{64}")


class PhotoAttached(Event, type="photo.attached@1", hq=STORES):
    """A photo of a sample was kept: at intake (the product), at check-out or at return (its condition);
    `loan_id` names the loan for the last two. HQ stores it for the audit trail and a counter's recovery: it
    holds no image to show, and the photo changes nothing HQ projects (status, custody, money)."""

    photo_id = Uuid()
    sha256 = Text(64, min_len=64, form=SHA256, what="sha256")
    ext = Choice(PHOTO_FORMATS)
    size = Integer(1, MAX_PHOTO_BYTES, unit="bytes")
    kind = Choice(PHOTO_KINDS)
    sample_id = Uuid(names=SAMPLE)
    code = SampleCode()
    loan_id = Uuid(names=LOAN, nullable=True)
    note = Note()
