"""The event table of hq/PROTOCOL.md, generated from the declarations.

    python -m kernel.events.table           # rewrites the table between its markers in hq/PROTOCOL.md
    python -m kernel.events.table --check   # exit status 1 when the committed table differs

tests/unit/test_event_contracts.py fails when the committed table drifts from the declarations.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kernel.events import EVENTS, STORES, Event

PROTOCOL = Path(__file__).resolve().parents[2] / "hq" / "PROTOCOL.md"
BEGIN = "<!-- event table: generated from kernel/events by `python -m kernel.events.table`; do not edit -->"
END = "<!-- end of the event table -->"


def _summary(cls: type[Event]) -> str:
    return " ".join((cls.__doc__ or "").strip().split("\n\n")[0].split())


def _fields(cls: type[Event]) -> str:
    return "<br>".join(f"`{f.key}` {f.described()}" for f in cls.FIELDS)


def render() -> str:
    """The table, markers included: one row per declared type, in the order of the type names."""
    rows = [BEGIN, "| type | HQ | what it says | payload fields |", "|---|---|---|---|"]
    for name in sorted(EVENTS):
        cls = EVENTS[name]
        hq = "stores only" if cls.HQ == STORES else "applies"
        rows.append(f"| `{name}` | {hq} | {_summary(cls)} | {_fields(cls)} |")
    rows.append(END)
    return "\n".join(rows)


def with_table(document: str) -> str:
    """The document with its table replaced by the one the declarations give."""
    head, found, rest = document.partition(BEGIN)
    _, found_end, tail = rest.partition(END)
    if not found or not found_end:
        raise ValueError(f"{PROTOCOL.name} has no event table markers")
    return head + render() + tail


def main(argv: list[str]) -> int:
    document = PROTOCOL.read_text(encoding="utf-8")
    wanted = with_table(document)
    if "--check" in argv:
        if wanted != document:
            print(f"{PROTOCOL} differs from the declarations: run python -m kernel.events.table", file=sys.stderr)
            return 1
        return 0
    PROTOCOL.write_text(wanted, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
