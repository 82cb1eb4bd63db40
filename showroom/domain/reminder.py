"""How a reminder reached a streamer and what came of it (stored as the string values)."""

from __future__ import annotations

from enum import StrEnum


class ReminderChannel(StrEnum):
    PHONE = "phone"
    WECHAT = "wechat"
    SMS = "sms"


class ReminderOutcome(StrEnum):
    PROMISED = "promised"  # said when they bring it back
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"
    REFUSED = "refused"
    WRONG_NUMBER = "wrong_number"
