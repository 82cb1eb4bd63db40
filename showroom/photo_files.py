"""The photos folder: each photo is a file named by its content, `<data dir>/photos/<first 2 hex>/<sha256>.<ext>`,
written durably (showroom.durable_files) and never changed afterwards, so the same photo twice is one file, and a
backup copies only the files it does not have yet (showroom.backup)."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from showroom.domain.errors import PhotoRefused
from showroom.domain.photos import MAX_PHOTO_BYTES, image_format
from showroom.durable_files import fsync_dir, fsync_file, replace_file

PHOTOS_DIRNAME = "photos"


@dataclass(frozen=True)
class PhotoFile:
    sha256: str
    ext: str  # jpg | png
    size: int  # bytes
    data: bytes


def photo_path(root: Path, sha256: str, ext: str) -> Path:
    """Where a photo lives under a data folder (or a backup folder: the same layout)."""
    return Path(root) / PHOTOS_DIRNAME / sha256[:2] / f"{sha256}.{ext}"


def read_photo(source: Path | str | bytes) -> PhotoFile:
    """The photo in a file the clerk chose, or the JPEG a camera just took (bytes), checked alike: a JPEG or PNG by
    its content, not empty, at most 15 MB. PhotoRefused otherwise; nothing is written."""
    if isinstance(source, bytes):
        return _checked(source, name="")  # no file name to show: the words say "the photo"
    source = Path(source)
    try:
        size = source.stat().st_size
        if size > MAX_PHOTO_BYTES:
            raise _too_large(size)
        data = source.read_bytes()
    except OSError:
        raise PhotoRefused("no_file", name=source.name) from None
    return _checked(data, name=source.name)


def _checked(data: bytes, name: str) -> PhotoFile:
    if len(data) > MAX_PHOTO_BYTES:
        raise _too_large(len(data))
    if not data:
        raise PhotoRefused("empty", name=name)
    ext = image_format(data[:8])
    if ext is None or not _decodes(data):
        raise PhotoRefused("not_an_image", name=name)
    return PhotoFile(hashlib.sha256(data).hexdigest(), ext, len(data), data)


def _too_large(size: int) -> PhotoRefused:
    return PhotoRefused("too_large", size=round(size / 2**20, 1), limit=MAX_PHOTO_BYTES // 2**20)


def _decodes(data: bytes) -> bool:
    """The header is not enough (a renamed or cut-off file starts the same): Pillow reads the structure."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.verify()
            return image.format in ("JPEG", "PNG")
    except Exception:  # Pillow raises many kinds for a broken image; all mean "not a photo we keep"
        return False


def store_photo(data_dir: Path, photo: PhotoFile) -> Path:
    """The photo's file in place (nothing done when it is there already): written under a partial name, flushed,
    renamed, its folder flushed, so a power cut leaves the whole file or none."""
    target = photo_path(data_dir, photo.sha256, photo.ext)
    if target.exists() and target.stat().st_size == photo.size:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.write_bytes(photo.data)
    fsync_file(partial)
    replace_file(partial, target)
    fsync_dir(target.parent)
    return target


def copy_missing(source_root: Path, target_root: Path, names: list[tuple[str, str]]) -> int:
    """Copies each photo (sha256, ext) the target folder lacks from the source folder (a backup, a restore).
    Returns how many were copied; one the source lacks too is left out."""
    copied = 0
    for sha256, ext in names:
        source = photo_path(source_root, sha256, ext)
        if photo_path(target_root, sha256, ext).exists() or not source.is_file():
            continue
        data = source.read_bytes()
        store_photo(target_root, PhotoFile(sha256, ext, len(data), data))
        copied += 1
    return copied


def photos_named_in(db_path: Path) -> list[tuple[str, str]]:
    """(sha256, ext) of every photo a database file lists (none when it has no photo table yet), those waiting
    for another showroom's sample to be laid in here included (return_elsewhere_photo)."""
    import sqlite3

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        named = set(conn.execute("SELECT DISTINCT sha256, ext FROM photo").fetchall())
        try:
            named |= set(conn.execute("SELECT DISTINCT sha256, ext FROM return_elsewhere_photo").fetchall())
        except sqlite3.OperationalError:  # a backup from before such photos
            pass
        return sorted(named)
    except sqlite3.OperationalError:  # a backup from before photo evidence
        return []
    finally:
        conn.close()


def back_up_photos(data_dir: Path, backup_db: Path) -> int:
    """The photos a backup lists, copied beside it (`photos/` of its folder, shared by every backup there: a
    photo never changes, so each is copied once)."""
    return copy_missing(Path(data_dir), Path(backup_db).parent, photos_named_in(backup_db))


def restore_photos(data_dir: Path, backup_folder: Path) -> int:
    """After a restore: the photos the restored database lists and the data folder lacks, from the backup's
    folder. Those it lacks too stay listed without a file (the history says so)."""
    from db.engine import database_path

    return copy_missing(Path(backup_folder), Path(data_dir), photos_named_in(database_path(data_dir)))


def thumbnail_jpeg(path: Path | str, longest_px: int = 480) -> bytes:
    """A small JPEG of a kept photo (a receipt prints it; a 5 MB phone photo would make the paper slow to send),
    upright as the camera held it, on white where a PNG was transparent."""
    import io

    from PIL import Image, ImageOps

    with Image.open(path) as image:
        image = ImageOps.exif_transpose(image)
        image.thumbnail((longest_px, longest_px))
        if image.mode in ("RGBA", "LA", "P"):
            image = image.convert("RGBA")
            flat = Image.new("RGB", image.size, "white")
            flat.paste(image, mask=image.getchannel("A"))
            image = flat
        out = io.BytesIO()
        image.convert("RGB").save(out, "JPEG", quality=80)
        return out.getvalue()
