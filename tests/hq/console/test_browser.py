"""The console in a real browser: Debian's chromium driven by Playwright, over real HTTP, on PostgreSQL.

A demo network of three cities is seeded through the real sync protocol first; a blacklist made in the
browser then reaches a real counter database through the real sync client. Screenshots of every page, at
1366x768 (what HQ's smallest screens show), go to $SHOWROOM_SHOTS: `make screenshots` sets it to
docs/screenshots; a plain test run writes them to a scratch folder and leaves the tracked ones alone.
"""

from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import select

from demo.network import seed_network
from hq.console.serving import serving
from hq.models import HqShowroom, NetLoan, NetStreamer
from showroom.domain.errors import StreamerBlocked
from showroom.services import checkout, samples, staff, streamers
from showroom.store import Store
from showroom.sync.service import sync_once
from tests.hq.conftest import HqDatabase
from tests.hq.console.conftest import PASSWORD, add_staff

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(os.environ.get("SHOWROOM_SHOTS") or Path(tempfile.gettempdir()) / "showroom-hq-shots")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    """HQ on PostgreSQL served on a loopback port, the demo network seeded into it, and three HQ staff."""
    from hq.app import create_app

    db = HqDatabase("postgresql", tmp_path_factory.mktemp("hq-browser"))
    app = create_app(db.fresh_url(), migrate=False)
    counters = tmp_path_factory.mktemp("counters")
    try:
        with serving(app) as url:
            seed_network(app.state.sessions, url, counters, 3, log=lambda *_: None)
            hq = type("LiveHq", (), {"sessions": app.state.sessions})()
            for login, role in (("wang", "admin"), ("qian", "operator"), ("zhao", "viewer")):
                add_staff(hq, login, role)
            yield type("Live", (), {"url": url, "sessions": app.state.sessions, "counters": counters})()
    finally:
        app.state.engine.dispose()
        db.drop_all()


@pytest.fixture(scope="module")
def chromium():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: scripts/install-system-deps.sh installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN")
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    yield tab
    context.close()


def shot(page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"hq-{name}.png"))


def sign_in(page, live, login: str, then: str = "/console/") -> None:
    page.goto(live.url + then)
    page.fill("input[name=login]", login)
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_url(re.compile(re.escape(live.url + then.split("?")[0])))


def test_sign_in_and_the_dashboard(page, live):
    page.goto(live.url + "/console/")
    assert "/console/sign-in" in page.url
    shot(page, "sign-in")
    page.fill("input[name=login]", "wang")
    page.fill("input[name=password]", "wrong password")
    page.click("button.primary")
    assert "账号或密码错误" in page.text_content(".error")
    page.fill("input[name=password]", PASSWORD)
    page.click("button.primary")
    page.wait_for_selector("svg.trend")
    table = page.text_content("table.grid")
    assert "长沙直播样品间" in table and "济南直播样品间" in table and "厦门直播样品间" in table
    assert page.locator("svg.trend").count() == 3
    shot(page, "dashboard")
    page.click("button[value=en]")
    page.wait_for_selector("text=The network today")
    shot(page, "dashboard-en")
    page.click("button[value=zh]")
    page.wait_for_selector("text=全网今日")


def test_overdue_across_the_network(page, live):
    sign_in(page, live, "zhao", "/console/overdue")
    assert page.locator("table.grid tbody tr").count() > 10
    shot(page, "overdue")
    page.select_option("select[name=city]", "JN")
    page.click("form.filters button.primary")
    page.wait_for_url(re.compile("city=JN"))
    cities = {t.strip() for t in page.locator("table.grid tbody tr td:nth-child(2)").all_text_contents()}
    assert cities == {"济南直播样品间"}


def _a_jinan_streamer(live) -> NetStreamer:
    """Someone who borrowed in Jinan and stands well with the network."""
    with live.sessions() as s:
        jn = s.scalar(select(HqShowroom.id).where(HqShowroom.code == "JN"))
        return s.scalars(
            select(NetStreamer)
            .join(NetLoan, NetLoan.streamer_id == NetStreamer.id)
            .where(NetLoan.showroom_id == jn, NetStreamer.blacklisted.is_(False))
            .order_by(NetStreamer.phone)
        ).first()


