"""Photo evidence (issue 17.5): a photo of a sample kept at intake, at check-out or at return, from a file the
clerk chose (a phone or a camera saves into a folder) or the JPEG a USB camera just took (bytes): both are checked,
kept and recorded alike. The file goes into the photos folder first
(showroom/photo_files.py: named by its hash, so attaching the same photo twice writes it once); its row and its
event commit together. A file kept whose row then fails to commit is harmless: the next attach of it reuses it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import literal_column, select

from db.models import Loan, LoanItem, Sample, Staff
from db.photo_models import Photo
from db.uow import UnitOfWork
from kernel.events import PhotoAttached
from showroom.domain.codes import clean_scan
from showroom.domain.errors import InvalidInput, NotFound, PhotoRefused
from showroom.domain.model import Role
from showroom.domain.photos import PhotoKind
from showroom.photo_files import PhotoFile, photo_path, read_photo, store_photo, thumbnail_jpeg
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, optional_text, resolve_now
from showroom.services.records import open_item_of, sample_by_code


@dataclass(frozen=True)
class PhotoView:
    id: str
    sha256: str
    ext: str
    size: int
    kind: str
    sample_code: str
    loan_number: str | None
    taken_at: datetime
    staff_name: str
    note: str
    path: Path  # where its file is (it may be absent on a counter recovered from HQ without a backup)

    @property
    def on_disk(self) -> bool:
        return self.path.is_file()


MAX_SAMPLES_PER_PHOTO = 200  # one photo of a whole intake or a whole loan; catalog.MAX_INTAKE is lower


@changes(Topic.SAMPLES)
def attach_photo(
    uow: UnitOfWork,
    actor: Actor,
    data_dir: Path,
    sample_code: str,
    kind: str,
    source: Path | str | bytes,
    loan_number: str | None = None,
    note: str = "",
    now: datetime | None = None,
) -> PhotoView:
    """Keeps a photo of a sample (`source`: a file's path, or a camera's JPEG bytes). For a check-out or return photo the loan is the one named, else the loan the
    sample is on now. PhotoRefused (not an image, too large, not of that loan) and nothing is written."""
    return attach_photo_to_samples(uow, actor, data_dir, [sample_code], kind, source, loan_number, note, now)[0]


@changes(Topic.SAMPLES)
def attach_photo_to_samples(
    uow: UnitOfWork,
    actor: Actor,
    data_dir: Path,
    sample_codes: list[str],
    kind: str,
    source: Path | str | bytes,
    loan_number: str | None = None,
    note: str = "",
    now: datetime | None = None,
) -> list[PhotoView]:
    """One photo of several samples (the units just received, a loan as it left): its file is kept once, each
    sample gets its row and its event, all in one transaction. Any refusal (an unknown code, a sample not of
    that loan) and nothing is written."""
    now = resolve_now(now)
    try:
        kind = PhotoKind(kind).value
    except ValueError:
        raise InvalidInput("kind", "unknown_choice", kind) from None
    codes = list(dict.fromkeys(clean_scan(c) for c in sample_codes))
    if not codes or len(codes) > MAX_SAMPLES_PER_PHOTO:
        raise InvalidInput("quantity", "quantity_range", MAX_SAMPLES_PER_PHOTO)
    note = optional_text("note", note, 300)
    photo = read_photo(source)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "attach_photo")
        samples = [sample_by_code(uow, code) for code in codes]
        loans = [_loan_of(uow, sample, kind, loan_number) for sample in samples]
        store_photo(Path(data_dir), photo)
        views = [
            _keep(uow, staff.id, photo, kind, sample, loan_id, note, now, Path(data_dir))
            for sample, loan_id in zip(samples, loans, strict=True)
        ]
        uow.commit()
        return views


def _keep(
    uow: UnitOfWork,
    staff_id: str,
    photo: PhotoFile,
    kind: str,
    sample: Sample,
    loan_id: str | None,
    note: str,
    now: datetime,
    data_dir: Path,
) -> PhotoView:
    row = Photo(
        sha256=photo.sha256,
        ext=photo.ext,
        bytes=photo.size,
        kind=kind,
        sample_id=sample.id,
        loan_id=loan_id,
        taken_at=now,
        staff_id=staff_id,
        note=note,
    )
    uow.session.add(row)
    uow.session.flush()
    uow.record_event(
        PhotoAttached(
            photo_id=row.id,
            sha256=photo.sha256,
            ext=photo.ext,
            size=photo.size,
            kind=kind,
            sample_id=sample.id,
            code=sample.code,
            loan_id=loan_id,
            note=note,
        ),
        staff_id=staff_id,
        at=now,
    )
    return _view(uow, row, data_dir)


def _loan_of(uow: UnitOfWork, sample: Sample, kind: str, loan_number: str | None) -> str | None:
    if kind == PhotoKind.INTAKE.value:
        return None
    if not loan_number:
        item = open_item_of(uow, sample.id)
        return item.loan_id if item is not None else None
    loan_id = uow.session.scalar(select(Loan.id).where(Loan.number == clean_scan(loan_number)))
    if loan_id is None:
        raise NotFound("loan", loan_number)
    lent = uow.session.scalar(select(LoanItem.id).where(LoanItem.loan_id == loan_id, LoanItem.sample_id == sample.id))
    if lent is None:
        raise PhotoRefused("not_for_this_loan", code=sample.code, number=clean_scan(loan_number))
    return loan_id


def _view(uow: UnitOfWork, row: Photo, data_dir: Path) -> PhotoView:
    s = uow.session
    return PhotoView(
        id=row.id,
        sha256=row.sha256,
        ext=row.ext,
        size=row.bytes,
        kind=row.kind,
        sample_code=s.get(Sample, row.sample_id).code,
        loan_number=s.get(Loan, row.loan_id).number if row.loan_id else None,
        taken_at=row.taken_at,
        staff_name=s.get(Staff, row.staff_id).name if row.staff_id else "",
        note=row.note,
        path=photo_path(data_dir, row.sha256, row.ext),
    )


def photos_of_sample(uow: UnitOfWork, data_dir: Path, sample_code: str) -> list[PhotoView]:
    """A sample's photos, oldest first (its history shows them as thumbnails)."""
    with uow.read():
        sample = sample_by_code(uow, sample_code)
        q = (
            select(Photo).where(Photo.sample_id == sample.id).order_by(Photo.taken_at, literal_column("photo.rowid"))
        )  # ties: in the order taken
        return [_view(uow, row, Path(data_dir)) for row in uow.session.scalars(q)]


def photos_by_id(uow: UnitOfWork, data_dir: Path, ids: list[str]) -> list[PhotoView]:
    """The photos named (a return's lines carry the ids of theirs), in the order named; unknown ids left out."""
    with uow.read():
        rows = {p.id: p for p in uow.session.scalars(select(Photo).where(Photo.id.in_(list(ids))))}
        return [_view(uow, rows[i], Path(data_dir)) for i in ids if i in rows]


@dataclass(frozen=True)
class PhotoThumbnail:
    photo: PhotoView
    jpeg: bytes | None  # None when its file is not on this PC (recovered from HQ without a backup)


def sample_photo_thumbnails(
    uow: UnitOfWork, data_dir: Path, sample_code: str, longest_px: int = 160
) -> list[PhotoThumbnail]:
    """A sample's photos with small thumbnails (made here, off the GUI thread: a phone photo takes a while to read);
    a file that cannot be read is shown as missing."""
    shown = []
    for view in photos_of_sample(uow, data_dir, sample_code):
        try:
            jpeg = thumbnail_jpeg(view.path, longest_px) if view.on_disk else None
        except (OSError, ValueError):
            jpeg = None
        shown.append(PhotoThumbnail(view, jpeg))
    return shown
