"""A sample's history shows its photos as thumbnails, each captioned with why it was taken; a photo whose file is
not on this PC is named as missing rather than hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt

from showroom.services.photos import attach_photo
from tests.conftest import T0
from tests.photo_images import image_file
from tests.ui.conftest import wait_idle
from ui.screens.samples import SamplesScreen


def _screen(qtbot, ui_ctx):
    screen = SamplesScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    return screen


def _select(qtbot, ui_ctx, screen, code):
    proxy = screen.table.model()
    row = next(r for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == code)
    screen.table.selectRow(row)
    wait_idle(qtbot, ui_ctx)


def test_the_history_shows_each_photo_as_a_thumbnail(qtbot, ui_ctx, counter, tmp_path):
    data_dir = counter.store.data_dir
    attach_photo(counter.uow(), counter.clerk, data_dir, counter.codes[0], "intake", image_file(tmp_path), now=T0)
    gone = attach_photo(
        counter.uow(), counter.clerk, data_dir, counter.codes[0], "intake", image_file(tmp_path, "b.png", "PNG"), now=T0
    )
    gone.path.unlink()  # as on a counter recovered from HQ without a backup
    screen = _screen(qtbot, ui_ctx)
    _select(qtbot, ui_ctx, screen, counter.codes[0])
    strip = screen.photo_strip
    assert strip.isVisible() and strip.count() == 2
    first, second = strip.item(0), strip.item(1)
    assert not first.icon().isNull() and "At intake" in first.text() and "2026-11-20" in first.text()
    assert second.icon().isNull() and "not on this PC" in second.text()
    assert "小张" in first.data(Qt.ItemDataRole.ToolTipRole)
    _select(qtbot, ui_ctx, screen, counter.codes[1])
    assert strip.count() == 0 and not strip.isVisible()
