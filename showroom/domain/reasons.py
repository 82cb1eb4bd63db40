"""Reasons the app writes itself are stored as a key and parameters, and worded when they are shown.

A person's reason ("late twice") is stored as they typed it. A reason the app makes (the automatic
suspension) is stored as a machine key with its parameters, so the counter says it in the language of
whoever reads it. Rows written before (a mixed Chinese+English sentence) have no key and show as stored.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

AUTO_SUSPEND_OVERDUE = "auto_suspend_overdue"  # params: code (the late sample), days (late)


@dataclass(frozen=True)
class StatusReason:
    text: str = ""  # what a person wrote (or an older row's sentence)
    key: str = ""  # a reason the app wrote: worded at display time
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __bool__(self) -> bool:
        return bool(self.text or self.key)

    @classmethod
    def stored(cls, text: str, key: str = "", params_json: str = "") -> StatusReason:
        """From the streamer row's columns; unreadable parameters read as none (the key still shows)."""
        try:
            params = json.loads(params_json) if params_json else {}
        except ValueError:
            params = {}
        return cls(text or "", key or "", params if isinstance(params, dict) else {})

    def params_json(self) -> str:
        return json.dumps(dict(self.params), ensure_ascii=False, sort_keys=True) if self.key else ""

    def plain_words(self) -> str:
        """For readers that do not word keys (HQ, older counters): the person's text, or a plain sentence."""
        if self.key == AUTO_SUSPEND_OVERDUE:
            return "automatic: sample {code} {days} days late".format(**{"code": "", "days": "", **self.params})
        return self.text or self.key


def auto_suspension(sample_code: str, days_late: int) -> StatusReason:
    return StatusReason(key=AUTO_SUSPEND_OVERDUE, params={"code": sample_code, "days": days_late})
