"""Screenshots and papers of samples by courier (issue 18), from the real window on a showroom made for it:
three samples mailed from Changsha to Guangzhou, delivered, one back damaged by post and two overdue; a parcel
not delivered in its transit days; one delivered and never sent back.

Run under a display:  xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python scripts/mailing_shots.py docs/screenshots
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from present import i18n  # noqa: E402
from present.mailing_papers import packing_slip_pdf  # noqa: E402
from present.paper_language import paper_translate  # noqa: E402
from printing.daily_report import build_daily_report  # noqa: E402
from scripts.screenshots import scan, settle  # noqa: E402
from showroom.services import catalog, parcel_steps, setup, staff, streamers  # noqa: E402
from showroom.services.common import Actor  # noqa: E402
from showroom.services.delivery_address import DeliveryAddress, set_delivery_address  # noqa: E402
from showroom.services.mailing import ParcelRequest, mail_out  # noqa: E402
from showroom.services.mailing_views import parcel  # noqa: E402
from showroom.services.reports.daily import daily_report  # noqa: E402
from showroom.services.returns import ReturnRequest, check_in  # noqa: E402
from showroom.services.settings import save_settings  # noqa: E402
from showroom.services.tier_policies import read_tier_policies, save_tier_policies  # noqa: E402
from showroom.store import Store  # noqa: E402
from ui.context import UiContext  # noqa: E402
from ui.main_window import SCREENS, MainWindow  # noqa: E402
from ui.preferences import Preferences  # noqa: E402
from ui.screens.mailing import MailingScreen  # noqa: E402
from ui.tasks import TaskRunner  # noqa: E402

NOW = datetime.now(timezone.utc)
AGO = NOW - timedelta(days=16)


def build(store: Store) -> tuple[Actor, list[str], dict[str, str]]:
    admin = setup.set_up_showroom(
        store.uow(), "CS", "长沙直播样品间", "长沙", "王店长", "9999", now=AGO - timedelta(days=1)
    )
    made = staff.create_staff(store.uow(), admin, "张小雨", "clerk", "1111", now=AGO - timedelta(days=1))
    clerk = Actor(made.id, made.name, made.role)
    merchant = catalog.create_merchant(store.uow(), clerk, "良品铺子", now=AGO - timedelta(days=1))
    product = catalog.create_product(
        store.uow(), clerk, merchant.id, "每日坚果 30包", retail_price_fen=12900, live_price_fen=9900,
        commission_bp=2000, sample_value_fen=8000, now=AGO - timedelta(days=1),
    )  # fmt: skip
    codes = catalog.receive_samples(store.uow(), clerk, product.id, 12, shelf="A-01", now=AGO - timedelta(days=1)).codes
    policies = [
        dataclasses.replace(p, may_post=True, post_limit=5, post_days=7, return_transit_days=3)
        for p in read_tier_policies(store.uow())
    ]
    save_tier_policies(store.uow(), admin, policies, now=AGO - timedelta(days=1))
    save_settings(
        store.uow(),
        admin,
        {"mailing.return_address": "湖南省长沙市岳麓区麓谷大道 88 号 长沙直播样品间 前台 0731-8888 8888"},
    )
    people = {}
    for name, phone, province, city in (
        ("小美", "13800138000", "广东省", "广州市"),
        ("阿强", "13900139000", "浙江省", "杭州市"),
        ("丽丽", "13700137000", "四川省", "成都市"),
    ):
        sid = streamers.register_streamer(
            store.uow(), admin, name, phone, "douyin", f"@{phone[-4:]}", tier="silver", now=AGO - timedelta(days=1)
        ).id
        address = DeliveryAddress(name, phone, province, city, "天府大道 100 号 1801 室")
        set_delivery_address(store.uow(), clerk, sid, address, True, now=AGO - timedelta(days=1))
        people[name] = sid
    return clerk, codes, people


def story(store: Store, clerk: Actor, codes: list[str], people: dict[str, str]) -> str:
    uow = store.uow
    first = ParcelRequest(people["小美"], codes[:3], "sf", "SF1428574306421", "wechat", "4200001234202611200001")
    sent = mail_out(uow(), clerk, first, now=AGO)
    parcel_steps.mark_delivered(uow(), clerk, sent.waybill, now=AGO + timedelta(days=2))
    parcel_steps.record_return_shipped(uow(), clerk, sent.number, "yto", "YT7521834502934", now=AGO + timedelta(days=8))
    check_in(uow(), clerk, [ReturnRequest(codes[0], "damaged", "外盒压坏")], now=AGO + timedelta(days=10))
    stuck = ParcelRequest(people["阿强"], codes[3:5], "zto", "75312345678901", "alipay", "2026112022001400")
    mail_out(uow(), clerk, stuck, now=NOW - timedelta(days=6))
    kept = ParcelRequest(people["丽丽"], codes[5:6], "jd", "JDVA23456789012", "wechat", "4200001234202611250002")
    kept_view = mail_out(uow(), clerk, kept, now=NOW - timedelta(days=14))
    parcel_steps.mark_delivered(uow(), clerk, kept_view.waybill, now=NOW - timedelta(days=12))
    return sent.waybill


def pdf_png(pdf: bytes, out: Path, dpi: int = 110) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "paper.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", source, out.with_suffix("")], check=True)


def open_window_on(store: Store, data_dir: Path, actor: Actor, screen_class: type) -> tuple:
    """The real main window at the screenshots' size, showing `screen_class`: (ctx, window, screen)."""
    ctx = UiContext(store=store, tasks=TaskRunner(), showroom=setup.showroom_info(store.uow()), actor=actor)
    window = MainWindow(ctx, Preferences(data_dir))
    window.resize(1366, 800)
    window.show()
    index = SCREENS.index(screen_class)
    window.show_screen(index)
    return ctx, window, window.screens[index]


