"""Two local days at the counter, built through the services, with actions on the midnight edges.

Changsha is UTC+8: 20 Nov 23:59 local is 15:59 UTC, and 21 Nov 00:00 local is 16:00 UTC on the 20th.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timezone

from showroom.services import catalog, checkout, streamers
from showroom.services.returns import ReturnRequest, check_in, declare_lost
from tests.conftest import Counter

DAY1, DAY2 = date(2026, 11, 20), date(2026, 11, 21)


def utc(day: int, hour: int, minute: int = 0, second: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, second, tzinfo=timezone.utc)


@dataclass
class TwoDays:
    counter: Counter
    newcomer_id: str
    loan_a: str  # 小美, 2 samples, cash ¥80, on day 1 at 10:30
    loan_b: str  # newcomer, 1 sample, WeChat ¥80, on day 1 at 23:59:30
    loan_c: str  # 小美, 1 sample, Alipay ¥40, on day 2 at 00:00:30
    late_codes: list[str]


def build(counter: Counter) -> TwoDays:
    uow, c = counter.uow, counter.codes
    newcomer = streamers.register_streamer(
        uow(), counter.clerk, "阿强", "13900139000", "kuaishou", now=utc(20, 3)
    )  # 11:00 local, day 1
    loan_a = checkout.check_out(uow(), counter.clerk, counter.streamer_id, c[0:2], "cash", now=utc(20, 2, 30))
    extra = catalog.receive_samples(uow(), counter.manager, counter.product_id, 4, now=utc(20, 15, 59))  # 23:59
    loan_b = checkout.check_out(uow(), counter.manager, newcomer.id, [c[2]], "wechat", now=utc(20, 15, 59, 30))
    check_in(uow(), counter.clerk, [ReturnRequest(c[0])], now=utc(20, 10))  # 18:00 local, day 1
    loan_c = checkout.check_out(
        uow(), counter.clerk, counter.streamer_id, [c[3]], "alipay", now=utc(20, 16, 0, 30)
    )  # 00:00:30 day 2
    check_in(uow(), counter.clerk, [ReturnRequest(c[1], "damaged", "strap")], now=utc(21, 1))  # day 2, closes A
    declare_lost(uow(), counter.manager, c[2], "forfeit_deposit", "never came back", now=utc(21, 6))  # day 2
    return TwoDays(counter, newcomer.id, loan_a.number, loan_b.number, loan_c.number, extra.codes)
