"""Every event the counter writes, from every use case, against its declaration in kernel/events.

The walk (tests/integration/event_walk.py) drives each use case that records an event on a real SQLite
store. Its outbox must hold only declared types, every row must read back through its declaration and
serialise to the very text stored, and the payloads must be the ones the counter wrote before the
declarations existed (event_payloads.json, recorded from the dict literals the services used to build;
ids are replaced by placeholders in order of appearance). A deliberate change of a payload is a new
version of its type; to re-record the file after one, run this module with UPDATE_EVENT_PAYLOADS=1.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sqlite3
from contextlib import closing
from datetime import datetime, timezone
from pathlib import Path

import pytest

from db.engine import database_path
from demo.seed import seed_demo
from kernel.events import EVENTS, EventInvalid, declared
from showroom.services import checkout
from showroom.store import Store
from tests.integration.event_walk import walk
from tests.integration.helpers import dump_database, rows

RECORDED = Path(__file__).with_name("event_payloads.json")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _outbox(store: Store) -> list[tuple[str, str]]:
    return rows(store.db_path, "SELECT type, payload FROM outbox_event ORDER BY seq")


@pytest.fixture(scope="module")
def walked(tmp_path_factory, counter_template) -> list[tuple[str, str]]:
    """The walk's outbox: (type, payload text) in sequence order. Walked once for the module."""
    template_db, built = counter_template
    data_dir = tmp_path_factory.mktemp("walk") / "data"
    data_dir.mkdir()
    with closing(sqlite3.connect(template_db)) as source, closing(sqlite3.connect(database_path(data_dir))) as target:
        source.backup(target)
    store = Store(data_dir)
    try:
        walk(dataclasses.replace(built, store=store, codes=list(built.codes)))
        return _outbox(store)
    finally:
        store.close()


def _without_ids(outbox: list[tuple[str, str]]) -> list[list[str]]:
    names: dict[str, str] = {}

    def name(match: re.Match) -> str:
        return names.setdefault(match.group(0), f"<id{len(names) + 1}>")

    return [[kind, _UUID.sub(name, payload)] for kind, payload in outbox]


def test_the_payloads_are_the_ones_the_counter_wrote_before_the_declarations(walked):
    written = _without_ids(walked)
    if os.environ.get("UPDATE_EVENT_PAYLOADS"):
        RECORDED.write_text(json.dumps(written, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert written == json.loads(RECORDED.read_text(encoding="utf-8"))


def _checked(outbox: list[tuple[str, str]]) -> set[str]:
    """Every row read back through its declaration and written again to the very text stored."""
    for kind, text in outbox:
        declaration = declared(kind)
        assert declaration is not None, f"{kind} is written but not declared in kernel/events"
        event = declaration.from_payload(json.loads(text))
        assert json.dumps(event.to_payload(), ensure_ascii=False, sort_keys=True) == text, kind
    return {kind for kind, _ in outbox}


def test_every_event_of_every_use_case_reads_back_through_its_declaration(walked):
    written = _checked(walked)
    assert written == set(EVENTS), f"declared but never written by the walk: {sorted(set(EVENTS) - written)}"


def test_the_demo_seeding_writes_only_declared_events(tmp_path):
    store = Store(tmp_path / "demo")
    try:
        seed_demo(store, now=datetime(2026, 11, 27, 6, 30, tzinfo=timezone.utc))
        assert len(_checked(_outbox(store))) >= 10
    finally:
        store.close()


def test_a_use_case_whose_event_breaks_its_declaration_records_nothing(counter):
    """A due time past the declarations' window (a clock at the end of 2099) has no bound of its own at the
    counter; its event's declaration has one. (Typed text is refused before, at entry: test_entry_text.py.)"""
    before = dump_database(counter.store.db_path)
    with pytest.raises(EventInvalid) as refused:
        checkout.check_out(
            counter.uow(),
            counter.clerk,
            counter.streamer_id,
            counter.codes[:1],
            "cash",
            now=datetime(2099, 12, 30, 2, 0, tzinfo=timezone.utc),
        )
    assert (refused.value.path, refused.value.problem) == ("due_at", "out_of_window")
    assert dump_database(counter.store.db_path) == before
