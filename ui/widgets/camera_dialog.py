"""Taking a photo with a USB camera: the live picture (and a choice of camera when there are several); Take photo
(Space) holds it still, Use this photo (Enter) hands its JPEG to the same use case a file goes to, Retake (R) goes
live again, Esc cancels. No camera, or one in use by another program or unplugged: the words say so, and File… (F)
is one key away. The picture comes from a QVideoSink (`sink`), which tests feed with frames of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtMultimedia import QVideoSink
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.widgets.camera_feed import CameraFeed, CameraList
from ui.widgets.counter_buttons import named_button
from ui.widgets.live_picture import LivePicture, jpeg_bytes, one_shot_timer
from ui.widgets.message_bar import MessageBar

NO_PICTURE_MS = 8000  # a camera another program holds may open and send nothing: say so after this long

_last_camera_id: bytes | None = None  # the camera the clerk used last, chosen again next time (while the app runs)


class CameraDialog(QDialog):
    """exec() is Accepted with the photo in `jpeg`; Rejected when cancelled, with `wants_file` when the clerk asked
    for a file instead. `cameras` and `open_feed` stand in for the system's cameras in tests."""

    STARTING, LIVE, HELD, FAILED = "starting", "live", "held", "failed"

    def __init__(self, title: str, parent: QWidget | None = None, cameras=None, open_feed=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("cameraDialog")
        self.jpeg = b""
        self.wants_file = False
        self.state = self.STARTING
        self._open_feed = open_feed or CameraFeed
        self._feed = None
        self.cameras = cameras if cameras is not None else CameraList(self)
        self.sink = QVideoSink(self)
        self.picture = LivePicture(self.sink, self)
        self.picture.frame_arrived.connect(self._frame_arrived)
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("cameraChooser")
        self.chooser.setAccessibleName(self.tr("Camera"))
        self.chooser_label = QLabel(self.tr("Camera"), self)
        self.chooser_label.setBuddy(self.chooser)
        self.message = MessageBar(self)
        self.message.setObjectName("cameraMessage")
        self.take_button = named_button(
            self, "cameraTakeButton", self.tr("Take photo (Space)"), self.tr("Take photo"), self.take
        )
        self.retake_button = named_button(
            self, "cameraRetakeButton", self.tr("Retake (R)"), self.tr("Take the photo again"), self.retake
        )
        self.use_button = named_button(
            self, "cameraUseButton", self.tr("Use this photo (Enter)"), self.tr("Use this photo"), self.use
        )
        self.file_button = named_button(
            self, "cameraFileButton", self.tr("File… (F)"), self.tr("Choose a file instead"), self.choose_file
        )
        self.cancel_button = named_button(
            self, "cameraCancelButton", self.tr("Cancel (Esc)"), self.tr("Cancel"), self.reject
        )
        for button in (self.take_button, self.retake_button, self.use_button, self.file_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter presses the state's default button only (none while starting)
        for button in (self.take_button, self.use_button):  # the one the clerk looks for, as Confirm on a screen
            button.setMinimumSize(180, 44)
            font = button.font()
            font.setBold(True)
            button.setFont(font)
        for key, slot in ((Qt.Key.Key_Space, self.take), (Qt.Key.Key_R, self.retake), (Qt.Key.Key_F, self.choose_file)):
            QShortcut(QKeySequence(key), self, slot)
        self._no_picture = one_shot_timer(self, NO_PICTURE_MS)
        self._no_picture.timeout.connect(self._no_picture_yet)

        top = QHBoxLayout()
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser, 1)
        buttons = QHBoxLayout()
        for button in (self.take_button, self.retake_button, self.use_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.file_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(900, 680)

        self._fill_chooser()
        self.chooser.currentIndexChanged.connect(lambda _index: self._open_chosen())
        self.cameras.changed.connect(self._cameras_changed)
        self._open_chosen()

    # -- the clerk's actions -------------------------------------------------------------------
    def take(self) -> None:
        if self.state != self.LIVE or self.picture.freeze() is None:
            return
        self._show(self.HELD)
        self._say("info", self.tr("Does the photo show the sample clearly? Enter uses it; R takes it again."))

    def retake(self) -> None:
        if self.state != self.HELD:
            return
        self.picture.clear()
        if self._feed is None:  # the camera went away while the photo was held
            self._open_chosen()
            return
        self._show(self.STARTING)
        self._say("info", self.tr("Space takes the photo."))
        self._no_picture.start()

    def use(self) -> None:
        image = self.picture.image() if self.state == self.HELD else None
        if image is None:
            return
        self.jpeg = jpeg_bytes(image)
        self.accept()

    def choose_file(self) -> None:
        self.wants_file = True
        self.reject()

    def done(self, result: int) -> None:
        self._stop_feed()
        self._no_picture.stop()
        super().done(result)

    # -- the camera ----------------------------------------------------------------------------
    def _fill_chooser(self) -> None:
        wanted = self._chosen_id() or _last_camera_id
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for device in self.cameras.cameras():
            self.chooser.addItem(device.description(), device)
        ids = [bytes(self.chooser.itemData(i).id()) for i in range(self.chooser.count())]
        self.chooser.setCurrentIndex(ids.index(wanted) if wanted in ids else 0)
        self.chooser.blockSignals(False)
        several = self.chooser.count() > 1
        self.chooser.setVisible(several)
        self.chooser_label.setVisible(several)

    def _chosen_id(self) -> bytes | None:
        device = self.chooser.currentData()
        return bytes(device.id()) if device is not None else None

    def _open_chosen(self) -> None:
        global _last_camera_id
        self._stop_feed()
        self.picture.clear()
        device = self.chooser.currentData()
        if device is None:
            self._show(self.FAILED)
            self._say("error", self.tr("No camera is connected. Plug in a USB camera, or choose a file (F)."))
            return
        _last_camera_id = bytes(device.id())
        self._show(self.STARTING)
        self._say("info", self.tr("Starting the camera {name}…").format(name=device.description()))
        self._feed = self._open_feed(device, self.sink, self)
        self._feed.failed.connect(self._camera_failed)
        self._no_picture.start()

    def _stop_feed(self) -> None:
        if self._feed is not None:
            self._feed.failed.disconnect(self._camera_failed)
            self._feed.stop()
            self._feed.deleteLater()
            self._feed = None

    def _frame_arrived(self) -> None:
        if self.state == self.STARTING and self._feed is not None:
            self._no_picture.stop()
            self._show(self.LIVE)
            self._say("info", self.tr("Space takes the photo."))

    def _camera_failed(self, words: str) -> None:
        self._stop_feed()
        self._no_picture.stop()
        if self.state == self.HELD:  # the photo taken is still good: Enter keeps it
            return
        self.picture.clear()
        self._show(self.FAILED)
        text = self.tr(
            "The camera cannot be used: it may be in use by another program (close that program and try again) or "
            "unplugged. Choose a file instead (F)."
        )
        self._say("error", f"{text} ({words})" if words else text)

    def _no_picture_yet(self) -> None:
        if self.state == self.STARTING:
            self._say(
                "error",
                self.tr(
                    "The camera sends no picture. Another program may be using it: close that program, choose "
                    "another camera, or choose a file (F)."
                ),
            )

    def _cameras_changed(self) -> None:
        before = self._chosen_id()
        self._fill_chooser()
        if self._chosen_id() != before and self.state != self.HELD:
            self._open_chosen()  # the camera in use was unplugged (or the first one plugged in)

    # -- what is shown -------------------------------------------------------------------------
    def _show(self, state: str) -> None:
        self.state = state
        self.take_button.setEnabled(state == self.LIVE)
        self.take_button.setVisible(state != self.HELD)
        self.retake_button.setVisible(state == self.HELD)
        self.use_button.setVisible(state == self.HELD)
        default = {self.LIVE: self.take_button, self.HELD: self.use_button, self.FAILED: self.file_button}.get(state)
        for button in (self.take_button, self.use_button, self.file_button):
            button.setDefault(button is default)
        (default or self.picture).setFocus()
        self.chooser.setEnabled(state != self.HELD)

    def _say(self, kind: str, text: str) -> None:
        self.message.new_burst()
        {"info": self.message.show_info, "error": self.message.show_error}[kind](text)
