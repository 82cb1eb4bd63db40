"""A transfer between showrooms in words: its state, what became of each sample (and of a short one since), and why
a transfer refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def state(value: str) -> str:
    return {
        "sent": translate("Transfers", "In transit"),
        "received": translate("Transfers", "Received"),
        "partly_received": translate("Transfers", "Received with samples short"),
        "cancelled": translate("Transfers", "Called back"),
    }.get(value, value)


def outcome(value: str) -> str:
    return {
        "": translate("Transfers", "In transit"),
        "received": translate("Transfers", "Received"),
        "short": translate("Transfers", "Short"),
        "extra": translate("Transfers", "Extra (not on the slip)"),
        "damaged": translate("Transfers", "Damaged"),
    }.get(value, value)


def settlement(value: str) -> str:
    """How a sample short on a transfer was settled afterwards (showroom.domain.shortfalls.Settlement)."""
    return {
        "found_at_sender": translate("Transfers", "Short, found at the sender"),
        "declared_lost": translate("Transfers", "Short, declared lost by the sender"),
        "arrived_late": translate("Transfers", "Short, arrived late"),
    }.get(value, value)


def direction(value: str) -> str:
    return {"out": translate("Transfers", "Sent"), "in": translate("Transfers", "Incoming")}.get(value, value)


def refused(exc, tz=None) -> str:
    """showroom.domain.errors.TransferRefused in words."""
    from present import labels

    facts = dict(exc.facts)
    if "status" in facts:
        facts["status"] = labels.sample_status(facts["status"])
    words = {
        "no_destination": translate("Transfers", "Choose the showroom the samples go to."),
        "unknown_destination": translate(
            "Transfers", "This counter does not know showroom {showroom}: sync with HQ, then choose it again."
        ),
        "own_showroom": translate("Transfers", "{showroom} is this showroom: a transfer goes to another one."),
        "not_sendable": translate("Transfers", "{code} cannot be sent: it is {status}, not in stock."),
        "not_ours": translate("Transfers", "{code} is not a sample of this showroom: only its own samples are sent."),
        "no_such_transfer": translate(
            "Transfers", "No transfer {number} is known here: sync with HQ to learn of transfers sent to this showroom."
        ),
        "not_in_transit": translate(
            "Transfers", "Transfer {number} is no longer in transit (received or called back)."
        ),
        "not_incoming": translate("Transfers", "Transfer {number} was sent from this showroom, not to it."),
        "not_outgoing": translate(
            "Transfers", "Transfer {number} was sent to this showroom: only its sender calls it back."
        ),
        "not_a_transfer_code": translate(
            "Transfers", "{code} is not a transfer slip: scan the barcode on the slip (it looks like CS-T261206001)."
        ),
        "not_a_sample_code": translate(
            "Transfers", "{code} is not a sample's code: scan the label on each sample (its code looks like CS-000042)."
        ),
        "nothing_scanned": translate("Transfers", "Scan the samples that came before finishing the receipt."),
        "not_short": translate(
            "Transfers",
            "{code} is not a sample short on transfer {number}: only one its receipt found short, and not arrived since, is settled or received late.",
        ),
        "settled_already": translate("Transfers", "{code} of transfer {number} is settled already."),
        "nothing_short": translate(
            "Transfers",
            "Transfer {number} was received and nothing of it is still short: there is nothing to receive late.",
        ),
    }
    return words.get(exc.problem, translate("Transfers", "The transfer refused this.")).format(**facts)
