"""Who is at the counter: tier, what they hold and until when, deposit held, what is owed to them, and any
blocks. Money owed to them (a loan closed while they were away) is offered for payment here, since this
is when they are at the counter: `pay_owed_requested(streamer_id, fen)` asks the screen to pay it."""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from kernel.phone import mask_phone
from present import labels
from present.formatting import local_time, money
from present.refusal_details import describe_blocks
from present.reliability_text import is_poor, reliability_line
from showroom.domain.errors import Block
from showroom.services.views import StreamerPanel
from ui.network_text import age_text, holds_against, standing_text

OVERDUE_RED = QColor("#c62828")
_BANNER = {
    True: "background:#fff4e5; color:#7a4300; border:2px solid #f0a33a;",  # a manager may override
    False: "background:#c62828; color:white; border:2px solid #8e0000;",  # nobody may override
}


class StreamerPanelView(QFrame):
    pay_owed_requested = Signal(str, int)  # (streamer id, fen owed): the clerk offers to pay it now

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shown: StreamerPanel | None = None
        self.setObjectName("streamer_panel")
        self.setAccessibleName(self.tr("Streamer"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)

        self.banner = QLabel(self)
        self.banner.setObjectName("streamer_blocks")
        self.banner.setAccessibleName(self.tr("Why this streamer cannot borrow now"))
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        font = self.banner.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.banner.setFont(font)
        self.banner.hide()

        self.name = QLabel(self)
        self.name.setObjectName("streamer_name")
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.platform, self.tier, self.status = QLabel(self), QLabel(self), QLabel(self)
        self.deposit, self.history = QLabel(self), QLabel(self)
        for label in (self.platform, self.tier, self.status, self.deposit, self.history):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.status.setObjectName("streamer_status")
        self.deposit.setObjectName("streamer_deposit")
        self.owed = QLabel(self)
        self.owed.setObjectName("streamer_owed")
        self.owed.setTextFormat(Qt.TextFormat.PlainText)
        self.owed.setStyleSheet("color:#7a4300; font-weight:bold;")
        self.pay_owed = QPushButton(self)
        self.pay_owed.setObjectName("payOwedButton")
        self.pay_owed.setAccessibleName(self.tr("Pay what is owed to the streamer"))
        self.pay_owed.clicked.connect(self._ask_to_pay)
        owed_row = QHBoxLayout()
        owed_row.setContentsMargins(0, 0, 0, 0)
        owed_row.addWidget(self.owed)
        owed_row.addWidget(self.pay_owed)
        owed_row.addStretch(1)

        self.holdings_title = QLabel(self)
        self.holdings = QListWidget(self)
        self.holdings.setObjectName("streamer_holdings")
        self.holdings.setAccessibleName(self.tr("Samples the streamer holds"))
        self.holdings.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.holdings.setAlternatingRowColors(True)
        self.holdings.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.holdings.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self._form = QFormLayout()
        self._form.addRow(self.tr("Platform"), self.platform)
        self._form.addRow(self.tr("Tier"), self.tier)
        self._form.addRow(self.tr("Status"), self.status)
        self._form.addRow(self.tr("Deposit held"), self.deposit)
        self._form.addRow(self.tr("Owed to them"), owed_row)
        self._owed_row = self._form.rowCount() - 1
        self._form.addRow(self.tr("History"), self.history)
        self.reliability = QLabel(self)
        self.reliability.setObjectName("streamer_reliability")
        self.reliability.setWordWrap(True)
        self._form.addRow(self.tr("Reliability"), self.reliability)
        # what other showrooms hold against them, from the last pull (hidden when not connected to HQ)
        self.network = QLabel(self)
        self.network.setObjectName("streamer_network")
        self.network.setTextFormat(Qt.TextFormat.PlainText)
        self.network.setWordWrap(True)
        self._form.addRow(self.tr("Elsewhere"), self.network)

        self.placeholder = QLabel(
            self.tr("Scan the streamer's member card\nor type their phone number and press Enter."), self
        )
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color:#666;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self.name)
        layout.addLayout(self._form)
        layout.addWidget(self.holdings_title)
        layout.addWidget(self.holdings, 1)
        self.clear()

    def clear(self) -> None:
        self._shown = None
        self.name.clear()
        self.holdings.clear()
        self.show_blocks([])
        self._set_details_visible(False)

    def _set_details_visible(self, visible: bool) -> None:
        self.placeholder.setVisible(not visible)
        for widget in (self.name, self.holdings_title, self.holdings):
            widget.setVisible(visible)
        for row in range(self._form.rowCount()):
            self._form.setRowVisible(row, visible)
        self._form.setRowVisible(self._owed_row, visible and self._owed_fen() > 0)

    def _owed_fen(self) -> int:
        return self._shown.owed_fen if self._shown is not None else 0

    def _ask_to_pay(self) -> None:
        if self._shown is not None and self._shown.owed_fen > 0:
            self.pay_owed_requested.emit(self._shown.streamer.id, self._shown.owed_fen)

    def show_panel(self, panel: StreamerPanel, tz: tzinfo) -> None:
        self._shown = panel
        s = panel.streamer
        self.name.setText(s.name)
        handle = f"  {s.handle}" if s.handle else ""
        self.platform.setText(labels.platform(s.platform) + handle)
        self.tier.setText(
            self.tr("{tier} (up to {max} samples, {days} days)").format(
                tier=labels.tier(s.tier), max=panel.policy.max_samples_out, days=panel.policy.loan_days
            )
        )
        status = labels.streamer_status(s.status)
        if s.reason:
            status = self.tr("{status}: {reason}").format(status=status, reason=labels.status_reason(s.reason))
        self.status.setText(status)
        self.status.setStyleSheet("" if s.status == "active" else "color:#c62828; font-weight:bold;")
        self.deposit.setText(money(panel.deposit_held_fen))
        self.owed.setText(money(panel.owed_fen))
        self.pay_owed.setText(self.tr("Pay {amount} now…").format(amount=money(panel.owed_fen)))
        self.history.setText(
            self.tr("{member} · {phone} · {loans} loan(s), {late} returned late").format(
                member=s.member_code, phone=mask_phone(s.phone), loans=panel.loans_total, late=panel.returned_late
            )
        )
        self.reliability.setText(reliability_line(panel.reliability, panel.policy))
        self.reliability.setStyleSheet("color:#c62828;" if is_poor(panel.reliability, panel.policy) else "")
        late = len([h for h in panel.holdings if h.days_overdue > 0])
        if late:
            title = self.tr("Holds {count} sample(s), {late} overdue").format(count=len(panel.holdings), late=late)
        elif panel.holdings:
            title = self.tr("Holds {count} sample(s)").format(count=len(panel.holdings))
        else:
            title = self.tr("Holds no samples")
        self.holdings_title.setText(title)
        self.holdings_title.setStyleSheet("color:#c62828; font-weight:bold;" if late else "font-weight:bold;")
        self.holdings.clear()
        for h in panel.holdings:
            due = local_time(h.due_at, tz, with_time=False)
            if h.days_overdue > 0:
                when = self.tr("due {due}, {days} day(s) late").format(due=due, days=h.days_overdue)
            else:
                when = self.tr("due {due}").format(due=due)
            # One line, code and due date first: a long product name is what gets cut, never the date.
            item = QListWidgetItem(f"{h.sample_code}  {when}  {h.product_name}")
            item.setToolTip(f"{h.sample_code}  {h.product_name}\n{when}")
            if h.days_overdue > 0:
                item.setForeground(QBrush(OVERDUE_RED))
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.holdings.addItem(item)
        self._set_details_visible(True)
        self.show_network(panel)
        self.show_blocks(panel.blocks)

    def show_network(self, panel: StreamerPanel, now: datetime | None = None) -> None:
        network = panel.network
        self._form.setRowVisible(self.network, network is not None)
        if network is None:
            return
        now = now or datetime.now(timezone.utc)
        self.network.setText(f"{standing_text(network)}\n{age_text(network.as_of, now)}")
        self.network.setStyleSheet("color:#c62828; font-weight:bold;" if holds_against(network) else "")

    def show_blocks(self, blocks: list[Block]) -> None:
        if not blocks:
            self.banner.hide()
            self.banner.clear()
            return
        overridable = all(b.overridable for b in blocks)
        if overridable:
            text = self.tr("Blocked: {blocks}. A manager may override.")
        else:
            text = self.tr("Cannot borrow: {blocks}.")
        self.banner.setText(text.format(blocks=describe_blocks(blocks)))
        self.banner.setStyleSheet("padding:8px; border-radius:4px; " + _BANNER[overridable])
        self.banner.show()
