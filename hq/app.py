"""The HQ web service: enrol, push, pull. `create_app(database_url)` builds it; Alembic runs at start."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from sqlalchemy.orm import Session, sessionmaker

from hq import admin, auth, console, store
from hq.db import make_engine, make_sessions, upgrade
from hq.models import HqShowroom
from hq.schemas import (ChangesResponse, EnrolRequest, EnrolResponse, Problem, PushRequest, PushResponse,
                        SyncExceptionOut)

PAGE_MAX = 5000


def get_sessions() -> sessionmaker[Session]:
    raise RuntimeError("bound by create_app")


# Module level: with postponed annotations FastAPI resolves these names in the module's globals.
Sessions = Annotated[sessionmaker[Session], Depends(get_sessions)]
Credentials = Annotated[str | None, Header(alias="Authorization")]


def _problem(status: int, code: str, message: str, **extra) -> JSONResponse:
    headers = {"X-Showroom-Protocol-Supported": f"{auth.PROTOCOL_MIN}-{auth.PROTOCOL_MAX}"}
    body = Problem(code=code, message=message, **extra).model_dump(exclude_none=True)
    return JSONResponse({"detail": body}, status_code=status, headers=headers)


def create_app(database_url: str, *, migrate: bool = True) -> FastAPI:
    engine = make_engine(database_url)
    if migrate:
        upgrade(engine)
    sessions = make_sessions(engine)
    app = FastAPI(title="Showroom HQ", version="1", description="Sync service of the sample showrooms")
    app.state.engine, app.state.sessions = engine, sessions

    app.dependency_overrides[get_sessions] = lambda: sessions

    @app.middleware("http")
    async def check_protocol(request: Request, call_next):
        if request.url.path.startswith("/v1/") and not auth.protocol_ok(request.headers.get(auth.PROTOCOL_HEADER)):
            return _problem(426, "protocol_unsupported",
                            f"send {auth.PROTOCOL_HEADER} between {auth.PROTOCOL_MIN} and {auth.PROTOCOL_MAX}")
        return await call_next(request)

    @app.exception_handler(store.Refusal)
    async def refused(_request: Request, exc: store.Refusal):
        return _problem(exc.status, exc.code, exc.message, acked_seq=exc.acked_seq)

    @app.exception_handler(RequestValidationError)
    async def malformed(_request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return _problem(422, "malformed", f"{where}: {first.get('msg', 'invalid request')}"[:300])

    @app.get("/health")
    def health() -> dict:
        return {"ok": True}

    @app.post("/v1/enrol", response_model=EnrolResponse, responses={403: {"model": Problem}})
    def enrol(body: EnrolRequest, s: Sessions):
        return store.enrol(s, body)

    @app.post("/v1/events", response_model=PushResponse,
              responses={401: {"model": Problem}, 403: {"model": Problem}, 409: {"model": Problem},
                         422: {"model": Problem}})
    def push(body: PushRequest, s: Sessions, authorization: Credentials = None):
        r = store.push(s, authorization, body)
        return PushResponse(acked_seq=r.acked_seq, inserted=r.inserted, duplicates=r.duplicates)

    @app.get("/v1/changes", response_model=ChangesResponse, responses={401: {"model": Problem}})
    def changes(s: Sessions, authorization: Credentials = None, after: Annotated[int, Query(ge=0, le=2**62)] = 0,
                limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 2000):
        return Response(store.changes_json(s, authorization, after, limit), media_type="application/json")

    @app.get("/v1/sync-exceptions", response_model=list[SyncExceptionOut], responses={401: {"model": Problem}})
    def exceptions(s: Sessions, authorization: Credentials = None):
        """The contradictions HQ recorded that involve this device's showroom."""
        with s() as session:
            device = store.authenticate(session, authorization)
            code = session.get(HqShowroom, device.showroom_id).code
        return [x for x in admin.sync_exceptions(s) if code in x["showroom_codes"]]

    console.mount(app)   # the HQ console under /console, and security headers on every response
    return app
