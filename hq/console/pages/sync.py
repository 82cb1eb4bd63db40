"""Sync health: devices, the exception and alert queue, enrolment codes (text and QR), revocation."""

from __future__ import annotations

from urllib.parse import urlencode

import segno
from fastapi import APIRouter, Request
from markupsafe import Markup
from sqlalchemy import select

from hq.console import sync_health as read
from hq.console.i18n import N_
from hq.console.queries import PAGE, Paging, page_number
from hq.console.web import PREFIX, Admin, Operator, Posted, Viewer, client_of, now, redirect, render, sessions
from hq.models import HqShowroom

router = APIRouter()
DONE = {"resolved": N_("Marked resolved."), "revoked": N_("Device revoked: its next sync is refused.")}


def _filter(params) -> read.QueueFilter:
    return read.QueueFilter.parse(params.get("state"), params.get("kind"), params.get("showroom"))


def _query(f: read.QueueFilter) -> str:
    return urlencode({"state": f.state, "kind": f.kind, "showroom": f.showroom})


def _page(request: Request, status: int = 200, error: str | None = None, new_code=None):
    f, page = _filter(request.query_params), page_number(request.query_params.get("page"))
    with sessions(request)() as session:
        devices = read.devices(session, now(request))
        items, total = read.queue(session, f, PAGE, (page - 1) * PAGE)
        kinds = read.kinds(session)
        rooms = list(session.scalars(select(HqShowroom).order_by(HqShowroom.code)))
    return render(
        request,
        "sync.html",
        status=status,
        devices=devices,
        items=items,
        paging=Paging(page, total),
        f=f,
        kinds=kinds,
        rooms=rooms,
        query=_query(f),
        error=error,
        new_code=new_code,
        notice=DONE.get(request.query_params.get("done", "")),
    )


@router.get("/sync")
def sync_page(request: Request, staff: Viewer):
    return _page(request)


@router.post("/sync/queue/{subject}/{subject_id}/resolve")
def resolve(request: Request, staff: Operator, form: Posted, subject: str, subject_id: str):
    try:
        with sessions(request)() as session, session.begin():
            read.resolve(
                session, subject, subject_id, str(form.get("note") or ""), staff, now(request), client_of(request)
            )
    except read.SyncRefused as refused:
        return _page(request, status=400, error=refused.key)
    back = _filter(form)
    return redirect(request, f"{PREFIX}/sync?{_query(back)}&done=resolved#queue")


@router.get("/sync/devices/{device_id}/revoke")
def revoke_page(request: Request, staff: Admin, device_id: str):
    """Asked once more: a revoked counter cannot sync until it is enrolled again."""
    with sessions(request)() as session:
        line = next((d for d in read.devices(session, now(request)) if d.id == device_id), None)
    if line is None:
        return render(request, "missing.html", status=404)
    return render(request, "revoke.html", d=line)


@router.post("/sync/devices/{device_id}/revoke")
def revoke(request: Request, staff: Admin, form: Posted, device_id: str):
    try:
        with sessions(request)() as session, session.begin():
            read.revoke(session, device_id, staff, now(request), client_of(request))
    except read.SyncRefused as refused:
        return _page(request, status=400, error=refused.key)
    return redirect(request, f"{PREFIX}/sync?done=revoked")


def qr_svg(code: str) -> Markup:
    """The code as a QR symbol, drawn by segno as SVG (no image file, no script): a 2D scanner types it in."""
    return Markup(segno.make(code, error="m").svg_inline(scale=4, border=2, omitsize=True, title=code))


@router.post("/sync/enrol-codes")
def enrol_code(request: Request, staff: Admin, form: Posted):
    try:
        hours = float(str(form.get("hours") or "24"))
    except ValueError:
        hours = -1
    try:
        with sessions(request)() as session, session.begin():
            code, expires, room = read.make_enrol_code(
                session, str(form.get("showroom") or ""), hours, staff, now(request), client_of(request)
            )
    except read.SyncRefused as refused:
        return _page(request, status=400, error=refused.key)
    hq_url = str(request.base_url).rstrip("/")
    return _page(
        request,
        new_code={
            "code": code,
            "expires": expires,
            "room": room.name,
            "code_of_room": room.code,
            "qr": qr_svg(code),
            "url": hq_url,
        },
    )
