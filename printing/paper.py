"""A reportlab canvas that ends as PDF bytes: the one way every builder starts and finishes a file."""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from typing import TypeVar

from reportlab.pdfgen.canvas import Canvas

from printing.fonts import cjk_font

T = TypeVar("T")


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

    def one_per_page(self, items: Iterable[T]) -> Iterator[T]:
        """Yields each item on a fresh page (a card, a receipt copy)."""
        for index, item in enumerate(items):
            if index:
                self.canvas.showPage()
            yield item

    def pdf(self) -> bytes:
        # pageHasData() is True when the page is *empty* (reportlab's naming); nothing drawn at all:
        if self.canvas.getPageNumber() == 1 and self.canvas.pageHasData():
            self.canvas.showPage()  # an empty but valid PDF rather than an error at the printer
        self.canvas.save()
        return self._buffer.getvalue()