def test_blacklist_a_streamer_and_a_counter_refuses_them_after_its_next_sync(page, live):
    person = _a_jinan_streamer(live)
    sign_in(page, live, "qian", "/console/streamers")
    typed = f"+86 {person.phone[:3]} {person.phone[3:7]} {person.phone[7:]}"
    page.fill("input[name=q]", typed)
    page.click("form.filters button.primary")
    page.wait_for_selector("text=信用记录")
    assert person.phone in page.text_content("h1")
    shot(page, "streamer")
    page.fill("textarea[name=reason]", "三件样品逾期一个月未还，电话不接")
    page.click("button.danger")
    page.wait_for_selector(".notice")
    assert "已拉黑" in page.text_content(".notice")
    # Jinan's counter, which served them, gets their record; Changsha's, which never did, their standing:
    # each a real database that syncs through the real client over HTTP
    jinan = Store(live.counters / "JN")
    try:
        sync_once(jinan.uow, live.counters / "JN")
        local = streamers.find_streamer(jinan.uow(), person.phone)
        assert local.status == "blacklisted" and "电话不接" in local.status_reason
    finally:
        jinan.close()
    counter = Store(live.counters / "CS")
    try:
        sync_once(counter.uow, live.counters / "CS")
        newcomer = streamers.register_streamer(counter.uow(), _admin(counter), person.name, typed, "douyin")
        in_stock = [samples.list_samples(counter.uow(), status="in_stock")[0].code]
        with pytest.raises(StreamerBlocked) as refused:
            checkout.check_out(counter.uow(), _admin(counter), newcomer.id, in_stock, "cash")
        assert "blacklisted" in [b.kind for b in refused.value.blocks]  # (and late in Jinan, maybe)
    finally:
        counter.close()


def _admin(store):
    return staff.login(store.uow(), "王店长", "0000")


def test_resolve_an_exception_and_make_an_enrolment_code(page, live):
    sign_in(page, live, "wang", "/console/sync")
    row = page.locator("table.queue tbody tr", has_text="blacklist_lift_ignored").first
    assert "门店解除了黑名单" in row.text_content()
    shot(page, "sync")
    row.locator("input[name=note]").fill("已与济南店长确认：维持总部黑名单")
    row.locator("button").click()
    page.wait_for_selector(".notice")
    assert page.locator("table.queue tbody tr", has_text="blacklist_lift_ignored").count() == 0
    page.goto(live.url + "/console/sync?state=resolved")
    assert "维持总部黑名单" in page.text_content("table.queue")
    page.select_option("select[name=showroom] >> nth=0", "XM")
    page.click("text=生成注册码")
    page.wait_for_selector("#enrol-code")
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}", page.text_content("#enrol-code").strip())
    assert page.locator(".qr svg").count() == 1
    shot(page, "enrol-code")


def test_import_a_catalog_file_with_a_bad_row(page, live, tmp_path):
    sign_in(page, live, "qian", "/console/catalog")
    file = tmp_path / "春季新品.csv"
    file.write_text(
        "商家,商品名称,样品价值,零售价,条码\n"
        "湘味坊食品专营店,藤椒牛肉 200g,18.50,39.90,6901234567892\n"
        "湘味坊食品专营店,,abc,10,\n"
        "花漾美妆旗舰店,玻尿酸精华 30ml,59,129,\n",
        encoding="utf-8-sig",
    )
    page.set_input_files("input[type=file]", str(file))
    page.click("text=检查文件")
    page.wait_for_selector("text=2 行可以导入，1 行有错误")
    shot(page, "catalog-import")
    page.click("text=导入 2 个商品")
    assert "勾选" in page.text_content(".error")
    page.check("input[name=good_rows_only]")
    page.click("text=导入 2 个商品")
    page.wait_for_selector("text=已导入 2 个商品")
    page.goto(live.url + "/console/catalog?q=" + "藤椒")
    page.click("text=藤椒牛肉 200g")
    page.wait_for_selector("input[name=sample_value]")
    shot(page, "product")
    page.goto(live.url + "/console/catalog")
    shot(page, "catalog")


