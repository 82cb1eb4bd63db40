"""A stocktake in words: what a scanned code meant, how a find was settled, and why a count refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def outcome(value: str) -> str:
    return {
        "found": translate("Stocktake", "Found"),
        "wrong_shelf": translate("Stocktake", "On the wrong shelf"),
        "on_loan": translate("Stocktake", "On loan per the records"),
        "lost": translate("Stocktake", "Declared lost"),
        "missing": translate("Stocktake", "Missing at an earlier count"),
        "in_transit": translate("Stocktake", "In transit per the records"),
        "gone": translate("Stocktake", "Returned to merchant or written off"),
        "other_showroom": translate("Stocktake", "Another showroom's sample"),
        "unknown": translate("Stocktake", "No such sample"),
        "not_found": translate("Stocktake", "Not found"),
    }.get(value, value)


def settlement(value: str) -> str:
    return {
        "back_in_stock": translate("Stocktake", "Back in stock"),
        "returned": translate("Stocktake", "Taken back from its loan"),
        "moved": translate("Stocktake", "Moved to this shelf"),
        "left": translate("Stocktake", "Left as it is"),
        "": translate("Stocktake", "Not settled"),
    }.get(value, value)


def status(value: str) -> str:
    return {
        "counting": translate("Stocktake", "Counting"),
        "finished": translate("Stocktake", "Finished"),
        "abandoned": translate("Stocktake", "Abandoned"),
    }.get(value, value)


def shelves(chosen: tuple[str, ...] | list[str]) -> str:
    if not chosen:
        return translate("Stocktake", "the whole showroom")
    return "、".join(s for s in chosen)


def refused(exc, tz=None) -> str:
    """showroom.domain.errors.StocktakeRefused in words."""
    facts = exc.facts
    words = {
        "already_counting": translate(
            "Stocktake", "Count {number} is still open: finish or abandon it before starting another."
        ),
        "no_such_count": translate("Stocktake", "That count no longer exists."),
        "not_counting": translate("Stocktake", "Count {number} has ended; nothing more can be recorded in it."),
        "not_a_sample_code": translate(
            "Stocktake", "{code} is not a sample's code: scan the label on each sample (its code looks like CS-000042)."
        ),
        "nothing_to_settle": translate("Stocktake", "{code} needs no settling in this count."),
        "already_settled": translate("Stocktake", "{code} is settled already."),
        "settlement_not_allowed": translate(
            "Stocktake", "{code} cannot be settled that way (for a move, say which shelf you are counting first)."
        ),
        "not_missing": translate("Stocktake", "{code} is not missing at stocktake: nothing to put back."),
        "unsettled": translate(
            "Stocktake",
            "{count} unexpected find(s) are not settled yet (the first is {code}); settle each before finishing.",
        ),
    }
    return words.get(exc.problem, translate("Stocktake", "The count refused this.")).format(**facts)
