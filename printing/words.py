"""Words on paper go through the app's translator, which the caller hands in.

printing/ knows nothing about Qt, so a builder takes `translate(context, text)`; the UI and the
command line pass QCoreApplication.translate, and `make lupdate` scans printing/ for these calls
(always written literally as translate("Context", "Text") so lupdate finds them).
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    return text


def money(fen: int) -> str:
    """Integer fen on paper: ¥1,234.50 (a minus sign in front when negative)."""
    sign = "-" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{rest:02d}"


def when(moment: datetime) -> str:
    """A local time (the caller converts from UTC) as the counter writes it."""
    return moment.strftime("%Y-%m-%d %H:%M")


def day(value: date | datetime) -> str:
    return value.strftime("%Y-%m-%d")
