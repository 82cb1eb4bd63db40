"""Samples by courier in words: couriers, a parcel's states and tiers, and why a parcel refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def courier(value: str) -> str:
    return {
        "sf": translate("Mailing", "SF Express"),
        "zto": translate("Mailing", "ZTO Express"),
        "yto": translate("Mailing", "YTO Express"),
        "yunda": translate("Mailing", "Yunda Express"),
        "jd": translate("Mailing", "JD Logistics"),
        "ems": translate("Mailing", "EMS"),
    }.get(value, value)


def state(value: str) -> str:
    return {
        "packed": translate("Mailing", "Packed"),
        "shipped": translate("Mailing", "Shipped"),
        "delivered": translate("Mailing", "Delivered"),
        "return_shipped": translate("Mailing", "Return shipped"),
        "received": translate("Mailing", "Received"),
    }.get(value, value)


def tier(value: str) -> str:
    return {
        "not_delivered": translate("Mailing", "Not delivered"),
        "not_sent_back": translate("Mailing", "Not sent back"),
        "return_too_long": translate("Mailing", "Return in transit too long"),
    }.get(value, value)


def refused(exc, tz=None) -> str:
    """showroom.domain.errors.ShipmentRefused in words."""
    facts = dict(exc.facts)
    for key in ("state", "to"):
        if key in facts:
            facts[key] = state(facts[key])
    if "courier" in facts:
        facts["courier"] = courier(facts["courier"])
    words = {
        "unknown_courier": translate("Mailing", "{courier} is not a courier the counter knows."),
        "waybill_invalid": translate(
            "Mailing", "{waybill} is not a {courier} waybill number: scan the barcode on the waybill again."
        ),
        "wrong_state": translate("Mailing", "Parcel {number} is {state}; it cannot become {to}."),
        "not_mailed": translate("Mailing", "Loan {number} was lent at the counter, not by post."),
        "no_address": translate("Mailing", "{name} has no delivery address: enter it first."),
        "address_not_verified": translate(
            "Mailing", "{name}'s delivery address is not verified: confirm it with them before mailing."
        ),
        "not_allowed": translate("Mailing", "Tier {tier} may not borrow by post."),
        "over_post_limit": translate(
            "Mailing", "By post, tier {tier} may hold {limit} sample(s) at once; this parcel would make {count}."
        ),
        "transfer_required": translate(
            "Mailing", "A parcel's deposit is paid by WeChat or Alipay transfer: enter the transfer reference."
        ),
        "waybill_unknown": translate("Mailing", "No parcel has waybill {waybill}."),
    }
    return words.get(exc.problem, translate("Mailing", "The parcel refused this.")).format(**facts)
