"""Photos are part of backups: a backup copies the photos its database lists beside it (once each, shared by the
backups of that folder), and a restore, at once or staged for the next start, brings them back."""

from __future__ import annotations

import shutil

from showroom import backup, restore
from showroom.photo_files import photo_path
from showroom.services import backups, elsewhere_photos, returns
from showroom.services.photos import attach_photo, photos_of_sample
from showroom.store import Store
from tests.conftest import T0
from tests.photo_images import image_file


def _photo(counter, tmp_path, name="a.jpg", colour=(10, 120, 10)):
    source = image_file(tmp_path, name, colour=colour)
    return attach_photo(
        counter.uow(), counter.clerk, counter.store.data_dir, counter.codes[0], "intake", source, now=T0
    )


def test_a_backup_takes_its_photos_once_and_a_restore_onto_a_new_pc_brings_them_back(counter, tmp_path):
    kept = _photo(counter, tmp_path)
    folder = tmp_path / "usb"
    first = backup.take_backup(counter.store.db_path, folder, "manual", now=T0)
    second = backup.take_backup(counter.store.db_path, folder, "manual", now=T0)
    assert photo_path(folder, kept.sha256, kept.ext).read_bytes() == kept.path.read_bytes()
    assert len(list((folder / "photos").rglob("*.jpg"))) == 1 and first.path != second.path
    outcome = restore.restore_now(tmp_path / "new-pc", second.path)
    assert outcome.applied
    store = Store(tmp_path / "new-pc")
    try:
        (view,) = photos_of_sample(store.uow(), store.data_dir, counter.codes[0])
        assert view.on_disk and view.path.read_bytes() == kept.path.read_bytes()
    finally:
        store.close()


def test_a_staged_restore_brings_back_the_photos_the_data_folder_lost(counter, tmp_path):
    kept = _photo(counter, tmp_path)
    taken = backup.take_backup(counter.store.db_path, tmp_path / "usb", "manual", now=T0)
    backups.stage_restore(counter.store.uow(), counter.admin, taken.path)
    counter.store.close()
    shutil.rmtree(counter.store.data_dir / "photos")  # the disk that held them was replaced, say
    store = Store(counter.store.data_dir)
    try:
        assert store.restore_outcome.applied
        assert kept.path.is_file()
    finally:
        store.close()


def test_a_photo_the_backup_folder_lacks_is_listed_without_its_file(counter, tmp_path):
    kept = _photo(counter, tmp_path)
    taken = backup.take_backup(counter.store.db_path, tmp_path / "usb", "manual", now=T0)
    shutil.rmtree(tmp_path / "usb" / "photos")
    restore.restore_now(tmp_path / "new-pc", taken.path)
    store = Store(tmp_path / "new-pc")
    try:
        (view,) = photos_of_sample(store.uow(), store.data_dir, counter.codes[0])
        assert view.sha256 == kept.sha256 and not view.on_disk
    finally:
        store.close()


def test_a_photo_waiting_for_another_showrooms_sample_is_backed_up_too(counter, tmp_path):
    source = image_file(tmp_path, "held.jpg", colour=(200, 10, 10))
    kept = elsewhere_photos.keep_return_photo(counter.uow(), counter.clerk, counter.store.data_dir, "XM-000001", source)
    returns.check_in(counter.uow(), counter.clerk, [returns.ReturnRequest("XM-000001", "damaged", "", (kept.id,))])
    folder = tmp_path / "usb"
    backup.take_backup(counter.store.db_path, folder, "manual", now=T0)
    assert photo_path(folder, kept.sha256, kept.ext).read_bytes() == source.read_bytes()
