"""How a catch-up from HQ is put in words (showroom/sync/catch_up.py): what came back, and what could not —
the work recorded on the old PC after HQ last heard from it, and each event whose rows did not come back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from present.formatting import local_time
from showroom.sync.catch_up import CatchUp
from showroom.sync.unrecovered import Unrecovered

translate = QCoreApplication.translate  # lupdate finds translate("CatchUp", "...")


def catch_up_lines(caught_up: CatchUp, unrecovered: Unrecovered, tz) -> list[str]:
    lines = [
        translate(
            "CatchUp",
            "Caught up from HQ: {replayed} event(s) of this showroom replayed, {here} already "
            "here; {moved} recorded here meanwhile go to HQ after them.",
        ).format(replayed=caught_up.replayed, here=caught_up.already_here, moved=caught_up.moved)
    ]
    if caught_up.hq_knew_until is not None:
        lines.append(
            translate(
                "CatchUp",
                "HQ had this showroom's work up to {when}. Anything recorded on the old PC "
                "after that never reached HQ and cannot come back: check the shelves for "
                "samples lent, returned or received since then.",
            ).format(when=local_time(caught_up.hq_knew_until, tz))
        )
    return lines + _what_to_redo(unrecovered)


def unrecovered_lines(unrecovered: Unrecovered, tz) -> list[str]:
    """The last catch-up as kept in the database (Sync → What came back from HQ…), whenever it was."""
    if unrecovered.caught_up_at is None:
        return [
            translate("CatchUp", "This showroom never caught up from HQ: nothing was replayed, nothing is missing.")
        ]
    lines = [
        translate("CatchUp", "Caught up from HQ on {when}: {replayed} event(s) of this showroom replayed.").format(
            when=local_time(unrecovered.caught_up_at, tz), replayed=unrecovered.replayed
        )
    ]
    if unrecovered.hq_knew_until is not None:
        lines.append(
            translate(
                "CatchUp",
                "HQ had this showroom's work up to {when}. Anything recorded on the old PC "
                "after that never reached HQ and cannot come back: check the shelves for "
                "samples lent, returned or received since then.",
            ).format(when=local_time(unrecovered.hq_knew_until, tz))
        )
    if unrecovered.last_sync_at is not None and unrecovered.unsynced_events:
        lines.append(
            translate(
                "CatchUp", "The old PC last synced at {when}; {count} event(s) it held then never reached HQ."
            ).format(when=local_time(unrecovered.last_sync_at, tz), count=unrecovered.unsynced_events)
        )
    return lines + _what_to_redo(unrecovered)


def _what_to_redo(unrecovered: Unrecovered) -> list[str]:
    lines = []
    for moved in unrecovered.renumbered:
        lines.append(
            translate(
                "CatchUp",
                "{was}, given again after the restore, is now {now}: reprint its receipt "
                "or card, or relabel the sample.",
            ).format(was=moved.was, now=moved.now)
        )
    for missing in unrecovered.not_replayed:
        lines.append(
            translate("CatchUp", "Not restored: {type} {what} ({problem}).").format(
                type=missing.type, what=missing.what, problem=missing.problem
            )
        )
    return lines
