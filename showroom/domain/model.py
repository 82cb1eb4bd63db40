"""The domain's vocabulary: statuses, roles, conditions, methods. Stored as their string values."""

from __future__ import annotations

from enum import StrEnum


class SampleStatus(StrEnum):
    IN_STOCK = "in_stock"
    ON_LOAN = "on_loan"
    IN_TRANSIT = "in_transit"
    RETURNED_TO_MERCHANT = "returned_to_merchant"
    LOST = "lost"
    WRITTEN_OFF = "written_off"
    MISSING_AT_STOCKTAKE = "missing_at_stocktake"  # expected on a shelf at a count and not found: not (yet) lost
    TRANSFERRED = "transferred"  # sent to another showroom and received there: in its custody now


class StreamerStatus(StrEnum):
    ACTIVE = "active"
    SUSPENDED = "suspended"
    BLACKLISTED = "blacklisted"


class Role(StrEnum):
    CLERK = "clerk"
    MANAGER = "manager"
    ADMIN = "admin"

    def at_least(self, other: Role) -> bool:
        order = [Role.CLERK, Role.MANAGER, Role.ADMIN]
        return order.index(self) >= order.index(other)


class ReturnCondition(StrEnum):
    GOOD = "good"
    DAMAGED = "damaged"
    PARTS_MISSING = "parts_missing"


class DepositMethod(StrEnum):
    CASH = "cash"
    WECHAT = "wechat"
    ALIPAY = "alipay"
    WAIVED = "waived"


class DepositKind(StrEnum):
    COLLECT = "collect"
    REFUND = "refund"
    FORFEIT = "forfeit"
    CHARGE = "charge"
    OWE = "owe"  # a loan closed without the streamer there: what it held is now owed to them
    PAY_OUT = "pay_out"  # what was owed, paid to the streamer at the counter


class LossSettlement(StrEnum):
    FORFEIT_DEPOSIT = "forfeit_deposit"  # keep (part of) the deposit held for this loan
    CHARGE = "charge"  # bill the sample's unit value


class Platform(StrEnum):
    DOUYIN = "douyin"
    KUAISHOU = "kuaishou"
    TAOBAO = "taobao"
    CHANNELS = "channels"  # 视频号
    XIAOHONGSHU = "xiaohongshu"
    OTHER = "other"


class MovementKind(StrEnum):
    RECEIVED = "received"
    CHECKED_OUT = "checked_out"
    CHECKED_IN = "checked_in"
    DECLARED_LOST = "declared_lost"
    DUE_EXTENDED = "due_extended"
    MISSING_AT_STOCKTAKE = "missing_at_stocktake"
    FOUND_AT_STOCKTAKE = "found_at_stocktake"  # missing or lost, and on the shelf after all
    SHELF_MOVED = "shelf_moved"
    TRANSFER_SENT = "transfer_sent"  # on a transfer slip to another showroom: in transit
    TRANSFER_RECEIVED = "transfer_received"  # received from another showroom (or, at the sender, received there)
    TRANSFER_CANCELLED = "transfer_cancelled"  # called back before it was received: in stock again
    SHORT_FOUND = "short_found"  # short on a transfer's receipt, found at the sender: in stock again
    SHORT_LOST = "short_lost"  # short on a transfer's receipt, declared lost by the sender (no streamer held it)
    LOSS_REVERSED = "loss_reversed"  # an automatic loss undone by a manager: on loan again
