"""Puts our PDFs on paper: pages rendered at the printer's own resolution, a preview, Save as PDF.

QtPdf has no wheel for the pinned Qt, so pypdfium2 turns each page into pixels. Rendering at the
printer's dots per inch with anti-aliasing off keeps barcode bars on whole dots, as drawn.
A printer setting is "" (the system's default printer), a printer's name, or "folder:PATH"
(the PDF itself is saved there, for a counter without a printer or for an archive; a relative
PATH is inside the showroom's data folder).
"""

from __future__ import annotations

import re
import threading
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from printing.errors import PrintFailed

translate = QCoreApplication.translate
FOLDER_PREFIX = "folder:"
_pdfium_lock = threading.Lock()  # PDFium is not thread-safe: one render at a time in the process


def page_images(pdf: bytes, dpi: float, crisp: bool = True) -> list[tuple[QImage, QSizeF]]:
    """Each page as an image at `dpi`, with its size in points."""
    import pypdfium2 as pdfium  # with the first preview or print, not at start

    pages = []
    with _pdfium_lock:
        doc = pdfium.PdfDocument(pdf)
        try:
            for page in doc:
                width_pt, height_pt = page.get_size()
                bitmap = page.render(
                    scale=dpi / 72, prefer_bgrx=True, no_smoothpath=crisp, no_smoothimage=crisp, no_smoothtext=False
                )
                image = QImage(
                    bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32
                ).copy()  # copy: the bitmap's memory goes away
                pages.append((image, QSizeF(width_pt, height_pt)))
                bitmap.close()
                page.close()
        finally:
            doc.close()
    return pages


def paint_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Draw every page full-size on the printer, one printer page per PDF page, in its own size."""
    pages = page_images(pdf, printer.resolution())
    painter = QPainter()
    for index, (image, size_pt) in enumerate(pages):
        layout = QPageLayout(
            QPageSize(size_pt, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.ExactMatch),
            QPageLayout.Orientation.Portrait,
            QMarginsF(),
        )
        printer.setPageLayout(layout)
        if index == 0:
            if not painter.begin(printer):
                raise PrintFailed("printer_error", printer.printerName())
        elif not printer.newPage():
            painter.end()
            raise PrintFailed("printer_error", printer.printerName())
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        painter.drawImage(QRectF(QPointF(0, 0), QSizeF(target.width(), target.height())), image)
    if painter.isActive():
        painter.end()


def make_printer(name: str, copies: int = 1) -> QPrinter:
    """A printer for the setting's value; refuses a name this computer does not know."""
    if name:
        info = QPrinterInfo.printerInfo(name)
        if info.isNull():
            raise PrintFailed("printer_missing", name)
    else:
        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            raise PrintFailed("no_printer")
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setFullPage(True)
    printer.setCopyCount(copies)
    return printer


def safe_file_name(text: str) -> str:
    return re.sub(r"[^\w.-]+", "_", text).strip("_") or "paper"


def save_to_folder(folder: str, title: str, pdf: bytes, base_dir: Path | None = None) -> Path:
    target_dir = Path(folder).expanduser()
    if not target_dir.is_absolute() and base_dir is not None:
        target_dir = Path(base_dir) / target_dir
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
        target = target_dir / f"{safe_file_name(title)}-{stamp}.pdf"
        target.write_bytes(pdf)
    except OSError as exc:
        raise PrintFailed("folder_error", f"{folder}: {exc.strerror or exc}") from exc
    return target


def send(pdf: bytes, printer_setting: str, copies: int, title: str, base_dir: Path | None = None) -> str:
    """Print (or save) one paper; returns where it went. Safe to call off the GUI thread."""
    if printer_setting.startswith(FOLDER_PREFIX):
        return str(save_to_folder(printer_setting[len(FOLDER_PREFIX) :], title, pdf, base_dir))
    printer = make_printer(printer_setting, copies)
    printer.setDocName(title)
    paint_pdf(printer, pdf)
    return printer.printerName()


def save_as_pdf(parent: QWidget | None, pdf: bytes, title: str) -> Path | None:
    """Asks where, then writes the PDF itself (vector, fonts embedded)."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Paper", "Save as PDF"),
        str(Path.home() / f"{safe_file_name(title)}.pdf"),
        translate("Paper", "PDF files (*.pdf)"),
    )
    if not path:
        return None
    target = Path(path if path.lower().endswith(".pdf") else path + ".pdf")
    target.write_bytes(pdf)
    return target


def preview_dialog(
    parent: QWidget | None, pdf: bytes, printer_setting: str = "", copies: int = 1
) -> QPrintPreviewDialog:
    """Qt's print preview over our pages; printing from it goes to the chosen printer."""
    try:
        printer = make_printer("" if printer_setting.startswith(FOLDER_PREFIX) else printer_setting, copies)
    except PrintFailed:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)  # preview still works with no printer at all
        printer.setFullPage(True)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.paintRequested.connect(lambda target: paint_pdf(target, pdf))
    toolbar = dialog.findChild(QToolBar)
    if toolbar is not None:  # Save as PDF keeps the vector original, sharper than a printed-to-PDF copy
        save = toolbar.addAction(translate("Paper", "Save as PDF…"))
        save.setObjectName("saveAsPdfAction")
        save.triggered.connect(lambda: save_as_pdf(dialog, pdf, dialog.windowTitle() or "paper"))
    dialog._printer = printer  # the dialog does not own it; keep it alive as long as the dialog
    return dialog


def preview_and_print(
    parent: QWidget | None, pdf: bytes, kind: str, title: str, printer_setting: str = "", copies: int = 1
) -> None:
    """The report screen's Print…: a preview window with a print button (Save as PDF is separate)."""
    dialog = preview_dialog(parent, pdf, printer_setting, copies)
    dialog.setWindowTitle(title)
    dialog.setObjectName(f"preview_{kind}")
    dialog.exec()
