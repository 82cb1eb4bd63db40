"""Photos of another showroom's sample taken back at this counter's check-in (return anywhere; photo evidence).

Decision (README "Photo evidence"): a return of another showroom's loan marked damaged ALWAYS needs a photo of the
damage, whatever this showroom's tiers say, and so does one received for another showroom. The lending showroom
has no other evidence of the condition its sample came back in, and this counter does not know the streamer's tier
there. (Parts missing needs none, as for a return here: a photo shows no part that is not there.)

The photo is kept at check-in like any (P or Photo… on the line), though the sample is not this showroom's yet: a
known loan's sample is laid in by the check-in itself, and one received for another showroom has no sample row,
and this counter may not even know its id, until HQ matches it or a manager settles it. So the file goes into the
photos folder at once (showroom/photo_files.py) and its row waits here (db.elsewhere_models.WaitingPhoto), joined
to the return when the check-in records it. It becomes a photo of the sample (`photo` row, the same id) with its
event photo.attached@1, like every other photo's, as soon as the sample is this showroom's: in the check-in's own
transaction for a known loan, in the manager's settlement (showroom/services/elsewhere_settle.py), or, when HQ
matched the return on a pull (a pull records no event), by `tell_matched_photos`, which the sync runs right after
the pull. Until then it prints on the return receipt all the same; a photo of a sample HQ never matches and no
manager settles stays on this counter and in its backups only.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.elsewhere_models import ReturnTakenElsewhere, WaitingPhoto
from db.models import Sample
from db.photo_models import Photo
from db.uow import UnitOfWork
from kernel.events import PhotoAttached
from showroom.domain.codes import clean_scan
from showroom.domain.errors import PhotoRefused, UnknownCode
from showroom.domain.model import Role
from showroom.domain.photos import PhotoKind, needs_photo_elsewhere
from showroom.photo_files import photo_path, read_photo, store_photo
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, resolve_now
from showroom.services.elsewhere_rows import HELD, comes_from_elsewhere, foreign_line
from showroom.services.photos import PhotoView


@changes(Topic.SAMPLES)
def keep_return_photo(
    uow: UnitOfWork,
    actor: Actor,
    data_dir: Path,
    sample_code: str,
    source_path: Path | str,
    now: datetime | None = None,
) -> PhotoView:
    """At check-in, before the return is confirmed: a photo of the condition of another showroom's sample (a line
    that says its lender). PhotoRefused (not an image, too large) and nothing is kept."""
    now = resolve_now(now)
    code = clean_scan(sample_code)
    photo = read_photo(source_path)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "attach_photo")
        if not comes_from_elsewhere(uow, code):
            raise UnknownCode(code)
        store_photo(Path(data_dir), photo)
        row = WaitingPhoto(code=code, sha256=photo.sha256, ext=photo.ext, bytes=photo.size, taken_at=now)
        row.staff_id, row.note, row.told = staff.id, "", False
        uow.session.add(row)
        uow.session.flush()
        line = foreign_line(uow.session, code)
        view = PhotoView(
            id=row.id,
            sha256=row.sha256,
            ext=row.ext,
            size=row.bytes,
            kind=PhotoKind.RETURN.value,
            sample_code=code,
            loan_number=line.number if line else None,
            taken_at=now,
            staff_name=staff.name,
            note="",
            path=photo_path(Path(data_dir), row.sha256, row.ext),
        )
        uow.commit()
        return view


def require_photos_of_damage(uow: UnitOfWork, lines: list[tuple[str, str, tuple[str, ...]]]) -> None:
    """Each (code, condition, photo ids) of another showroom's sample being taken back: PhotoRefused naming the
    first one marked damaged with no photo of its own kept among the ids. Inside check_in, before it writes."""
    for code, condition, photo_ids in lines:
        if not needs_photo_elsewhere(condition):
            continue
        has_one = photo_ids and uow.session.scalar(
            select(WaitingPhoto.id)
            .where(WaitingPhoto.id.in_(list(photo_ids)), WaitingPhoto.code == code, WaitingPhoto.return_id.is_(None))
            .limit(1)
        )
        if not has_one:
            raise PhotoRefused("required_for_damage_elsewhere", code=code)


def join_to_return(uow: UnitOfWork, row: ReturnTakenElsewhere, photo_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The photos named of this return's sample are the return's from now; the paths of their files here (for the
    return receipt's damage line)."""
    if not photo_ids:
        return ()
    waiting = uow.session.scalars(
        select(WaitingPhoto).where(
            WaitingPhoto.id.in_(list(photo_ids)), WaitingPhoto.code == row.code, WaitingPhoto.return_id.is_(None)
        )
    ).all()
    data_dir = getattr(uow, "data_dir", None)
    paths = []
    for photo in sorted(waiting, key=lambda w: photo_ids.index(w.id)):
        photo.return_id = row.id
        path = photo_path(data_dir, photo.sha256, photo.ext) if data_dir is not None else None
        if path is not None and path.is_file():
            paths.append(str(path))
    uow.session.flush()
    return tuple(paths)


