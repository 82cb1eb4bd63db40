"""Sign in, sign out, and the language switch."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool

from hq.console import accounts
from hq.console.i18n import LANGUAGES
from hq.console.web import (
    CSRF_COOKIE,
    LANG_COOKIE,
    PREFIX,
    SESSION_COOKIE,
    Posted,
    Viewer,
    client_of,
    now,
    redirect,
    render,
    sessions,
    set_cookie,
    visitor,
)

router = APIRouter()


def _safe_next(target: str | None) -> str:
    """Only back into the console: never an open redirect to another site."""
    if isinstance(target, str) and target.startswith(PREFIX + "/") and not target.startswith("//"):
        return target
    return PREFIX + "/"


@router.get("/sign-in")
def sign_in_page(request: Request, next: str | None = None):
    if visitor(request).staff is not None:
        return redirect(request, _safe_next(next))
    return render(request, "signin.html", next=_safe_next(next), error=None, login="")


def _sign_in(request: Request, login: str, password: str):
    with sessions(request)() as session:
        with session.begin():  # a refusal is committed too: the failed attempt and its audit line stay
            try:
                return accounts.sign_in(session, login, password, now(request), client_of(request))
            except accounts.AccountRefused as refused:
                return refused


@router.post("/sign-in")
async def sign_in(request: Request, form: Posted):
    login, password = str(form.get("login") or ""), str(form.get("password") or "")
    target = _safe_next(str(form.get("next") or ""))
    result = await run_in_threadpool(_sign_in, request, login, password)
    if isinstance(result, accounts.AccountRefused):
        return render(
            request, "signin.html", status=401, next=target, login=login[:50], error=(result.key, result.params)
        )
    _staff, token, _csrf = result
    response = redirect(request, target)
    set_cookie(request, response, SESSION_COOKIE, token, max_age=accounts.SESSION_HOURS * 3600)
    response.delete_cookie(CSRF_COOKIE, path=PREFIX)  # the pre-session token is spent
    return response


@router.post("/sign-out")
def sign_out(request: Request, staff: Viewer, form: Posted):
    with sessions(request)() as session, session.begin():
        accounts.sign_out(session, visitor(request).token, staff, now(request))
    response = redirect(request, PREFIX + "/sign-in")
    response.delete_cookie(SESSION_COOKIE, path=PREFIX)
    return response


@router.post("/language")
def language(request: Request, form: Posted):
    lang = form.get("lang")
    response = redirect(request, _safe_next(str(form.get("next") or "")))
    if lang in LANGUAGES:
        set_cookie(request, response, LANG_COOKIE, lang, max_age=365 * 86400)
    return response
