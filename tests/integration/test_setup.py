"""First-run set-up: the showroom, its first admin and its first settings in one transaction."""

from __future__ import annotations

import pytest

from showroom.domain.errors import AlreadyExists, InvalidInput
from showroom.services import setup, staff
from showroom.services.settings import read_settings
from showroom.store import Store
from tests.conftest import T0
from tests.integration.helpers import dump_database, events

FIRST = {
    "print.label.printer": "folder:/tmp/labels",
    "print.label.layout": "a4-3x8",
    "print.receipt.printer": "",
    "print.receipt.width_mm": 58,
}


@pytest.fixture
def empty(tmp_path):
    store = Store(tmp_path / "room")
    yield store
    store.close()


def test_set_up_writes_showroom_admin_and_first_settings(empty):
    admin = setup.set_up_showroom(empty.uow(), " jn ", "济南样品间", "济南", "赵店长", "123456", now=T0, settings=FIRST)
    assert admin.role == "admin" and setup.is_set_up(empty.uow())
    info = setup.showroom_info(empty.uow())
    assert (info.code, info.name, info.city) == ("JN", "济南样品间", "济南")
    values = read_settings(empty.uow())
    assert {key: values[key] for key in FIRST} == FIRST
    assert staff.login(empty.uow(), "赵店长", "123456").id == admin.id
    assert [kind for _, kind, _ in events(empty.db_path)] == ["showroom.set_up@1", "staff.created@1"]


@pytest.mark.parametrize(
    "settings",
    [{"print.receipt.width_mm": 70}, {"print.label.layout": "a5"}, {"no.such.setting": 1}, {"print.label.copies": "2"}],
)
def test_a_setting_not_allowed_sets_up_nothing(empty, settings):
    before = dump_database(empty.db_path)
    with pytest.raises(InvalidInput) as refused:
        setup.set_up_showroom(
            empty.uow(), "JN", "济南样品间", "济南", "赵店长", "123456", now=T0, settings={**FIRST, **settings}
        )
    assert refused.value.field == next(iter(settings))
    assert dump_database(empty.db_path) == before and not setup.is_set_up(empty.uow())


def test_a_bad_pin_sets_up_nothing(empty):
    with pytest.raises(InvalidInput) as refused:
        setup.set_up_showroom(empty.uow(), "JN", "济南样品间", "济南", "赵店长", "12", now=T0, settings=FIRST)
    assert refused.value.problem == "pin_format"
    assert not setup.is_set_up(empty.uow()) and read_settings(empty.uow())["print.receipt.width_mm"] == 80


def test_a_folder_is_set_up_once(empty):
    setup.set_up_showroom(empty.uow(), "JN", "济南样品间", "济南", "赵店长", "123456", now=T0)
    with pytest.raises(AlreadyExists):
        setup.set_up_showroom(empty.uow(), "QD", "青岛样品间", "青岛", "钱店长", "123456", now=T0)
    assert setup.showroom_info(empty.uow()).code == "JN"
