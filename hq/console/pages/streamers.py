"""A streamer's network record: search, the record itself, blacklist and lift."""

from __future__ import annotations

from fastapi import APIRouter, Request

from hq.console import streamers as read
from hq.console.i18n import N_
from hq.console.web import PREFIX, Operator, Posted, Viewer, client_of, now, redirect, render, sessions

router = APIRouter()
DONE = {
    "blacklisted": N_("Blacklisted: every counter refuses them after its next sync."),
    "lifted": N_("Lifted: every counter has it after its next sync."),
}


@router.get("/streamers")
def search_page(request: Request, staff: Viewer, q: str = ""):
    with sessions(request)() as session:
        found = read.search(session, q)
    if len(found) == 1 and q:
        return redirect(request, f"{PREFIX}/streamers/{found[0].id}")
    return render(request, "streamers.html", q=q[:100], found=found, searched=bool(q.strip()))


def _record_page(request: Request, streamer_id: str, status: int = 200, error: str | None = None):
    with sessions(request)() as session:
        rec = read.record(session, streamer_id, now(request))
    if rec is None:
        return render(request, "missing.html", status=404)
    return render(
        request,
        "streamer.html",
        status=status,
        rec=rec,
        error=error,
        notice=DONE.get(request.query_params.get("done", "")),
    )


@router.get("/streamers/{streamer_id}")
def record_page(request: Request, staff: Viewer, streamer_id: str):
    return _record_page(request, streamer_id)


def _set(request: Request, staff, streamer_id: str, form, blacklisted: bool):
    try:
        with sessions(request)() as session, session.begin():
            read.set_blacklist(
                session,
                streamer_id,
                blacklisted,
                str(form.get("reason") or ""),
                staff,
                now(request),
                client_of(request),
            )
    except read.StreamerRefused as refused:
        return _record_page(request, streamer_id, status=400, error=refused.key)
    return redirect(request, f"{PREFIX}/streamers/{streamer_id}?done={'blacklisted' if blacklisted else 'lifted'}")


@router.post("/streamers/{streamer_id}/blacklist")
def blacklist(request: Request, staff: Operator, form: Posted, streamer_id: str):
    return _set(request, staff, streamer_id, form, True)


@router.post("/streamers/{streamer_id}/lift")
def lift(request: Request, staff: Operator, form: Posted, streamer_id: str):
    return _set(request, staff, streamer_id, form, False)
