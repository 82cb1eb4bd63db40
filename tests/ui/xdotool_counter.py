"""The real counter window under a real X server, typed into by xdotool the way a USB scanner types.

Run by tests/ui/test_scanner_under_x.py inside `xvfb-run`: opens the main window on the given
showroom folder, lets xdotool scan a member card and four samples, each with another suffix
(CR+LF, Tab, LF as Ctrl+J, keypad Enter), writes what the screen holds, then presses F12 and writes
the loan. Everything it saw goes to a JSON file; the test asserts on it.

    python -m tests.ui.xdotool_counter DATA_DIR ACTOR_JSON OUT_JSON
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import QApplication

from showroom.services import setup
from showroom.services.common import Actor
from showroom.store import Store
from ui.context import UiContext
from ui.main_window import MainWindow
from ui.preferences import Preferences
from ui.tasks import TaskRunner

KEY_DELAY_MS = "3"  # between keys of a code, as a scanner types


def scan(code: str, *suffix: str) -> str:
    """One xdotool command line: the code at scanner speed, then the suffix keys 2 ms apart."""
    return f"xdotool type --delay {KEY_DELAY_MS} {code} && xdotool key --delay 2 {' '.join(suffix)}"


class Run:
    def __init__(self, data_dir: Path, actor: Actor, out: Path):
        self.out, self.seen = out, {}
        self.store = Store(data_dir)
        self.ctx = UiContext(
            store=self.store, tasks=TaskRunner(), showroom=setup.showroom_info(self.store.uow()), actor=actor
        )
        self.window = MainWindow(self.ctx, Preferences(data_dir / "prefs"))
        self.screen = self.window.screens[0]
        self.screen.loan_recorded.connect(self._recorded)
        self.window.show()
        self.window.activateWindow()
        QTimer.singleShot(20000, lambda: self._finish("timed out"))  # bounded, whatever happens

    def start(self) -> None:
        self._xdotool(
            [
                "xdotool search --sync --name Showroom windowfocus --sync",
                scan("CS-M00001", "Return"),
                scan(sys.argv[4], "Return", "Return"),  # CR+LF: two Enters 2 ms apart
                scan(sys.argv[5], "Tab"),
                scan(sys.argv[6], "ctrl+j"),  # LF
                scan(sys.argv[7], "KP_Enter"),
            ],
            self._scanned,
        )

    def _xdotool(self, commands: list[str], then) -> None:
        self.process = QProcess()
        self.process.finished.connect(lambda code, _status: self._when_idle(lambda: then(code)))
        self.process.start("sh", ["-c", " && ".join(commands)])

    def _when_idle(self, then) -> None:
        """After every scan's answer is back (the X events are read by now: the process has ended)."""
        if self.ctx.tasks.pending() or self.screen.queue.inflight:
            QTimer.singleShot(20, lambda: self._when_idle(then))
        else:
            QTimer.singleShot(100, then)  # X events still queued in the socket are delivered first

    def _scanned(self, code: int) -> None:
        focus = QApplication.focusWidget()
        self.seen.update(
            xdotool=code,
            basket=self.screen.basket.codes(),
            streamer=self.screen.panel_view.name.text(),
            focus=focus.objectName() if focus else "",
            recorded_before_f12=self.seen.get("loan"),
        )
        self._xdotool(["xdotool key F12"], lambda _code: None)

    def _recorded(self, receipt) -> None:
        self.seen["loan"] = [line.sample_code for line in receipt.lines]
        if "basket" in self.seen:
            self._when_idle(lambda: self._finish(""))

    def _finish(self, problem: str) -> None:
        self.seen["problem"] = problem
        self.out.write_text(json.dumps(self.seen, ensure_ascii=False), encoding="utf-8")
        QApplication.instance().quit()


def main() -> int:
    app = QApplication(sys.argv[:1])
    data_dir, actor, out = Path(sys.argv[1]), Actor(**json.loads(sys.argv[2])), Path(sys.argv[3])
    run = Run(data_dir, actor, out)
    QTimer.singleShot(0, run.start)
    code = app.exec()
    run.ctx.tasks.shutdown()
    run.store.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
