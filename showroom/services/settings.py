"""Reading and changing the showroom's settings (declared in showroom.settings; one setting typed:
showroom.services.common.setting_value)."""

from __future__ import annotations

from db.models import Setting
from db.uow import UnitOfWork
from showroom.domain.errors import InvalidInput
from showroom.domain.model import Role
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, put_setting, setting_value  # noqa: F401  (re-exported)
from showroom.settings import BY_KEY, SPECS, is_allowed, parse


def read_settings(uow: UnitOfWork) -> dict[str, object]:
    """Every declared setting with its current value (the default where none was saved)."""
    with uow.read():
        return current_settings(uow)


def current_settings(uow: UnitOfWork) -> dict[str, object]:
    """The same, inside a transaction the caller has open."""
    stored = {row.key: row.value for row in uow.session.query(Setting).filter(Setting.key.in_(BY_KEY))}
    return {spec.key: parse(spec, stored[spec.key]) if spec.key in stored else spec.default for spec in SPECS}


def check_settings(changes: dict[str, object]) -> None:
    """Every value declared, editable and allowed, before anything is written (all or nothing)."""
    for key, value in changes.items():
        spec = BY_KEY.get(key)
        if spec is None or not spec.editable or not is_allowed(spec, value):
            raise InvalidInput(key, "not_allowed", value)


def write_settings(uow: UnitOfWork, changes: dict[str, object]) -> None:
    """Inside the caller's transaction, after check_settings."""
    for key, value in changes.items():
        put_setting(uow, key, value)
    uow.session.flush()


@changes(Topic.SETTINGS)
def save_settings(uow: UnitOfWork, actor: Actor, changes: dict[str, object]) -> dict[str, object]:
    """A manager saves several settings at once: all of them, or none when one is not valid."""
    with uow:
        acting_staff(uow, actor, Role.MANAGER, "change_settings")
        check_settings(changes)
        write_settings(uow, changes)
        saved = current_settings(uow)
        uow.commit()
    return saved
