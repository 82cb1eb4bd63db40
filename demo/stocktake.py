"""The demo's stocktake: three days ago, after the last visit, the manager had the fullest shelf counted. Two of its
samples were not found (missing at stocktake since), one was on the wrong shelf and went back, and a sample of
the Jinan showroom turned up among them."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select

from db.models import Sample
from showroom.domain.model import SampleStatus
from showroom.services import stocktake
from showroom.services.common import Actor
from showroom.store import Store


def foreign_code(own: str) -> str:
    """A sample of another showroom (the network demo plays this history in Jinan too)."""
    return "CS-000123" if own == "JN" else "JN-000123"


def _shelf_samples(store: Store) -> tuple[str, list[str], str]:
    """The fullest shelf, the codes in stock on it, and one code in stock on another shelf."""
    uow = store.uow()
    with uow.read():
        rows = uow.session.execute(
            select(Sample.shelf, Sample.code).where(Sample.status == SampleStatus.IN_STOCK.value).order_by(Sample.code)
        ).all()
    by_shelf: dict[str, list[str]] = {}
    for shelf, code in rows:
        by_shelf.setdefault(shelf, []).append(code)
    fullest = max(sorted(by_shelf), key=lambda s: len(by_shelf[s]))
    elsewhere = next(code for shelf, code in rows if shelf != fullest)
    return fullest, by_shelf[fullest], elsewhere


def count_the_fullest_shelf(
    store: Store, own: str, manager: Actor, clerk: Actor, when: datetime
) -> tuple[list[str], datetime]:
    """Plays the count; returns the codes it found missing (no longer on the shelf for later visits) and
    when it finished."""
    shelf, codes, elsewhere = _shelf_samples(store)
    foreign = foreign_code(own)
    missing = codes[-2:]
    count = stocktake.start_stocktake(store.uow(), manager, [shelf], now=when)
    clock = when + timedelta(minutes=1)
    for code in [*codes[:-2], elsewhere, foreign]:
        clock += timedelta(seconds=4)
        stocktake.count_code(store.uow(), clerk, count.id, code, shelf=shelf, now=clock)
    stocktake.settle_find(
        store.uow(), manager, count.id, elsewhere, "left", "放回原货架", now=clock + timedelta(minutes=2)
    )
    stocktake.settle_find(
        store.uow(),
        manager,
        count.id,
        foreign,
        "left",
        "另一城市样品间的样品，已联系寄回",
        now=clock + timedelta(minutes=3),
    )
    stocktake.finish_stocktake(store.uow(), manager, count.id, now=clock + timedelta(minutes=4))
    return missing, clock + timedelta(minutes=4)
