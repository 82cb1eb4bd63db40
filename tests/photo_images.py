"""Small real images for the photo tests, made with Pillow (a dependency: reportlab draws PNGs through it)."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image


def image_bytes(fmt: str = "JPEG", colour: tuple[int, int, int] = (200, 40, 40), size=(64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, colour).save(out, fmt)
    return out.getvalue()


def image_file(folder: Path, name: str = "photo.jpg", fmt: str = "JPEG", **options) -> Path:
    path = Path(folder) / name
    path.write_bytes(image_bytes(fmt, **options))
    return path
