"""Settings are read one way: through their declarations (showroom.settings), the showroom's time zone included."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from showroom.domain.errors import InvalidInput
from showroom.services import checkout, setup
from showroom.services.common import local_tz, put_setting, setting_value
from showroom.services.settings import read_settings, save_settings
from showroom.store import Store
from tests.conftest import T0
from tests.integration.helpers import dump_database

ROOT = Path(__file__).resolve().parents[2]


def test_the_time_zone_is_a_declared_setting_chosen_at_set_up(tmp_path):
    store = Store(tmp_path / "room")
    try:
        setup.set_up_showroom(
            store.uow(), "BER", "柏林样品间", "柏林", "赵店长", "123456", timezone="Europe/Berlin", now=T0
        )
        assert setup.showroom_info(store.uow()).timezone == "Europe/Berlin"
        assert read_settings(store.uow())["timezone"] == "Europe/Berlin"
        with store.uow().read() as uow:
            assert str(local_tz(uow)) == "Europe/Berlin"
    finally:
        store.close()


def test_the_time_zone_is_not_changed_by_the_settings_dialog_and_a_refusal_changes_nothing(counter):
    before = dump_database(counter.store.db_path)
    with pytest.raises(InvalidInput) as refused:
        save_settings(counter.uow(), counter.manager, {"receipt.terms": "七天内归还", "timezone": "Europe/Berlin"})
    assert refused.value.field == "timezone"
    assert dump_database(counter.store.db_path) == before


def test_a_stored_time_zone_this_pc_does_not_know_reads_as_the_default(counter):
    with sqlite3.connect(counter.store.db_path) as conn:  # as an older or damaged file might hold it
        conn.execute("UPDATE setting SET value = 'Mars/Olympus' WHERE key = 'timezone'")
    with counter.uow().read() as uow:
        assert setting_value(uow, "timezone") == "Asia/Shanghai"
        assert str(local_tz(uow)) == "Asia/Shanghai"
    quote = checkout.quote_checkout(counter.uow(), counter.streamer_id, counter.codes[:1], now=T0)
    assert quote.due_at > T0  # the use cases that count days work on


def test_a_typed_setting_is_stored_only_when_its_declaration_allows_it(counter):
    with counter.uow() as uow:
        with pytest.raises(InvalidInput):
            put_setting(uow, "reliability.min_samples", "5")  # text is not a count
        with pytest.raises(InvalidInput):
            put_setting(uow, "timezone", "Mars/Olympus")
        with pytest.raises(InvalidInput):
            put_setting(uow, "no.such.setting", 1)
        put_setting(uow, "reliability.min_samples", 7)
        uow.commit()
    assert read_settings(counter.uow())["reliability.min_samples"] == 7


def _modules(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_only_the_settings_helpers_touch_the_setting_table():
    """No use case reads a setting by key and default or by SQL: common.setting_value is the one way."""
    allowed = {ROOT / "showroom/services/common.py", ROOT / "showroom/services/settings.py"}
    offenders = []
    for path, tree in _modules(ROOT / "showroom/services"):
        nodes = list(ast.walk(tree))
        names = {
            alias.name
            for node in nodes
            if isinstance(node, ast.ImportFrom) and node.module == "db.models"
            for alias in node.names
        }
        raw = any(
            isinstance(node, ast.Constant) and isinstance(node.value, str) and "from setting" in node.value.lower()
            for node in nodes
        )
        by_key_and_default = any(
            isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "setting"
            for node in nodes
        )
        if path not in allowed and ("Setting" in names or raw or by_key_and_default):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
