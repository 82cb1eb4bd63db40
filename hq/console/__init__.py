"""The HQ console: server-rendered pages for HQ staff, served by the HQ service itself under /console.

`mount(app)` adds it to the app `hq.app.create_app` builds. Device tokens open none of it; its sessions push
nothing (the sync API reads only a device's Authorization header, the console only its own cookie). Imports
stay inside mount(): `showroom-hq user …` loads this package without the web stack.
"""

from __future__ import annotations


def mount(app) -> None:
    from pathlib import Path

    from fastapi import APIRouter, Request
    from fastapi.responses import RedirectResponse
    from fastapi.staticfiles import StaticFiles

    from hq.console.middleware import ConsoleMiddleware, DeviceReports
    from hq.console.pages import (
        catalog,
        dashboard,
        merchants,
        overdue,
        parcels,
        signin,
        stocktakes,
        streamers,
        sync,
        transfers,
    )
    from hq.console.web import PREFIX, Denied, NotSignedIn, redirect, render, sign_in_url, utcnow

    app.state.console_clock = utcnow  # the benchmark sets the clock of the data it generated
    app.add_middleware(ConsoleMiddleware, reports=DeviceReports(app.state.sessions))
    app.mount(
        PREFIX + "/static", StaticFiles(directory=Path(__file__).resolve().parent / "static"), name="console-static"
    )
    router = APIRouter(prefix=PREFIX, include_in_schema=False)  # not part of the sync API's OpenAPI document
    for page in (signin, dashboard, overdue, streamers, stocktakes, transfers, parcels, sync, catalog, merchants):
        router.include_router(page.router)
    app.include_router(router)

    @app.get(PREFIX, include_in_schema=False)
    def console_root():
        return RedirectResponse(PREFIX + "/", status_code=303)

    @app.exception_handler(NotSignedIn)
    def not_signed_in(request: Request, _exc: NotSignedIn):
        return redirect(request, sign_in_url(request) if request.method == "GET" else PREFIX + "/sign-in")

    @app.exception_handler(Denied)
    def denied(request: Request, exc: Denied):
        return render(request, "denied.html", status=exc.status, reason=exc.key)
