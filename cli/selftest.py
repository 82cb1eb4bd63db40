"""`showroom --selftest`: proves this installation can do the counter's work, with no display.

Made for the packaged app, where a module, a plugin or a data file left out of the bundle only
shows when a clerk first needs it. Each check does the real thing through the app's own code on a
scratch showroom (migrations, services, paper builders, the print path) and prints one line:
`ok  NAME  detail`, or `FAIL NAME: why` on stderr. Exit status 0 only when every check passed.
The lines stay English on purpose: they are for whoever installs the app and for CI logs.
The checks that need Qt's widgets or print support live in ui/selftest.py and run through ui.app.main,
the one entry of ui/ that cli/ uses besides opening the window.
"""

from __future__ import annotations

import io
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from contextlib import redirect_stderr, redirect_stdout
from datetime import timedelta
from itertools import groupby
from pathlib import Path


class CheckFailed(Exception):
    """A check ran and found something wrong; the message says what."""


class Scratch:
    """What the checks build on: the scratch folder and what earlier checks made."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.found: dict[str, object] = {}

    def need(self, key: str, check: str):
        if key not in self.found:
            raise CheckFailed(f"not run: needs the {check} check, which failed")
        return self.found[key]


# --- Code 128 read back from pixels -------------------------------------------------------------
# Written here rather than bundling a decoder library: a scanline reader is enough for our own crisp
# prints, and the symbol table comes from python-barcode (the encoder is reportlab's, so they are
# independent). The tests compare it with zxing-cpp. Symbols are told apart by their edge-to-edge
# distances (bar + following space), which ink spread or a render's rounding does not change.

STOP = 106  # its first six elements (233111) form a symbol like the others; a final bar follows
START = {103: "A", 104: "B", 105: "C"}


def _edges(widths) -> tuple[int, ...]:
    return tuple(widths[k] + widths[k + 1] for k in range(4))


def _symbol_table() -> dict[tuple[int, ...], int]:
    from barcode.charsets.code128 import CODES

    table = {}
    for value, bits in enumerate([*CODES, "11000111010"]):
        table[_edges([len(list(run)) for _, run in groupby(bits)])] = value
    return table


def _symbol(runs: list[int], table: dict[tuple[int, ...], int]) -> int | None:
    """The value of six runs (bar, space, ... space), or None."""
    if len(runs) < 6:
        return None
    unit = sum(runs[:6]) / 11
    return table.get(tuple(round(edge / unit) for edge in _edges(runs[:6])))


def _text(values: list[int], code_set: str) -> str | None:
    """Values between start and check character as text (FNC codes dropped)."""
    out, shift = [], False
    for value in values:
        current = ("B" if code_set == "A" else "A") if shift else code_set
        shift = False
        if current == "C":
            if value < 100:
                out.append(f"{value:02d}")
            elif value in (100, 101):
                code_set = "B" if value == 100 else "A"
        elif value < 96:
            out.append(chr(value + 32) if current == "B" or value < 64 else chr(value - 64))
        elif value == 98:
            shift = True
        elif value == 99:
            code_set = "C"
        elif (value, current) in ((100, "A"), (101, "B")):
            code_set = "B" if value == 100 else "A"
    return "".join(out)


def _read_runs(runs: list[tuple[bool, int]], table: dict[tuple[int, ...], int]) -> set[str]:
    found = set()
    widths = [n for _, n in runs]
    for i, (black, _) in enumerate(runs):
        start = _symbol(widths[i : i + 6], table) if black else None
        if start not in START or (i > 0 and widths[i - 1] < 5 * sum(widths[i : i + 6]) / 11):
            continue  # no start pattern here, or one inside other bars rather than after a quiet zone
        values, j = [start], i + 6
        while (value := _symbol(widths[j : j + 6], table)) is not None and value not in START:
            if value == STOP:
                body, check = values[1:-1], values[-1]
                if (
                    len(values) > 1
                    and j + 6 < len(widths)
                    and (values[0] + sum(k * v for k, v in enumerate(body, 1))) % 103 == check
                ):
                    if text := _text(body, START[values[0]]):
                        found.add(text)
                break
            values.append(value)
            j += 6
    return found


def read_code128(image, every: int = 2) -> set[str]:
    """Every Code 128 text found on the image's rows (left to right or right to left).

    image: a PIL image; a text counts only with its check character right."""
    table = _symbol_table()
    grey = image.convert("L")
    width, height = grey.size
    ink = grey.point(lambda level: 1 if level < 128 else 0).tobytes()
    found: set[str] = set()
    for y in range(0, height, every):
        row = ink[y * width : (y + 1) * width]
        runs = [(bool(dark), len(list(run))) for dark, run in groupby(row)]
        found |= _read_runs(runs, table) | _read_runs(runs[::-1], table)
    return found


def _pdf_pages(pdf: bytes, dpi: int) -> list:
    """The pages as PIL images, rendered the way the app renders them for a printer (ui.paper: pypdfium2,
    crisp edges so that bars stay on whole dots)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72, no_smoothpath=True, no_smoothimage=True).to_pil() for page in doc]
    finally:
        doc.close()


