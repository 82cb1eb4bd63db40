"""`showroom-hq demo`: a network of three cities, seeded through the real sync protocol.

Each city's counter is a real showroom database (the counter's own demo history, played by its own services
under another code, name and city) in a folder of its own; it enrols with a code made at HQ and syncs over
HTTP with the real client, so HQ holds exactly what counters would send. Then the network touches: two
Changsha streamers borrow in Jinan too, and a Jinan admin lifts a blacklist made in Changsha, which HQ keeps
and reports (a sync exception to resolve). Open a counter afterwards with `showroom --data-dir FOLDER`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from hq import admin
from hq.models import HqShowroom

CITIES = (("CS", "长沙直播样品间", "长沙"), ("JN", "济南直播样品间", "济南"), ("XM", "厦门直播样品间", "厦门"))


class DemoRefused(Exception):
    pass


@dataclass(frozen=True)
class DemoCity:
    code: str
    name: str
    folder: Path
    samples: int
    open_loans: int
    overdue_loans: int


def seed_counter(folder: Path, code: str, name: str, city: str, seed: int, now: datetime):
    """A city's counter with six weeks of history, written by the counter's services (demo.history)."""
    from demo.history import DemoHistory
    from showroom.store import Store

    store = Store(folder)
    history = DemoHistory(store, now, seed)
    history.code, history.name, history.city = code, name, city
    history.set_up()
    history.plan_catalogue()
    history.plan_streamers()
    history.play()
    return store, history


def seed_network(
    sessions: sessionmaker[Session],
    hq_url: str,
    counters: Path,
    cities: int = 3,
    now: datetime | None = None,
    log=print,
) -> list[DemoCity]:
    """Seeds `cities` showrooms into an HQ that answers at `hq_url` and uses `sessions`'s database."""
    from showroom.sync.enrol import enrol
    from showroom.sync.service import sync_once

    now = now or datetime.now(timezone.utc)
    chosen = CITIES[: max(1, min(cities, len(CITIES)))]
    with sessions() as session:
        taken = set(session.scalars(select(HqShowroom.code)))
    if taken & {c for c, _n, _t in chosen}:
        raise DemoRefused(f"this HQ has showrooms {', '.join(sorted(taken))} already: the demo needs an empty HQ")
    counters.mkdir(parents=True, exist_ok=True)
    if any(counters.joinpath(code).exists() for code, _n, _t in chosen):
        raise DemoRefused(f"{counters} holds demo counters already: choose another folder with --counters")
    stores, out = {}, []
    for i, (code, name, city) in enumerate(chosen):
        log(f"{name} ({code}): the counter plays six weeks of lending ...")
        folder = counters / code
        store, history = seed_counter(folder, code, name, city, 20261127 + 101 * i, now - timedelta(minutes=5))
        info = history.info()
        admin.add_showroom(sessions, code, name)
        enrol(store.uow, folder, hq_url, admin.make_enrol_code(sessions, code)[0])
        report = sync_once(store.uow, folder)
        log(f"  enrolled and synced: {report.pushed} events pushed, {report.pulled} changes pulled")
        stores[code] = (store, folder, history)
        out.append(DemoCity(code, name, folder, info.samples, info.open_loans, info.overdue_loans))
    try:
        if len(chosen) > 1:
            _network_touches(stores, now)
        for store, folder, _h in stores.values():
            sync_once(store.uow, folder)  # everyone pulls what the others sent
        for store, folder, _h in stores.values():
            sync_once(store.uow, folder)  # and what the touches made HQ say
    finally:
        for store, _f, _h in stores.values():
            store.close()
    return out


def _network_touches(stores: dict, now: datetime) -> None:
    """Two Changsha regulars come to Jinan: Jinan has never served them, so it knows only their standing
    (hq/PROTOCOL.md, "What each showroom receives"); the clerk registers them by phone and lends to them,
    and HQ then sends Jinan their full record. Changsha's admin lifts a blacklist at the counter: a
    network blacklist is lifted only at HQ, so HQ keeps it and says so (an exception for the console)."""
    from showroom.domain.errors import NotFound
    from showroom.domain.model import StreamerStatus
    from showroom.services import checkout, streamers

    cs_store, _f, cs = stores["CS"]
    jn_store, _f, jn = stores["JN"]
    regulars = [s for s in streamers.search_streamers(cs_store.uow(), "") if s.status == StreamerStatus.ACTIVE.value][
        :2
    ]
    jn_manager = jn.staff["李经理"]
    in_stock = sorted(jn.in_stock)
    for k, s in enumerate(regulars):
        try:
            local = streamers.find_streamer(jn_store.uow(), s.phone)
        except NotFound:  # a newcomer at this counter: registered with the phone they give
            local = streamers.register_streamer(
                jn_store.uow(), jn_manager, s.name, s.phone, s.platform, s.handle, now=now - timedelta(minutes=4 - k)
            )
        codes = in_stock[2 * k : 2 * k + 2]
        if codes:
            checkout.check_out(
                jn_store.uow(), jn_manager, local.id, codes, "wechat", now=now - timedelta(minutes=3 - k)
            )
    blacklisted = [
        s for s in streamers.search_streamers(cs_store.uow(), "") if s.status == StreamerStatus.BLACKLISTED.value
    ]
    if blacklisted:
        streamers.unblock_streamer(
            cs_store.uow(),
            cs.staff["王店长"],
            blacklisted[0].id,
            "本人来店说明情况，先恢复借样",
            now=now - timedelta(minutes=1),
        )


def hq_answers(url: str) -> bool:
    try:
        return httpx.get(url.rstrip("/") + "/health", timeout=2).status_code == 200
    except httpx.HTTPError:
        return False


def local_port(url: str) -> tuple[str, int]:
    parts = urlsplit(url if "://" in url else "http://" + url)
    if parts.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise DemoRefused(f"nothing answers at {url}: start `showroom-hq serve` there first")
    return parts.hostname, parts.port or 80
