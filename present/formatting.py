"""How money, times and phone numbers look on screen (money is integer fen; times are UTC inside)."""

from __future__ import annotations

from datetime import date, datetime, timezone, tzinfo

from printing.words import money  # noqa: F401  (one way to write money, on screen and on paper)


def parse_money(text: str) -> int:
    """'129.9' or '¥1,299.00' -> fen. Raises ValueError on anything else."""
    cleaned = text.strip().replace("¥", "").replace(",", "").replace("，", "")
    if not cleaned:
        raise ValueError("empty")
    yuan, _, cents = cleaned.partition(".")
    if not yuan.isdigit() or (cents and (not cents.isdigit() or len(cents) > 2)):
        raise ValueError(text)
    return int(yuan) * 100 + int((cents + "00")[:2])


def local_time(dt: datetime | None, tz: tzinfo, with_time: bool = True) -> str:
    if dt is None:
        return ""
    local = dt.astimezone(tz)
    return local.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def local_today(tz: tzinfo) -> date:
    return datetime.now(timezone.utc).astimezone(tz).date()
