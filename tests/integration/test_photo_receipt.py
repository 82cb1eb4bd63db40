"""A return receipt prints the photo of a damaged line: the facts name the files of the photos taken at that
return, the paper draws a thumbnail of each under the line (a PNG as well as a JPEG) and nothing on a good line."""

from __future__ import annotations

import dataclasses
import io

import pypdfium2 as pdfium
import pytest
from PIL import Image

from present.papers import return_receipt_pdf
from printing.receipts import build_return_receipt
from printing.specimens import return_receipt
from showroom.photo_files import thumbnail_jpeg
from showroom.services import checkout, papers, returns
from showroom.services.photos import attach_photo
from showroom.services.returns import ReturnRequest
from tests.conftest import T0
from tests.photo_images import image_file
from tests.printing.paper_tools import text

SETTINGS = {"print.receipt.width_mm": 80}


def _images(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return sum(1 for page in document for obj in page.get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE)
    finally:
        document.close()


@pytest.mark.parametrize("fmt", ["JPEG", "PNG"])
def test_the_damage_line_carries_its_photo_and_the_good_line_none(counter, tmp_path, fmt):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0)
    source = image_file(tmp_path, f"damage.{fmt.lower()}", fmt, size=(1600, 1200))
    data_dir = counter.store.data_dir
    photo = attach_photo(counter.uow(), counter.clerk, data_dir, counter.codes[1], "return", source, now=T0)
    requests = [ReturnRequest(counter.codes[0]), ReturnRequest(counter.codes[1], "damaged", "表带断了", (photo.id,))]
    returns.check_in(counter.uow(), counter.clerk, requests, now=T0)
    [facts] = papers.return_receipts(counter.uow(), [loan.number], T0, now=T0)
    by_code = {r.code: r.photo_paths for r in facts.returned}
    assert by_code == {counter.codes[0]: (), counter.codes[1]: (str(photo.path),)}
    pdf = return_receipt_pdf(facts, SETTINGS, T0.tzinfo)
    assert _images(pdf) == 1 and "Photo of its condition at return" in text(pdf)
    assert len(pdf) < 200_000  # a thumbnail, not the 1600 px photo


def test_a_thumbnail_is_a_small_upright_jpeg(tmp_path):
    thumb = thumbnail_jpeg(image_file(tmp_path, "big.png", "PNG", size=(2000, 1000)))
    assert thumb[:3] == b"\xff\xd8\xff"
    assert Image.open(io.BytesIO(thumb)).size == (480, 240)


def test_the_paper_builder_draws_each_photo_of_a_line(tmp_path):
    data = return_receipt()
    thumb = thumbnail_jpeg(image_file(tmp_path))
    damaged = dataclasses.replace(data.returned[0], photos=(thumb, thumb))
    pdf = build_return_receipt(dataclasses.replace(data, returned=(damaged, *data.returned[1:])))
    assert _images(pdf) == 2
