"""The demo showroom's catalogue and people: realistic Chinese merchants, products and streamers."""

from __future__ import annotations

from dataclasses import dataclass
from zoneinfo import ZoneInfo

from showroom.domain.model import Platform, Role

# --- showroom and staff -------------------------------------------------------------------------

DEFAULT_SEED = 20261127

SHOWROOM_CODE = "CS"
SHOWROOM_NAME = "长沙直播样品间"
SHOWROOM_CITY = "长沙"
TIMEZONE = "Asia/Shanghai"
_TZ = ZoneInfo(TIMEZONE)


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


# --- catalogue -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Merchant:
    name: str
    contact: str
    phone: str
    first_intake: int  # index into _INTAKE_DAYS
    gs1: str  # 7-digit "690..695 + company" prefix of the EAN-13 codes, "" for none


@dataclass(frozen=True)
class _Product:
    merchant: int
    name: str
    brand: str
    category: str
    spec: str
    retail: float  # yuan
    live: float  # yuan
    commission_pct: int
    value: float  # unit value of a sample, yuan
    ean: bool = True
    intro: int | None = None  # intake that brings it in, when later than the merchant's first


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
    "零食": ("少一袋",),
    "茶饮": ("少两袋",),
    "美妆": ("替换装未还",),
    "服饰": ("腰带未还",),
    "家居": ("藤条缺失", "少一只碗"),
    "数码": ("缺充电线", "缺收纳盒"),
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
    final: str  # open | due | overdue | closed | partial | extended | none
    k: int = 0  # open/due: due in k days; overdue: k days late; closed: last visit k days ago
    first: int = -42  # earliest day of a visit
    lost: str = ""  # forfeit | charge: a sample declared lost on a visit
    block: str = ""  # suspend | blacklist, after the history
    block_reason: str = ""
    override_visit: int = -1  # this visit's deposit is waived with a manager's override


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
    _S("吴佳怡", "佳怡的小日子", _CHANNELS, "silver", ("家居", "零食"), "closed", 1, first=-38, override_visit=1),
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
    _S(
        "冯乐乐",
        "@乐乐吃不停",
        _DOUYIN,
        "new",
        ("零食",),
        "overdue",
        10,
        first=-30,
        block="suspend",
        block_reason="本单逾期一周未还，电话多次未接通，暂停借样",
    ),
    _S("邓晓峰", "峰哥严选", _CHANNELS, "silver", ("数码", "茶饮"), "open", 3, first=-28),
    _S("曹颖", "颖宝种草", _XHS, "new", ("美妆", "服饰"), "none", 4),
    _S("彭丹", "@丹丹湘味", _DOUYIN, "silver", ("零食", "茶饮"), "closed", 15, first=-41),
    _S("曾小贤", "小贤的日常", _OTHER, "new", ("数码", "零食"), "none", 1),
    _S(
        "蒋欣",
        "欣欣向荣",
        _KUAISHOU,
        "new",
        ("服饰", "家居"),
        "closed",
        22,
        first=-40,
        lost="charge",
        block="blacklist",
        block_reason="样品转卖至二手平台（已核实），已照价赔偿，永久拉黑",
    ),
)

_PHONE_PREFIXES = (
    "130",
    "131",
    "132",
    "133",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "176",
    "177",
    "180",
    "181",
    "182",
    "185",
    "186",
    "187",
    "188",
    "189",
    "199",
)

_BASKET = {"new": (1, 3), "silver": (2, 5), "gold": (3, 7), "diamond": (4, 9)}