def _window_check(*argv: str) -> str:
    """Runs one of the checks that need widgets or printing through ui.app.main: what it printed is the
    detail, what it said on stderr is why it failed."""
    from ui.app import main as window_checks

    found, wrong = io.StringIO(), io.StringIO()
    with redirect_stdout(found), redirect_stderr(wrong):
        status = window_checks(list(argv))
    if status != 0:
        raise CheckFailed(wrong.getvalue().strip() or f"exit status {status}")
    return found.getvalue().strip()


# --- the checks ---------------------------------------------------------------------------------


def check_qt(run: Scratch) -> str:
    detail = _window_check("--selftest-qt")  # makes the QApplication the later checks use
    run.found["app"] = True
    return detail


def check_migrations(run: Scratch) -> str:
    from db.migrate import MIGRATIONS_DIR, current_revisions, head_revisions
    from showroom.store import Store

    store = Store(run.folder / "showroom")
    heads, current = head_revisions(), current_revisions(store.engine)
    if not heads or current != heads:
        store.close()
        raise CheckFailed(
            f"database at {sorted(current)}, migrations' heads are {sorted(heads) or 'none'}"
            f" (scripts in {MIGRATIONS_DIR})"
        )
    run.found["store"] = store  # only a migrated store is worth building on
    return f"new database at heads {', '.join(sorted(heads))} (scripts in {MIGRATIONS_DIR})"


def check_showroom(run: Scratch) -> str:
    from showroom.services import catalog, checkout, setup, streamers

    store = run.need("store", "migrations")
    admin = setup.set_up_showroom(store.uow(), "ZJ", "自检样品间", "长沙", "自检店长", "2468")
    merchant = catalog.create_merchant(store.uow(), admin, "自检商家旗舰店")
    product = catalog.create_product(
        store.uow(),
        admin,
        merchant.id,
        "每日坚果 混合果仁 750g礼盒装",
        retail_price_fen=12800,
        live_price_fen=9900,
        commission_bp=2000,
        sample_value_fen=8000,
    )
    intake = catalog.receive_samples(store.uow(), admin, product.id, 2, shelf="A-01")
    streamer = streamers.register_streamer(store.uow(), admin, "小美", "13800138000", "douyin", "@xiaomei")
    loan = checkout.check_out(store.uow(), admin, streamer.id, intake.codes[:1], "cash")
    run.found.update(codes=intake.codes, loan=loan.number)
    return f"set up, {len(intake.codes)} samples received ({', '.join(intake.codes)}), loan {loan.number} checked out"


def check_fonts(run: Scratch) -> str:
    from printing import fonts

    used = fonts.font_path()
    shipped = fonts._assets_dir() / "wqy-microhei.ttc"  # the copy that travels with the app
    if not shipped.is_file():
        raise CheckFailed(f"the shipped CJK font is missing: {shipped}")
    if used != shipped and not os.environ.get("SHOWROOM_CJK_FONT"):
        raise CheckFailed(f"papers would use {used}, not the shipped {shipped}")
    missing = [name for name in fonts.SHIPPED_FALLBACKS if not (fonts._assets_dir() / name).is_file()]
    if missing:  # emoji and symbols in names would print marks instead
        raise CheckFailed(f"the shipped fallback fonts are missing: {', '.join(missing)}")
    found = fonts.fallback_faces()
    rare = (
        ""
        if len(found) == len(fonts.FALLBACKS)
        else ("; no system font for CJK Extensions A/B: such characters print as a mark (install fonts-hanazono)")
    )
    return f"papers embed {used}, then {', '.join(path.name for _, path in found)}{rare}"


def check_label(run: Scratch) -> str:
    from present.papers import labels_pdf
    from showroom.services.papers import label_facts
    from showroom.services.settings import read_settings

    store, codes = run.need("store", "migrations"), run.need("codes", "showroom")
    settings = read_settings(store.uow())
    pdf = run.found["label"] = _pdf(labels_pdf(label_facts(store.uow(), codes[:1]), settings), "label")
    return f"{settings['print.label.layout']} label for {codes[0]}, {len(pdf)} bytes"


def check_receipt(run: Scratch) -> str:
    from present.papers import checkout_receipt_pdf
    from showroom.services.checkout import loan_receipt
    from showroom.services.common import local_tz
    from showroom.services.settings import read_settings

    store, number = run.need("store", "migrations"), run.need("loan", "showroom")
    uow = store.uow()
    with uow.read():
        tz = local_tz(uow)
    pdf = _pdf(checkout_receipt_pdf(loan_receipt(store.uow(), number), read_settings(store.uow()), tz), "receipt")
    return f"check-out receipt of {number}, {len(pdf)} bytes"


