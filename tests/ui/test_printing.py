"""Papers from the window: a receipt after check-out, labels after intake, a failed printer that
loses nothing, reprints, and the QPrinter path that real printers take."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from showroom.services import checkout
from showroom.services.settings import save_settings
from tests.printing import paper_tools as pdf_tools
from tests.ui.conftest import scan, wait_idle
from ui.main_window import MainWindow
from ui.paper import paint_pdf
from ui.preferences import Preferences
from ui.screens.checkout import CheckoutScreen
from ui.screens.intake import IntakeScreen

MEMBER = "CS-M00001"


def configure(counter, **changes):
    save_settings(counter.uow(), counter.manager, {key.replace("__", "."): value for key, value in changes.items()})


@pytest.fixture
def window(qtbot, ui_ctx, tmp_path):
    win = MainWindow(ui_ctx, Preferences(tmp_path / "prefs"), demo=False)
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, ui_ctx)
    return win


def screen_of(window, cls):
    return next(s for s in window.screens if isinstance(s, cls))


def lend_through_screen(qtbot, window, ui_ctx, codes):
    screen = screen_of(window, CheckoutScreen)
    window.show_screen(window.screens.index(screen))
    scan(qtbot, screen.scan, MEMBER)
    for code in codes:
        scan(qtbot, screen.scan, code)
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(screen.loan_recorded, timeout=5000) as recorded:
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    return recorded.args[0]


def test_check_out_prints_a_receipt_a_streamer_can_read(qtbot, ui_ctx, counter, tmp_path):
    out = tmp_path / "receipts"
    configure(counter, print__receipt__printer=f"folder:{out}")
    window = MainWindow(ui_ctx, Preferences(tmp_path / "prefs"))
    qtbot.addWidget(window)
    wait_idle(qtbot, ui_ctx)
    desk = ui_ctx.print_desk
    with qtbot.waitSignal(desk.printed, timeout=10000) as printed:
        receipt = lend_through_screen(qtbot, window, ui_ctx, counter.codes[:2])
    [pdf_file] = list(out.glob("*.pdf"))
    assert printed.args == [f"Check-out receipt {receipt.number}", str(pdf_file)]
    assert pdf_file.name.startswith(f"receipt-{receipt.number}-")
    pdf = pdf_file.read_bytes()
    words = pdf_tools.text(pdf)
    assert receipt.number in words and "每日坚果 30包" in words and "138****8000" in words, words
    assert "13800138000" not in words
    assert receipt.due_at.astimezone(ui_ctx.tz).strftime("%Y-%m-%d") in words
    assert receipt.number in pdf_tools.decoded(pdf)
    assert "Printed" in window.statusBar().currentMessage() or "已打印" in window.statusBar().currentMessage()
    wait_idle(qtbot, ui_ctx)


def test_a_printer_error_keeps_the_loan_and_it_can_be_reprinted(qtbot, ui_ctx, counter, tmp_path, monkeypatch):
    configure(counter, print__receipt__printer="Counter-Receipt-Printer-That-Is-Unplugged")
    window = MainWindow(ui_ctx, Preferences(tmp_path / "prefs"))
    qtbot.addWidget(window)
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(ui_ctx.print_desk.failed, timeout=10000) as failed:
        receipt = lend_through_screen(qtbot, window, ui_ctx, counter.codes[:1])
    assert failed.args[0] == f"Check-out receipt {receipt.number}"
    assert "Counter-Receipt-Printer-That-Is-Unplugged" in window.statusBar().currentMessage()
    assert checkout.loan_receipt(counter.uow(), receipt.number).lines[0].sample_code == counter.codes[0]

    previews = []
    monkeypatch.setattr(ui_ctx.print_desk, "preview", lambda parent, kind, title, pdf: previews.append((kind, pdf)))
    ui_ctx.print_desk.reprint(window, "receipt", receipt.number, on_error=pytest.fail)
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=10000)
    kind, pdf = previews[0]
    assert kind == "receipt" and receipt.number in pdf_tools.decoded(pdf)


def test_intake_prints_one_label_per_new_sample(qtbot, ui_ctx, counter, tmp_path):
    out = tmp_path / "labels"
    configure(counter, print__label__printer=f"folder:{out}")
    window = MainWindow(ui_ctx, Preferences(tmp_path / "prefs"))
    qtbot.addWidget(window)
    wait_idle(qtbot, ui_ctx)
    intake = screen_of(window, IntakeScreen)
    with qtbot.waitSignal(ui_ctx.print_desk.printed, timeout=10000):
        intake.samples_received.emit(_received(counter, 3))
    [pdf_file] = list(out.glob("*.pdf"))
    assert sorted(pdf_tools.decoded(pdf_file.read_bytes())) == sorted(_received.codes)


def _received(counter, quantity):
    from showroom.services import catalog

    result = catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, quantity, shelf="B-02")
    _received.codes = result.codes
    return result


def test_reprint_dialog_routes_each_kind_of_code(qtbot, ui_ctx, counter, monkeypatch):
    from ui.dialogs.reprint_dialog import ReprintDialog

    asked = []
    monkeypatch.setattr(ui_ctx.print_desk, "reprint", lambda parent, kind, key, on_error: asked.append((kind, key)))
    dialog = ReprintDialog(ui_ctx)
    qtbot.addWidget(dialog)
    for code in (counter.codes[0].lower(), MEMBER, "CS-L261120001"):
        scan(qtbot, dialog.scan_field, code)
    dialog.return_choice.setChecked(True)
    scan(qtbot, dialog.scan_field, "CS-L261120001")
    scan(qtbot, dialog.scan_field, "hello")
    assert asked == [
        ("label", [counter.codes[0]]),
        ("card", MEMBER),
        ("receipt", "CS-L261120001"),
        ("return", "CS-L261120001"),
    ]
    assert "HELLO" in dialog.message.text()
    wait_idle(qtbot, ui_ctx)


def test_qprinter_path_keeps_barcodes_readable(qtbot, ui_ctx, counter, tmp_path):
    """What a real printer gets: pages rendered at its resolution. A PDF printer at 203 dpi stands in."""
    from present import papers
    from showroom.services.papers import label_facts

    pdf = papers.labels_pdf(label_facts(counter.uow(), counter.codes[:2]), ui_ctx.print_desk.settings)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setResolution(203)
    printer.setFullPage(True)
    target = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(target))
    paint_pdf(printer, pdf)
    printed = target.read_bytes()
    assert sorted(pdf_tools.decoded(printed)) == sorted(counter.codes[:2])
    wait_idle(qtbot, ui_ctx)


def test_samples_and_streamers_pages_reprint_label_and_card(qtbot, ui_ctx, counter, monkeypatch):
    from ui.screens.samples import SamplesScreen
    from ui.screens.streamers import StreamersScreen

    shown = []
    monkeypatch.setattr(ui_ctx.print_desk, "preview", lambda parent, kind, title, pdf: shown.append((kind, pdf)))
    samples_screen = SamplesScreen(ui_ctx)
    qtbot.addWidget(samples_screen)
    samples_screen.activate()
    wait_idle(qtbot, ui_ctx)
    assert not samples_screen.paper_buttons.buttons["label"].isEnabled()
    samples_screen.table.select_where(lambda row: row.code == counter.codes[1])
    wait_idle(qtbot, ui_ctx)
    qtbot.mouseClick(samples_screen.paper_buttons.buttons["label"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    assert shown[0][0] == "label" and pdf_tools.decoded(shown[0][1]) == [counter.codes[1]]

    streamers_screen = StreamersScreen(ui_ctx)
    qtbot.addWidget(streamers_screen)
    streamers_screen.activate()
    wait_idle(qtbot, ui_ctx)
    streamers_screen.table.select_where(lambda row: row.member_code == MEMBER)
    wait_idle(qtbot, ui_ctx)
    assert not streamers_screen.paper_buttons.buttons["receipt"].isEnabled()  # no loan chosen yet
    qtbot.mouseClick(streamers_screen.paper_buttons.buttons["card"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=10000)
    assert shown[1][0] == "card" and pdf_tools.decoded(shown[1][1], dpi=300) == [MEMBER]
    wait_idle(qtbot, ui_ctx)


def test_print_preview_draws_the_pages(qtbot, ui_ctx, counter):
    from present import papers
    from showroom.services.papers import label_facts
    from ui.paper import preview_dialog

    pdf = papers.labels_pdf(label_facts(counter.uow(), counter.codes[:3]), ui_ctx.print_desk.settings)
    dialog = preview_dialog(None, pdf, "Printer-That-Does-Not-Exist")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.paintRequested, timeout=5000):
        dialog.show()
    dialog.close()
    wait_idle(qtbot, ui_ctx)


def test_preview_offers_save_as_pdf_of_the_original(qtbot, ui_ctx, counter, tmp_path, monkeypatch):
    from PySide6.QtGui import QAction

    from present import papers
    from showroom.services.papers import label_facts
    from ui.paper import preview_dialog

    pdf = papers.labels_pdf(label_facts(counter.uow(), counter.codes[:1]), ui_ctx.print_desk.settings)
    target = tmp_path / "saved"
    monkeypatch.setattr("ui.paper.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog = preview_dialog(None, pdf)
    qtbot.addWidget(dialog)
    dialog.findChild(QAction, "saveAsPdfAction").trigger()
    assert (tmp_path / "saved.pdf").read_bytes() == pdf
    wait_idle(qtbot, ui_ctx)


def test_check_in_prints_a_return_receipt_with_what_is_still_out(qtbot, ui_ctx, counter, tmp_path):
    from ui.screens.checkin import CheckinScreen

    out = tmp_path / "receipts"
    configure(counter, print__receipt__printer=f"folder:{out}")
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash")
    window = MainWindow(ui_ctx, Preferences(tmp_path / "prefs"))
    qtbot.addWidget(window)
    wait_idle(qtbot, ui_ctx)
    screen = screen_of(window, CheckinScreen)
    window.show_screen(window.screens.index(screen))
    scan(qtbot, screen.scan, counter.codes[0])
    wait_idle(qtbot, ui_ctx)
    with qtbot.waitSignal(ui_ctx.print_desk.printed, timeout=10000):
        qtbot.keyClick(screen.scan, Qt.Key.Key_F12)
    [pdf_file] = list(out.glob("*.pdf"))
    words = pdf_tools.text(pdf_file.read_bytes())
    assert counter.codes[0] in words and counter.codes[1] in words and loan.number in words
    wait_idle(qtbot, ui_ctx)


def test_sample_page_shows_the_label_barcode_and_it_scans(qtbot, ui_ctx, counter):
    import zxingcpp
    from PIL import Image

    from ui.screens.samples import SamplesScreen

    screen = SamplesScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.activate()
    wait_idle(qtbot, ui_ctx)
    screen.table.select_where(lambda row: row.code == counter.codes[3])
    wait_idle(qtbot, ui_ctx)
    image = screen.barcode_image.pixmap().toImage()
    pil = Image.frombytes(
        "RGBA", (image.width(), image.height()), bytes(image.convertToFormat(image.Format.Format_RGBA8888).constBits())
    )
    assert [r.text for r in zxingcpp.read_barcodes(pil.convert("L"))] == [counter.codes[3]]


def test_only_a_manager_opens_settings(qtbot, ui_ctx, counter, tmp_path):
    """Printing settings live in File → Settings… (tests/ui/test_settings_dialog.py)."""
    from PySide6.QtGui import QAction

    for actor, allowed in ((counter.clerk, False), (counter.manager, True), (counter.admin, True)):
        ui_ctx.actor = actor
        window = MainWindow(ui_ctx, Preferences(tmp_path / "prefs"))
        qtbot.addWidget(window)
        assert window.findChild(QAction, "settingsAction").isEnabled() is allowed
        wait_idle(qtbot, ui_ctx)


def test_a_return_receipt_is_filed_and_announced_as_a_return_receipt(qtbot, ui_ctx, counter, tmp_path):
    from showroom.services.returns import ReturnRequest, check_in
    from ui.screens.checkin import CheckinScreen

    out = tmp_path / "receipts"
    configure(counter, print__receipt__printer=f"folder:{out}")
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash")
    window = MainWindow(ui_ctx, Preferences(tmp_path / "prefs"))
    qtbot.addWidget(window)
    wait_idle(qtbot, ui_ctx)
    result = check_in(counter.uow(), counter.clerk, [ReturnRequest(counter.codes[0])])
    with qtbot.waitSignal(ui_ctx.print_desk.printed, timeout=10000) as printed:
        screen_of(window, CheckinScreen).returns_recorded.emit(result)  # as the screen does after a return
    [pdf_file] = list(out.glob("*.pdf"))
    assert pdf_file.name.startswith(f"return-{loan.number}-")
    assert printed.args[0] == f"Return receipt {loan.number}"
    assert f"Return receipt {loan.number}" in window.statusBar().currentMessage()
    assert "Return receipt" in pdf_tools.text(pdf_file.read_bytes())
    wait_idle(qtbot, ui_ctx)


def test_a_member_card_prints_one_at_sign_before_a_handle_typed_with_one(qtbot, ui_ctx, counter):
    from present.papers import member_card_pdf
    from showroom.services import streamers
    from showroom.services.papers import member_card_facts

    streamer = streamers.register_streamer(counter.uow(), counter.clerk, "阿杰", "13900139000", "douyin", "@ajie")
    words = pdf_tools.text(member_card_pdf(member_card_facts(counter.uow(), streamer.member_code)))
    assert "@ajie" in words and "@@" not in words
