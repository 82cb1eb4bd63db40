"""A reportlab canvas that ends as PDF bytes: the one way every builder starts and finishes a file."""
from __future__ import annotations

import io

from reportlab.pdfgen.canvas import Canvas

from printing.fonts import cjk_font


class Paper:
    """Wraps a canvas writing into memory; `pdf()` closes it and returns the bytes."""

    def __init__(self, title: str, page_size: tuple[float, float]) -> None:
        self._buffer = io.BytesIO()
        # invariant: the same data gives the same bytes (no timestamp or random id inside).
        # initialFontName: otherwise every page names Helvetica, a font not embedded in the file.
        self.canvas = Canvas(
            self._buffer, pagesize=page_size, invariant=1, pageCompression=1, initialFontName=cjk_font()
        )
        self.canvas.setTitle(title)
        self.canvas.setCreator("Showroom")

    def pdf(self) -> bytes:
        self.canvas.save()
        return self._buffer.getvalue()
