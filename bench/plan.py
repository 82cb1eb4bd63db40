"""The big showroom planned in memory: rows in schema column order, deterministic for a scale.

Shapes: merchants and products from a Chinese vocabulary; samples arrive in intakes (30 % as the
opening stock, the rest over three years); loans are played in time order against a pool of samples
in stock, each basket within its tier's size, returns on time mostly, some late, some partial, a
few never (most declared lost a month after their due day, the rest overdue now). One busy day (BUSY_DAYS_AGO before the
anchor) carries about 2,000 counter transactions at full scale. Shanghai has had no DST since 1991,
so local days are UTC + 8 h throughout.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone

from bench.vocab import ADJECTIVES, CATEGORIES, CITIES, GIVEN, MERCHANT_SUFFIX, MERCHANT_WORDS, SURNAMES

GENERATOR_VERSION = 3
SEED = 20261127
ANCHOR = datetime(2026, 11, 27, 2, 0, tzinfo=timezone.utc)  # 10:00 in Changsha: the counter just opened
DAYS = 3 * 365
START = ANCHOR - timedelta(days=DAYS)
BUSY_DAYS_AGO = 14
LOCAL = 8 * 3600
DAY = 86400
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
ANCHOR_T = int((ANCHOR - _EPOCH).total_seconds())
START_T = int((START - _EPOCH).total_seconds())
FIRST_LOCAL_DAY = (START_T + LOCAL) // DAY
# tier: (share of streamers, loan days, basket sizes, deposit rule) as in the default tier policies
TIERS = {
    "new": (30, 3, (1, 3), "percent100"),
    "silver": (35, 5, (1, 6), "percent50"),
    "gold": (25, 7, (2, 9), "per_sample"),
    "diamond": (10, 10, (3, 12), "none"),
}
METHODS = ("cash", "wechat", "alipay")
PLATFORMS = ("douyin", "kuaishou", "taobao", "channels", "xiaohongshu")


@dataclass(frozen=True)
class Scale:
    products: int
    samples: int
    streamers: int
    loan_items: int
    merchants: int

    @classmethod
    def full(cls) -> Scale:
        return cls(products=50_000, samples=200_000, streamers=30_000, loan_items=1_000_000, merchants=2_000)

    def divided(self, divisor: int) -> Scale:
        return Scale(
            *(
                max(v // divisor, 8)
                for v in (self.products, self.samples, self.streamers, self.loan_items, self.merchants)
            )
        )

    @property
    def key(self) -> str:
        return f"p{self.products}-s{self.samples}-st{self.streamers}-li{self.loan_items}-m{self.merchants}"


def ts(t: int) -> str:
    """SQLAlchemy's SQLite DATETIME text for UTC epoch seconds (the form UTCDateTime stores)."""
    d, s = divmod(t, DAY)
    return f"{_day(d)} {s // 3600:02d}:{s % 3600 // 60:02d}:{s % 60:02d}.000000"


_DAYS: dict[int, str] = {}


def _day(d: int) -> str:
    text = _DAYS.get(d)
    if text is None:
        text = _DAYS[d] = (date(1970, 1, 1) + timedelta(days=d)).isoformat()
    return text


