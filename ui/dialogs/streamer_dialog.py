"""Register a streamer (主播): who they are, where they stream, and the tier that sets their limits."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit

from present import labels
from showroom.domain.model import Platform
from showroom.services import streamers
from showroom.services.records import list_policies
from ui.widgets.print_check import watch_printable
from ui.widgets.service_dialog import ServiceDialog

DEFAULT_TIER = "new"


class StreamerDialog(ServiceDialog):
    """`saved` carries the new StreamerView. Tiers come from the showroom's policies."""

    def __init__(self, ctx, parent=None, phone: str = ""):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Register streamer"))
        self.setObjectName("streamerDialog")
        self.name_edit = self.add_field(
            self.tr("Name"), QLineEdit(), "streamerNameEdit", self.tr("Streamer name"), "streamer_name"
        )
        self.name_warning = watch_printable(self.form, self.name_edit, "streamerNameWarning")
        self.phone_edit = self.add_field(
            self.tr("Phone"), QLineEdit(phone), "streamerPhoneEdit", self.tr("Streamer phone"), "phone"
        )
        self.phone_edit.setPlaceholderText(self.tr("11-digit mobile number"))
        self.platform_combo = QComboBox()
        for platform in Platform:
            self.platform_combo.addItem(labels.platform(platform.value), platform.value)
        self.add_field(self.tr("Platform"), self.platform_combo, "platformCombo", self.tr("Platform"), "platform")
        self.handle_edit = self.add_field(
            self.tr("Handle"), QLineEdit(), "handleEdit", self.tr("Platform handle"), "handle"
        )
        self.handle_edit.setPlaceholderText(self.tr("e.g. @xiaomei"))
        self.handle_warning = watch_printable(self.form, self.handle_edit, "handleWarning")
        self.tier_combo = QComboBox()
        self.add_field(self.tr("Tier"), self.tier_combo, "tierCombo", self.tr("Tier"), "tier")
        self.save_button.setEnabled(False)  # until the tiers are known
        self.ctx.call(list_policies, on_success=self._show_tiers, on_error=self.show_error)

    def _show_tiers(self, policies) -> None:
        self.tier_combo.clear()
        for p in policies:
            text = self.tr("{tier} — up to {count} samples, {days} days").format(
                tier=labels.tier(p.tier), count=p.max_samples_out, days=p.loan_days
            )
            self.tier_combo.addItem(text, p.tier)
        at = self.tier_combo.findData(DEFAULT_TIER)
        self.tier_combo.setCurrentIndex(max(at, 0))
        # Clerks register newcomers; a higher tier (bigger limits, less deposit) is a manager's call.
        manager = self.ctx.actor is not None and self.ctx.actor.role in ("manager", "admin")
        self.tier_combo.setEnabled(manager)
        if not manager:
            self.tier_combo.setToolTip(self.tr("Only a manager may register a streamer above the first tier."))
        self.save_button.setEnabled(True)

    def tiers(self) -> list[str]:
        return [self.tier_combo.itemData(i) for i in range(self.tier_combo.count())]

    def values(self) -> dict:
        return {
            "name": self.name_edit.text(),
            "phone": self.phone_edit.text(),
            "platform": self.platform_combo.currentData(),
            "handle": self.handle_edit.text(),
            "tier": self.tier_combo.currentData() or DEFAULT_TIER,
        }

    def submit(self) -> None:
        v = self.values()
        self.run(streamers.register_streamer, v.pop("name"), v.pop("phone"), v.pop("platform"), **v)
