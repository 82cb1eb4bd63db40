"""A streamer's delivery address for parcels, kept on the streamer: entered, and verified with them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from db.mailing_models import StreamerAddress
from db.uow import UnitOfWork
from kernel.events import StreamerAddressSet
from showroom.domain.model import Role
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, required_text, resolve_now
from showroom.services.mailing_rows import write_address
from showroom.services.records import get_streamer


@dataclass(frozen=True)
class DeliveryAddress:
    recipient: str
    phone: str
    province: str
    city: str
    address: str
    verified_at: datetime | None = None

    @property
    def one_line(self) -> str:
        return f"{self.province}{self.city}{self.address}"


def _checked(address: DeliveryAddress) -> dict[str, str]:
    return dict(
        recipient=required_text("recipient", address.recipient, 100),
        phone=required_text("phone", address.phone, 20),
        province=required_text("province", address.province, 40),
        city=required_text("city", address.city, 40),
        address=required_text("address", address.address, 300),
    )


@changes(Topic.STREAMERS)
def set_delivery_address(
    uow: UnitOfWork,
    actor: Actor,
    streamer_id: str,
    address: DeliveryAddress,
    verified: bool,
    now: datetime | None = None,
) -> DeliveryAddress:
    """A clerk enters where the streamer's parcels go; `verified` once confirmed with the streamer (read back to
    them on the phone, or their own message). A changed address is unverified until confirmed again."""
    now = resolve_now(now)
    fields = _checked(address)
    with uow:
        staff = acting_staff(uow, actor, Role.CLERK, "set_delivery_address")
        streamer = get_streamer(uow, streamer_id)
        write_address(uow.session, streamer.id, fields, verified, staff.id, now)
        uow.record_event(
            StreamerAddressSet(streamer_id=streamer.id, verified=verified, **fields), staff_id=staff.id, at=now
        )
        uow.commit()
    return DeliveryAddress(**fields, verified_at=now if verified else None)


def delivery_address(uow: UnitOfWork, streamer_id: str) -> DeliveryAddress | None:
    with uow.read():
        return address_of(uow, streamer_id)


def address_of(uow: UnitOfWork, streamer_id: str) -> DeliveryAddress | None:
    """Inside the caller's transaction."""
    row = uow.session.get(StreamerAddress, streamer_id)
    if row is None:
        return None
    return DeliveryAddress(row.recipient, row.phone, row.province, row.city, row.address, row.verified_at)
