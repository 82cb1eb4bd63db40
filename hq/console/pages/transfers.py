"""Transfers between showrooms across the network, filtered by showroom and by what differed; one transfer
with its lines."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request

from hq.console import transfers as read
from hq.console.overdue import showrooms
from hq.console.queries import PAGE, Paging, page_number
from hq.console.stocktakes import clean_showroom
from hq.console.web import Viewer, render, sessions

router = APIRouter()


@router.get("/transfers")
def transfers_page(request: Request, staff: Viewer):
    showroom = clean_showroom(request.query_params.get("showroom"))
    which = read.clean_filter(request.query_params.get("which"))
    page = page_number(request.query_params.get("page"))
    with sessions(request)() as session:
        rows, total = read.transfers(session, showroom, which, PAGE, (page - 1) * PAGE)
        rooms = showrooms(session)
    return render(
        request,
        "transfers.html",
        rows=rows,
        paging=Paging(page, total),
        showroom=showroom,
        which=which,
        rooms=rooms,
        query=urlencode({"showroom": showroom, "which": which}),
        chosen=None,
        lines=[],
    )


@router.get("/transfers/{transfer_id}")
def transfer_page(request: Request, transfer_id: str, staff: Viewer):
    with sessions(request)() as session:
        found = read.transfer(session, transfer_id[:36])
        rooms = showrooms(session)
    chosen, lines = found if found else (None, [])
    return render(
        request,
        "transfers.html",
        rows=[chosen] if chosen else [],
        paging=Paging(1, 1 if chosen else 0),
        showroom="",
        which="",
        rooms=rooms,
        query="",
        chosen=chosen,
        lines=lines,
    )
