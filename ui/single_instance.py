"""One window per showroom folder: a second start on the same folder brings the first window forward.

The folder's lock (showroom.folder_lock) decides who is first. The first app then listens on a local
socket named after the folder (a named pipe on Windows); a second start that finds the lock taken
knocks there, the first window comes to the front, and the second start ends. When nobody answers
(the folder is held by a command, or by another user on this PC), the second start says so instead.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

log = logging.getLogger(__name__)
KNOCK, ANSWER = b"show\n", b"ok\n"
CONNECT_FOR_S = 5.0  # two starts at the same moment: the first listens a few milliseconds after its lock


def server_name(data_dir: Path) -> str:
    """Per folder and per user: another user's app on a shared folder is refused, not raised."""
    key = f"{Path(data_dir).resolve()}|{getpass.getuser()}".encode()
    return "showroom-" + hashlib.sha256(key).hexdigest()[:24]


def bring_forward() -> bool:
    """The window the user works in (a question, the login, the wizard, else the main window) to the front."""
    app = QApplication.instance()
    window = app.activeModalWidget() or next(
        (w for w in app.topLevelWidgets() if w.isVisible() and isinstance(w, (QMainWindow, QDialog))), None
    )
    if window is None:
        return False  # still starting (seeding the demo, say): its first window shows in a moment anyway
    window.setWindowState((window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
    QApplication.alert(window)  # where the system refuses to move focus (Windows), the taskbar flashes
    return True


class FrontDoor(QObject):
    """The first app's end: answers every knock by bringing its window forward."""

    knocked = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket left by a crash; we hold the folder's lock
        if not self.server.listen(self.name):
            log.warning("cannot listen for a second start on this folder: %s", self.server.errorString())
        self.server.newConnection.connect(self._answer)

    def _answer(self) -> None:
        while (conn := self.server.nextPendingConnection()) is not None:
            if conn.bytesAvailable() or conn.waitForReadyRead(1000):
                conn.readAll()
                log.info("another start on this folder: this window was brought forward")
                bring_forward()
                self.knocked.emit()
                conn.write(ANSWER)
                conn.waitForBytesWritten(1000)
            conn.disconnectFromServer()

    def close(self) -> None:
        self.server.close()


def knock(data_dir: Path, wait_s: float = CONNECT_FOR_S) -> bool:
    """A second start asks the first window forward; True when it answered."""
    deadline = time.monotonic() + wait_s
    while True:
        conn = QLocalSocket()
        conn.connectToServer(server_name(data_dir))
        if conn.waitForConnected(500):
            conn.write(KNOCK)
            conn.waitForBytesWritten(1000)
            answered = conn.waitForReadyRead(3000) and bytes(conn.readAll().data()).startswith(ANSWER)
            conn.disconnectFromServer()
            return answered
        if time.monotonic() >= deadline:
            return False
        QThread.msleep(100)