def tell_photos(uow: UnitOfWork, return_ids: list[str], now: datetime) -> int:
    """Inside a use case's transaction: the waiting photos of these returns whose sample is now laid in here become
    its photos, each with its photo.attached@1 (unless a replay brought it back already told). How many."""
    s = uow.session
    s.flush()
    found = s.execute(
        select(WaitingPhoto, Sample.id)
        .join(ReturnTakenElsewhere, ReturnTakenElsewhere.id == WaitingPhoto.return_id)
        .join(Sample, Sample.id == ReturnTakenElsewhere.sample_id)
        .where(WaitingPhoto.return_id.in_(return_ids))
        .order_by(WaitingPhoto.taken_at, WaitingPhoto.id)
    ).all()
    for waiting, sample_id in found:
        kind = PhotoKind.RETURN.value
        s.add(
            Photo(
                id=waiting.id,
                sha256=waiting.sha256,
                ext=waiting.ext,
                bytes=waiting.bytes,
                kind=kind,
                sample_id=sample_id,
                loan_id=None,  # the lender's loan is not kept here
                taken_at=now,
                staff_id=waiting.staff_id,
                note=waiting.note,
            )
        )
        if not waiting.told:
            event = PhotoAttached(
                photo_id=waiting.id,
                sha256=waiting.sha256,
                ext=waiting.ext,
                size=waiting.bytes,
                kind=kind,
                sample_id=sample_id,
                code=waiting.code,
                loan_id=None,
                note=waiting.note,
            )
            uow.record_event(event, staff_id=waiting.staff_id, at=now)
        s.delete(waiting)
    s.flush()
    return len(found)


@changes(Topic.SAMPLES)
def tell_matched_photos(uow: UnitOfWork, now: datetime | None = None) -> int:
    """After a pull: photos kept of samples received for other showrooms that HQ has matched since (the pull laid
    them in, and a pull records no event) become their photos, with their events. The sync runs it; how many."""
    now = resolve_now(now)
    ready = (
        select(WaitingPhoto.return_id)
        .join(ReturnTakenElsewhere, ReturnTakenElsewhere.id == WaitingPhoto.return_id)
        .join(Sample, Sample.id == ReturnTakenElsewhere.sample_id)
        .distinct()
    )
    with uow.read():
        if uow.session.scalar(ready.limit(1)) is None:
            return 0  # the usual sync: no write transaction at all
    with uow:
        told = tell_photos(uow, list(uow.session.scalars(ready)), now)
        uow.commit()
        return told


def wait_for_its_sample(session: Session, e: PhotoAttached, at: datetime, staff_id: str | None) -> bool:
    """Replaying photo.attached@1 of a sample not laid in here: a photo told after HQ matched a return this counter
    took for another showroom (a pull laid the sample in; a counter rebuilt from HQ pulls it again later). It
    waits, told already, for that pull (tell_matched_photos). False when no such return is here."""
    held = session.scalar(
        select(ReturnTakenElsewhere.id)
        .where(ReturnTakenElsewhere.code == e.code, ReturnTakenElsewhere.state == HELD)
        .order_by(ReturnTakenElsewhere.returned_at.desc())
        .limit(1)
    )
    if held is None or session.get(WaitingPhoto, e.photo_id) is not None:
        return held is not None
    session.add(
        WaitingPhoto(
            id=e.photo_id,
            code=e.code,
            return_id=held,
            sha256=e.sha256,
            ext=e.ext,
            bytes=e.size,
            taken_at=at,
            staff_id=staff_id,
            note=e.note,
            told=True,
        )
    )
    return True
