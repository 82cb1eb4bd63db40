"""Status bar: which showroom, who is at the counter, and whether HQ has everything."""
from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from showroom.services.outbox import outbox_status
from ui import labels
from ui.context import UiContext
from ui.widgets.accessibility import named


class CounterStatusBar(QStatusBar):
    def __init__(self, ctx: UiContext, demo: bool, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("statusBar")
        room = ctx.showroom
        text = "{} ({})".format(room.name, room.code)
        if demo:
            text += " · " + self.tr("DEMO")
        self.showroom_label = named(QLabel(text), "showroomLabel")
        self.staff_label = named(QLabel(), "staffLabel")
        self.sync_label = named(QLabel(), "syncLabel")
        self.sync_label.setAccessibleName(self.tr("Sync status"))
        for widget in (self.showroom_label, self.staff_label):
            self.addWidget(widget)
        self.addPermanentWidget(self.sync_label)
        self.show_actor()
        # A bound method, not a lambda: Qt drops the connection when this bar is destroyed (log out,
        # language switch); a lambda would outlive it and touch deleted labels.
        ctx.bus.changed.connect(self._on_changed)
        self.refresh_sync()

    def show_actor(self) -> None:
        actor = self.ctx.actor
        self.staff_label.setText(
            self.tr("Staff: {name} ({role})").format(name=actor.name, role=labels.role(actor.role)) if actor else "")

    def _on_changed(self, _topics: set) -> None:
        self.refresh_sync()

    def refresh_sync(self) -> None:
        self.ctx.call(outbox_status, on_success=self._show_sync, on_error=lambda _e: None)

    def _show_sync(self, status) -> None:
        # Sync with HQ is not connected yet: the counter works offline and keeps every change.
        self.sync_label.setText(self.tr("● Offline (HQ sync not set up) · {n} change(s) waiting").format(
            n=status.pending))
        self.sync_label.setStyleSheet("color: #8a6d00;")
