"""About Showroom: the version, where the data and the log are (support asks for these first)."""

from __future__ import annotations

import platform
import sys

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from showroom import __version__
from ui.logging_setup import LOG_BACKUPS, LOG_MAX_BYTES, current_place
from ui.widgets.accessibility import name_qt_parts, named


class AboutDialog(QDialog):
    def __init__(self, ctx, demo: bool = False, parent=None):
        super().__init__(parent)
        self.ctx, self.demo = ctx, demo
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Showroom"))
        self.text_label = named(QLabel(self.about_text()), "aboutText")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = named(
            buttons.addButton(self.tr("Open data folder"), QDialogButtonBox.ButtonRole.ActionRole),
            "openDataFolderButton",
            self.tr("Open data folder"),
        )
        self.open_button.clicked.connect(self.open_data_folder)
        named(buttons.button(QDialogButtonBox.StandardButton.Close), "closeButton", self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text_label)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        name_qt_parts(self)

    def about_text(self) -> str:
        store = self.ctx.store
        place = current_place()
        log_path = self.ctx.log_path or store.data_dir / "logs" / "showroom.log"
        if place is not None and place.path is None:
            log_path = self.tr("the console")
        lines = [
            self.tr("Showroom {version}").format(version=__version__),
            self.tr("Offline-first counter for a sample showroom."),
            "",
            self.tr("Showroom: {name} ({code})").format(name=self.ctx.showroom.name, code=self.ctx.showroom.code),
            self.tr("Data folder: {folder}").format(folder=store.data_dir),
            self.tr("Database file: {path}").format(path=store.db_path),
            self.tr("Log file: {path} (a new file every {mb} MB; the last {count} are kept)").format(
                path=log_path, mb=LOG_MAX_BYTES // 1_000_000, count=LOG_BACKUPS
            ),
            self.tr("Qt {qt} · PySide6 {pyside} · Python {python} · {system}").format(
                qt=qVersion(),
                pyside=PySide6.__version__,
                python=platform.python_version(),
                system=platform.platform(terse=True),
            ),
        ]
        if place is not None and place.problem:  # the app opened all the same; support must know where to look
            lines.append(
                self.tr("The log cannot be written in {wanted} ({problem}); it goes to {instead} instead.").format(
                    wanted=place.wanted.parent, problem=place.problem, instead=log_path
                )
            )
        if self.demo:
            lines.append(self.tr("This is the DEMO showroom: its data is made up and can be thrown away."))
        if getattr(sys, "frozen", False):
            lines.append(self.tr("Program folder: {folder}").format(folder=sys.executable))
        return "\n".join(lines)

    def open_data_folder(self) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.store.data_dir)))
