"""A demo showroom: 长沙直播样品间 with a catalogue, streamers and some 45 days of lending history.

Everything is written through the services, exactly as the counter would write it, with `now=` placing
each action in the past, so that the outbox, the movements and the deposit ledger are all consistent.
The result is deterministic for a given `seed` and `now`: the same sample codes, member codes and loan
numbers come out every time (only the UUID primary keys differ).

The history is planned per streamer (a series of visits: return what is held, then borrow a new basket)
and then played in time order. Policies are respected rather than overridden: a streamer whose loan is
overdue now never borrows again after its due date, and each basket fits the tier's limit.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from typing import Callable
from zoneinfo import ZoneInfo

from showroom.domain.model import DepositMethod, LossSettlement, Platform, ReturnCondition, Role
from showroom.services import catalog, checkout, returns, setup, staff, streamers
from showroom.services.common import Actor
from showroom.services.records import list_policies
from showroom.services.returns import ReturnRequest
from showroom.services.views import Override
from showroom.store import Store

DEFAULT_SEED = 20261127

SHOWROOM_CODE = "CS"
SHOWROOM_NAME = "长沙直播样品间"
SHOWROOM_CITY = "长沙"
TIMEZONE = "Asia/Shanghai"
_TZ = ZoneInfo(TIMEZONE)

# Everything happens in opening hours, 10:00-21:00 local time.


@dataclass(frozen=True)
class DemoStaff:
    name: str
    role: str
    pin: str


# The demo's logins; the login screen and the README may show these (they are only for the demo data).
DEMO_STAFF: tuple[DemoStaff, ...] = (
    DemoStaff("王店长", Role.ADMIN.value, "0000"),
    DemoStaff("李经理", Role.MANAGER.value, "8888"),
    DemoStaff("张小雨", Role.CLERK.value, "1111"),
    DemoStaff("刘洋", Role.CLERK.value, "2222"),
)
DEMO_PINS: dict[str, str] = {s.name: s.pin for s in DEMO_STAFF}


@dataclass(frozen=True)
class DemoInfo:
    showroom_code: str
    showroom_name: str
    now: datetime
    merchants: int
    products: int
    samples: int
    streamers: int
    open_loans: int
    overdue_loans: int
    closed_loans: int
    lost_samples: int
    staff: tuple[DemoStaff, ...] = DEMO_STAFF

    @property
    def pins(self) -> dict[str, str]:
        return {s.name: s.pin for s in self.staff}


# --- catalogue -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Merchant:
    name: str
    contact: str
    phone: str
    first_intake: int      # index into _INTAKE_DAYS
    gs1: str               # 7-digit "690..695 + company" prefix of the EAN-13 codes, "" for none


@dataclass(frozen=True)
class _Product:
    merchant: int
    name: str
    brand: str
    category: str
    spec: str
    retail: float          # yuan
    live: float            # yuan
    commission_pct: int
    value: float           # unit value of a sample, yuan
    ean: bool = True
    intro: int | None = None   # intake that brings it in, when later than the merchant's first


_MERCHANTS: tuple[_Merchant, ...] = (
    _Merchant("湘味坊食品专营店", "彭晓军", "13973118426", 0, "6908123"),
    _Merchant("花漾美妆旗舰店", "苏婉", "13807315590", 0, "6923456"),
    _Merchant("锦衣坊女装", "钟丽华", "15874092361", 0, "6935702"),
    _Merchant("栖木家居生活馆", "严明", "18673140258", 1, "6947315"),
    _Merchant("极客数码配件", "黎志伟", "13548706613", 1, "6951208"),
    _Merchant("山野茶社", "向秋菊", "15080729934", 2, "6913577"),
)

_P = _Product
_PRODUCTS: tuple[_Product, ...] = (
    # 湘味坊食品专营店 — 零食
    _P(0, "麻辣小龙虾尾", "湘味坊", "零食", "250g×2盒", 79.9, 59.9, 20, 40),
    _P(0, "酱板鸭 整只", "湘味坊", "零食", "400g 真空装", 88, 68, 20, 45),
    _P(0, "长沙臭豆腐 即食", "湘味坊", "零食", "20袋装 香辣味", 39.9, 29.9, 25, 18),
    _P(0, "手撕牛肉 麻辣味", "湘味坊", "零食", "200g", 69, 49.9, 22, 32),
    _P(0, "常德牛肉粉 速食", "湘味坊", "零食", "6人份", 49.9, 36.9, 20, 20),
    _P(0, "香辣小鱼仔", "湘味坊", "零食", "30包 约450g", 36.9, 26.9, 25, 16),
    _P(0, "剁辣椒 农家自制", "湘辣园", "零食", "500g×2瓶", 35.8, 25.9, 18, 15),
    _P(0, "每日坚果 混合果仁", "果仁记", "零食", "750g/30包 礼盒", 129, 89, 15, 60),
    _P(0, "半熟芝士蛋糕", "甜小满", "零食", "1kg 约20枚", 59.9, 39.9, 30, 25),
    _P(0, "糖油粑粑 速冻", "湘味坊", "零食", "12个装", 45, 32.9, 20, 20, intro=3),
    # 花漾美妆旗舰店 — 美妆
    _P(1, "丝绒哑光口红 #316", "花漾", "美妆", "3.5g", 159, 99, 30, 60),
    _P(1, "持妆气垫粉底 亮肤色", "花漾", "美妆", "15g×2 含替换装", 269, 199, 30, 110),
    _P(1, "玻尿酸补水面膜", "花漾", "美妆", "25片", 199, 129, 35, 50),
    _P(1, "烟酰胺亮肤精华", "花漾", "美妆", "30ml", 299, 219, 28, 120),
    _P(1, "清透防晒乳 SPF50+", "花漾", "美妆", "50ml", 139, 99, 30, 45),
    _P(1, "九色大地色眼影盘", "花漾", "美妆", "9色 12g", 189, 129, 30, 70),
    _P(1, "氨基酸洁面乳", "素颜日记", "美妆", "120g", 89, 59, 25, 30),
    _P(1, "温和卸妆油", "素颜日记", "美妆", "200ml", 129, 89, 25, 45),
    _P(1, "白茶淡香水", "花漾", "美妆", "50ml", 399, 299, 25, 180, intro=2),
    # 锦衣坊女装 — 服饰
    _P(2, "双面羊绒大衣 驼色", "锦衣坊", "服饰", "M码", 1299, 899, 20, 520, ean=False),
    _P(2, "加厚连帽卫衣 灰色", "锦衣坊", "服饰", "L码", 199, 139, 25, 70, ean=False),
    _P(2, "高腰直筒牛仔裤", "锦衣坊", "服饰", "27码 浅蓝", 259, 169, 25, 90, ean=False),
    _P(2, "法式碎花连衣裙", "锦衣坊", "服饰", "S码", 329, 229, 25, 120, ean=False),
    _P(2, "90白鸭绒羽绒服 黑色", "锦衣坊", "服饰", "M码 中长款", 899, 599, 18, 380, ean=False, intro=4),
    _P(2, "高领打底针织衫 米白", "锦衣坊", "服饰", "均码", 129, 89, 28, 45, ean=False),
    _P(2, "德绒保暖内衣套装", "暖小熊", "服饰", "M码 肤色", 159, 99, 30, 55),
    _P(2, "羊毛格纹围巾", "锦衣坊", "服饰", "180×70cm", 239, 159, 22, 85, ean=False, intro=3),
    _P(2, "厚底老爹鞋 白色", "步履轻", "服饰", "37码", 399, 269, 20, 150),
    # 栖木家居生活馆 — 家居
    _P(3, "60支长绒棉四件套", "栖木", "家居", "1.8m床 雾霾蓝", 699, 459, 20, 260),
    _P(3, "316不锈钢保温杯", "栖木", "家居", "500ml 奶白", 169, 109, 25, 55),
    _P(3, "可折叠收纳箱 三件套", "栖木", "家居", "大中小各1", 89, 59.9, 25, 30),
    _P(3, "无火香薰 白茶", "栖木", "家居", "200ml 含藤条", 129, 79, 30, 35),
    _P(3, "珊瑚绒毛毯", "栖木", "家居", "150×200cm", 159, 99, 22, 60, intro=3),
    _P(3, "可视空气炸锅", "厨小白", "家居", "5L", 399, 259, 15, 180),
    _P(3, "陶瓷餐具套装", "栖木", "家居", "16件 釉下彩", 299, 199, 20, 110),
    _P(3, "双层电热饭盒", "厨小白", "家居", "1L 可插电", 149, 99, 18, 55),
    # 极客数码配件 — 数码
    _P(4, "主动降噪蓝牙耳机 Pro", "极客", "数码", "白色 续航30小时", 399, 269, 18, 160),
    _P(4, "快充充电宝", "极客", "数码", "20000mAh 22.5W", 159, 109, 15, 65),
    _P(4, "三合一磁吸无线充电器", "极客", "数码", "15W", 199, 129, 18, 75),
    _P(4, "智能手表 S3 运动版", "极客", "数码", "1.43英寸 黑色", 599, 399, 15, 260),
    _P(4, "直播补光灯 带落地支架", "极客", "数码", "18英寸 三色温", 259, 169, 20, 95),
    _P(4, "无线领夹麦克风", "极客", "数码", "一拖二 Type-C", 299, 199, 20, 110),
    _P(4, "暖手宝充电宝二合一", "极客", "数码", "10000mAh", 89, 59, 25, 30, intro=4),
    _P(4, "迷你便携投影仪", "极客", "数码", "1080P 自动对焦", 899, 599, 12, 420, intro=2),
    # 山野茶社 — 茶饮
    _P(5, "安化黑茶 千两茶", "山野茶社", "茶饮", "1kg 2019年", 368, 258, 25, 120),
    _P(5, "古丈毛尖 明前", "山野茶社", "茶饮", "250g 罐装", 298, 198, 25, 100),
    _P(5, "桂花乌龙冷泡茶", "山野茶社", "茶饮", "15袋", 59, 39.9, 30, 20),
    _P(5, "红糖姜茶", "山野茶社", "茶饮", "12条 180g", 39.9, 25.9, 30, 12, intro=4),
)

_SHELF_LETTER = {"零食": "A", "茶饮": "A", "美妆": "B", "服饰": "C", "家居": "D", "数码": "B"}

# Days (relative to today) on which merchants deliver samples.
_INTAKE_DAYS = (-60, -53, -44, -33, -21, -9)

_DAMAGE_NOTES = {
    "零食": ("外包装压破", "包装漏气"),
    "茶饮": ("茶盒角压扁", "外袋撕开"),
    "美妆": ("口红断头", "外盒有划痕", "试用过量"),
    "服饰": ("领口有粉底印", "吊牌缺失", "开线一处"),
    "家居": ("杯身磕碰掉漆", "外箱破损"),
    "数码": ("屏幕有划痕", "外壳磕碰"),
}
_MISSING_NOTES = {
    "零食": ("少一袋",), "茶饮": ("少两袋",), "美妆": ("替换装未还",), "服饰": ("腰带未还",),
    "家居": ("藤条缺失", "少一只碗"), "数码": ("缺充电线", "缺收纳盒"),
}


def ean13(body12: str) -> str:
    """Appends the EAN-13 check digit (weights 1,3 from the left) to 12 digits."""
    if len(body12) != 12 or not body12.isdigit():
        raise ValueError(body12)
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


def _fen(yuan: float) -> int:
    return int(round(yuan * 100))


# --- streamers -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Streamer:
    name: str
    handle: str
    platform: str
    tier: str
    interests: tuple[str, ...]
    final: str                 # open | due | overdue | closed | partial | extended | none
    k: int = 0                 # open/due: due in k days; overdue: k days late; closed: last visit k days ago
    first: int = -42           # earliest day of a visit
    lost: str = ""             # forfeit | charge: a sample declared lost on a visit
    block: str = ""            # suspend | blacklist, after the history
    block_reason: str = ""
    override_visit: int = -1   # this visit's deposit is waived with a manager's override


_DOUYIN, _KUAISHOU, _TAOBAO = Platform.DOUYIN.value, Platform.KUAISHOU.value, Platform.TAOBAO.value
_CHANNELS, _XHS, _OTHER = Platform.CHANNELS.value, Platform.XIAOHONGSHU.value, Platform.OTHER.value

_S = _Streamer
_STREAMERS: tuple[_Streamer, ...] = (
    _S("周晓婷", "@婷婷好物分享", _DOUYIN, "diamond", ("美妆", "家居", "零食"), "open", 6, first=-45),
    _S("陈思远", "@远哥说数码", _DOUYIN, "gold", ("数码",), "open", 4, first=-44),
    _S("黄美玲", "美玲的衣橱", _TAOBAO, "gold", ("服饰",), "overdue", 2, first=-43),
    _S("刘畅", "畅畅吃货日记", _KUAISHOU, "silver", ("零食", "茶饮"), "closed", 2, first=-45, lost="forfeit"),
    _S("杨雪", "雪儿美妆", _XHS, "silver", ("美妆",), "due", 1, first=-40),
    _S("赵一鸣", "@一鸣严选", _DOUYIN, "diamond", ("家居", "数码", "零食"), "overdue", 3, first=-45),
    _S("吴佳怡", "佳怡的小日子", _CHANNELS, "silver", ("家居", "零食"), "closed", 1, first=-38,
       override_visit=1),
    _S("徐婉清", "@婉清家居好物", _DOUYIN, "gold", ("家居",), "extended", first=-41),
    _S("孙浩然", "浩然爱测评", _KUAISHOU, "silver", ("数码", "家居"), "overdue", 5, first=-39),
    _S("马丽娜", "@娜娜穿搭", _DOUYIN, "new", ("服饰", "美妆"), "due", 0, first=-20),
    _S("朱晨曦", "晨曦零食铺", _KUAISHOU, "new", ("零食",), "overdue", 1, first=-22),
    _S("胡小蝶", "小蝶护肤笔记", _XHS, "silver", ("美妆",), "partial", first=-36),
    _S("郭志强", "强哥带货", _KUAISHOU, "gold", ("零食", "茶饮", "家居"), "open", 3, first=-44),
    _S("何欣怡", "欣怡生活馆", _TAOBAO, "silver", ("家居", "服饰"), "closed", 5, first=-35),
    _S("高露", "露露种草机", _XHS, "new", ("美妆",), "closed", 8, first=-27),
    _S("林子涵", "@子涵的直播间", _DOUYIN, "silver", ("服饰", "美妆"), "overdue", 7, first=-42),
    _S("罗佳琪", "琪琪宝藏店", _CHANNELS, "new", ("零食", "家居"), "due", 2, first=-18),
    _S("梁静怡", "静怡家居", _TAOBAO, "new", ("家居",), "closed", 12, first=-30),
    _S("宋雨桐", "@桐桐美食", _DOUYIN, "silver", ("零食", "茶饮"), "open", 4, first=-37),
    _S("谢俊杰", "@杰哥数码控", _DOUYIN, "gold", ("数码",), "closed", 3, first=-40),
    _S("唐诗琪", "诗琪穿搭日记", _XHS, "silver", ("服饰",), "closed", 6, first=-33),
    _S("韩梅", "梅姐好货", _KUAISHOU, "diamond", ("零食", "家居", "服饰", "茶饮"), "open", 8, first=-43),
    _S("冯乐乐", "@乐乐吃不停", _DOUYIN, "new", ("零食",), "overdue", 10, first=-30, block="suspend",
       block_reason="本单逾期一周未还，电话多次未接通，暂停借样"),
    _S("邓晓峰", "峰哥严选", _CHANNELS, "silver", ("数码", "茶饮"), "open", 3, first=-28),
    _S("曹颖", "颖宝种草", _XHS, "new", ("美妆", "服饰"), "none", 4),
    _S("彭丹", "@丹丹湘味", _DOUYIN, "silver", ("零食", "茶饮"), "closed", 15, first=-41),
    _S("曾小贤", "小贤的日常", _OTHER, "new", ("数码", "零食"), "none", 1),
    _S("蒋欣", "欣欣向荣", _KUAISHOU, "new", ("服饰", "家居"), "closed", 22, first=-40, lost="charge",
       block="blacklist", block_reason="样品转卖至二手平台（已核实），已照价赔偿，永久拉黑"),
)

_PHONE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                   "155", "156", "157", "158", "159", "176", "177", "180", "181", "182", "185", "186",
                   "187", "188", "189", "199")

_BASKET = {"new": (1, 3), "silver": (2, 5), "gold": (3, 7), "diamond": (4, 9)}


# --- the player --------------------------------------------------------------------------------------

@dataclass
class _Loan:
    number: str
    streamer: int
    opened_day: int
    due_at: datetime
    out: list[str]


@dataclass
class _Visit:
    day: int
    borrow: bool = True                 # every visit first brings back what is held; then maybe borrows
    basket: int | None = None
    planned_offset: int | None = None   # planned stream day, days after the visit
    lost: str = ""
    override: bool = False


@dataclass(order=True)
class _Action:
    at: datetime
    seq: int
    run: Callable[[datetime], datetime | None] = field(compare=False)   # returns the last time it used


class _Demo:
    def __init__(self, store: Store, now: datetime, seed: int):
        self.store = store
        self.now = now
        self.today = now.astimezone(_TZ).date()
        self.rng = random.Random(seed)
        self.actions: list[_Action] = []
        self.staff: dict[str, Actor] = {}
        self.product_ids: list[str] = []
        self.merchant_ids: list[str] = []
        self.in_stock: dict[str, int] = {}          # sample code -> product index, for those on the shelf
        self.product_of: dict[str, int] = {}        # every sample code -> product index
        self.streamer_ids: dict[int, str] = {}
        self.loans: dict[str, _Loan] = {}
        self.lost = 0
        self.loan_days: dict[str, int] = {}
        self.max_out: dict[str, int] = {}

    # time ------------------------------------------------------------------------------------------
    def at(self, day: int, hour: int, minute: int, second: int = 0) -> datetime:
        local = datetime.combine(self.today + timedelta(days=day), time(hour, minute, second), tzinfo=_TZ)
        return local.astimezone(timezone.utc)

    def visit_time(self, day: int, latest_hour: int = 20) -> datetime:
        minutes = self.rng.randint(10 * 60 + 15, latest_hour * 60 + 15)
        return self.at(day, minutes // 60, minutes % 60, self.rng.randint(0, 59))

    def schedule(self, when: datetime, run: Callable[[datetime], datetime | None]) -> None:
        self.actions.append(_Action(when, len(self.actions), run))

    def counter_clerk(self, when: datetime) -> Actor:
        """张小雨 works the early shift, 刘洋 the late one; the manager sometimes serves too."""
        if self.rng.random() < 0.08:
            return self.staff["李经理"]
        local = when.astimezone(_TZ).time()
        return self.staff["张小雨"] if local < time(15, 30) else self.staff["刘洋"]

    # set-up ----------------------------------------------------------------------------------------
    def set_up(self) -> None:
        first = self.at(_INTAKE_DAYS[0] - 2, 10, 5)
        admin_spec, *others = DEMO_STAFF
        admin = setup.set_up_showroom(self.store.uow(), SHOWROOM_CODE, SHOWROOM_NAME, SHOWROOM_CITY,
                                      admin_spec.name, admin_spec.pin, TIMEZONE, now=first)
        self.staff[admin.name] = admin
        for i, spec in enumerate(others):
            view = staff.create_staff(self.store.uow(), admin, spec.name, spec.role, spec.pin,
                                      now=first + timedelta(minutes=5 * (i + 1)))
            self.staff[view.name] = Actor(view.id, view.name, view.role)
        policies = list_policies(self.store.uow())
        self.loan_days = {p.tier: p.loan_days for p in policies}
        self.max_out = {p.tier: p.max_samples_out for p in policies}

    # catalogue -------------------------------------------------------------------------------------
    def plan_catalogue(self) -> None:
        shelf_next: dict[str, int] = {}
        shelves: list[str] = []
        for p in _PRODUCTS:
            letter = _SHELF_LETTER[p.category]
            n = shelf_next.get(letter, 0)
            shelf_next[letter] = n + 1
            shelves.append(f"{letter}-{n % 12 + 1:02d}")
        self.product_ids = [""] * len(_PRODUCTS)
        self.merchant_ids = [""] * len(_MERCHANTS)
        item_no: dict[int, int] = {}
        eans: list[str | None] = []
        for p in _PRODUCTS:
            m = _MERCHANTS[p.merchant]
            item_no[p.merchant] = item_no.get(p.merchant, 0) + 1
            eans.append(ean13(f"{m.gs1}{item_no[p.merchant] * 37 + 101:05d}") if p.ean and m.gs1 else None)
        for intake, day in enumerate(_INTAKE_DAYS):
            clock = self.at(day, 10, self.rng.randint(5, 25))
            for mi, m in enumerate(_MERCHANTS):
                lines = []
                for pi, p in enumerate(_PRODUCTS):
                    if p.merchant != mi:
                        continue
                    intro = p.intro if p.intro is not None else m.first_intake
                    if intake == intro:
                        qty = self.rng.randint(2, 3) if p.value >= 300 else self.rng.randint(3, 6)
                        lines.append((pi, qty, True))
                    elif intake > intro and self.rng.random() < 0.35:
                        lines.append((pi, self.rng.randint(1, 3), False))
                if not lines:
                    continue
                clerk = self.staff["张小雨"] if intake % 2 == 0 else self.staff["刘洋"]
                if intake == m.first_intake:
                    clock += timedelta(minutes=2)
                    self.schedule(clock, self._merchant_action(mi, clerk))
                for pi, qty, new in lines:
                    if new:
                        clock += timedelta(minutes=1, seconds=self.rng.randint(0, 50))
                        self.schedule(clock, self._product_action(pi, eans[pi], clerk))
                    clock += timedelta(minutes=1, seconds=self.rng.randint(0, 50))
                    self.schedule(clock, self._intake_action(pi, qty, shelves[pi], clerk))

    def _merchant_action(self, mi: int, clerk: Actor):
        def run(when: datetime) -> None:
            m = _MERCHANTS[mi]
            view = catalog.create_merchant(self.store.uow(), clerk, m.name, m.contact, m.phone, now=when)
            self.merchant_ids[mi] = view.id
        return run

    def _product_action(self, pi: int, ean: str | None, clerk: Actor):
        def run(when: datetime) -> None:
            p = _PRODUCTS[pi]
            view = catalog.create_product(
                self.store.uow(), clerk, self.merchant_ids[p.merchant], p.name, brand=p.brand,
                category=p.category, spec=p.spec, retail_price_fen=_fen(p.retail), live_price_fen=_fen(p.live),
                commission_bp=p.commission_pct * 100, sample_value_fen=_fen(p.value), ean=ean, now=when)
            self.product_ids[pi] = view.id
        return run

    def _intake_action(self, pi: int, qty: int, shelf: str, clerk: Actor):
        def run(when: datetime) -> None:
            result = catalog.receive_samples(self.store.uow(), clerk, self.product_ids[pi], qty, shelf=shelf,
                                             now=when)
            for code in result.codes:
                self.in_stock[code] = pi
                self.product_of[code] = pi
        return run

    # streamers -------------------------------------------------------------------------------------
    def phones(self) -> list[str]:
        seen: set[str] = set()
        out = []
        while len(out) < len(_STREAMERS):
            phone = self.rng.choice(_PHONE_PREFIXES) + f"{self.rng.randint(0, 99_999_999):08d}"
            if phone not in seen:
                seen.add(phone)
                out.append(phone)
        return out

    def gap(self, tier: str) -> int:
        days = self.loan_days[tier]
        if tier == "diamond":
            return self.rng.randint(4, 9)
        r = self.rng.random()
        if r < 0.8:
            return self.rng.randint(max(2, days - 2), days)
        if r < 0.94:
            return days + self.rng.randint(1, 2)
        return days + self.rng.randint(3, 5)

    def plan_visits(self, s: _Streamer) -> list[_Visit]:
        days = self.loan_days[s.tier]
        if s.final == "none":
            return []
        if s.final in ("open", "due"):
            last = s.k - days
        elif s.final == "overdue":
            last = -(days + s.k)
        elif s.final == "extended":
            last = -(days + 1)
        elif s.final == "partial":
            last = -(days + 1)
        else:  # closed
            last = -s.k
        # Walk back from the last visit: each visit returns what the one before lent. Now and then a
        # streamer brings everything back and only borrows again some days later (a return-only visit).
        visits = [_Visit(last, borrow=s.final != "closed")]
        cursor = last
        while True:
            pause = (s.tier != "diamond" and visits[0].borrow and self.rng.random() < 0.45)
            back = cursor - self.rng.randint(3, 9) if pause else cursor
            lend = back - self.gap(s.tier)
            if lend < s.first:
                break
            if pause:
                visits.insert(0, _Visit(back, borrow=False))
            visits.insert(0, _Visit(lend))
            cursor = lend
        if len(visits) == 1 and not visits[0].borrow:
            visits.insert(0, _Visit(last - self.gap(s.tier)))
        for i, v in enumerate(visits[:-1]):
            nxt = visits[i + 1].day - v.day
            if s.tier != "diamond" and self.rng.random() < 0.25 and nxt - 1 <= days - 1:
                v.planned_offset = self.rng.randint(max(0, nxt - 1), days - 1)
        if s.final == "partial":
            visits[-1].basket = 4
        if s.lost == "forfeit":
            # a visit in the middle of the history that brings a loan back
            bringing_back = [v for prev, v in zip(visits, visits[1:]) if prev.borrow]
            bringing_back[len(bringing_back) // 2].lost = "forfeit"
        elif s.lost == "charge":
            visits[-1].lost = "charge"
        if s.override_visit >= 0:
            lending = [v for v in visits if v.borrow]
            lending[min(s.override_visit, len(lending) - 1)].override = True
        return visits

    def plan_streamers(self) -> None:
        phones = self.phones()
        for si, s in enumerate(_STREAMERS):
            visits = self.plan_visits(s)
            if not visits:
                when = self.visit_time(-s.k)
                self.schedule(when, self._register_action(si, phones[si]))
                continue
            for vi, v in enumerate(visits):
                latest = 19 if v.day == -1 else 20
                when = self.visit_time(v.day, latest)
                if vi == 0:
                    self.schedule(when, self._register_action(si, phones[si]))
                    when += timedelta(minutes=self.rng.randint(2, 6))
                self.schedule(when, self._visit_action(si, v))
                if v.lost and s.block:
                    self.schedule(when + timedelta(minutes=25), self._block_action(si))
            tail = visits[-1]
            if s.final == "partial":
                back = self.visit_time(tail.day + 3)
                self.schedule(back, self._partial_return_action(si))
            if s.final == "extended":
                ask = self.visit_time(-2)
                self.schedule(ask, self._extend_action(si))
            if s.block and not any(v.lost for v in visits):
                # after the due date has passed and the phone went unanswered for a few days
                self.schedule(self.visit_time(-4), self._block_action(si))

    def _register_action(self, si: int, phone: str):
        def run(when: datetime) -> None:
            s = _STREAMERS[si]
            view = streamers.register_streamer(self.store.uow(), self.counter_clerk(when), s.name, phone,
                                               s.platform, s.handle, tier=s.tier, now=when)
            self.streamer_ids[si] = view.id
        return run

    def held(self, si: int) -> list[_Loan]:
        return [loan for loan in self.loans.values() if loan.streamer == si and loan.out]

    def _condition(self, code: str) -> ReturnRequest:
        category = _PRODUCTS[self.product_of[code]].category
        r = self.rng.random()
        if r < 0.05:
            return ReturnRequest(code, ReturnCondition.DAMAGED.value, self.rng.choice(_DAMAGE_NOTES[category]))
        if r < 0.08:
            return ReturnRequest(code, ReturnCondition.PARTS_MISSING.value,
                                 self.rng.choice(_MISSING_NOTES[category]))
        return ReturnRequest(code)

    def check_in(self, when: datetime, codes: list[str]) -> None:
        if not codes:
            return
        requests = [self._condition(c) for c in codes]
        returns.check_in(self.store.uow(), self.counter_clerk(when), requests, now=when)
        for code in codes:
            for loan in self.loans.values():
                if code in loan.out:
                    loan.out.remove(code)
                    break
            self.in_stock[code] = self.product_of[code]

    def _visit_action(self, si: int, v: _Visit):
        def run(when: datetime) -> datetime:
            s = _STREAMERS[si]
            day = (when.astimezone(_TZ).date() - self.today).days
            loans = self.held(si)
            if s.tier == "diamond" and v.borrow:
                # heavy borrowers keep last week's basket while taking a new one
                loans = [ln for ln in loans if day - ln.opened_day >= 5]
            codes = [c for ln in loans for c in ln.out]
            if v.lost and codes:
                lost_code, codes = codes[0], codes[1:]
                when = self.declare_lost(when, si, lost_code, v.lost)
                when += timedelta(minutes=1)
            if codes:
                self.check_in(when, codes)
                when += timedelta(minutes=self.rng.randint(2, 8))
            if v.borrow:
                self.borrow(when, si, v)
            return when
        return run

    def declare_lost(self, when: datetime, si: int, code: str, settlement: str) -> datetime:
        manager = self.staff["李经理"]
        if settlement == "forfeit":
            returns.declare_lost(self.store.uow(), manager, code, LossSettlement.FORFEIT_DEPOSIT.value,
                                 "主播称样品寄给粉丝试用后丢失，押金抵扣", now=when)
        else:
            returns.declare_lost(self.store.uow(), manager, code, LossSettlement.CHARGE.value,
                                 "样品未归还，按样品价值赔付", DepositMethod.WECHAT.value, now=when)
        for loan in self.loans.values():
            if code in loan.out:
                loan.out.remove(code)
        self.lost += 1
        return when

    def pick(self, si: int, size: int) -> list[str]:
        interests = _STREAMERS[si].interests
        codes = sorted(self.in_stock)
        liked = [c for c in codes if _PRODUCTS[self.in_stock[c]].category in interests]
        other = [c for c in codes if _PRODUCTS[self.in_stock[c]].category not in interests]
        self.rng.shuffle(liked)
        self.rng.shuffle(other)
        chosen: list[str] = []
        products: set[int] = set()
        for code in liked + other:
            if len(chosen) == size:
                break
            if self.in_stock[code] not in products:
                products.add(self.in_stock[code])
                chosen.append(code)
        return chosen

    def borrow(self, when: datetime, si: int, v: _Visit) -> None:
        s = _STREAMERS[si]
        limit = self.max_out[s.tier]
        holding = sum(len(ln.out) for ln in self.held(si))
        low, high = _BASKET[s.tier]
        size = v.basket or self.rng.randint(low, high)
        size = min(size, limit - holding)
        codes = self.pick(si, size)
        if not codes:
            return
        if s.tier == "diamond":
            method = DepositMethod.WAIVED.value
        elif v.override:
            method = DepositMethod.WAIVED.value
        else:
            method = self.rng.choice((DepositMethod.WECHAT.value, DepositMethod.WECHAT.value,
                                      DepositMethod.ALIPAY.value, DepositMethod.CASH.value))
        override = None
        if v.override:
            override = Override("李经理", DEMO_PINS["李经理"], "合作半年的老主播，店长同意本次免押金")
        local_day = when.astimezone(_TZ).date()
        planned = local_day + timedelta(days=v.planned_offset) if v.planned_offset is not None else None
        receipt = checkout.check_out(self.store.uow(), self.counter_clerk(when), self.streamer_ids[si], codes,
                                     method, planned_stream_date=planned, override=override, now=when)
        for code in codes:
            del self.in_stock[code]
        self.loans[receipt.number] = _Loan(receipt.number, si, (local_day - self.today).days,
                                           receipt.due_at, list(codes))

    def _partial_return_action(self, si: int):
        def run(when: datetime) -> None:
            loans = self.held(si)
            codes = [c for ln in loans for c in ln.out]
            self.check_in(when, codes[:len(codes) // 2])
        return run

    def _extend_action(self, si: int):
        def run(when: datetime) -> None:
            loan = self.held(si)[-1]
            change = returns.extend_due_date(self.store.uow(), self.staff["李经理"], loan.number,
                                             self.today + timedelta(days=2), "直播档期改到周末，主播申请延期",
                                             now=when)
            loan.due_at = change.new_due_at
        return run

    def _block_action(self, si: int):
        def run(when: datetime) -> None:
            s = _STREAMERS[si]
            streamers.block_streamer(self.store.uow(), self.staff["李经理"], self.streamer_ids[si],
                                     s.block_reason, blacklist=s.block == "blacklist", now=when)
        return run

    # play ------------------------------------------------------------------------------------------
    def play(self) -> None:
        last = None
        for action in sorted(self.actions):
            when = action.at
            if last is not None and when <= last:
                when = last + timedelta(seconds=1)
            last = action.run(when) or when
            if last >= self.now:
                raise RuntimeError(f"demo history reached the present: {last.isoformat()}")

    def info(self) -> DemoInfo:
        open_loans = [ln for ln in self.loans.values() if ln.out]
        return DemoInfo(
            showroom_code=SHOWROOM_CODE, showroom_name=SHOWROOM_NAME, now=self.now,
            merchants=len(_MERCHANTS), products=len(_PRODUCTS), samples=len(self.product_of),
            streamers=len(self.streamer_ids), open_loans=len(open_loans),
            overdue_loans=sum(1 for ln in open_loans if ln.due_at < self.now),
            closed_loans=len(self.loans) - len(open_loans), lost_samples=self.lost)


def seed_demo(store: Store, now: datetime | None = None, seed: int = DEFAULT_SEED) -> DemoInfo:
    """Fills an empty (not yet set-up) store with the demo showroom and its history up to `now`."""
    if now is None:
        now = datetime.now(timezone.utc)
    elif now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    if setup.is_set_up(store.uow()):
        raise ValueError("the demo can only be seeded into an empty store")
    demo = _Demo(store, now, seed)
    demo.set_up()
    demo.plan_catalogue()
    demo.plan_streamers()
    demo.play()
    return demo.info()


def ensure_demo(data_dir: Path, now: datetime | None = None, seed: int = DEFAULT_SEED) -> Store:
    """Opens the demo store in `data_dir`, seeding it first if it has never been set up."""
    store = Store(Path(data_dir))
    try:
        if not setup.is_set_up(store.uow()):
            seed_demo(store, now=now, seed=seed)
    except BaseException:
        store.close()
        raise
    return store
