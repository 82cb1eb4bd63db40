"""The words and values events are made of: choices (the string values of the domain's enums in
showroom.domain; tests/unit/test_event_contracts.py keeps the two the same) and the field kinds that
recur: money, codes, phone numbers, names, notes."""

from __future__ import annotations

import re

from kernel import codes
from kernel.events.fields import Code, Integer, Text

DEPOSIT_METHODS = ("cash", "wechat", "alipay", "waived")
RETURN_CONDITIONS = ("good", "damaged", "parts_missing")
LOSS_SETTLEMENTS = ("forfeit_deposit", "charge")
STREAMER_STATUSES = ("active", "suspended", "blacklisted")
PLATFORMS = ("douyin", "kuaishou", "taobao", "channels", "xiaohongshu", "other")
ROLES = ("clerk", "manager", "admin")
LOGIN_CHANNELS = ("login", "override")
REMINDER_CHANNELS = ("phone", "wechat", "sms")
REMINDER_OUTCOMES = ("promised", "no_answer", "left_message", "refused", "wrong_number")
DEPOSIT_RULES = ("none", "per_sample", "percent_of_value")
DEPOSIT_ROUNDINGS = ("fen", "yuan", "ten_yuan")
REASON_KEYS = ("auto_suspend_overdue",)
COUNT_OUTCOMES = (  # showroom.domain.stocktake.CountOutcome
    "found",
    "wrong_shelf",
    "on_loan",
    "lost",
    "missing",
    "in_transit",
    "gone",
    "other_showroom",
    "unknown",
    "not_found",
)
COUNT_SETTLEMENTS = ("back_in_stock", "returned", "moved", "left")  # showroom.domain.stocktake.Settlement
TRANSFER_OUTCOMES = ("received", "short", "extra", "damaged")  # showroom.domain.transfers.LineOutcome
# How a sample short on a transfer was settled afterwards (showroom.domain.shortfalls.Settlement): the first two
# are the sender's word, the last the receiver's
SHORT_SETTLEMENTS = ("found_at_sender", "declared_lost", "arrived_late")
BLOCK_KINDS = ("blacklisted", "suspended", "overdue", "over_limit", "deposit_waived")

# More than any showroom holds or lends, and nine million of them still add up within a 64-bit total.
MAX_FEN = 10**12 - 1
MAX_DAYS = 36_600  # days between two times of the window (2000-2100)
MAX_ITEMS = 1_000  # samples in one loan, one return, one hand-back to a merchant
TIMEZONE = re.compile(r"[A-Za-z][A-Za-z0-9_+\-/]*")


class Fen(Integer):
    """An amount of money in fen, never negative."""

    def __init__(self, **options):
        super().__init__(0, MAX_FEN, unit="fen", **options)


class SampleCode(Code):
    def __init__(self, **options):
        super().__init__(codes.SAMPLE, 20, "sample code", "CS-000042", **options)


class MemberCode(Code):
    def __init__(self, **options):
        super().__init__(codes.MEMBER, 20, "member code", "CS-M00017", **options)


class LoanNumber(Code):
    def __init__(self, **options):
        super().__init__(codes.LOAN, 24, "loan number", "CS-L261127007", **options)


class Mobile(Code):
    """A normalised mainland mobile number: a streamer's key across the network."""

    def __init__(self, **options):
        super().__init__(codes.MOBILE, 11, "mobile", "13800138000", **options)


class MerchantPhone(Code):
    """A merchant's mobile, landline or 400/800 number in its canonical form."""

    def __init__(self, **options):
        super().__init__(codes.MERCHANT_PHONE, 13, "merchant phone", "0731-88886666", **options)


class Name(Text):
    """A person's, a showroom's or a staff member's name (the columns are 100 wide)."""

    def __init__(self, max_len: int = 100, **options):
        super().__init__(max_len, min_len=1, **options)


class Note(Text):
    """Free text typed at the counter; empty when nothing was typed."""

    def __init__(self, **options):
        super().__init__(300, **options)


class Reason(Text):
    """Why a manager did something: required."""

    def __init__(self, **options):
        super().__init__(300, min_len=1, **options)


class Tier(Text):
    """A tier's name (tiers are data: their names come from the showroom's tier policies)."""

    def __init__(self, **options):
        super().__init__(20, min_len=1, **options)


class Choice(Text):
    def __init__(self, choices: tuple[str, ...], **options):
        super().__init__(max(map(len, choices)), choices=choices, **options)