def check_report(run: Scratch) -> str:
    from zoneinfo import ZoneInfo

    from PySide6.QtCore import QCoreApplication

    from present.formatting import local_today
    from printing.daily_report import build_daily_report
    from showroom.services.reports.daily import daily_report
    from showroom.services.setup import showroom_info

    store = run.need("store", "migrations")
    run.need("loan", "showroom")
    today = local_today(ZoneInfo(showroom_info(store.uow()).timezone))
    report = daily_report(store.uow(), today - timedelta(days=1), today)
    pdf = _pdf(build_daily_report(report, QCoreApplication.translate), "daily report")
    return f"daily report {today - timedelta(days=1)} to {today}, {len(_pdf_pages(pdf, 36))} page(s), {len(pdf)} bytes"


def check_barcode(run: Scratch) -> str:
    import io

    from PIL import Image

    from printing.barcodes import code128_png

    pdf, code = run.need("label", "label"), run.need("codes", "showroom")[0]
    read = set().union(*(read_code128(page) for page in _pdf_pages(pdf, 203)))
    if read != {code}:
        raise CheckFailed(f"label printed for {code} reads back as {sorted(read) or 'nothing'} at 203 dpi")
    screen = read_code128(Image.open(io.BytesIO(code128_png(code))))  # python-barcode, its font inside
    if screen != {code}:
        raise CheckFailed(f"python-barcode's picture of {code} reads back as {sorted(screen) or 'nothing'}")
    return f"{code} read back from the label rendered at 203 dpi (pypdfium2) and from python-barcode's PNG"


def check_translations(run: Scratch) -> str:
    from PySide6.QtCore import QCoreApplication

    from present import i18n

    run.need("app", "qt")
    if not i18n.install("zh_CN"):
        raise CheckFailed(f"no zh_CN translation in {i18n.TRANSLATIONS_DIR}")
    ours = QCoreApplication.translate("App", "Unexpected error")
    qt_own = QCoreApplication.translate("QPlatformTheme", "Cancel")
    if not _is_chinese(ours):
        raise CheckFailed(f"'Unexpected error' stays {ours!r} in zh_CN")
    if not _is_chinese(qt_own):
        raise CheckFailed("Qt's own zh_CN translation (qtbase) is missing: standard buttons would be English")
    return f"zh_CN from {i18n.TRANSLATIONS_DIR}: Unexpected error → {ours}, Cancel → {qt_own}"


def check_printing(run: Scratch) -> str:
    run.need("app", "qt")
    label, code = run.need("label", "label"), run.need("codes", "showroom")[0]
    source, target = run.folder / "label.pdf", run.folder / "printed.pdf"
    source.write_bytes(label)
    detail = _window_check("--selftest-print", str(source), str(target))
    read = set().union(*(read_code128(page) for page in _pdf_pages(target.read_bytes(), 600)))
    if read != {code}:
        raise CheckFailed(f"the printed label reads back as {sorted(read) or 'nothing'}, not {code}")
    return f"{detail}; {code} reads back"


def check_camera(run: Scratch) -> str:
    run.need("app", "qt")
    return _window_check("--selftest-camera")


CHECKS: list[tuple[str, Callable[[Scratch], str]]] = [
    ("qt", check_qt),
    ("migrations", check_migrations),
    ("showroom", check_showroom),
    ("fonts", check_fonts),
    ("label", check_label),
    ("receipt", check_receipt),
    ("report", check_report),
    ("barcode", check_barcode),
    ("translations", check_translations),
    ("printing", check_printing),
    ("camera", check_camera),
]


def _pdf(data: bytes, what: str) -> bytes:
    if not data.startswith(b"%PDF") or b"FontFile2" not in data:  # FontFile2: the CJK font embedded
        raise CheckFailed(f"the {what} is not a PDF with an embedded TrueType font")
    return data


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _where(exc: BaseException) -> str:
    frame = traceback.extract_tb(exc.__traceback__)[-1]
    return f" (at {Path(frame.filename).name}:{frame.lineno})"


def selftest(out=None, err=None) -> int:
    out, err = out or sys.stdout, err or sys.stderr
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    failed = []
    with tempfile.TemporaryDirectory(prefix="showroom-selftest-") as folder:
        run = Scratch(Path(folder))
        try:
            for name, check in CHECKS:
                try:
                    detail = check(run)
                except CheckFailed as exc:
                    failed.append(name)
                    err.write(f"FAIL {name}: {exc}\n")
                except Exception as exc:  # anything else is a broken installation too: say what and where
                    failed.append(name)
                    err.write(f"FAIL {name}: {type(exc).__name__}: {exc}{_where(exc)}\n")
                else:
                    out.write(f"ok  {name}  {detail}\n")
                out.flush()
        finally:
            if "store" in run.found:
                run.found["store"].close()
    if failed:
        err.write(f"self-test FAILED: {len(failed)} of {len(CHECKS)} checks ({', '.join(failed)})\n")
        return 1
    out.write(f"self-test passed: {len(CHECKS)} checks\n")
    return 0
