"""Returns taken for other showrooms in words (return anywhere): where each stands, what a manager may do with one
HQ could not match, and why a settlement refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def state(value: str) -> str:
    """showroom.services.elsewhere_views.ElsewhereState in words."""
    return {
        "not_sent": translate("Elsewhere", "Waiting for HQ: not sent yet (sync)"),
        "waiting": translate("Elsewhere", "Waiting for HQ's match"),
        "matched": translate("Elsewhere", "Matched: in our stock"),
        "matched_no_loan": translate("Elsewhere", "In our stock; HQ found its loan closed already"),
        "unmatched": translate("Elsewhere", "HQ found no open loan: a manager decides"),
        "unknown_sample": translate("Elsewhere", "HQ knows no such sample: ask HQ"),
        "kept": translate("Elsewhere", "Kept in our stock"),
        "sent_back": translate("Elsewhere", "Sent back to its showroom"),
    }.get(value, value)


def explain(row) -> str:
    """What the selected return's state means and what may be done (a ReturnForOthers)."""
    facts = {"code": row.code, "showroom": row.lender_name or row.lender_code, "number": row.transfer_number}
    words = {
        "not_sent": translate(
            "Elsewhere", "{code} is held here, in no stock. Sync with HQ: it finds the loan of {showroom} it is from."
        ),
        "waiting": translate("Elsewhere", "{code} is held here, in no stock, until HQ's answer comes with a sync."),
        "matched": translate("Elsewhere", "{code} is in our stock; {showroom} refunds the deposit."),
        "matched_no_loan": translate(
            "Elsewhere", "{code} is in our stock, but HQ found no open loan for it: HQ follows it up with {showroom}."
        ),
        "unmatched": translate(
            "Elsewhere",
            "HQ found no open loan for {code} of {showroom}. A manager keeps it in our stock, or sends it back "
            "to {showroom} on a transfer.",
        ),
        "unknown_sample": translate(
            "Elsewhere",
            "HQ found no loan and knows no sample {code}: it cannot go into a stock. Keep it aside and ask HQ.",
        ),
        "kept": translate("Elsewhere", "{code} was kept in our stock; it is lent from here now."),
        "sent_back": translate("Elsewhere", "{code} was sent back to {showroom} on transfer {number}."),
    }
    return words.get(row.state, "").format(**facts)


def refused(exc, tz=None) -> str:
    """showroom.domain.errors.ElsewhereRefused in words."""
    facts = {"code": "", "showroom": "", **exc.facts}
    words = {
        "no_such_return": translate("Elsewhere", "No such return taken for another showroom is known here."),
        "not_unmatched": translate(
            "Elsewhere",
            "{code} is not waiting for a manager: HQ has not said it found no loan for it. Nothing changed.",
        ),
        "settled_already": translate("Elsewhere", "{code} was settled already. Nothing changed."),
        "product_unknown": translate(
            "Elsewhere",
            "HQ knows no sample {code}, so its product is unknown and it cannot go into a stock. Keep it aside and "
            "ask HQ. Nothing changed.",
        ),
    }
    return words.get(exc.problem, translate("Elsewhere", "The return could not be settled.")).format(**facts)
