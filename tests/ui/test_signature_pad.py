"""The signature pad turns a mouse (or pen) stroke into PNG bytes, and nothing into None."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage

from ui.widgets.signature_pad import SignaturePad

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def draw_stroke(qtbot, canvas, points):
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=points[0])
    for p in points[1:]:
        qtbot.mouseMove(canvas, p)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=points[-1])


def test_a_stroke_gives_png_bytes_and_clear_empties_it(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    qtbot.waitExposed(pad)
    assert pad.png_bytes() is None

    with qtbot.waitSignal(pad.changed, timeout=1000):
        draw_stroke(qtbot, pad.canvas, [QPoint(20, 80), QPoint(80, 40), QPoint(140, 100), QPoint(220, 60)])
    data = pad.png_bytes()
    assert data is not None and data.startswith(PNG_MAGIC)
    image = QImage.fromData(data)
    assert image.width() >= 200 and image.height() >= 60  # cropped to the ink, not the whole pad
    dark = sum(
        1 for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 50

    qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)
    assert pad.is_empty() and pad.png_bytes() is None
