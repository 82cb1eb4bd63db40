"""Parcels of mailed loans across the network, filtered by showroom."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request

from hq.console import parcels as read
from hq.console.overdue import showrooms
from hq.console.queries import PAGE, Paging, page_number
from hq.console.stocktakes import clean_showroom
from hq.console.web import Viewer, now, render, sessions

router = APIRouter()


@router.get("/parcels")
def parcels_page(request: Request, staff: Viewer):
    showroom = clean_showroom(request.query_params.get("showroom"))
    page = page_number(request.query_params.get("page"))
    with sessions(request)() as session:
        rows, total = read.parcels(session, showroom, now(request), PAGE, (page - 1) * PAGE)
        rooms = showrooms(session)
    return render(
        request,
        "parcels.html",
        rows=rows,
        paging=Paging(page, total),
        showroom=showroom,
        rooms=rooms,
        query=urlencode({"showroom": showroom}),
    )
