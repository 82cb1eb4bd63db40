"""Reading and changing the showroom's settings (declared in showroom.settings)."""
from __future__ import annotations

from db.models import Setting
from db.uow import UnitOfWork
from showroom.domain.errors import InvalidInput
from showroom.domain.model import Role
from showroom.services.common import Actor, acting_staff
from showroom.settings import BY_KEY, SPECS, is_allowed, parse, render


def read_settings(uow: UnitOfWork) -> dict[str, object]:
    """Every declared setting with its current value (the default where none was saved)."""
    with uow.read():
        return current_settings(uow)


def setting_value(uow: UnitOfWork, key: str) -> object:
    """One declared setting, typed, inside a transaction the caller has open."""
    spec = BY_KEY[key]
    row = uow.session.get(Setting, key)
    return parse(spec, row.value) if row else spec.default


def current_settings(uow: UnitOfWork) -> dict[str, object]:
    """The same, inside a transaction the caller has open."""
    stored = {row.key: row.value for row in uow.session.query(Setting).filter(Setting.key.in_(BY_KEY))}
    return {spec.key: parse(spec, stored[spec.key]) if spec.key in stored else spec.default for spec in SPECS}


def check_settings(changes: dict[str, object]) -> None:
    """Every value declared and allowed, before anything is written (all or nothing)."""
    for key, value in changes.items():
        spec = BY_KEY.get(key)
        if spec is None or not is_allowed(spec, value):
            raise InvalidInput(key, "not_allowed", value)


def write_settings(uow: UnitOfWork, changes: dict[str, object]) -> None:
    """Inside the caller's transaction, after check_settings."""
    for key, value in changes.items():
        row = uow.session.get(Setting, key)
        if row is None:
            uow.session.add(Setting(key=key, value=render(value)))
        else:
            row.value = render(value)
    uow.session.flush()


def save_settings(uow: UnitOfWork, actor: Actor, changes: dict[str, object]) -> dict[str, object]:
    """A manager saves several settings at once: all of them, or none when one is not valid."""
    with uow:
        acting_staff(uow, actor, Role.MANAGER, "change_settings")
        check_settings(changes)
        write_settings(uow, changes)
        saved = current_settings(uow)
        uow.commit()
    return saved
