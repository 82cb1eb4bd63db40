"""Photos replayed: the row of each photo kept. Only the row comes back: HQ never holds the image, so a counter
recovered from HQ lists its photos, and their files come back only from a backup (showroom.backup). A photo of a
sample this counter received for another showroom, told once HQ matched it, waits for the pull that lays the
sample in again (showroom/services/elsewhere_photos.py)."""

from __future__ import annotations

from db.models import Loan, Sample
from db.photo_models import Photo
from kernel.events import PhotoAttached
from showroom.replay.base import ReplayConflict, Replaying
from showroom.services.elsewhere_photos import wait_for_its_sample


def photo_attached(r: Replaying, e: PhotoAttached) -> None:
    if r.session.get(Photo, e.photo_id) is not None:
        raise ReplayConflict("photo_taken", e.photo_id)
    if r.session.get(Sample, e.sample_id) is None:
        if wait_for_its_sample(r.session, e, r.at, r.staff_id):
            return
        raise ReplayConflict("unknown_sample", e.code)
    if e.loan_id is not None and r.session.get(Loan, e.loan_id) is None:
        raise ReplayConflict("unknown_loan", e.code)
    r.session.add(
        Photo(
            id=e.photo_id,
            sha256=e.sha256,
            ext=e.ext,
            bytes=e.size,
            kind=e.kind,
            sample_id=e.sample_id,
            loan_id=e.loan_id,
            taken_at=r.at,
            staff_id=r.staff_id,
            note=e.note,
        )
    )


PROJECTIONS = {PhotoAttached: photo_attached}
