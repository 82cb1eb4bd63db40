"""Every event the counter writes, from every use case, against its declaration in kernel/events.

The walk (tests/integration/event_walk.py) drives each use case that records an event on a real SQLite
store. Its outbox must hold only declared types, every row must read back through its declaration and
serialise to the very text stored, and the payloads must be the ones the counter wrote before the
declarations existed (event_payloads.json, recorded from the dict literals the services used to build;
ids are replaced by placeholders in order of appearance). A deliberate change of a payload is a new
version of its type; to re-record the file after one, run this module with UPDATE_EVENT_PAYLOADS=1.
"""
from __future__ import annotations

import json
import os
import re
from pathlib import Path

from tests.integration.event_walk import walk
from tests.integration.helpers import rows

RECORDED = Path(__file__).with_name("event_payloads.json")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _outbox(counter) -> list[tuple[str, str]]:
    return rows(counter.store.db_path, "SELECT type, payload FROM outbox_event ORDER BY seq")


def _without_ids(outbox: list[tuple[str, str]]) -> list[list[str]]:
    names: dict[str, str] = {}

    def name(match: re.Match) -> str:
        return names.setdefault(match.group(0), f"<id{len(names) + 1}>")
    return [[kind, _UUID.sub(name, payload)] for kind, payload in outbox]


def test_the_payloads_are_the_ones_the_counter_wrote_before_the_declarations(counter):
    walk(counter)
    written = _without_ids(_outbox(counter))
    if os.environ.get("UPDATE_EVENT_PAYLOADS"):
        RECORDED.write_text(json.dumps(written, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert written == json.loads(RECORDED.read_text(encoding="utf-8"))
