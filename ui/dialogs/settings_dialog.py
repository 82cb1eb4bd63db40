"""Settings (managers and admins): tier terms, printing, receipt terms, reliability, language, backups, HQ.

Everything on every page is saved at once by one use case (save_showroom_settings) on the database lane:
a value refused on one page leaves all pages unsaved, and the refusal is shown where the value is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from present import labels
from present.errors import describe
from showroom.domain.errors import InvalidInput
from showroom.services.hq_address import read_hq_address
from showroom.services.settings import read_settings
from showroom.services.tier_policies import TierPolicyInvalid, read_tier_policies, save_showroom_settings
from showroom.settings import GROUPS, group_of
from ui.preferences import LANGUAGE, Preferences
from ui.settings.printing_page import PrintingPage
from ui.settings.spec_pages import HqPage, LanguagePage, SpecPage
from ui.settings.tier_page import TierPoliciesPage
from ui.widgets.accessibility import name_qt_parts, named
from ui.widgets.tables import message_label, show_message

translate = QCoreApplication.translate
SPEC_GROUPS = ("receipt", "reliability", "backup")
LOADS = ("settings", "policies", "hq")


class SettingsDialog(QDialog):
    saved = Signal(object)  # SavedSettings
    language_chosen = Signal(str)  # emitted after a save that changed this PC's language

    def __init__(self, ctx, prefs: Preferences, parent=None):
        super().__init__(parent)
        self.ctx, self.prefs = ctx, prefs
        self.result_value = None
        self._loaded: set[str] = set()
        self._busy = False
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = named(QTabWidget(), "settingsTabs", self.tr("Settings pages"))
        self.tier_page = TierPoliciesPage()
        self.hq_page = HqPage()
        self.language_page = LanguagePage(prefs.get(LANGUAGE))
        self.printing_page: PrintingPage | None = None
        self.spec_pages: dict[str, SpecPage] = {}
        self.error_label = message_label("settingsError")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = named(
            self.buttons.button(QDialogButtonBox.StandardButton.Save), "saveButton", self.tr("Save")
        )
        named(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancelButton", self.tr("Cancel"))
        self.save_button.setEnabled(False)  # until every page has its current values
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        ctx.call(read_settings, on_success=self._settings_read, on_error=self._load_failed)
        ctx.call(read_tier_policies, on_success=self._policies_read, on_error=self._load_failed)
        ctx.call(read_hq_address, on_success=self._hq_read, on_error=self._load_failed)

    # -- loading: pages are built in a fixed order once every answer is in ----------------------------
    def _settings_read(self, values: dict) -> None:
        self.printing_page = PrintingPage(values)
        self.spec_pages = {group: SpecPage(group, values) for group in SPEC_GROUPS}
        self._loaded_one("settings")

    def _policies_read(self, policies) -> None:
        self.tier_page.set_policies(policies)
        self._loaded_one("policies")

    def _hq_read(self, address) -> None:
        self.hq_page.set_address(address)
        self._loaded_one("hq")

    def _loaded_one(self, what: str) -> None:
        self._loaded.add(what)
        if self._loaded != set(LOADS):
            return
        pages: list[tuple[QWidget, str]] = [
            (self.tier_page, self.tr("Tier policies")),
            (self.printing_page, translate("Settings", GROUPS["print"])),
            *((self.spec_pages[g], translate("Settings", GROUPS[g])) for g in SPEC_GROUPS),
            (self.language_page, self.tr("Language")),
            (self.hq_page, self.tr("HQ")),
        ]
        for page, title in pages:
            self.tabs.addTab(page, title)
        name_qt_parts(self)
        self.save_button.setEnabled(True)

    def _load_failed(self, exc: Exception) -> None:
        show_message(self.error_label, describe(exc, self.ctx.tz), error=True)

    # -- saving ---------------------------------------------------------------------------------------
    def changes(self) -> dict[str, object]:
        values = dict(self.printing_page.values())
        for page in self.spec_pages.values():
            values.update(page.values())
        return values

    def accept(self) -> None:
        if self._busy or self._loaded != set(LOADS):
            return
        show_message(self.error_label, "")
        self._set_busy(True)
        self.ctx.call_as_actor(
            save_showroom_settings,
            self.changes(),
            self.tier_page.values(),
            hq_url=self.hq_page.value(),
            on_success=self._on_saved,
            on_error=self._on_failed,
        )

    def _on_saved(self, result) -> None:
        self._set_busy(False)
        self.result_value = result
        language = self.language_page.value()
        changed_language = language != self.prefs.get(LANGUAGE)
        self.saved.emit(result)
        super().accept()
        if changed_language:
            self.language_chosen.emit(language)  # the window saves the preference and reopens

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        text = describe(exc, self.ctx.tz)
        widget = None
        if isinstance(exc, TierPolicyInvalid):
            text = f"{labels.tier(exc.tier)}: {text}"
            widget = self.tier_page.editor_for(exc.tier, exc.field)
        elif isinstance(exc, InvalidInput) and exc.field == "hq_url":
            widget = self.hq_page.url_edit
        elif isinstance(exc, InvalidInput):
            group = group_of(exc.field)
            page = self.printing_page if group == "print" else self.spec_pages.get(group)
            widget = page.fields.get(exc.field) if page is not None else None
        show_message(self.error_label, text, error=True)
        if widget is not None:
            self.show_page_of(widget)
            widget.setFocus()

    def show_page_of(self, widget: QWidget) -> None:
        for index in range(self.tabs.count()):
            if self.tabs.widget(index).isAncestorOf(widget):
                self.tabs.setCurrentIndex(index)
                return

    def error_text(self) -> str:
        return self.error_label.text()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