def test_merchant_statement_across_cities(page, live):
    sign_in(page, live, "zhao", "/console/merchants")
    page.fill("input[name=q]", "湘味坊")
    page.click("form.filters button.primary")
    page.click("table.grid tbody a >> nth=0")
    page.wait_for_selector("text=全网对账单")
    assert {"CS", "JN", "XM"} <= set(page.locator("section.card table tbody th").all_text_contents())
    shot(page, "merchant")


def test_csrf_refused_without_a_token(page, live):
    person = _a_jinan_streamer(live)
    sign_in(page, live, "qian", "/console/streamers")
    page.goto(f"{live.url}/console/streamers/{person.id}")
    answer = page.request.post(
        f"{live.url}/console/streamers/{person.id}/blacklist", form={"reason": "伪造的请求"}, max_redirects=0
    )
    assert answer.status == 403 and "表单已过期" in answer.text()
    with live.sessions() as s:
        assert not s.get(NetStreamer, person.id).blacklisted


def test_a_viewer_is_refused_an_operators_action(page, live):
    person = _a_jinan_streamer(live)
    sign_in(page, live, "zhao", f"/console/streamers/{person.id}")
    assert page.locator("textarea[name=reason]").count() == 0  # no form offered
    token = page.get_attribute("form.lang input[name=csrf]", "value")
    answer = page.request.post(
        f"{live.url}/console/streamers/{person.id}/blacklist", form={"reason": "越权", "csrf": token}, max_redirects=0
    )
    assert answer.status == 403 and "无权" in answer.text()
    with live.sessions() as s:
        assert not s.get(NetStreamer, person.id).blacklisted


def test_a_count_at_a_counter_on_the_stocktakes_page(page, live):
    """Xiamen's counter counts three samples and finishes (the rest of its stock is missing at stocktake), syncs
    through the real client; the page lists the count, the filter keeps to Xiamen, the dashboard links to it."""
    from showroom.services.stocktake import count_code, finish_stocktake, start_stocktake

    counter = Store(live.counters / "XM")
    try:
        manager = _admin(counter)
        view = start_stocktake(counter.uow(), manager)
        for sample in samples.list_samples(counter.uow(), status="in_stock")[:3]:
            count_code(counter.uow(), manager, view.id, sample.code)
        done = finish_stocktake(counter.uow(), manager, view.id)
        sync_once(counter.uow, live.counters / "XM")
    finally:
        counter.close()
    sign_in(page, live, "zhao", "/console/stocktakes")
    page.select_option("select[name=showroom]", "XM")
    page.click("form.filters button.primary")
    page.wait_for_url(re.compile("showroom=XM"))
    row = page.locator("table.stocktakes tbody tr").first
    assert done.number in row.text_content() and "已完成" in row.text_content()
    shot(page, "stocktakes")
    page.goto(live.url + "/console/")
    page.click("a[href='/console/stocktakes?showroom=XM']")
    page.wait_for_url(re.compile("stocktakes\\?showroom=XM"))
    assert str(done.totals.missing) in page.text_content("table.stocktakes tbody tr")


@contextmanager
def console_in_chromium(hq, login: str, path: str):
    """HQ served on a loopback port and a headless Chromium signed in as `login` (made a viewer), on `path`:
    yields (page, url, the folder for pictures). For the pages' own tests that take a README picture."""
    from playwright.sync_api import sync_playwright

    add_staff(hq, login, "viewer")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with serving(hq.app) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            tab = browser.new_context(viewport={"width": 1366, "height": 768}, locale="zh-CN").new_page()
            tab.goto(url + path)
            tab.fill("input[name=login]", login)
            tab.fill("input[name=password]", PASSWORD)
            tab.click("button.primary")
            tab.wait_for_url(re.compile(re.escape(url + path.split("?")[0])))
            yield tab, url, SHOTS
        finally:
            browser.close()
