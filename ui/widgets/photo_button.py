"""A button that keeps one photo of the samples a screen just dealt with: the units just received at intake, the
samples of the loan just recorded at check-out, from a file or a USB camera (ui/widgets/photo_chooser.py). The
screen says which samples (and loan) with `aim`; the photo is kept in one transaction off the GUI thread, and the
answer comes back through `done` / `failed`."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton, QWidget

from present.errors import describe
from showroom.services import photos
from ui.widgets.photo_chooser import choose_photo_file


class PhotoButton(QPushButton):
    done = Signal(str)  # words for the clerk: kept, for how many samples
    failed = Signal(str)  # words for the clerk: why nothing was kept

    def __init__(self, ctx, kind: str, object_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.setObjectName(object_name)
        self.choose_photo_file = lambda parent: choose_photo_file(parent, self.accessibleName())
        self._codes: list[str] = []
        self._loan_number: str | None = None
        self._busy = False
        self.clicked.connect(lambda _checked=False: self.take())
        self.aim([], None, "", "")

    def aim(self, codes: list[str], loan_number: str | None, text: str, accessible_name: str) -> None:
        """Which samples the next photo is of (none: the button is off), and what the button says."""
        self._codes = list(codes)
        self._loan_number = loan_number
        self.setText(text or self.tr("Photo…"))
        self.setAccessibleName(accessible_name or self.tr("Photo"))
        self.setEnabled(bool(self._codes) and not self._busy)

    def take(self) -> None:
        if not self._codes or self._busy:
            return
        photo = self.choose_photo_file(self.window())  # a file's path or a camera's JPEG bytes
        if not photo:
            return
        self._busy = True
        self.setEnabled(False)
        codes = list(self._codes)
        self.ctx.call_as_actor(
            photos.attach_photo_to_samples,
            self.ctx.store.data_dir,
            codes,
            self.kind,
            photo,
            loan_number=self._loan_number,
            on_success=self._kept,
            on_error=self._refused,
        )

    def _kept(self, views: list[photos.PhotoView]) -> None:
        self._settle()
        self.done.emit(self.tr("Photo kept for {count} sample(s).").format(count=len(views)))

    def _refused(self, exc: Exception) -> None:
        self._settle()
        self.failed.emit(self.tr("The photo was not kept: {why}").format(why=describe(exc, self.ctx.tz)))

    def _settle(self) -> None:
        self._busy = False
        self.setEnabled(bool(self._codes))
