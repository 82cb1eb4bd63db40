"""Backups (admins): the list of copies, "Back up now", and a restore that is checked, confirmed and staged.

The app never swaps its own database while it runs (the counter and the sync thread hold it open):
a confirmed restore is staged in the data folder and applied when Showroom next starts. File work
runs in the task runner's backup lane, never in the database lane, so copies never queue in front of
the counter's scans.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from present.backup_text import backup_done_text, kind_label, size_text, summary_text
from present.errors import describe
from present.formatting import local_time
from showroom.services.backups import (
    BackupInfo,
    BackupOverview,
    backup_overview,
    cancel_pending_restore,
    inspect_backup,
    stage_restore,
    take_manual_backup,
)
from ui.dialogs.questions import ask_yes_no
from ui.tasks import Lane
from ui.widgets.accessibility import name_qt_parts, named

translate = QCoreApplication.translate  # lupdate finds translate("BackupDialog", "...")


def choose_backup_file(parent: QWidget, folder: Path) -> str:
    """The file chooser (tests replace it)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("BackupDialog", "Choose a backup to restore"),
        str(folder),
        translate("BackupDialog", "Showroom backups (*.sqlite3 *.db);;All files (*)"),
    )
    return path


def ask_quit_now(parent: QWidget, title: str, text: str) -> bool:
    """Restart now or later (tests replace it)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    quit_button = box.addButton(translate("BackupDialog", "Quit now"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("BackupDialog", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is quit_button


class BackupTableModel(QAbstractTableModel):
    WHEN, KIND, SIZE = range(3)

    def __init__(self, tz, parent=None):
        super().__init__(parent)
        self.tz = tz
        self.rows: list[BackupInfo] = []

    def set_rows(self, rows: list[BackupInfo]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 3

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return [self.tr("When"), self.tr("Kind"), self.tr("Size")][section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(row.path)
        return [local_time(row.taken_at, self.tz), kind_label(row.kind), size_text(row.size)][index.column()]


class BackupDialog(QDialog):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.folder: Path | None = None
        self.is_admin = ctx.actor is not None and ctx.actor.role == "admin"
        self.setObjectName("backupDialog")
        self.setWindowTitle(self.tr("Backups"))
        self.resize(640, 420)
        self.folder_label = named(QLabel(), "backupFolderLabel")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupTableModel(ctx.tz, self)
        self.table = named(QTableView(), "backupTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Backups"))
        self.pending_label = named(QLabel(), "pendingRestoreLabel")
        self.pending_label.setWordWrap(True)
        self.cancel_pending_button = named(QPushButton(self.tr("Cancel the waiting restore")), "cancelRestoreButton")
        self.cancel_pending_button.clicked.connect(self.cancel_pending)
        self.message = named(QLabel(), "backupMessage")
        self.message.setWordWrap(True)
        self.backup_button = named(QPushButton(self.tr("Back up now")), "backupNowButton")
        self.restore_selected_button = named(QPushButton(self.tr("Restore selected…")), "restoreSelectedButton")
        self.restore_file_button = named(QPushButton(self.tr("Restore from a file…")), "restoreFileButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_selected_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        actions = QHBoxLayout()
        for button in (self.backup_button, self.restore_selected_button, self.restore_file_button):
            actions.addWidget(button)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        named(close.button(QDialogButtonBox.StandardButton.Close), "backupCloseButton")
        close.rejected.connect(self.reject)
        pending = QHBoxLayout()
        pending.addWidget(self.pending_label, 1)
        pending.addWidget(self.cancel_pending_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(pending)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(close)
        ctx.tasks.busy_changed.connect(self._lane_busy)
        if not self.is_admin:
            self.message.setText(self.tr("Only an administrator may back up or restore."))
        self._busy(False)
        name_qt_parts(self)
        self.refresh()

    # --- list ------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        store = self.ctx.store
        self._run(lambda: backup_overview(store.uow()), self._show, self._failed)

    def _show(self, overview: BackupOverview) -> None:
        self.folder, pending = overview.folder, overview.pending
        self.folder_label.setText(
            self.tr("Backups are kept in {folder}. A daily backup is taken while Showroom runs.").format(
                folder=self.folder
            )
        )
        self.model.set_rows(overview.backups)
        self.pending_label.setText(
            self.tr("A restore of {file} waits for the next start of Showroom.").format(file=pending.source)
            if pending is not None
            else ""
        )
        self.pending_label.setVisible(pending is not None)
        self.cancel_pending_button.setVisible(pending is not None and self.is_admin)

    def _run(self, work, on_success, on_error) -> None:
        self.ctx.tasks.run(Lane.BACKUP, work, on_success, on_error)

    def _lane_busy(self, lane: str, busy: bool) -> None:
        if lane == Lane.BACKUP:
            self._busy(busy)

    def _busy(self, busy: bool) -> None:
        for button in (
            self.backup_button,
            self.restore_selected_button,
            self.restore_file_button,
            self.cancel_pending_button,
        ):
            button.setEnabled(self.is_admin and not busy)

    def _failed(self, exc: BaseException) -> None:
        self.message.setText(describe(exc))

    # --- back up -----------------------------------------------------------------------------------------
    def back_up_now(self) -> None:
        self.message.setText(self.tr("Backing up…"))
        store, actor = self.ctx.store, self.ctx.actor
        self._run(lambda: take_manual_backup(store.uow(), actor), self._backed_up, self._failed)

    def _backed_up(self, info: BackupInfo) -> None:
        self.message.setText(backup_done_text(info))
        self.refresh()

    # --- restore ---------------------------------------------------------------------------------------
    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        chosen = self.selected_backup()
        if chosen is None:
            self.message.setText(self.tr("Choose a backup in the list first."))
            return
        self.check(chosen.path)

    def restore_from_file(self) -> None:
        path = choose_backup_file(self, self.folder or self.ctx.store.data_dir)
        if path:
            self.check(Path(path))

    def check(self, path: Path) -> None:
        """First the checks (nothing changes), then the admin's confirmation with what the backup holds."""
        self.message.setText(self.tr("Checking {file}…").format(file=path))
        self._run(lambda: inspect_backup(path), lambda summary: self._confirm(path, summary), self._failed)

    def _confirm(self, path: Path, summary) -> None:
        self.message.setText("")
        text = summary_text(summary, self.ctx.tz)
        if summary.showroom_code != self.ctx.showroom.code:
            text += "\n\n" + self.tr(
                "Careful: this backup is of another showroom ({code}); this counter is {own}."
            ).format(code=summary.showroom_code, own=self.ctx.showroom.code)
        text += "\n\n" + self.tr(
            "Restoring replaces everything in this showroom's database with this backup: work done after it was "
            "taken will be gone (the current database is kept as a 'before a restore' backup). The restore is "
            "made when Showroom next starts. Restore this backup?"
        )
        if not ask_yes_no(self, self.tr("Restore a backup"), text):
            self.message.setText(self.tr("Nothing was restored."))
            return
        store, actor = self.ctx.store, self.ctx.actor
        self._run(lambda: stage_restore(store.uow(), actor, path), self._staged, self._failed)

    def _staged(self, summary) -> None:
        self.refresh()
        text = self.tr(
            "The restore is ready. Quit Showroom and start it again to use the backup taken {when}; "
            "until then nothing has changed."
        ).format(when=local_time(summary.taken_at, self.ctx.tz))
        self.message.setText(text)
        if ask_quit_now(self, self.tr("Restore a backup"), text):
            QApplication.instance().quit()  # the session lets the backup lane finish before it ends

    def cancel_pending(self) -> None:
        store, actor = self.ctx.store, self.ctx.actor
        self._run(lambda: cancel_pending_restore(store.uow(), actor), lambda _r: self._cancelled(), self._failed)

    def _cancelled(self) -> None:
        self.message.setText(self.tr("The waiting restore was cancelled."))
        self.refresh()
