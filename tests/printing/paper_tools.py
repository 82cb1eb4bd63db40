"""Looks at a PDF the way a printer and a scanner would: poppler renders it, zxing-cpp reads the bars."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image

MM = 72 / 25.4


def render(pdf: bytes, dpi: int, mono: bool = True, top_mm: float | None = None) -> list[Image.Image]:
    """Every page as an 8-bit grey image (1-bit when mono, as a thermal head prints).

    top_mm: only that much of each page, from the top (A4 at 300 dpi is slow to render whole).
    """
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "paper.pdf"
        source.write_bytes(pdf)
        options = ["-mono"] if mono else ["-gray"]
        if top_mm:
            options += ["-x", "0", "-y", "0", "-W", "100000", "-H", str(round(top_mm * dpi / 25.4))]
        subprocess.run(["pdftoppm", "-r", str(dpi), *options, "-png", source, Path(scratch) / "page"], check=True)
        pages = sorted(Path(scratch).glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        return [Image.open(page).convert("L") for page in pages]


def decode(image: Image.Image) -> list[str]:
    # No downscaling: our renders are at printer resolution, and a code that only reads when
    # shrunk would be a bad print. Rotation stays on: 58 mm receipts run the loan number along the roll.
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.Code128, try_downscale=False)
    return [barcode.text for barcode in found]


def decoded(pdf: bytes, dpi: int = 203) -> list[str]:
    """Every barcode's text on every page, rendered at the printer's resolution in black and white."""
    return [code for page in render(pdf, dpi) for code in decode(page)]


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """(width, height) in points of every page, as pdfinfo reports them."""
    info = _run(["pdfinfo", "-f", "1", "-l", "9999"], pdf)
    return [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", info)]


def text(pdf: bytes, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return _run(["pdftotext", "-layout", *pages], pdf, "-")


def fonts(pdf: bytes) -> list[list[str]]:
    """pdffonts rows, split into columns (name, type, encoding, emb, sub, uni, ...)."""
    lines = _run(["pdffonts"], pdf).splitlines()[2:]
    return [re.split(r"\s{2,}|\s(?=yes|no)", line.strip()) for line in lines if line.strip()]


def _run(command: list[str], pdf: bytes, *after: str) -> str:
    with tempfile.NamedTemporaryFile(suffix=".pdf") as source:
        source.write(pdf)
        source.flush()
        return subprocess.run([*command, source.name, *after], check=True, capture_output=True, text=True).stdout
