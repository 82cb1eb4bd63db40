"""Start-up of the counter window on the demo showroom, as one fresh process: prints seconds.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.app_start DATA_DIR

Measures the imports, opening (and migrating) the store with a staff login, and building and
showing the main window with its first queries answered. The demo must already be seeded in
DATA_DIR for a warm figure (the first run seeds it and says so).
"""
from __future__ import annotations

import time

STARTED = time.perf_counter()

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QCoreApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from showroom.demo import ensure_demo  # noqa: E402
from showroom.services import setup, staff  # noqa: E402
from ui import i18n  # noqa: E402
from ui.context import UiContext  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.ops import DbWorker  # noqa: E402
from ui.preferences import Preferences  # noqa: E402


def main(data_dir: Path) -> None:
    seeded_before = (data_dir / "showroom.sqlite3").exists()
    app = QApplication.instance() or QApplication(sys.argv)
    imported = time.perf_counter()
    i18n.install("zh_CN")
    store = ensure_demo(data_dir)
    worker = DbWorker()
    ctx = UiContext(store, worker, setup.showroom_info(store.uow()), staff.login(store.uow(), "张小雨", "1111"))
    opened = time.perf_counter()
    window = MainWindow(ctx, Preferences(data_dir))
    window.show()
    while worker.pending:
        QCoreApplication.processEvents()
    app.processEvents()
    shown = time.perf_counter()
    note = "" if seeded_before else "   (first run: includes seeding the demo)"
    print(f"app start: imports {imported - STARTED:.2f} s, store + login {opened - imported:.2f} s, "
          f"window shown {shown - opened:.2f} s, total {shown - STARTED:.2f} s{note}")
    window.close()
    worker.shutdown()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]))
