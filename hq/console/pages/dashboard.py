"""The network dashboard (the console's home page)."""

from __future__ import annotations

from fastapi import APIRouter, Request

from hq.console import dashboard as read
from hq.console.chart import chart
from hq.console.web import Viewer, now, render, sessions

router = APIRouter()


@router.get("/")
def dashboard_page(request: Request, staff: Viewer):
    with sessions(request)() as session:
        board = read.dashboard(session, now(request))
    return render(
        request, "dashboard.html", board=board, statuses=read.STATUSES, charts=[(t, chart(t)) for t in board.trends]
    )
