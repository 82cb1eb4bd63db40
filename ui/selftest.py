"""The self-test's checks that need Qt's widgets or its print support, run through ui.app.main (cli/ reaches
ui/ only through that entry): a QApplication on this installation's platform plugins, and a PDF put through
QPrinter exactly as a printer gets it (ui.paper: pages rendered at the printer's resolution). cli/selftest.py
runs every other check and reads the printed PDF back.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QLibraryInfo
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from ui.paper import paint_pdf

_app: list[QApplication] = []  # the self-test's application lives as long as the process


class Broken(Exception):
    """What the check found wrong, in a line for whoever installs the app (English, like the self-test)."""


def check_qt() -> str:
    app = QApplication.instance() or QApplication([sys.argv[0]])  # the platform from QT_QPA_PLATFORM
    _app.append(app)
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    needed = ["platforms/*offscreen*"]
    if sys.platform.startswith("linux"):  # a real window needs xcb; printers are found through CUPS
        needed += ["platforms/*xcb*", "printsupport/*cups*"]
    missing = [pattern for pattern in needed if not list(plugins.glob(pattern))]
    if missing:
        raise Broken(f"Qt plugins missing in {plugins}: {', '.join(missing)}")
    return f"PySide6 {pyside_version}, platform {app.platformName()}, plugins in {plugins}"


def print_to_pdf(source: Path, target: Path) -> str:
    """Prints the PDF `source` through QPrinter into the PDF `target`: the same drawing a real printer gets."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setFullPage(True)
    paint_pdf(printer, source.read_bytes())
    if not target.is_file():
        raise Broken("QPrinter wrote no file")
    return f"QPrinter ({printer.resolution()} dpi) printed {source.name} to PDF ({target.stat().st_size} bytes)"


def check_camera() -> str:
    """Live capture from a USB camera can work here: QtMultimedia imports (ui.widgets.photo_chooser's guarded
    import) and a media backend loads; the cameras connected now are listed (none is fine: files still work)."""
    from PySide6.QtCore import QLoggingCategory

    # the FFmpeg backend looks for optional system libraries (PipeWire, VA-API) and says each one it misses
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver.warning=false\nqt.multimedia.ffmpeg.info=false")
    from ui.widgets.photo_chooser import load_camera_module

    if QApplication.instance() is None:
        _app.append(QApplication([sys.argv[0]]))
    try:
        load_camera_module()
    except ImportError as exc:
        raise Broken(f"QtMultimedia cannot be imported ({exc}): photos come from files only") from None
    from PySide6.QtMultimedia import QMediaDevices, QMediaFormat

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "multimedia"
    backends = sorted(path.name for path in folder.glob("*"))
    if not QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode):
        raise Broken(f"no media backend loads from {folder} ({', '.join(backends) or 'empty'}): no camera can work")
    cameras = [device.description() for device in QMediaDevices.videoInputs()]
    named = f": {', '.join(cameras)}" if cameras else ""
    return f"QtMultimedia with {', '.join(backends)}; {len(cameras)} camera(s) connected{named}"


def main(argv: list[str]) -> int:
    """`--selftest-qt`, `--selftest-print SOURCE TARGET` or `--selftest-camera`: what was found on stdout and
    status 0, or what is wrong on stderr and status 1."""
    p = argparse.ArgumentParser(prog="showroom --selftest (window checks)")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--selftest-qt", action="store_true", help="a QApplication on the platform plugins")
    group.add_argument(
        "--selftest-print",
        nargs=2,
        type=Path,
        metavar=("SOURCE", "TARGET"),
        help="print the PDF SOURCE through QPrinter into the PDF TARGET",
    )
    group.add_argument("--selftest-camera", action="store_true", help="QtMultimedia and a media backend load")
    args = p.parse_args(argv)
    try:
        if args.selftest_camera:
            found = check_camera()
        else:
            found = check_qt() if args.selftest_qt else print_to_pdf(*args.selftest_print)
    except Broken as exc:
        sys.stderr.write(f"{exc}\n")
        return 1
    sys.stdout.write(f"{found}\n")
    return 0
