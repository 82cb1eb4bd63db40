"""The tier rule on damaged returns (issue 17.5): when the streamer's tier says `photo_required_for_damage`, a
line marked damaged must carry a photo of that sample, kept at the counter before the return is confirmed. This
counter's own loans only: a damaged return of another showroom's loan needs one always, whatever the tier
(showroom/services/elsewhere_photos.py)."""

from __future__ import annotations

from sqlalchemy import select

from db.models import LoanItem, Streamer
from db.photo_models import Photo
from db.uow import UnitOfWork
from showroom.domain.errors import PhotoRefused
from showroom.domain.photos import needs_photo
from showroom.services.records import policy_for


def require_damage_photos(uow: UnitOfWork, lines: list[tuple[LoanItem, str, tuple[str, ...]]]) -> None:
    """Each (open item, condition, photo ids) of a return: PhotoRefused naming the first damaged sample whose tier
    wants a photo and that has none of its own among the ids. Inside check_in's transaction, before it writes."""
    required: dict[str, bool] = {}
    for item, condition, photo_ids in lines:
        tier = uow.session.scalar(select(Streamer.tier).where(Streamer.id == item.loan.streamer_id))
        if tier not in required:
            required[tier] = policy_for(uow, tier).photo_required_for_damage
        if not needs_photo(condition, required[tier]):
            continue
        has_one = photo_ids and uow.session.scalar(
            select(Photo.id).where(Photo.id.in_(list(photo_ids)), Photo.sample_id == item.sample_id).limit(1)
        )
        if not has_one:
            raise PhotoRefused("required_for_damage", code=item.sample.code)
