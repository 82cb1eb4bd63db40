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
