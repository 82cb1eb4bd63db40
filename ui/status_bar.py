"""Status bar: which showroom, who is at the counter, and whether HQ has everything.

HQ away for days is normal: the bar says so calmly (offline, how many changes wait, when the last
sync succeeded) and never opens a dialog about it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar

from present import labels
from present.errors import describe_sync_kind
from present.formatting import local_time
from showroom.sync.service import sync_status
from ui.context import UiContext
from ui.widgets.accessibility import named

CALM, GOOD, BAD = "color: #8a6d00;", "color: #1a7f37;", "color: #b42318;"


class CounterStatusBar(QStatusBar):
    def __init__(self, ctx: UiContext, demo: bool, parent=None, sync=None):
        super().__init__(parent)
        self.ctx, self.sync = ctx, sync
        self.setObjectName("statusBar")
        room = ctx.showroom
        text = f"{room.name} ({room.code})"
        if demo:
            text += " · " + self.tr("DEMO")
        self.showroom_label = named(QLabel(text), "showroomLabel")
        self.staff_label = named(QLabel(), "staffLabel")
        self.sync_label = named(QLabel(), "syncLabel")
        self.sync_label.setAccessibleName(self.tr("Sync status"))
        for widget in (self.showroom_label, self.staff_label):
            self.addWidget(widget)
        self.addPermanentWidget(self.sync_label)
        self._status = None
        self._progress = ""
        self.show_actor()
        # Bound methods, not lambdas: Qt drops the connections when this bar is destroyed (log out,
        # language switch); a lambda would outlive it and touch deleted labels.
        ctx.bus.changed.connect(self._on_changed)
        if sync is not None:
            sync.status_changed.connect(self._show_sync)
            sync.progress.connect(self._on_progress)
            sync.busy_changed.connect(self._on_busy)
            if sync.last_status is not None:
                self._show_sync(sync.last_status)
        self.refresh_sync()

    def show_actor(self) -> None:
        actor = self.ctx.actor
        self.staff_label.setText(
            self.tr("Staff: {name} ({role})").format(name=actor.name, role=labels.role(actor.role)) if actor else ""
        )

    def _on_changed(self, _topics: set) -> None:
        self.refresh_sync()

    def refresh_sync(self) -> None:
        self.ctx.call(sync_status, on_success=self._show_sync, on_error=lambda _e: None)

    def _on_busy(self, busy: bool) -> None:
        self._progress = self.tr("syncing…") if busy else ""
        self._render()

    def _on_progress(self, stage: str, done: int, total: int) -> None:
        percent = 100 * done // max(total, 1)
        self._progress = (self.tr("sending {percent}%") if stage == "push" else self.tr("receiving {percent}%")).format(
            percent=percent
        )
        self._render()

    def _show_sync(self, status) -> None:
        self._status = status
        try:
            self._render()
        except RuntimeError:  # an answer for a bar already gone (log out, language switch)
            pass

    def _render(self) -> None:
        s = self._status
        if s is None:
            return
        last = local_time(s.last_success_at, self.ctx.tz) if s.last_success_at else self.tr("never")
        if not s.enrolled:
            text, style = self.tr("● Offline (not connected to HQ) · {n} change(s) waiting").format(n=s.pending), CALM
        elif s.online:
            text, style = (
                self.tr("● Online · {n} change(s) waiting · last sync {last}").format(n=s.pending, last=last),
                GOOD,
            )
        else:
            text = self.tr("● Offline · {n} change(s) waiting · last sync {last} · {problem}").format(
                n=s.pending, last=last, problem=self._short_problem(s.last_error)
            )
            style = CALM if s.last_error in (None, "unreachable", "server_error") else BAD
        if self._progress:
            text += " · " + self._progress
        tips = []
        if s.clock_off:  # DESIGN.md "Clocks": said, never blocking
            text, style = text + " · " + self._clock_warning(s.hq_clock_skew_s), BAD
            tips.append(
                self.tr(
                    "Set this computer's date and time right (or let it take them from the "
                    "internet): loans and returns are stamped with it."
                )
            )
        self.sync_label.setText(text)
        self.sync_label.setStyleSheet(style)
        if s.enrolled:
            tips.append(self.tr("HQ: {url}").format(url=s.hq_url))
            tips.append(self.tr("Last successful sync: {last}").format(last=last))
            if s.last_error:
                tips.append(describe_sync_kind(s.last_error))
        else:
            tips.append(self.tr("Connect this showroom to HQ with Sync → Connect to HQ…"))
        if s.exceptions:
            tips.append(self.tr("{n} sync exception(s) reported by HQ involve this showroom.").format(n=s.exceptions))
        self.sync_label.setToolTip("\n".join(tips))

    def _clock_warning(self, skew_s: int) -> str:
        """HQ's clock minus ours: positive when this PC is behind."""
        minutes = max(round(abs(skew_s) / 60), 1)
        if skew_s > 0:
            return self.tr("⚠ this PC's clock is {minutes} min behind HQ's").format(minutes=minutes)
        return self.tr("⚠ this PC's clock is {minutes} min ahead of HQ's").format(minutes=minutes)

    def _short_problem(self, kind: str | None) -> str:
        return {
            None: self.tr("not yet synced"),
            "unreachable": self.tr("HQ not reachable"),
            "server_error": self.tr("HQ had a problem"),
            "revoked": self.tr("this computer was revoked at HQ"),
            "protocol": self.tr("update needed"),
            "refused": self.tr("HQ refused some changes"),
            "change_not_applied": self.tr("a change from HQ could not be stored"),
        }.get(kind, self.tr("sync did not finish"))
