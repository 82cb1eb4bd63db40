"""Overdue across the network: filter, page, export."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response

from hq.console import audit
from hq.console import overdue as read
from hq.console.i18n import local, translator
from hq.console.queries import PAGE, Paging, page_number
from hq.console.web import Viewer, client_of, now, render, sessions, visitor
from kernel.exports import Fen, to_csv, to_xlsx

router = APIRouter()


def _filter(request: Request) -> read.OverdueFilter:
    q = request.query_params
    return read.OverdueFilter.parse(q.get("city"), q.get("tier"), q.get("days"), q.get("merchant"))


def _query(f: read.OverdueFilter) -> str:
    return urlencode({"city": f.city, "tier": f.tier, "days": f.min_days, "merchant": f.merchant})


@router.get("/overdue")
def overdue_page(request: Request, staff: Viewer):
    f, page = _filter(request), page_number(request.query_params.get("page"))
    with sessions(request)() as session:
        rows, total = read.overdue(session, now(request), f, PAGE, (page - 1) * PAGE)
        rooms, tiers = read.showrooms(session), read.tiers(session)
    return render(
        request, "overdue.html", rows=rows, paging=Paging(page, total), f=f, rooms=rooms, tiers=tiers, query=_query(f)
    )


@router.get("/overdue.{fmt}")
def overdue_export(request: Request, staff: Viewer, fmt: str):
    if fmt not in ("csv", "xlsx"):
        return Response(status_code=404)
    f = _filter(request)
    _ = translator(visitor(request).lang)
    with sessions(request)() as session, session.begin():
        rows, total = read.overdue(session, now(request), f, read.EXPORT_MAX)
        audit.record(
            session,
            now(request),
            staff.id,
            staff.login,
            "overdue_exported",
            "",
            client_of(request),
            format=fmt,
            rows=len(rows),
            filter=_query(f),
        )
    headers = [
        _("Showroom"),
        _("Sample"),
        _("Product"),
        _("Merchant"),
        _("Streamer"),
        _("Phone"),
        _("Tier"),
        _("Loan"),
        _("Lent"),
        _("Due"),
        _("Days late"),
        _("Value (yuan)"),
    ]
    table = [
        [
            r.showroom_name,
            r.sample_code,
            r.product,
            r.merchant,
            r.streamer,
            r.phone,
            r.tier,
            r.loan_number,
            local(r.opened_at),
            local(r.due_at),
            r.days_late,
            Fen(r.value_fen),
        ]
        for r in rows
    ]
    stamp = local(now(request), "%Y%m%d-%H%M")
    if fmt == "csv":
        body, media = to_csv(headers, table), "text/csv; charset=utf-8"
    else:
        body = to_xlsx(headers, table, _("Overdue"))
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="overdue-{stamp}.{fmt}"'}
    )
