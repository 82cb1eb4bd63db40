"""Start-up of the counter window on the demo showroom, as one fresh process: prints seconds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.app_start DATA_DIR [--visit]

Measures the imports, opening (and migrating) the store with a staff login, and building and
showing the main window with its first queries answered. The demo must already be seeded in
DATA_DIR for a warm figure (the first run seeds it and says so); a showroom already set up there (the
generated big one) is opened as it is. Resident memory (VmHWM, VmRSS from /proc) is printed after the
window is shown and, with --visit, again after every screen has been opened once.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from demo.seed import ensure_demo  # noqa: E402
from present import i18n  # noqa: E402
from showroom.services import setup, staff  # noqa: E402
from ui.context import UiContext  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402


def memory_mb() -> tuple[float, float]:
    """(VmHWM, VmRSS) of this process in MB: the peak and the current resident memory."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return tuple(int(fields[k].split()[0]) / 1024 for k in ("VmHWM", "VmRSS"))


def _visit_every_screen(app, window, tasks) -> None:
    """What a clerk's first minutes open: every screen once, each with its first queries answered."""
    for index in range(window.stack.count()):
        window.show_screen(index)
        while tasks.pending():
            QCoreApplication.processEvents()
        app.processEvents()


def main(data_dir: Path, visit: bool = False) -> None:
    seeded_before = (data_dir / "showroom.sqlite3").exists()
    app = QApplication.instance() or QApplication(sys.argv)
    imported = time.perf_counter()
    i18n.install("zh_CN")
    store = ensure_demo(data_dir)
    tasks = TaskRunner()
    ctx = UiContext(store, tasks, setup.showroom_info(store.uow()), staff.login(store.uow(), "张小雨", "1111"))
    opened = time.perf_counter()
    window = MainWindow(ctx, Preferences(data_dir))
    window.show()
    while tasks.pending():
        QCoreApplication.processEvents()
    app.processEvents()
    shown = time.perf_counter()
    note = "" if seeded_before else "   (first run: includes seeding the demo)"
    print(
        f"app start: imports {imported - STARTED:.2f} s, store + login {opened - imported:.2f} s, "
        f"window shown {shown - opened:.2f} s, total {shown - STARTED:.2f} s{note}"
    )
    peak, now = memory_mb()
    print(f"app memory: window shown: VmHWM {peak:.0f} MB, VmRSS {now:.0f} MB")
    if visit:
        _visit_every_screen(app, window, tasks)
        peak, now = memory_mb()
        print(f"app memory: every screen visited: VmHWM {peak:.0f} MB, VmRSS {now:.0f} MB")
    window.close()
    tasks.shutdown()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]), visit="--visit" in sys.argv[2:])
