"""Screenshots of taking a photo with a camera, in Chinese, from the real dialogs: the choice of camera or file, the
live picture (two cameras connected, so the camera chooser shows) and the photo held. The build machine has no
camera: the cameras are the tests' stand-ins and the picture a synthetic frame put into the dialog's QVideoSink.

Run under a display:  xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python scripts/camera_shots.py docs/screenshots
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from present import i18n  # noqa: E402
from tests.ui.camera_fakes import FakeCameras, FakeDevice, FakeFeed, frame  # noqa: E402
from ui.widgets import camera_dialog, photo_chooser  # noqa: E402

CAMERAS = [
    FakeDevice("高拍仪 USB Document Camera", b"/dev/video2", default=True),
    FakeDevice("HD Webcam", b"/dev/video0"),
]


def settle(widget: QWidget, seconds: float = 0.4) -> None:
    widget.activateWindow()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    _app = QApplication.instance() or QApplication(sys.argv)  # kept alive for the run
    i18n.install("zh_CN")
    title = QCoreApplication.translate("CheckinScreen", "Photo of the sample's condition")

    source = photo_chooser.PhotoSourceDialog(title, camera_dialog)
    source.cameras = FakeCameras(CAMERAS[:1], source)
    source._refresh()  # as the camera list says it
    source.show()
    settle(source)
    source.grab().save(str(out_dir / "photo-source.png"))
    source.close()

    dialog = camera_dialog.CameraDialog(title, None, cameras=FakeCameras(CAMERAS), open_feed=FakeFeed)
    dialog.resize(960, 700)
    dialog.show()
    settle(dialog)
    dialog.sink.setVideoFrame(frame("#b03a2e"))
    settle(dialog)
    dialog.grab().save(str(out_dir / "camera.png"))
    QTest.keyClick(dialog, Qt.Key.Key_Space)
    settle(dialog)
    dialog.grab().save(str(out_dir / "camera-held.png"))
    dialog.reject()
    print(f"camera screenshots written to {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
