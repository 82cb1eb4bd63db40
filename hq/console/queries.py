"""Small helpers the console's read models share: local days in SQL, open loan items, paging."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import Date, and_, cast, func, literal_column
from sqlalchemy.orm import Session

from hq.console.i18n import TIMEZONE
from hq.models import NetLoanItem

PAGE = 100


def item_open():
    return and_(NetLoanItem.returned_at.is_(None), NetLoanItem.lost_at.is_(None), NetLoanItem.superseded_at.is_(None))


def local_day_sql(session: Session, column, now: datetime):
    """The local calendar day of a UTC column, in SQL (Shanghai keeps one offset all year)."""
    hours = int(now.astimezone(TIMEZONE).utcoffset().total_seconds() // 3600)
    if session.get_bind().dialect.name == "postgresql":
        return cast(column + literal_column(f"interval '{hours} hours'"), Date)
    return func.date(column, f"{hours:+d} hours")


def as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=TIMEZONE)


def like(text: str) -> str:
    """A LIKE pattern for "contains", with the user's % and _ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


@dataclass(frozen=True)
class Paging:
    page: int
    total: int
    size: int = PAGE

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.size))

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


def page_number(raw: str | None) -> int:
    try:
        return max(1, min(int(raw or 1), 10_000))
    except ValueError:
        return 1
