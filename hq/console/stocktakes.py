"""The network's stocktakes (盘点), newest first, of every showroom or one: what each count covered, where it
stands, and its figures once finished (hq/stock_projections.py keeps them)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from hq.models import HqShowroom, NetStocktake


@dataclass(frozen=True)
class StocktakeRow:
    id: str
    number: str  # '' for a count HQ never saw begin
    showroom_code: str
    showroom_name: str
    shelves: tuple[str, ...]  # empty: the whole showroom
    status: str  # counting | finished | abandoned
    started_at: datetime
    ended_at: datetime | None
    scanned: int
    expected: int | None  # the figures, once finished
    found: int | None
    missing: int | None
    unexpected: int | None
    note: str  # why it was abandoned


def clean_showroom(raw: str | None) -> str:
    return (raw or "").strip().upper()[:4]


def stocktakes(session: Session, showroom: str, limit: int, offset: int = 0) -> tuple[list[StocktakeRow], int]:
    """A page of counts, newest first, and how many there are (`showroom` a code; '' for every one)."""
    where = [HqShowroom.code == showroom] if showroom else []
    total = session.scalar(
        select(func.count())
        .select_from(NetStocktake)
        .join(HqShowroom, HqShowroom.id == NetStocktake.showroom_id)
        .where(*where)
    )
    q = (
        select(NetStocktake, HqShowroom.code, HqShowroom.name)
        .join(HqShowroom, HqShowroom.id == NetStocktake.showroom_id)
        .where(*where)
        .order_by(NetStocktake.started_at.desc(), NetStocktake.id)
        .limit(limit)
        .offset(offset)
    )
    rows = [
        StocktakeRow(
            id=st.id,
            number=st.number,
            showroom_code=code,
            showroom_name=name,
            shelves=tuple(json.loads(st.shelves or "[]")),
            status=st.status,
            started_at=st.started_at,
            ended_at=st.ended_at,
            scanned=st.scanned,
            expected=st.expected,
            found=st.found,
            missing=st.missing,
            unexpected=st.unexpected,
            note=st.note,
        )
        for st, code, name in session.execute(q)
    ]
    return rows, total or 0
