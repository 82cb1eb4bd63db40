"""Streamers: find and register streamers, see what they hold and have borrowed, block or lift a block."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QInputDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from present import labels
from present.errors import describe
from present.formatting import money
from present.refusal_details import describe_blocks
from present.reliability_text import is_poor, reliability_line
from showroom.domain.model import Role, StreamerStatus
from showroom.services import streamers
from showroom.services.records import list_policies
from showroom.services.views import StreamerDetail, StreamerView
from ui.context import LatestAnswer
from ui.dialogs.streamer_dialog import StreamerDialog
from ui.models.streamer_detail_models import HoldingTableModel, LoanSummaryTableModel
from ui.models.streamer_table_model import StreamerTableModel
from ui.widgets.accessibility import debounce_timer, name_qt_parts
from ui.widgets.export_button import ExportButton
from ui.widgets.holding_actions import HoldingActions
from ui.widgets.reprint_buttons import ReprintButtons
from ui.widgets.tables import (
    RowTableView,
    detail_form,
    detail_title,
    lay_out_list_with_detail,
    message_label,
    section_title,
    show_message,
)

SEARCH_DELAY_MS = 250
BLOCKING_ROLES = {Role.MANAGER.value, Role.ADMIN.value}


class StreamersScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("streamersScreen")
        self._rows_query = LatestAnswer(ctx)
        self._detail_query = LatestAnswer(ctx)
        self._select_id: str | None = None
        self.detail: StreamerDetail | None = None
        # Injectable for tests: (title, prompt) -> reason, or None when cancelled.
        self.ask_reason: Callable[[str, str], str | None] = self._ask_reason
        # Injectable for tests: (streamer, tier codes) -> the chosen tier, or None when cancelled.
        self.ask_tier: Callable[[StreamerView, list[str]], str | None] = self._ask_tier

        self.search_field = QLineEdit()
        self.search_field.setObjectName("streamerSearchField")
        self.search_field.setAccessibleName(self.tr("Streamer search"))
        self.search_field.setPlaceholderText(self.tr("Name, phone, handle or member code"))
        self.search_field.setClearButtonEnabled(True)
        self.register_button = self._button(
            self.tr("Register streamer…"),
            "registerStreamerButton",
            self.tr("Register streamer"),
            lambda: self.register_streamer(),
        )
        self.count_label = QLabel()
        self.count_label.setObjectName("streamerCountLabel")
        self.model = StreamerTableModel(self)
        self.table = RowTableView(self.model, "streamerTable", self.tr("Streamers"))
        self.message = message_label("streamersMessage")
        self.export_button = ExportButton(self.model, self.table, self.tr("streamers"), self, self.message)

        lay_out_list_with_detail(
            self,
            [self.search_field, self.register_button, self.count_label, self.export_button],
            self.table,
            self._build_detail_panel(),
            (560, 600),
            self.message,
        )

        self._search_timer = debounce_timer(self, SEARCH_DELAY_MS, self.refresh)
        self.search_field.textEdited.connect(lambda _: self._search_timer.start())
        self.search_field.returnPressed.connect(self.refresh)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.ctx.bus.changed.connect(self._on_changed)
        name_qt_parts(self)
        self._show_detail(None)

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("StreamersScreen", "Streamers")

    def _button(self, text: str, name: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def _build_detail_panel(self) -> QWidget:
        panel = QWidget()
        panel.setObjectName("streamerDetailPanel")
        self.detail_title = detail_title("streamerDetailTitle")
        form, self.detail_fields = detail_form(
            "streamerDetail",
            (
                ("member", self.tr("Member code")),
                ("contact", self.tr("Phone / platform")),
                ("tier", self.tr("Tier")),
                ("status", self.tr("Status")),
                ("borrow", self.tr("Can borrow")),
                ("deposit", self.tr("Deposit held")),
                ("record", self.tr("Record")),
                ("reliability", self.tr("Reliability")),
            ),
        )
        buttons = self._build_standing_buttons()
        self.holdings_model = HoldingTableModel(self.ctx.tz, self)
        self.holdings_table = RowTableView(self.holdings_model, "holdingsTable", self.tr("Samples held now"))
        self.loans_model = LoanSummaryTableModel(self.ctx.tz, self)
        self.loans_table = RowTableView(self.loans_model, "loansTable", self.tr("Loan history"), sortable=False)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.detail_title)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(section_title(self.tr("Holding now")))
        layout.addWidget(self.holdings_table, 1)
        self.holding_actions = HoldingActions(self.ctx, self.holdings_table, panel)
        self.holding_actions.done.connect(lambda sentence: show_message(self.message, sentence))
        layout.addWidget(self.holding_actions)
        layout.addWidget(section_title(self.tr("Loans")))
        layout.addWidget(self.loans_table, 1)
        self.paper_buttons = self._build_paper_buttons(panel)
        self.loans_table.selectionModel().selectionChanged.connect(lambda *_: self.paper_buttons.refresh())
        layout.addWidget(self.paper_buttons)
        return panel

    def _build_standing_buttons(self) -> QHBoxLayout:
        """The row that changes a streamer's standing: suspend, blacklist, lift block, change tier."""
        self.suspend_button = self._button(
            self.tr("Suspend…"), "suspendButton", self.tr("Suspend streamer"), self.suspend
        )
        self.blacklist_button = self._button(
            self.tr("Blacklist…"), "blacklistButton", self.tr("Blacklist streamer"), self.blacklist
        )
        self.lift_button = self._button(
            self.tr("Lift block…"), "liftBlockButton", self.tr("Lift block"), self.lift_block
        )
        buttons = QHBoxLayout()
        self.tier_button = self._button(
            self.tr("Change tier…"), "changeTierButton", self.tr("Change tier"), self.change_tier
        )
        for b in (self.suspend_button, self.blacklist_button, self.lift_button, self.tier_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        return buttons

    def _build_paper_buttons(self, panel: QWidget) -> ReprintButtons:
        """Member card and the selected loan's receipts, printed again on demand."""
        return ReprintButtons(
            self.ctx,
            [
                ("card", self.tr("Print member card"), "printCardButton"),
                ("receipt", self.tr("Reprint check-out receipt"), "reprintReceiptButton"),
                ("return", self.tr("Print return receipt"), "printReturnReceiptButton"),
            ],
            self._paper_key,
            lambda text: show_message(self.message, text, error=True),
            panel,
        )

    def _paper_key(self, kind: str):
        if kind == "card":
            streamer = self.selected_streamer()
            return streamer.member_code if streamer else None
        loan = self.loans_table.selected_row()
        return loan.number if loan else None

    def activate(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()
        self.refresh()

    # -- the list ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._search_timer.stop()
        self._rows_query.call(
            streamers.search_streamers, self.search_field.text(), on_success=self._show_rows, on_error=self._show_error
        )

    def _show_rows(self, rows: list[StreamerView]) -> None:
        current = self.selected_streamer()
        wanted = self._select_id or (current.id if current else None)
        self._select_id = None
        self.model.set_rows(rows)
        self.count_label.setText(self.tr("%n streamer(s)", "", len(rows)))
        if wanted and self.table.select_where(lambda s: s.id == wanted):
            return
        if len(rows) == 1:  # a scanned card or a full phone number: show them at once
            self.table.selectRow(0)
            return
        self._show_detail(None)

    def selected_streamer(self) -> StreamerView | None:
        return self.table.selected_row()

    def _on_selection(self, *_) -> None:
        row = self.selected_streamer()
        self._update_block_buttons(row)
        if row is None:
            return
        self._detail_query.call(
            streamers.streamer_detail, row.id, on_success=self._show_detail, on_error=self._show_error
        )

    # -- the detail -------------------------------------------------------------------------------
    def _show_detail(self, detail: StreamerDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.detail_title.setText(self.tr("Select a streamer to see their details."))
            for value in self.detail_fields.values():
                value.clear()
            self.holdings_model.set_rows([])
            self.loans_model.set_rows([])
            self._update_block_buttons(None)
            self.paper_buttons.refresh()
            return
        panel = detail.panel
        s, policy = panel.streamer, panel.policy
        status = labels.streamer_status(s.status)
        if s.reason:
            status = self.tr("{status}: {reason}").format(status=status, reason=labels.status_reason(s.reason))
        overdue = len(panel.overdue)
        texts = {
            "member": s.member_code,
            "contact": self.tr("{phone} · {platform} {handle}").format(
                phone=s.phone, platform=labels.platform(s.platform), handle=s.handle
            ),
            "tier": self.tr("{tier} — up to {count} samples, {days} days").format(
                tier=labels.tier(s.tier), count=policy.max_samples_out, days=policy.loan_days
            ),
            "status": status,
            "borrow": (
                self.tr("No: {blocks}").format(blocks=describe_blocks(panel.blocks)) if panel.blocks else self.tr("Yes")
            ),
            "deposit": money(panel.deposit_held_fen),
            "record": self.tr("{loans} loan(s); {late} sample(s) returned late; {overdue} overdue now").format(
                loans=panel.loans_total, late=panel.returned_late, overdue=overdue
            ),
            "reliability": reliability_line(panel.reliability, panel.policy),
        }
        self.detail_title.setText(s.name)
        for key, text in texts.items():
            self.detail_fields[key].setText(text)
        blocked = s.status != StreamerStatus.ACTIVE.value
        self.detail_fields["status"].setStyleSheet("color: #c62828;" if blocked else "")
        self.detail_fields["borrow"].setStyleSheet("color: #c62828;" if panel.blocks else "")
        self.detail_fields["reliability"].setStyleSheet(
            "color: #c62828;" if is_poor(panel.reliability, panel.policy) else ""
        )
        self.holdings_model.set_rows(panel.holdings)
        self.loans_model.set_rows(detail.loans)
        self._update_block_buttons(s)
        self.paper_buttons.refresh()

    # -- blocking (managers) ----------------------------------------------------------------------
    def can_block(self) -> bool:
        return self.ctx.actor is not None and self.ctx.actor.role in BLOCKING_ROLES

    def _update_block_buttons(self, s: StreamerView | None) -> None:
        allowed = self.can_block() and s is not None
        status = s.status if s else None
        self.suspend_button.setEnabled(allowed and status == StreamerStatus.ACTIVE.value)
        self.blacklist_button.setEnabled(allowed and status != StreamerStatus.BLACKLISTED.value)
        # A blacklist protects every showroom: only an administrator may lift it.
        lift_role_ok = status != StreamerStatus.BLACKLISTED.value or (
            self.ctx.actor is not None and self.ctx.actor.role == Role.ADMIN.value
        )
        self.lift_button.setEnabled(allowed and status != StreamerStatus.ACTIVE.value and lift_role_ok)
        self.tier_button.setEnabled(allowed)
        tip = "" if self.can_block() else self.tr("Only a manager may block or unblock a streamer.")
        for button in (self.suspend_button, self.blacklist_button, self.lift_button, self.tier_button):
            button.setToolTip(tip)

    def suspend(self) -> None:
        self._change_status(
            self.tr("Suspend streamer"), self.tr("Why is {name} suspended?"), streamers.block_streamer, blacklist=False
        )

    def blacklist(self) -> None:
        self._change_status(
            self.tr("Blacklist streamer"),
            self.tr("Why is {name} blacklisted? This applies in every showroom."),
            streamers.block_streamer,
            blacklist=True,
        )

    def lift_block(self) -> None:
        self._change_status(self.tr("Lift block"), self.tr("Why may {name} borrow again?"), streamers.unblock_streamer)

    def _change_status(self, title: str, prompt: str, service, **kwargs) -> None:
        s = self.selected_streamer()
        if s is None or not self.can_block():
            return
        reason = self.ask_reason(title, prompt.format(name=s.name))
        if reason is None:
            return
        self.ctx.call_as_actor(
            service, s.id, reason, on_success=self._status_changed, on_error=self._show_error, **kwargs
        )

    def _status_changed(self, s: StreamerView) -> None:
        show_message(
            self.message,
            self.tr("{name} is now {status}.").format(name=s.name, status=labels.streamer_status(s.status)),
        )
        self._select_id = s.id

    def change_tier(self) -> None:
        s = self.selected_streamer()
        if s is None or not self.can_block():
            return
        self.ctx.call(
            list_policies,
            on_success=lambda policies: self._tier_chosen(s, [p.tier for p in policies]),
            on_error=self._show_error,
        )

    def _tier_chosen(self, s: StreamerView, tiers: list[str]) -> None:
        tier = self.ask_tier(s, tiers)
        if tier is None or tier == s.tier:
            return
        reason = self.ask_reason(
            self.tr("Change tier"),
            self.tr("Why does {name} become {tier}?").format(name=s.name, tier=labels.tier(tier)),
        )
        if reason is None:
            return
        self.ctx.call_as_actor(
            streamers.set_streamer_tier, s.id, tier, reason, on_success=self._tier_changed, on_error=self._show_error
        )

    def _tier_changed(self, s: StreamerView) -> None:
        show_message(self.message, self.tr("{name} is now {tier}.").format(name=s.name, tier=labels.tier(s.tier)))
        self._select_id = s.id

    def _ask_tier(self, s: StreamerView, tiers: list[str]) -> str | None:
        names = [labels.tier(t) for t in tiers]
        current = tiers.index(s.tier) if s.tier in tiers else 0
        name, ok = QInputDialog.getItem(
            self, self.tr("Change tier"), self.tr("New tier for {name}:").format(name=s.name), names, current, False
        )
        return tiers[names.index(name)] if ok else None

    def _ask_reason(self, title: str, prompt: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, prompt)
        return text if ok else None

    # -- registering ------------------------------------------------------------------------------
    def register_streamer(self) -> StreamerDialog:
        typed = self.search_field.text().strip()
        dialog = StreamerDialog(self.ctx, self, phone=typed if typed.isdigit() else "")
        dialog.saved.connect(self._registered)
        dialog.open()
        return dialog

    def _registered(self, s: StreamerView) -> None:
        show_message(
            self.message, self.tr("{name} registered with member code {code}.").format(name=s.name, code=s.member_code)
        )
        self._select_id = s.id
        self.search_field.clear()

    def _on_changed(self, topics: set) -> None:
        if topics & {"streamers", "loans"}:
            self.refresh()

    def _show_error(self, exc: Exception) -> None:
        show_message(self.message, describe(exc, self.ctx.tz), error=True)
