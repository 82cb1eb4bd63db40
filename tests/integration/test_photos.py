"""Photo evidence on a real SQLite store: a photo is checked by its content, kept once by its hash beside the
database, recorded with its event, and refused (nothing written) when it is no photo or too large."""

from __future__ import annotations

import hashlib
import json

import pytest

from showroom.domain.errors import PhotoRefused, UnknownCode
from showroom.photo_files import photo_path
from showroom.services import checkout
from showroom.services.photos import attach_photo, attach_photo_to_samples, photos_of_sample
from tests.conftest import T0
from tests.integration.helpers import rows
from tests.photo_images import image_bytes, image_file


def _photo_rows(counter):
    return rows(counter.store.db_path, "SELECT sha256, ext, kind, loan_id FROM photo")


def _events(counter):
    return rows(counter.store.db_path, "SELECT payload FROM outbox_event WHERE type = 'photo.attached@1'")


def test_a_photo_is_kept_by_its_hash_beside_the_database(counter, tmp_path):
    source = image_file(tmp_path, "IMG_0001.JPG")
    data_dir = counter.store.data_dir
    view = attach_photo(counter.uow(), counter.clerk, data_dir, counter.codes[0], "intake", source, now=T0)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert view.sha256 == digest and view.ext == "jpg" and view.kind == "intake" and view.loan_number is None
    assert view.path == data_dir / "photos" / digest[:2] / f"{digest}.jpg"
    assert view.path.read_bytes() == source.read_bytes()
    assert _photo_rows(counter) == [(digest, "jpg", "intake", None)]
    (payload,) = [json.loads(p) for (p,) in _events(counter)]
    assert payload["sha256"] == digest and payload["size"] == len(source.read_bytes())
    assert payload["code"] == counter.codes[0] and payload["loan_id"] is None and "data" not in payload


def test_the_same_photo_twice_is_one_file_and_two_rows(counter, tmp_path):
    source = image_file(tmp_path, "a.png", "PNG")
    data_dir = counter.store.data_dir
    first = attach_photo(counter.uow(), counter.clerk, data_dir, counter.codes[0], "intake", source, now=T0)
    second = attach_photo(counter.uow(), counter.clerk, data_dir, counter.codes[1], "intake", source, now=T0)
    assert first.path == second.path and first.ext == "png" and first.id != second.id
    assert len(list((data_dir / "photos").rglob("*.png"))) == 1
    assert [p.id for p in photos_of_sample(counter.uow(), data_dir, counter.codes[1])] == [second.id]


def test_a_photo_at_return_names_the_loan_the_sample_is_on(counter, tmp_path):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=T0)
    view = attach_photo(
        counter.uow(), counter.clerk, counter.store.data_dir, counter.codes[0], "return", image_file(tmp_path), now=T0
    )
    assert view.loan_number == loan.number
    with pytest.raises(PhotoRefused) as refused:
        attach_photo(
            counter.uow(),
            counter.clerk,
            counter.store.data_dir,
            counter.codes[1],
            "checkout",
            image_file(tmp_path),
            loan_number=loan.number,
        )
    assert refused.value.problem == "not_for_this_loan"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("fake.jpg", b"this is a text file, renamed", "not_an_image"),
        ("cut.jpg", image_bytes("JPEG")[:12], "not_an_image"),
        ("photo.gif", b"GIF89a" + b"\0" * 40, "not_an_image"),
        ("empty.png", b"", "empty"),
    ],
)
def test_what_is_no_jpeg_or_png_is_refused_and_nothing_is_written(counter, tmp_path, name, content, problem):
    (tmp_path / name).write_bytes(content)
    with pytest.raises(PhotoRefused) as refused:
        attach_photo(counter.uow(), counter.clerk, counter.store.data_dir, counter.codes[0], "intake", tmp_path / name)
    assert refused.value.problem == problem
    assert _photo_rows(counter) == [] and _events(counter) == []
    assert not (counter.store.data_dir / "photos").exists()


def test_a_file_over_15_mb_or_missing_is_refused(counter, tmp_path):
    big = tmp_path / "big.jpg"
    big.write_bytes(image_bytes("JPEG") + b"\0" * (15 * 2**20))
    for source, problem in ((big, "too_large"), (tmp_path / "gone.jpg", "no_file")):
        with pytest.raises(PhotoRefused) as refused:
            attach_photo(counter.uow(), counter.clerk, counter.store.data_dir, counter.codes[0], "intake", source)
        assert refused.value.problem == problem
    assert _photo_rows(counter) == [] and not (counter.store.data_dir / "photos").exists()