def demo_shop(out_dir: Path, name: str) -> tuple:
    """The showroom the pictures of a feature are taken on, in Chinese, in a scratch folder of its own:
    (the app, its folder, the store, the clerk, the sample codes, the streamers by name, the manager)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    i18n.install("zh_CN")
    data_dir = Path(tempfile.mkdtemp(prefix=f"showroom-{name}-"))
    store = Store(data_dir)
    clerk, codes, people = build(store)
    admin = next(s for s in staff.list_staff(store.uow()) if s.role == "admin")
    return app, data_dir, store, clerk, codes, people, Actor(admin.id, admin.name, admin.role)


def main(out_dir: Path) -> None:
    _app, data_dir, store, clerk, codes, people, _boss = demo_shop(out_dir, "mailing")
    waybill = story(store, clerk, codes, people)
    ctx, window, screen = open_window_on(store, data_dir, clerk, MailingScreen)
    tasks = ctx.tasks
    settle(ctx)
    scan(ctx, screen.form.streamer_field, "13700137000")
    for code in codes[6:8]:
        scan(ctx, screen.form.samples_field, code)
    scan(ctx, screen.form.waybill, "SF1428574306488")
    settle(ctx)
    window.grab().save(str(out_dir / "mailing.png"))
    scan(ctx, screen.waybill_scan, "YT7521834502934")
    settle(ctx)
    screen.receive.set_condition(codes[1], "")
    window.grab().save(str(out_dir / "mailing-receive.png"))
    window.show_screen(5)
    settle(ctx, 1.0)
    window.grab().save(str(out_dir / "overdue-parcels.png"))
    view = parcel(store.uow(), waybill)
    tz = ctx.tz
    pdf_png(packing_slip_pdf(view, tz, "thermal-100x150"), out_dir / "print-packing-slip-100x150.png", 150)
    pdf_png(packing_slip_pdf(view, tz, "a4"), out_dir / "print-packing-slip-a4.png", 80)
    report = daily_report(store.uow(), (NOW - timedelta(days=1)).astimezone(tz).date(), now=NOW)
    pdf_png(build_daily_report(report, paper_translate("zh_CN")), out_dir / "report-daily-parcels.png", 80)
    window.close()
    tasks.shutdown()
    store.close()
    print(f"screenshots written to {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
