"""Merchants: find one, and their statement across every city (and as CSV or XLSX)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from hq.console import audit
from hq.console import merchants as read
from hq.console.i18n import local, translator, value_label
from hq.console.web import Viewer, client_of, now, render, sessions, visitor
from kernel.exports import to_csv, to_xlsx

router = APIRouter()


@router.get("/merchants")
def merchants_page(request: Request, staff: Viewer, q: str = ""):
    with sessions(request)() as session:
        found = read.search(session, q)
    return render(request, "merchants.html", q=q[:100], found=found)


@router.get("/merchants/{merchant_id}")
def statement_page(request: Request, staff: Viewer, merchant_id: str):
    with sessions(request)() as session:
        st = read.statement(session, merchant_id)
    if st is None:
        return render(request, "missing.html", status=404)
    return render(request, "merchant.html", st=st, shown=st.samples[:1000])


@router.get("/merchants/{merchant_id}/statement.{fmt}")
def statement_export(request: Request, staff: Viewer, merchant_id: str, fmt: str):
    if fmt not in ("csv", "xlsx"):
        return Response(status_code=404)
    _ = translator(visitor(request).lang)
    with sessions(request)() as session, session.begin():
        st = read.statement(session, merchant_id)
        if st is None:
            return Response(status_code=404)
        audit.record(
            session,
            now(request),
            staff.id,
            staff.login,
            "statement_exported",
            merchant_id,
            client_of(request),
            format=fmt,
            rows=len(st.samples),
        )
    headers = [
        _("Showroom"),
        _("Sample"),
        _("Product"),
        _("Status"),
        _("Since"),
        _("Holder"),
        _("Phone"),
        _("Loan"),
        _("Due"),
    ]
    rows = [
        [
            s.showroom_code,
            s.code,
            s.product,
            value_label(_, s.status),
            local(s.updated_at),
            s.holder,
            s.phone,
            s.loan_number,
            local(s.due_at),
        ]
        for s in st.samples
    ]
    stamp = local(now(request), "%Y%m%d")
    if fmt == "csv":
        body, media = to_csv(headers, rows), "text/csv; charset=utf-8"
    else:
        body = to_xlsx(headers, rows, _("Statement"))
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return Response(
        body, media_type=media, headers={"Content-Disposition": f'attachment; filename="statement-{stamp}.{fmt}"'}
    )
