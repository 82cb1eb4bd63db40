"""Looking at PDFs as a printer and a scanner would: poppler renders, zxing-cpp decodes."""
from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

import zxingcpp
from PIL import Image


def render(pdf: bytes, dpi: int = 203, mono: bool = True) -> list[Image.Image]:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), *(["-mono"] if mono else []), "-png", str(source),
                        str(Path(tmp) / "page")], check=True)
        return [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("page*.png"))]


def decoded(pdf: bytes, dpi: int = 203) -> list[str]:
    """Every barcode's text on every page, rendered at the printer's resolution in black and white."""
    return [result.text for page in render(pdf, dpi) for result in zxingcpp.read_barcodes(page)]


def text(pdf: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True, check=True).stdout.decode()
