"""Overdue: who to call first. One row per person (their samples late or due soon, what those are worth,
the deposit held), opening onto the samples; phones, reminders and manager actions on either.

Refreshing applies the tiers' automatic suspensions first (a streamer held samples too many days late).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from present.errors import describe
from showroom.domain.model import Role
from showroom.domain.overdue_tiers import TIER_ORDER
from showroom.services.overdue import overdue_board
from showroom.services.overdue_views import OverdueBoard, OverdueLine, OverdueStreamer, group_by_streamer
from ui.context import LatestAnswer
from ui.dialogs.declare_lost_dialog import DeclareLostDialog
from ui.dialogs.extend_due_dialog import ExtendDueDialog
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.models.overdue_model import OverdueCallModel, tier_name
from ui.models.row_model import ROW_ROLE, SORT_ROLE
from ui.widgets.accessibility import name_qt_parts
from ui.widgets.auto_loss_panel import AutoLossPanel
from ui.widgets.counter_buttons import named_button
from ui.widgets.export_button import ExportButton
from ui.widgets.missing_panel import MissingPanel
from ui.widgets.shortfall_panel import ShortfallPanel
from ui.widgets.tables import message_label, show_message

MANAGER_ROLES = {Role.MANAGER.value, Role.ADMIN.value}
REFRESH_TOPICS = {"loans", "streamers", "samples", "stocktake", "transfers"}
CLOCK_REFRESH_MS = 5 * 60 * 1000


class OverdueScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("overdueScreen")
        self._query = LatestAnswer(ctx)
        self.board: OverdueBoard | None = None

        self.tier_combo = QComboBox()
        self.tier_combo.setObjectName("overdueTierCombo")
        self.tier_combo.setAccessibleName(self.tr("Show tier"))
        self.tier_combo.addItem(self.tr("All tiers"), None)
        for tier in TIER_ORDER:
            self.tier_combo.addItem(tier_name(tier.value), tier.value)
        self.summary = QLabel()
        self.summary.setObjectName("overdueSummary")
        self.refresh_button = self._named(self.tr("Refresh"), "overdueRefreshButton", self.refresh)
        self.print_button = self._named(self.tr("Print call list…"), "overduePrintButton", self.print_list)
        self.model = OverdueCallModel(ctx.tz, self)
        self.table = call_list_view(self.model, self.tr("People to call and their samples late or due soon"))
        self.remind_button = self._named(self.tr("Log reminder…"), "logReminderButton", self.log_reminder)
        self.extend_button = self._named(self.tr("Extend due date…"), "overdueExtendButton", self.extend_due)
        self.lost_button = self._named(self.tr("Declare lost…"), "overdueLostButton", self.declare_lost)
        self.message = message_label("overdueMessage")
        self.export_button = ExportButton(self.model, self.table, self.tr("call-list"), self, self.message)
        self.missing = MissingPanel(ctx, self)
        self.auto_losses = AutoLossPanel(ctx, self)
        self.shortfalls = ShortfallPanel(ctx, self)

        top = QHBoxLayout()
        for widget in (self.tier_combo, self.summary):
            top.addWidget(widget)
        top.addStretch(1)
        for widget in (self.refresh_button, self.export_button, self.print_button):
            top.addWidget(widget)
        actions = QHBoxLayout()
        for widget in (self.remind_button, self.extend_button, self.lost_button):
            actions.addWidget(widget)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.auto_losses)
        layout.addWidget(self.missing)
        layout.addWidget(self.shortfalls)
        layout.addWidget(self.message)

        self.tier_combo.currentIndexChanged.connect(self._show_lines)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.ctx.bus.changed.connect(self._on_changed)
        # Time alone moves samples between tiers (midnight): refresh now and then while shown.
        self._clock = QTimer(self)
        self._clock.setInterval(CLOCK_REFRESH_MS)
        self._clock.timeout.connect(lambda: self.refresh() if self.isVisible() else None)
        self._clock.start()
        name_qt_parts(self)
        self._update_buttons()

    def _named(self, text: str, name: str, slot) -> QPushButton:
        return named_button(self, name, text, text.rstrip("…"), slot)

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("OverdueScreen", "Overdue")

    def activate(self) -> None:
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        self._query.call(overdue_board, on_success=self._show_board, on_error=self._show_error)
        self.missing.refresh()
        self.auto_losses.refresh()
        self.shortfalls.refresh()

    def _show_board(self, board: OverdueBoard) -> None:
        self.board = board
        self._show_lines()
        said = []
        if board.suspended_now:
            said.append(
                self.tr("Suspended automatically for samples held too long: {names}.").format(
                    names=", ".join(board.suspended_now)
                )
            )
        if board.lost_now:
            said.append(
                self.tr("Declared lost automatically, held past their tier's limit: {codes}.").format(
                    codes=", ".join(board.lost_now)
                )
            )
        if said:
            show_message(self.message, " ".join(said), error=True)

    def _show_lines(self) -> None:
        lines = self.board.lines if self.board else []
        wanted = self.tier_combo.currentData()
        opened, chosen = self._opened_people(), self.selected()
        self.model.set_people(group_by_streamer([line for line in lines if wanted is None or line.tier == wanted]))
        self._reopen(opened, chosen)
        late = sum(1 for line in lines if line.days_late > 0)
        people = len({line.streamer_id for line in lines if line.days_late > 0})
        self.summary.setText(
            self.tr("{late} sample(s) late with {people} streamer(s); {soon} due within 2 days").format(
                late=late, people=people, soon=len(lines) - late
            )
        )
        self._update_buttons()

    # -- what is selected ------------------------------------------------------------------------------
    def selected(self) -> OverdueStreamer | OverdueLine | None:
        """The selected person or sample."""
        indexes = self.table.selectionModel().selectedRows()
        return indexes[0].data(ROW_ROLE) if indexes else None

    def select(self, streamer_id: str, sample_code: str | None = None) -> bool:
        """Select a person, or opened onto one of their samples (the person when it is gone); False when
        the person is not listed."""
        proxy = self.table.model()
        for top in range(proxy.rowCount()):
            person = proxy.index(top, 0)
            if person.data(ROW_ROLE).streamer_id != streamer_id:
                continue
            target = person
            if sample_code is not None:
                self.table.expand(person)
                target = next(
                    (
                        proxy.index(r, 0, person)
                        for r in range(proxy.rowCount(person))
                        if proxy.index(r, 0, person).data(ROW_ROLE).sample_code == sample_code
                    ),
                    person,
                )
            self.table.setCurrentIndex(target)
            self.table.scrollTo(target)
            return True
        return False

    def selected_line(self) -> OverdueLine | None:
        """The sample a reminder is about: the one selected, or the selected person's worst."""
        chosen = self.selected()
        return chosen.worst if isinstance(chosen, OverdueStreamer) else chosen

    def _loan_line(self) -> OverdueLine | None:
        """A sample of the one loan an extension would change: a person's only when they have one loan."""
        chosen = self.selected()
        if isinstance(chosen, OverdueStreamer):
            return chosen.worst if len(chosen.loan_numbers) == 1 else None
        return chosen

    def _sample_line(self) -> OverdueLine | None:
        """The sample a loss would record: a person's only when they hold one."""
        chosen = self.selected()
        if isinstance(chosen, OverdueStreamer):
            return chosen.worst if len(chosen.lines) == 1 else None
        return chosen

    def is_manager(self) -> bool:
        return self.ctx.actor is not None and self.ctx.actor.role in MANAGER_ROLES

    def _update_buttons(self) -> None:
        self.remind_button.setEnabled(self.selected() is not None and self.ctx.actor is not None)
        person = self.selected() if isinstance(self.selected(), OverdueStreamer) else None
        for button, line in ((self.extend_button, self._loan_line()), (self.lost_button, self._sample_line())):
            button.setEnabled(line is not None and self.is_manager())
            if not self.is_manager():
                button.setToolTip(self.tr("Only a manager may do this."))
            elif person is not None and line is None:
                button.setToolTip(
                    self.tr("{name} has more than one: open the row and choose a sample.").format(
                        name=person.streamer_name
                    )
                )
            else:
                button.setToolTip("")

    def _opened_people(self) -> set[str]:
        proxy = self.table.model()
        return {
            proxy.index(r, 0).data(ROW_ROLE).streamer_id
            for r in range(proxy.rowCount())
            if self.table.isExpanded(proxy.index(r, 0))
        }

    def _reopen(self, opened: set[str], chosen: OverdueStreamer | OverdueLine | None) -> None:
        """After a refresh: the people that were open stay open, and the selection stays where it was."""
        proxy = self.table.model()
        for r in range(proxy.rowCount()):
            if proxy.index(r, 0).data(ROW_ROLE).streamer_id in opened:
                self.table.expand(proxy.index(r, 0))
        if chosen is not None:
            self.select(chosen.streamer_id, chosen.sample_code if isinstance(chosen, OverdueLine) else None)

    # -- actions ------------------------------------------------------------------------------------
    def log_reminder(self) -> ReminderDialog | None:
        line = self.selected_line()
        if line is None:
            return None
        dialog = ReminderDialog(self.ctx, line, self)
        dialog.saved.connect(
            lambda _r: self._done(self.tr("Reminder to {name} logged.").format(name=line.streamer_name))
        )
        dialog.open()
        return dialog

    def extend_due(self) -> ExtendDueDialog | None:
        line = self._loan_line()
        if line is None or not self.is_manager():
            return None
        dialog = ExtendDueDialog(self.ctx, line.holding(), self)
        dialog.saved.connect(
            lambda change: self._done(
                self.tr("Loan {loan} is now due {due}.").format(
                    loan=change.loan_number, due=change.new_due_at.astimezone(self.ctx.tz).strftime("%Y-%m-%d")
                )
            )
        )
        dialog.open()
        return dialog

    def declare_lost(self) -> DeclareLostDialog | None:
        line = self._sample_line()
        if line is None or not self.is_manager():
            return None
        dialog = DeclareLostDialog(self.ctx, line.holding(), self)
        dialog.saved.connect(
            lambda loss: self._done(self.tr("Sample {code} recorded as lost.").format(code=loss.sample_code))
        )
        dialog.open()
        return dialog

    def _done(self, sentence: str) -> None:
        show_message(self.message, sentence)

    def print_list(self) -> None:
        from printing.overdue_list import build_overdue_list  # reportlab: with the first call list, not at start

        if self.board is None:
            return
        title = self.tr("Call list")
        pdf = build_overdue_list(
            self.model.lines(),
            self.ctx.showroom.name,
            self.board.as_of,
            self.ctx.showroom.timezone,
            QCoreApplication.translate,
        )
        self.ctx.print_desk.preview(self, "report", title, pdf)

    def _on_changed(self, topics: set) -> None:
        if topics & REFRESH_TOPICS and self.isVisible():
            self.refresh()

    def _show_error(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)


def call_list_view(model: OverdueCallModel, accessible_name: str) -> QTreeView:
    """A sortable tree over the call list: a person's row opens (→ or a click) onto their samples."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortLocaleAware(True)
    view = QTreeView()
    view.setModel(proxy)
    view.setObjectName("overdueTable")
    view.setAccessibleName(accessible_name)
    view.setAlternatingRowColors(True)
    view.setUniformRowHeights(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSortingEnabled(True)
    view.sortByColumn(OverdueCallModel.TIER, Qt.SortOrder.AscendingOrder)
    view.header().setStretchLastSection(True)
    view.header().setObjectName("overdueTableHeader")
    view.header().setAccessibleName(QCoreApplication.translate("Accessibility", "Column headers"))

    def fit_columns() -> None:
        for column in range(model.columnCount()):
            view.resizeColumnToContents(column)

    model.modelReset.connect(fit_columns)
    # a sample's code and product are wider than its person's row; measured once the rows are laid out
    view.expanded.connect(lambda _index: QTimer.singleShot(0, fit_columns))
    return view
