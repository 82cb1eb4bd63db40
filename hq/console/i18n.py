"""The console's words: English in the source, Chinese from messages_zh.ZH; Chinese unless English is chosen.

A plain dict rather than gettext .po/.mo through Babel: the console has a few hundred short strings, one
translation, and no translators' tooling to feed; a dict needs no compile step in `make`, no .mo files to
ship or forget, and tests/hq/console/test_i18n.py fails when a string in a template or module has no
Chinese (or a Chinese entry is no longer used). The desktop's Qt .ts cannot be read without Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from hq.console.messages_zh import ZH


def N_(text: str) -> str:
    """Marks a string for translation where it is defined; it is translated where it is shown."""
    return text


LANGUAGES = ("zh", "en")
DEFAULT = "zh"
TIMEZONE = ZoneInfo("Asia/Shanghai")  # the network's time on every page; the database keeps UTC

# Sync exception and alert kinds HQ records today; a kind not listed here is shown as it is stored, so a new
# kind appears in the queue without a console change.
KIND_LABELS = {
    "sample_lent_twice": N_("Sample lent twice"),
    "sample_received_twice": N_("Sample received twice"),
    "unknown_sample": N_("Unknown sample"),
    "unknown_streamer": N_("Unknown streamer"),
    "unknown_loan": N_("Unknown loan"),
    "loan_reported_twice": N_("Loan reported twice"),
    "return_of_unknown_loan": N_("Return of an unknown loan"),
    "loss_of_unknown_loan": N_("Loss on an unknown loan"),
    "blacklist_lift_ignored": N_("Blacklist lifted at a counter"),
    "event_not_applied": N_("Event not applied"),
    "payload_mismatch": N_("Event resent with another payload"),
    "foreign_write": N_("Foreign write"),
    "unsynced_work_lost": N_("Work not synced before a restore"),
    "found_in_other_showroom": N_("Sample found in another showroom"),
    "unknown_stocktake": N_("Stocktake HQ never saw begin"),
    "unknown_shipment": N_("Parcel HQ never saw leave"),
    "shipment_reported_twice": N_("Parcel reported twice"),
    "transfer_short": N_("Transfer arrived with samples short"),
    "transfer_extra": N_("Transfer arrived with samples not on its slip"),
    "transfer_damaged": N_("Transfer arrived with samples damaged"),
    "transfer_reported_twice": N_("Transfer reported twice"),
    "transfer_received_twice": N_("Transfer received twice"),
    "unknown_transfer": N_("Unknown transfer"),
    "return_elsewhere_unmatched": N_("Return taken for another showroom with no open loan to match"),
    "return_settlement_unknown": N_("Return settled at a counter against an exception HQ does not hold"),
    "unknown_destination": N_("Transfer to an unknown showroom"),
    "received_after_cancel": N_("Transfer received after it was called back"),
    "cancel_after_receipt": N_("Transfer called back after it was received"),
    "transfer_lost_arrived": N_("Short sample declared lost at the sender, yet received late at the receiver"),
    "transfer_found_twice": N_("Short sample found at the sender, yet received late at the receiver"),
    "transfer_not_short": N_("Settlement of a sample not short on its transfer"),
    "transfer_short_settled_twice": N_("Short sample settled twice by the sender"),
}
# Stored values shown by name: sample, streamer and stocktake statuses, tiers, platforms, console roles.
VALUE_LABELS = {
    "in_stock": N_("In stock"),
    "on_loan": N_("On loan"),
    "in_transit": N_("In transit"),
    "returned_to_merchant": N_("Returned to merchant"),
    "lost": N_("Lost"),
    "written_off": N_("Written off"),
    "missing_at_stocktake": N_("Missing at stocktake"),
    "transferred": N_("Transferred"),
    "sent": N_("In transit"),
    "partly_received": N_("Received, samples short"),
    "cancelled": N_("Called back"),
    "received": N_("Received"),
    "short": N_("Short"),
    "extra": N_("Extra"),
    "damaged": N_("Damaged"),
    "found_at_sender": N_("Found at the sender"),
    "declared_lost": N_("Declared lost"),
    "arrived_late": N_("Arrived late"),
    "counting": N_("Counting"),
    "finished": N_("Finished"),
    "abandoned": N_("Abandoned"),
    "shipped": N_("Parcel shipped"),
    "delivered": N_("Parcel delivered"),
    "return_shipped": N_("Parcel on its way back"),
    "active": N_("Active"),
    "suspended": N_("Suspended"),
    "blacklisted": N_("Blacklisted"),
    "new": N_("Newcomer"),
    "silver": N_("Silver"),
    "gold": N_("Gold"),
    "diamond": N_("Diamond"),
    "douyin": N_("Douyin"),
    "kuaishou": N_("Kuaishou"),
    "taobao": N_("Taobao Live"),
    "channels": N_("WeChat Channels"),
    "xiaohongshu": N_("Xiaohongshu"),
    "other": N_("Other"),
    "keep": N_("kept in its stock"),
    "send_back": N_("sent back to its showroom"),
    "viewer": N_("Viewer"),
    "operator": N_("Operator"),
    "admin": N_("Admin"),
}


def local(t: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return t.astimezone(TIMEZONE).strftime(fmt) if t else ""


def _arg(value):
    return local(value) if isinstance(value, datetime) else value


def translator(lang: str) -> Callable[..., str]:
    table = ZH if lang == "zh" else {}

    def _(text: str, **args) -> str:
        out = table.get(text, text)
        return out.format(**{k: _arg(v) for k, v in args.items()}) if args else out

    return _


def value_label(_, value: str) -> str:
    label = VALUE_LABELS.get(value)
    return _(label) if label else value


def kind_label(_, kind: str) -> str:
    label = KIND_LABELS.get(kind)
    return _(label) if label else kind.replace("_", " ")