def local_date(t: int) -> date:
    return date(1970, 1, 1) + timedelta(days=(t + LOCAL) // DAY)


def due_t(opened: int, loan_days: int) -> int:
    """End of the local day `loan_days` after the opening day (23:59:59 Shanghai)."""
    return ((opened + LOCAL) // DAY + loan_days) * DAY + DAY - 1 - LOCAL


def ean13(n: int) -> str:
    body = f"690{n:09d}"
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


@dataclass
class Plan:
    rows: dict[str, list[tuple]] = field(default_factory=dict)
    info: dict = field(default_factory=dict)

    def tables(self):
        order = (
            "merchant",
            "product",
            "streamer",
            "sample",
            "loan",
            "loan_item",
            "deposit_entry",
            "sample_movement",
            "outbox_event",
            "code_counter",
        )
        return [(t, self.rows.get(t, [])) for t in order]


class _Planner:
    def __init__(self, scale: Scale, room_id: str, staff_ids: dict[str, str], first_seq: int):
        self.rng = random.Random(SEED)
        self.scale, self.room = scale, room_id
        self.staff = list(staff_ids.values())
        self.clerks = self.staff[2:]
        self.manager = self.staff[1]
        self.first_seq = first_seq
        self.events: list[tuple] = []  # (t, type, payload dict, staff)
        self.rows: dict[str, list[tuple]] = {
            t: []
            for t in (
                "merchant",
                "product",
                "streamer",
                "sample",
                "loan",
                "loan_item",
                "deposit_entry",
                "sample_movement",
            )
        }

    def uid(self) -> str:
        h = f"{self.rng.getrandbits(128):032x}"
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

    def day_time(self, local_day: int, open_h: int = 10, close_h: int = 21) -> int:
        return local_day * DAY - LOCAL + self.rng.randrange(open_h * 3600, close_h * 3600)

    def event(self, t: int, kind: str, payload: dict, staff: str | None) -> None:
        self.events.append((t, kind, payload, staff))

    # -- catalogue ---------------------------------------------------------------------------------
    def catalogue(self) -> None:
        rng, s = self.rng, self.scale
        seen: dict[str, int] = {}
        self.merchants = []
        for _ in range(s.merchants):
            word = rng.choice(MERCHANT_WORDS)
            base = f"{rng.choice(CITIES)}{word}{rng.choice(MERCHANT_SUFFIX)}"
            seen[base] = seen.get(base, 0) + 1
            name = base if seen[base] == 1 else f"{base}{seen[base]}号店"
            t = START_T - rng.randrange(DAY, 30 * DAY)
            mid = self.uid()
            self.merchants.append((mid, word))
            phone = f"139{rng.randrange(10**8):08d}"
            self.rows["merchant"].append((mid, name, rng.choice(SURNAMES) + "经理", phone, ts(t)))
            self.event(t, "merchant.created@1", {"merchant_id": mid, "name": name, "phone": phone}, self.staff[0])
        cats = list(CATEGORIES)
        self.products = []  # (id, value_fen)
        for i in range(s.products):
            mid, brand = rng.choice(self.merchants)
            cat = rng.choice(cats)
            nouns, specs = CATEGORIES[cat]
            name = f"{brand}{rng.choice(ADJECTIVES)}{rng.choice(nouns)} {rng.choice(specs)}"
            retail = rng.randrange(19, 2999) * 100 + rng.choice((0, 90))
            pid = self.uid()
            t = START_T - rng.randrange(0, DAY)
            ean = ean13(i) if rng.random() < 0.6 else None
            self.products.append((pid, retail))
            self.rows["product"].append(
                (
                    pid,
                    mid,
                    name,
                    brand,
                    cat,
                    rng.choice(specs),
                    retail,
                    retail * 7 // 10,
                    rng.randrange(1000, 3001, 100),
                    retail,
                    ean,
                    ts(t),
                )
            )
            self.event(
                t,
                "product.created@1",
                {"product_id": pid, "merchant_id": mid, "name": name, "sample_value_fen": retail, "ean": ean},
                self.staff[0],
            )

    # -- samples: intakes over three years ---------------------------------------------------------
    def intakes(self) -> None:
        rng, n = self.rng, self.scale.samples
        batches, made = [], 0
        while made < n:
            product = made if made < len(self.products) else rng.randrange(len(self.products))
            qty = min(rng.randint(1, 8), n - made)
            opening = rng.random() < 0.3
            day = FIRST_LOCAL_DAY if opening else FIRST_LOCAL_DAY + rng.randrange(DAYS - 1)
            batches.append((self.day_time(day, 9, 20), product, qty))
            made += qty
        batches.sort()
        self.samples = []  # (id, code, product index, received t)
        for t, product, qty in batches:
            clerk = rng.choice(self.clerks)
            shelf = f"{'ABCDEFGH'[product % 8]}-{product % 20 + 1:02d}-{product % 5 + 1}"
            got = []
            for _ in range(qty):
                sid, code = self.uid(), f"CS-{len(self.samples) + 1:06d}"
                self.samples.append((sid, code, product, t, clerk, shelf))
                self.rows["sample_movement"].append((self.uid(), sid, "received", ts(t), clerk, None, None, shelf))
                got.append({"sample_id": sid, "code": code})
            self.event(
                t,
                "samples.received@1",
                {"product_id": self.products[product][0], "shelf": shelf, "samples": got},
                clerk,
            )

    # -- streamers ---------------------------------------------------------------------------------
    def streamers(self) -> None:
        rng = self.rng
        tiers = list(TIERS)
        self.people = []  # (id, name, tier, phone)
        for i in range(self.scale.streamers):
            name = rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.randint(1, 2)))
            tier = rng.choices(tiers, weights=[TIERS[t][0] for t in tiers])[0]
            self.people.append((self.uid(), name, tier, f"1{rng.choice('3589')}{i:09d}"))
        # a few streamers borrow a lot (Zipf-like), most now and then
        self.weights = [1.0 / (1 + i) ** 0.7 for i in range(len(self.people))]
        rng.shuffle(self.weights)


def plan_showroom(scale: Scale, room_id: str, staff_ids: dict[str, str], first_seq: int) -> Plan:
    from bench import lending

    planner = _Planner(scale, room_id, staff_ids, first_seq)
    planner.catalogue()
    planner.intakes()
    planner.streamers()
    lending.play(planner)
    return lending.finish(planner)
