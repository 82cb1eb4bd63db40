"""Showrooms for the sync tests: built through the real services, enrolled and synced through the real client."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select

from db.engine import database_path
from db.models import OutboxEvent, Sample, ShowroomRow, Streamer
from showroom.domain.model import StreamerStatus
from showroom.services import catalog, checkout, returns, setup, streamers
from showroom.services.common import Actor
from showroom.store import Store
from showroom.sync.enrol import enrol
from showroom.sync.service import sync_once, sync_status

SAMPLES = 12


@dataclass(frozen=True)
class RoomTemplate:
    db_path: Path
    code: str
    city: str
    admin: Actor
    sample_codes: tuple[str, ...]


def room_template(folder: Path, code: str, city: str) -> RoomTemplate:
    store = Store(folder)
    try:
        admin = setup.set_up_showroom(store.uow(), code, f"{city}样品间", city, f"{city}店长", "9999")
        merchant = catalog.create_merchant(store.uow(), admin, f"{city}商家")
        product = catalog.create_product(
            store.uow(),
            admin,
            merchant.id,
            f"{city}特产",
            retail_price_fen=12900,
            live_price_fen=9900,
            commission_bp=2000,
            sample_value_fen=8000,
        )
        codes = catalog.receive_samples(store.uow(), admin, product.id, SAMPLES).codes
    finally:
        store.close()
    return RoomTemplate(database_path(folder), code, city, admin, tuple(codes))


class Room:
    """One showroom's counter, in this process."""

    def __init__(self, data_dir: Path, template: RoomTemplate):
        data_dir.mkdir(parents=True)
        src, dst = sqlite3.connect(template.db_path), sqlite3.connect(database_path(data_dir))
        with dst:
            src.backup(dst)
        src.close()
        dst.close()
        self.data_dir, self.code, self.admin = data_dir, template.code, template.admin
        self.sample_codes = list(template.sample_codes)
        self.store = Store(data_dir)

    def close(self) -> None:
        self.store.close()

    def uow(self):
        return self.store.uow()

    def enrol(self, hq, url: str = "http://testserver") -> None:
        enrol(self.store.uow, self.data_dir, url, hq.enrol_code(self.code), transport=getattr(hq, "transport", None))

    def sync(self, transport=None):
        return sync_once(self.store.uow, self.data_dir, transport=transport)

    def status(self):
        return sync_status(self.uow())

    def register(self, name: str, phone: str) -> str:
        return streamers.register_streamer(self.uow(), self.admin, name, phone, "douyin", tier="diamond").id

    def streamer_id(self, phone: str) -> str:
        return streamers.find_streamer(self.uow(), phone).id

    def lend(self, streamer_id: str, codes: list[str]):
        return checkout.check_out(self.uow(), self.admin, streamer_id, codes, "cash")

    def give_back(self, codes: list[str]):
        return returns.check_in(self.uow(), self.admin, [returns.ReturnRequest(c) for c in codes])

    def blacklist(self, streamer_id: str, reason: str = "样品未还"):
        return streamers.block_streamer(self.uow(), self.admin, streamer_id, reason, blacklist=True)

    # raw reads for assertions
    def events(self) -> list[SimpleNamespace]:
        uow = self.uow()
        with uow.read():
            return [
                SimpleNamespace(
                    seq=e.seq,
                    id=e.id,
                    type=e.type,
                    payload=e.payload,
                    occurred_at=e.occurred_at,
                    staff_id=e.staff_id,
                    acked_at=e.acked_at,
                )
                for e in uow.session.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))
            ]

    def streamers_by_phone(self) -> dict[str, str]:
        uow = self.uow()
        with uow.read():
            return {s.phone: s.status for s in uow.session.scalars(select(Streamer))}

    def blacklisted_phones(self) -> set[str]:
        return {p for p, st in self.streamers_by_phone().items() if st == StreamerStatus.BLACKLISTED.value}

    def record(self, event, at: datetime | None = None) -> str:
        """A declared event written into this counter's outbox the way a use case writes one (what a
        tampered or buggy counter could send); returns its id."""
        uow = self.uow()
        with uow:
            row = uow.record_event(event, staff_id=self.admin.id, at=at or datetime.now(timezone.utc))
            uow.commit()
            return row.id

    def showroom_id(self) -> str:
        uow = self.uow()
        with uow.read():
            return uow.session.scalar(select(ShowroomRow.id).where(ShowroomRow.is_local.is_(True)))

    def sample_ids(self) -> dict[str, str]:
        uow = self.uow()
        with uow.read():
            return dict(uow.session.execute(select(Sample.code, Sample.id)).tuples().all())

    def sample_statuses(self) -> dict[str, str]:
        uow = self.uow()
        with uow.read():
            return {s.id: s.status for s in uow.session.scalars(select(Sample))}
