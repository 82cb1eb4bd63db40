"""Stocktakes across the network, filtered by showroom."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request

from hq.console import stocktakes as read
from hq.console.overdue import showrooms
from hq.console.queries import PAGE, Paging, page_number
from hq.console.web import Viewer, render, sessions

router = APIRouter()


@router.get("/stocktakes")
def stocktakes_page(request: Request, staff: Viewer):
    showroom = read.clean_showroom(request.query_params.get("showroom"))
    page = page_number(request.query_params.get("page"))
    with sessions(request)() as session:
        rows, total = read.stocktakes(session, showroom, PAGE, (page - 1) * PAGE)
        rooms = showrooms(session)
    return render(
        request,
        "stocktakes.html",
        rows=rows,
        paging=Paging(page, total),
        showroom=showroom,
        rooms=rooms,
        query=urlencode({"showroom": showroom}),
    )
