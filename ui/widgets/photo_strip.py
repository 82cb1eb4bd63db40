"""A sample's photos in its history: one thumbnail per photo, captioned with when and why it was taken; a photo
whose file is not on this PC (a counter recovered from HQ without a backup) is named as missing."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem

from present import photo_text
from present.formatting import local_time
from showroom.services.photos import PhotoThumbnail

THUMB = QSize(120, 90)


class PhotoStrip(QListWidget):
    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz
        self.setObjectName("samplePhotoStrip")
        self.setAccessibleName(self.tr("Photos of the sample"))
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(False)
        self.setIconSize(THUMB)
        self.setFixedHeight(THUMB.height() + 48)
        self.setMovement(QListView.Movement.Static)

    def show_photos(self, photos: list[PhotoThumbnail]) -> None:
        self.clear()
        for shown in photos:
            photo = shown.photo
            caption = f"{photo_text.kind(photo.kind)}\n{local_time(photo.taken_at, self._tz)}"
            item = QListWidgetItem(caption)
            pixmap = QPixmap()
            if shown.jpeg is not None and pixmap.loadFromData(shown.jpeg, "JPEG"):
                item.setIcon(QIcon(pixmap))
            else:
                item.setText(caption + "\n" + self.tr("file not on this PC"))
            tip = [photo.staff_name, photo.loan_number or "", photo.note, str(photo.path)]
            item.setToolTip("\n".join(t for t in tip if t))
            self.addItem(item)
        self.setVisible(bool(photos))
