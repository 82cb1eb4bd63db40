"""Translated display names of the domain's stored values (statuses, tiers, platforms, ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from showroom import settings
from showroom.domain.reasons import AUTO_SUSPEND_OVERDUE, StatusReason

translate = QCoreApplication.translate


def sample_status(value: str) -> str:
    return {
        "in_stock": translate("Labels", "In stock"),
        "on_loan": translate("Labels", "On loan"),
        "in_transit": translate("Labels", "In transit"),
        "returned_to_merchant": translate("Labels", "Returned to merchant"),
        "lost": translate("Labels", "Lost"),
        "written_off": translate("Labels", "Written off"),
        "missing_at_stocktake": translate("Labels", "Missing at stocktake"),
        "transferred": translate("Labels", "Transferred to another showroom"),
    }.get(value, value)


def streamer_status(value: str) -> str:
    return {
        "active": translate("Labels", "Active"),
        "suspended": translate("Labels", "Suspended"),
        "blacklisted": translate("Labels", "Blacklisted"),
    }.get(value, value)


def tier(value: str) -> str:
    return {
        "new": translate("Labels", "Newcomer"),
        "silver": translate("Labels", "Silver"),
        "gold": translate("Labels", "Gold"),
        "diamond": translate("Labels", "Diamond"),
    }.get(value, value)


def platform(value: str) -> str:
    return {
        "douyin": translate("Labels", "Douyin"),
        "kuaishou": translate("Labels", "Kuaishou"),
        "taobao": translate("Labels", "Taobao Live"),
        "channels": translate("Labels", "WeChat Channels"),
        "xiaohongshu": translate("Labels", "Xiaohongshu"),
        "other": translate("Labels", "Other"),
    }.get(value, value)


def deposit_method(value: str) -> str:
    return {
        "cash": translate("Labels", "Cash"),
        "wechat": translate("Labels", "WeChat Pay"),
        "alipay": translate("Labels", "Alipay"),
        "waived": translate("Labels", "Waived"),
    }.get(value, value)


def condition(value: str) -> str:
    return {
        "good": translate("Labels", "Good"),
        "damaged": translate("Labels", "Damaged"),
        "parts_missing": translate("Labels", "Parts missing"),
    }.get(value, value)


def status_reason(reason: StatusReason) -> str:
    """A streamer's status reason in the UI's language: the app's own reasons are worded now, from their
    key; a person's words (and older rows' sentences) show as they were written."""
    if reason.key == AUTO_SUSPEND_OVERDUE:
        params = {"code": "", "days": "", **reason.params}
        return translate("Labels", "automatic: sample {code} is {days} day(s) late").format(**params)
    return reason.text or reason.key


def role(value: str) -> str:
    return {
        "clerk": translate("Labels", "Clerk"),
        "manager": translate("Labels", "Manager"),
        "admin": translate("Labels", "Administrator"),
    }.get(value, value)


def movement(value: str) -> str:
    return {
        "received": translate("Labels", "Received"),
        "checked_out": translate("Labels", "Lent out"),
        "checked_in": translate("Labels", "Returned"),
        "declared_lost": translate("Labels", "Declared lost"),
        "due_extended": translate("Labels", "Due date extended"),
        "returned_to_merchant": translate("Labels", "Returned to merchant"),
        "missing_at_stocktake": translate("Labels", "Missing at stocktake"),
        "found_at_stocktake": translate("Labels", "Found at stocktake"),
        "shelf_moved": translate("Labels", "Shelf changed"),
        "loss_reversed": translate("Labels", "Loss reversed: on loan again"),
        "transfer_sent": translate("Labels", "Sent to another showroom"),
        "transfer_received": translate("Labels", "Received by transfer"),
        "transfer_cancelled": translate("Labels", "Transfer called back: in stock"),
        "short_found": translate("Labels", "Short on a transfer, found here: in stock"),
        "short_lost": translate("Labels", "Short on a transfer, declared lost"),
    }.get(value, value)


def field(value: str) -> str:
    return {
        "phone": translate("Labels", "Phone"),
        "name": translate("Labels", "Name"),
        "streamer_name": translate("Labels", "Streamer name"),
        "merchant_name": translate("Labels", "Merchant name"),
        "product_name": translate("Labels", "Product name"),
        "showroom_name": translate("Labels", "Showroom name"),
        "showroom_code": translate("Labels", "Showroom code"),
        "city": translate("Labels", "City"),
        "ean": translate("Labels", "Product barcode (EAN)"),
        "quantity": translate("Labels", "Quantity"),
        "shelf": translate("Labels", "Shelf"),
        "reason": translate("Labels", "Reason"),
        "note": translate("Labels", "Note"),
        "pin": translate("Labels", "PIN"),
        "retail_price": translate("Labels", "Retail price"),
        "live_price": translate("Labels", "Live price"),
        "sample_value": translate("Labels", "Sample value"),
        "commission": translate("Labels", "Commission"),
        "due_date": translate("Labels", "Due date"),
        "deposit_method": translate("Labels", "Deposit method"),
        "signature": translate("Labels", "Signature"),
        "handle": translate("Labels", "Platform handle"),
        "platform": translate("Labels", "Platform"),
        "returns": translate("Labels", "Samples to return"),
        "loan": translate("Labels", "Loan"),
        "report_period": translate("Labels", "Report period"),
        "channel": translate("Labels", "How the streamer was reached"),
        "outcome": translate("Labels", "Outcome"),
        "max_samples_out": translate("Labels", "Most samples out"),
        "loan_days": translate("Labels", "Loan days"),
        "deposit_rule": translate("Labels", "Deposit rule"),
        "deposit_per_sample_fen": translate("Labels", "Deposit per sample"),
        "deposit_percent": translate("Labels", "Deposit share of the sample value"),
        "deposit_rounding": translate("Labels", "Deposit rounding"),
        "suspend_after_days_late": translate("Labels", "Suspend after days late"),
        "lose_after_days_late": translate("Labels", "Declare lost after days late"),
        "photo_required_for_damage": translate("Labels", "Photo needed for a damaged return"),
        "may_post": translate("Labels", "May borrow by post"),
        "post_limit": translate("Labels", "Samples by post at once"),
        "post_days": translate("Labels", "Days kept (from delivery)"),
        "return_transit_days": translate("Labels", "Transit days (each way)"),
        "recipient": translate("Labels", "Recipient"),
        "province": translate("Labels", "Province"),
        "address": translate("Labels", "Address"),
        "block_on_overdue": translate("Labels", "Block when overdue"),
        "allow_override": translate("Labels", "Manager may override"),
        "hq_url": translate("Labels", "HQ address"),
        "admin_name": translate("Labels", "Administrator name"),
        "admin_pin": translate("Labels", "Administrator PIN"),
        "enrol_code": translate("Labels", "Enrolment code"),
        "contact": translate("Labels", "Contact person"),
        "brand": translate("Labels", "Brand"),
        "category": translate("Labels", "Category"),
        "spec": translate("Labels", "Specification"),
    }.get(value) or setting_label(value)


def setting_label(key: str) -> str:
    """A declared setting's label in the UI language (the key itself for anything else)."""
    spec = settings.BY_KEY.get(key)
    return translate("Settings", spec.label) if spec else key
