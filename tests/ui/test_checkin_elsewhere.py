"""Return anywhere at the check-in screen (issue 17 part 3), scanner alone: a sample of Jinan's loan, known here
by a pull, shows "loan … of Jinan" and is taken back with its condition (damaged: with its photo, always); a
sample of a showroom never heard of is received for it. F12 records both; the sample of the known loan is this
showroom's, in stock."""

from __future__ import annotations

from PySide6.QtCore import Qt

from showroom.services import samples
from showroom.sync.elsewhere_pull import apply_elsewhere
from tests.conftest import T0
from tests.integration.elsewhere_walk import jinan_line
from tests.photo_images import image_file
from tests.ui.conftest import scan, wait_idle
from ui.screens.checkin import CheckinScreen


def test_a_jinan_loan_and_an_unknown_sample_are_taken_back_by_scans(qtbot, ui_ctx, counter, tmp_path):
    line = jinan_line(T0)
    with counter.uow() as u:
        apply_elsewhere(u, "CS", {"loan_line": {line["id"]: line}})
        u.commit()
    screen = CheckinScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(1200, 800)
    screen.show()
    screen.activate()

    scan(qtbot, screen.scan, "JN-000201")
    wait_idle(qtbot, ui_ctx)
    assert "JN-L261201001" in screen.message.text() and "济南样品间" in screen.message.text()
    scan(qtbot, screen.scan, "XM-000001")
    wait_idle(qtbot, ui_ctx)
    assert screen.model.codes() == ["JN-000201", "XM-000001"]
    assert "XM" in screen.message.text()
    screen.table.selectRow(0)
    screen.condition.setCurrentIndex(screen.condition.findData("damaged"))
    screen.condition.activated.emit(screen.condition.currentIndex())
    screen.choose_photo_file = lambda parent: str(image_file(tmp_path))
    screen.returns.photo_button.click()
    wait_idle(qtbot, ui_ctx)
    assert screen.returns.entries()[0].photo_ids

    with qtbot.waitSignal(screen.returns_recorded, timeout=5000) as recorded:
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    result = recorded.args[0]
    assert result.loans == []
    assert [(r.code, r.number, r.held) for r in result.elsewhere] == [
        ("JN-000201", "JN-L261201001", False),
        ("XM-000001", "", True),
    ]
    row = samples.sample_detail(counter.uow(), "JN-000201").row
    assert row.status == "in_stock" and "damaged" in row.condition_note
    assert "JN-L261201001" in screen.result_view.toPlainText()
    assert screen.scan.hasFocus()
    wait_idle(qtbot, ui_ctx)
