"""What every console page shares: templates, who is asking, roles, CSRF, cookies, the clock.

Cookies are HttpOnly and SameSite=Strict, path /console, and Secure when the request came over https: as
uvicorn sees it, directly or from a proxy it trusts (X-Forwarded-Proto from --forwarded-allow-ips, by default
127.0.0.1), so an HQ behind a TLS-terminating proxy on the same host sends Secure cookies and one served over
plain http on the company network still works. CSRF: a signed-in form carries its session's token; the
sign-in and language forms, before any session exists, carry the value of a random cookie (double submit).
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Annotated
from urllib.parse import quote

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from sqlalchemy.orm import Session, sessionmaker
from starlette.datastructures import FormData

from hq.console import accounts
from hq.console.i18n import DEFAULT, LANGUAGES, N_, kind_label, local, translator, value_label

PREFIX = "/console"
SESSION_COOKIE, CSRF_COOKIE, LANG_COOKIE = "hq_session", "hq_csrf", "hq_lang"
TEMPLATES = Path(__file__).resolve().parent / "templates"

env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(["html", "svg"]),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def yuan(fen: int | None) -> str:
    return "" if fen is None else f"¥{fen / 100:,.2f}"


env.filters.update(local=local, yuan=yuan)


class NotSignedIn(Exception):
    """The page needs a signed-in person: the browser is sent to the sign-in page."""


class Denied(Exception):
    """Refused with a page that says why (403): a role too low, a form without its token."""

    def __init__(self, key: str, status: int = 403):
        super().__init__(key)
        self.key, self.status = key, status


@dataclass
class Visitor:
    staff: accounts.Staff | None
    csrf: str
    lang: str
    token: str | None
    set_csrf_cookie: bool = False


def now(request: Request) -> datetime:
    return request.app.state.console_clock()


def sessions(request: Request) -> sessionmaker[Session]:
    return request.app.state.sessions


def client_of(request: Request) -> str:
    return request.client.host if request.client else ""


def visitor(request: Request) -> Visitor:
    """Who is asking: read from the session cookie only; a device's Authorization header counts for nothing."""
    cached = getattr(request.state, "visitor", None)
    if cached is not None:
        return cached
    lang = request.cookies.get(LANG_COOKIE)
    lang = lang if lang in LANGUAGES else DEFAULT
    token = request.cookies.get(SESSION_COOKIE)
    found = None
    if token:
        with sessions(request)() as session:
            found = accounts.signed_in(session, token, now(request))
    if found:
        v = Visitor(found[0], found[1], lang, token)
    else:
        pre = request.cookies.get(CSRF_COOKIE) or ""
        v = Visitor(None, pre if 20 <= len(pre) <= 100 else secrets.token_urlsafe(32), lang, None)
        v.set_csrf_cookie = v.csrf != pre
    request.state.visitor = v
    return v


def require(role: str):
    def dependency(request: Request) -> accounts.Staff:
        v = visitor(request)
        if v.staff is None:
            raise NotSignedIn()
        if not v.staff.may(role):
            raise Denied(N_("Your role may not do this: ask an HQ admin."))
        return v.staff

    return dependency


Viewer = Annotated[accounts.Staff, Depends(require("viewer"))]
Operator = Annotated[accounts.Staff, Depends(require("operator"))]
Admin = Annotated[accounts.Staff, Depends(require("admin"))]


async def posted(request: Request) -> FormData:
    """The posted form, once its CSRF token matches; refused (403) otherwise, changing nothing."""
    form = await request.form()
    v = await run_in_threadpool(visitor, request)  # it may read the database: not on the event loop
    given = form.get("csrf")
    if not isinstance(given, str) or not hmac.compare_digest(given.encode(), v.csrf.encode()):
        raise Denied(N_("This form has expired or did not come from this console. Reload the page and try again."))
    return form


Posted = Annotated[FormData, Depends(posted)]


def secure(request: Request) -> bool:
    return request.url.scheme == "https"


def set_cookie(request: Request, response: Response, name: str, value: str, max_age: int | None = None) -> None:
    response.set_cookie(
        name, value, max_age=max_age, path=PREFIX, httponly=True, samesite="strict", secure=secure(request)
    )


def finish(request: Request, response: Response) -> Response:
    v = getattr(request.state, "visitor", None)
    if v is not None and v.set_csrf_cookie:
        set_cookie(request, response, CSRF_COOKIE, v.csrf)
    return response


def render(request: Request, template: str, status: int = 200, **context) -> HTMLResponse:
    v = visitor(request)
    _ = translator(v.lang)
    html = env.get_template(template).render(
        request=request,
        _=_,
        lang=v.lang,
        staff=v.staff,
        csrf=v.csrf,
        now=now(request),
        path=request.url.path,
        here=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
        kind=lambda k: kind_label(_, k),
        label=lambda v: value_label(_, v),
        prefix=PREFIX,
        say=lambda key, args: _(
            key, **{k: _(v) if k == "column" else v for k, v in args.items()}
        ),  # a column's name is a message too
        **context,
    )
    return finish(request, HTMLResponse(html, status_code=status))


def redirect(request: Request, to: str) -> RedirectResponse:
    return finish(request, RedirectResponse(to, status_code=303))


def sign_in_url(request: Request) -> str:
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return f"{PREFIX}/sign-in?next={quote(target)}"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
