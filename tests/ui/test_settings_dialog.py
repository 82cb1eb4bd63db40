"""File → Settings…: every page saved at once by a manager, refused for a clerk, refusals shown in place."""

from __future__ import annotations

from showroom.services.records import list_policies
from showroom.services.settings import read_settings
from tests.integration.helpers import dump_database, events
from tests.ui.conftest import wait_idle
from ui.dialogs.settings_dialog import SettingsDialog
from ui.preferences import LANGUAGE, Preferences


def open_dialog(qtbot, ui_ctx, prefs):
    dialog = SettingsDialog(ui_ctx, prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, ui_ctx)
    assert dialog.save_button.isEnabled()
    return dialog


def tab_titles(dialog):
    return [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]


def test_a_manager_saves_every_page_at_once(qtbot, ui_ctx, counter, tmp_path):
    ui_ctx.actor = counter.manager
    dialog = open_dialog(qtbot, ui_ctx, Preferences(tmp_path))
    assert tab_titles(dialog) == [
        "Tier policies",
        "Printing",
        "Receipt terms",
        "Streamer reliability",
        "Backups",
        "Language",
        "HQ",
    ]
    tiers = dialog.tier_page
    assert tiers.table.rowCount() == 4
    tiers.editor_for("gold", "loan_days").setValue(9)
    tiers.editor_for("gold", "deposit_rule").setCurrentIndex(tiers.editor_for("gold", "deposit_rule").findData("none"))
    assert not tiers.editor_for("gold", "deposit_per_sample_fen").isEnabled()
    tiers.editor_for("new", "suspend_after_days_late").setValue(0)  # "never"
    printing = dialog.printing_page
    printing.layout_combo.setCurrentIndex(printing.layout_combo.findData("a4-3x8"))
    printing.width_combo.setCurrentIndex(printing.width_combo.findData(58))
    printing.copies["receipt"].setValue(2)
    printing.switches["print.receipt.after_checkin"].setChecked(False)
    dialog.spec_pages["receipt"].fields["receipt.terms"].setPlainText("样品七天内归还")
    dialog.spec_pages["reliability"].fields["reliability.min_on_time_percent"].setValue(80)
    dialog.spec_pages["backup"].fields["backup.folder"].setText(str(tmp_path / "backups"))
    dialog.spec_pages["backup"].fields["backup.keep"].setValue(30)
    assert not dialog.hq_page.url_edit.isEnabled() and "not connected" in dialog.hq_page.note.text()
    announced = []
    ui_ctx.bus.changed.connect(announced.append)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.accept()
    values = read_settings(counter.uow())
    assert (
        values["print.label.layout"],
        values["print.receipt.width_mm"],
        values["print.receipt.copies"],
        values["print.receipt.after_checkin"],
        values["receipt.terms"],
        values["reliability.min_on_time_percent"],
        values["backup.folder"],
        values["backup.keep"],
    ) == ("a4-3x8", 58, 2, False, "样品七天内归还", 80, str(tmp_path / "backups"), 30)
    policies = {p.tier: p for p in list_policies(counter.uow())}
    assert (policies["gold"].loan_days, policies["gold"].deposit_rule, policies["new"].suspend_after_days_late) == (
        9,
        "none",
        None,
    )
    assert sorted(p["tier"] for _, _, p in events(counter.store.db_path, "tier_policy.changed@1")) == ["gold", "new"]
    assert {"settings"} in announced and not dialog.isVisible()
    wait_idle(qtbot, ui_ctx)


def test_a_refused_tier_term_saves_no_page_and_points_at_the_cell(qtbot, ui_ctx, counter, tmp_path):
    ui_ctx.actor = counter.manager
    dialog = open_dialog(qtbot, ui_ctx, Preferences(tmp_path))
    dialog.spec_pages["backup"].fields["backup.keep"].setValue(30)  # valid, on another page
    gold_rule = dialog.tier_page.editor_for("gold", "deposit_rule")
    gold_rule.setCurrentIndex(gold_rule.findData("per_sample"))
    dialog.tier_page.editor_for("gold", "deposit_per_sample_fen").setValue(0)  # a per-sample deposit of ¥0
    dialog.tabs.setCurrentIndex(4)
    before = dump_database(counter.store.db_path)
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert dialog.error_text().startswith("Gold: ") and "Deposit per sample" in dialog.error_text()
    assert dialog.tabs.currentWidget() is dialog.tier_page and dialog.isVisible() and dialog.result_value is None
    assert dump_database(counter.store.db_path) == before


def test_a_clerk_is_refused_by_the_service_too(qtbot, ui_ctx, counter, tmp_path):
    dialog = open_dialog(qtbot, ui_ctx, Preferences(tmp_path))  # ui_ctx acts as the clerk
    before = dump_database(counter.store.db_path)
    dialog.accept()
    wait_idle(qtbot, ui_ctx)
    assert dialog.error_text() and dialog.result_value is None
    assert dump_database(counter.store.db_path) == before


def test_choosing_another_language_reopens_the_window_in_it(qtbot, ui_ctx, counter, tmp_path):
    from ui.main_window import MainWindow

    ui_ctx.actor = counter.admin
    prefs = Preferences(tmp_path)
    window = MainWindow(ui_ctx, prefs)
    qtbot.addWidget(window)
    dialog = window.settings_dialog()
    wait_idle(qtbot, ui_ctx)
    page = dialog.language_page
    page.combo.setCurrentIndex(page.combo.findData("en" if prefs.get(LANGUAGE) != "en" else "zh_CN"))
    chosen = page.value()
    with qtbot.waitSignal(window.language_switched, timeout=5000) as switched:
        dialog.accept()
    assert switched.args == [chosen]
    wait_idle(qtbot, ui_ctx)