def test_an_unknown_sample_writes_no_file(counter, tmp_path):
    with pytest.raises(UnknownCode):
        attach_photo(counter.uow(), counter.clerk, counter.store.data_dir, "CS-999999", "intake", image_file(tmp_path))
    assert not (counter.store.data_dir / "photos").exists()


def test_the_file_path_is_content_addressed():
    digest = "ab" + "0" * 62
    assert photo_path("/d", digest, "png").as_posix() == f"/d/photos/ab/{digest}.png"


def test_the_event_vocabulary_is_the_domains():
    from kernel.events import photos as declared
    from showroom.domain import photos as domain

    assert declared.PHOTO_KINDS == tuple(k.value for k in domain.PhotoKind)
    assert declared.MAX_PHOTO_BYTES == domain.MAX_PHOTO_BYTES


def test_one_photo_of_a_loan_as_it_leaves_is_kept_for_each_of_its_samples(counter, tmp_path):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:3], "cash", now=T0)
    views = attach_photo_to_samples(
        counter.uow(),
        counter.clerk,
        counter.store.data_dir,
        [c.lower() for c in counter.codes[:3]],  # as a scanner in lower case would type them
        "checkout",
        image_file(tmp_path),
        loan_number=loan.number,
        now=T0,
    )
    assert [v.sample_code for v in views] == counter.codes[:3]
    assert {v.loan_number for v in views} == {loan.number} and len({v.path for v in views}) == 1
    assert len(_events(counter)) == 3 and len(_photo_rows(counter)) == 3


def test_one_sample_not_of_the_loan_and_no_photo_is_kept_for_any(counter, tmp_path):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:1], "cash", now=T0)
    with pytest.raises(PhotoRefused):
        attach_photo_to_samples(
            counter.uow(),
            counter.clerk,
            counter.store.data_dir,
            counter.codes[:2],
            "checkout",
            image_file(tmp_path),
            loan_number=loan.number,
            now=T0,
        )
    with pytest.raises(UnknownCode):
        attach_photo_to_samples(
            counter.uow(),
            counter.clerk,
            counter.store.data_dir,
            [counter.codes[0], "CS-S999999"],
            "intake",
            image_file(tmp_path),
            now=T0,
        )
    assert _photo_rows(counter) == [] and _events(counter) == []


def test_a_cameras_jpeg_bytes_are_kept_as_the_same_jpeg_from_a_file_would_be(counter, tmp_path):
    """A camera photo (ui/widgets/camera_dialog.py) reaches the use case as bytes: same checks, file, row, event."""
    jpeg = image_bytes("JPEG", colour=(30, 90, 200))
    data_dir = counter.store.data_dir
    from_camera = attach_photo(counter.uow(), counter.clerk, data_dir, counter.codes[0], "intake", jpeg, now=T0)
    from_file = attach_photo(
        counter.uow(), counter.clerk, data_dir, counter.codes[1], "intake", image_file(tmp_path), now=T0
    )
    digest = hashlib.sha256(jpeg).hexdigest()
    assert (from_camera.sha256, from_camera.ext, from_camera.size) == (digest, "jpg", len(jpeg))
    assert (
        from_camera.path.read_bytes() == jpeg and from_camera.path.parent == from_file.path.parent.parent / digest[:2]
    )
    assert _photo_rows(counter) == [(digest, "jpg", "intake", None), (from_file.sha256, "jpg", "intake", None)]
    payloads = [json.loads(p) for (p,) in _events(counter)]
    assert [p["sha256"] for p in payloads] == [digest, from_file.sha256]
    assert set(payloads[0]) == set(payloads[1])  # the same event, whatever the source


@pytest.mark.parametrize(
    ("content", "problem"),
    [(b"", "empty"), (b"\xff\xd8\xff" + b"\0" * 40, "not_an_image"), (b"x" * (15 * 2**20 + 1), "too_large")],
)
def test_camera_bytes_that_are_no_photo_are_refused_in_words_without_a_file_name(counter, content, problem):
    from present.photo_text import refused as words

    with pytest.raises(PhotoRefused) as refused:
        attach_photo(counter.uow(), counter.clerk, counter.store.data_dir, counter.codes[0], "intake", content)
    assert refused.value.problem == problem
    assert _photo_rows(counter) == [] and not (counter.store.data_dir / "photos").exists()
    assert not words(refused.value).startswith(" ")  # "The photo is empty…", never " is empty…"
