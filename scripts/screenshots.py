"""Screenshots of every screen on the demo showroom, in Chinese, from the real window.

Run under a display (make screenshots uses Xvfb):  python scripts/screenshots.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from demo.seed import ensure_demo  # noqa: E402
from present import i18n  # noqa: E402
from showroom.services import samples, setup, staff, streamers, tier_policies  # noqa: E402
from showroom.services.backups import take_daily_backup_if_due  # noqa: E402
from showroom.store import Store  # noqa: E402
from ui.app import demo_hint  # noqa: E402
from ui.context import UiContext  # noqa: E402
from ui.dialogs.about_dialog import AboutDialog  # noqa: E402
from ui.dialogs.backup_dialog import BackupDialog  # noqa: E402
from ui.dialogs.login_dialog import LoginDialog  # noqa: E402
from ui.dialogs.settings_dialog import SettingsDialog  # noqa: E402
from ui.dialogs.setup_wizard import SetupWizard  # noqa: E402
from ui.dialogs.staff_dialog import StaffDialog  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402
from ui.screens.stocktake import StocktakeScreen  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402


def settle(ctx: UiContext, extra: float = 0.4) -> None:
    deadline = time.monotonic() + 10
    while ctx.tasks.pending() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    end = time.monotonic() + extra
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def scan(ctx: UiContext, field, text: str) -> None:
    QTest.keyClicks(field, text)
    QTest.keyClick(field, Qt.Key.Key_Return)
    settle(ctx, 0.1)


def pick_borrower(store):
    """A streamer who already holds a little and may borrow two more: the busiest honest case."""
    for person in streamers.search_streamers(store.uow()):
        panel = streamers.streamer_panel(store.uow(), person.id)
        room = panel.policy.max_samples_out - len(panel.holdings)
        if panel.holdings and not panel.blocks and room >= 2:
            return panel
    raise SystemExit("no suitable demo streamer")


def main(out_dir: Path) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    _app = QApplication.instance() or QApplication(sys.argv)  # kept alive for the run
    i18n.install("zh_CN")
    data_dir = Path(tempfile.mkdtemp(prefix="showroom-shots-"))
    store = ensure_demo(data_dir)
    tasks = TaskRunner()
    ctx = UiContext(
        store=store, tasks=tasks, showroom=setup.showroom_info(store.uow()), log_path=data_dir / "logs" / "showroom.log"
    )
    prefs = Preferences(data_dir)

    _login = login_shot(ctx, prefs, out_dir)  # kept alive for the run, as the dialog always was
    ctx.actor = staff.login(store.uow(), "张小雨", "1111")
    window = MainWindow(ctx, prefs, demo=True)
    window.resize(1366, 800)
    window.show()
    settle(ctx)
    counter_shots(ctx, window, out_dir)
    screen_shots(ctx, window, out_dir)
    manager_shots(ctx, prefs, window, out_dir)
    stocktake_shot(ctx, window, out_dir)
    auto_loss_shot(ctx, window, out_dir)
    admin_shots(ctx, window, out_dir)

    window.close()
    tasks.shutdown()
    store.close()
    wizard_shot(out_dir)
    recover_shot(out_dir)
    print(f"screenshots written to {out_dir}")


def login_shot(ctx: UiContext, prefs: Preferences, out_dir: Path) -> LoginDialog:
    login = LoginDialog(ctx, prefs, demo_hint())
    login.show()
    settle(ctx)
    login.grab().save(str(out_dir / "login.png"))
    login.close()
    return login


def counter_shots(ctx: UiContext, window: MainWindow, out_dir: Path) -> None:
    """Check-out with a streamer and two samples scanned; check-in with two samples of a loan scanned."""
    store = ctx.store
    panel = pick_borrower(store)
    in_stock = samples.list_samples(store.uow(), status="in_stock", limit=50)
    window.show_screen(0)
    checkout_screen = window.screens[0]
    scan(ctx, checkout_screen.scan, panel.streamer.member_code)
    for row in in_stock[:2]:
        scan(ctx, checkout_screen.scan, row.code)
    settle(ctx)
    window.grab().save(str(out_dir / "checkout.png"))

    on_loan = [r for r in samples.list_samples(store.uow(), status="on_loan") if r.loan_number]
    first_loan = on_loan[0].loan_number
    window.show_screen(1)
    for row in [r for r in on_loan if r.loan_number == first_loan][:2]:
        scan(ctx, window.screens[1].scan, row.code)
    settle(ctx)
    window.grab().save(str(out_dir / "checkin.png"))


def screen_shots(ctx: UiContext, window: MainWindow, out_dir: Path) -> None:
    """Intake, samples, streamers, overdue and reports, each with something chosen."""
    window.show_screen(2)
    intake = window.screens[2]
    intake.search_field.setText("茶")  # typed through an input method, not key by key
    QTest.keyClick(intake.search_field, Qt.Key.Key_Return)
    settle(ctx, 0.8)
    intake.table.selectRow(0)
    settle(ctx)
    window.grab().save(str(out_dir / "intake.png"))

    window.show_screen(3)
    screen = window.screens[3]
    settle(ctx, 0.8)
    screen.table.selectRow(3)
    settle(ctx)
    window.grab().save(str(out_dir / "samples.png"))

    window.show_screen(4)
    screen = window.screens[4]
    screen.search_field.setText("冯乐乐")
    QTest.keyClick(screen.search_field, Qt.Key.Key_Return)
    settle(ctx, 0.8)
    screen.table.selectRow(0)
    settle(ctx)
    window.grab().save(str(out_dir / "streamers.png"))

    window.show_screen(5)  # overdue: who to call first
    settle(ctx, 0.8)
    calls = window.screens[5].table  # a tree: the first person, opened onto their samples
    calls.expand(calls.model().index(0, 0))
    calls.setCurrentIndex(calls.model().index(0, 0))
    settle(ctx)
    window.grab().save(str(out_dir / "overdue.png"))

    window.show_screen(6)  # reports: today's daily report, previewed
    reports = window.screens[6]
    reports.choose_day(0)
    reports.make_daily()
    settle(ctx, 1.5)
    window.grab().save(str(out_dir / "report-screen.png"))


def manager_shots(ctx: UiContext, prefs: Preferences, window: MainWindow, out_dir: Path) -> None:
    """The settings dialog: tier policies, then printing."""
    ctx.actor = staff.login(ctx.store.uow(), "李经理", "8888")  # settings are a manager's
    settle(ctx)
    dialog = SettingsDialog(ctx, prefs, window)
    dialog.resize(900, 560)
    dialog.show()
    settle(ctx, 0.8)
    dialog.grab().save(str(out_dir / "settings-tiers.png"))
    dialog.tabs.setCurrentWidget(dialog.printing_page)
    settle(ctx)
    dialog.grab().save(str(out_dir / "print-settings.png"))
    dialog.close()


def stocktake_shot(ctx: UiContext, window: MainWindow, out_dir: Path) -> None:
    """A count of the fullest shelf, two thirds scanned, with a lent sample, another shelf's and another city's
    among the finds (the demo has no count of its own; the manager logged in above starts one)."""
    store = ctx.store
    in_stock = samples.list_samples(store.uow(), status="in_stock")
    shelf = Counter(row.shelf for row in in_stock if row.shelf).most_common(1)[0][0]
    on_shelf = [row for row in in_stock if row.shelf == shelf]
    elsewhere = next(row for row in in_stock if row.shelf and row.shelf != shelf)
    lent = samples.list_samples(store.uow(), status="on_loan", limit=1)[0]
    index = next(i for i, screen in enumerate(window.screens) if isinstance(screen, StocktakeScreen))
    window.show_screen(index)
    screen = window.screens[index]
    settle(ctx)
    screen.start_panel.tick(shelf)
    screen.start_count(screen.start_panel.chosen())
    settle(ctx)
    scanned = on_shelf[: max(len(on_shelf) * 2 // 3, 1)]
    for code in [row.code for row in scanned[:-1]] + [lent.code, elsewhere.code, "JN-000077", scanned[-1].code]:
        scan(ctx, screen.scan, code)
    screen.page.select(lent.code)  # the settle bar offers what a manager may do with it
    settle(ctx)
    window.grab().save(str(out_dir / "stocktake.png"))


def auto_loss_shot(ctx: UiContext, window: MainWindow, out_dir: Path) -> None:
    """The overdue list once the tiers declare a sample lost after 9 days late (the demo's tiers never do): the
    samples the counter declared lost by itself wait under the call list for the manager logged in above."""
    policies = tier_policies.read_tier_policies(ctx.store.uow())
    nine_days = [replace(policy, lose_after_days_late=9) for policy in policies]
    tier_policies.save_tier_policies(ctx.store.uow(), ctx.actor, nine_days)
    window.status.show_actor()  # the manager, as the buttons the picture shows are a manager's
    window.show_screen(5)
    overdue = window.screens[5]
    overdue.refresh()
    settle(ctx, 1.0)
    overdue.auto_losses.refresh()  # the board declares them in its own lane: the panel lists them after
    settle(ctx, 0.8)
    overdue.auto_losses.table.selectRow(0)
    settle(ctx)
    window.grab().save(str(out_dir / "overdue-auto-loss.png"))


def admin_shots(ctx: UiContext, window: MainWindow, out_dir: Path) -> None:
    """Staff (with a locked clerk), backups (with today's), about."""
    store = ctx.store
    ctx.actor = staff.login(store.uow(), "王店长", "0000")  # staff and backups are an admin's
    for name in ("张小雨", "张小雨", "张小雨", "张小雨", "张小雨"):  # a clerk who forgot her PIN: locked
        try:
            staff.login(store.uow(), name, "9999")
        except Exception:  # noqa: BLE001  (LoginFailed, then AccountLocked: what the picture shows)
            pass
    dialog = StaffDialog(ctx, window)
    dialog.show()
    settle(ctx, 0.8)
    dialog.grab().save(str(out_dir / "staff.png"))
    dialog.close()
    take_daily_backup_if_due(store.uow())
    dialog = BackupDialog(ctx, window)
    dialog.show()
    settle(ctx, 0.8)
    dialog.grab().save(str(out_dir / "backups.png"))
    dialog.close()
    dialog = AboutDialog(ctx, demo=True, parent=window)
    dialog.show()
    settle(ctx)
    dialog.grab().save(str(out_dir / "about.png"))
    dialog.close()


def wizard_shot(out_dir: Path) -> None:
    """The first start on an empty folder: the wizard's showroom page, filled in."""
    data_dir = Path(tempfile.mkdtemp(prefix="showroom-wizard-"))
    store = Store(data_dir)
    tasks = TaskRunner()
    wizard = SetupWizard(tasks, store.uow, Preferences(data_dir))
    wizard.show()
    QCoreApplication.processEvents()
    wizard.next()
    page = wizard.showroom_page
    page.code.setText("CS")
    page.name.setText("长沙直播样品间")
    page.city.setText("长沙")
    QCoreApplication.processEvents()
    wizard.grab().save(str(out_dir / "setup-wizard.png"))
    wizard.reject()
    tasks.shutdown()
    store.close()


def recover_shot(out_dir: Path) -> None:
    """The wizard's other way in on a new PC: recover this showroom from HQ, filled in (no HQ is asked)."""
    from ui.sync_runner import SyncRunner

    data_dir = Path(tempfile.mkdtemp(prefix="showroom-recover-"))
    store = Store(data_dir)
    tasks = TaskRunner()
    runner = SyncRunner(data_dir, tasks, first_sync_ms=-1)
    wizard = SetupWizard(tasks, store.uow, Preferences(data_dir), runner=runner)
    wizard.show()
    wizard.language_page.recover_choice.setChecked(True)
    wizard.next()
    page = wizard.recover_page
    page.url.setText("http://hq.example.com:8400")
    page.code.setText("K7QHM-2XD9P")
    page.pin.setText("246810")
    page.pin_again.setText("246810")
    QCoreApplication.processEvents()
    wizard.grab().save(str(out_dir / "setup-recover.png"))
    wizard.reject()
    runner.stop()
    tasks.shutdown()
    store.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
