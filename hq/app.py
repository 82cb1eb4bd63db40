"""The HQ web service: enrol, push, pull. `create_app(database_url)` builds it; Alembic runs at start.

Every answer it gives is in its OpenAPI document: each refusal has the body `Refused` and its status is
listed on the operation that gives it (tests/hq/test_openapi_fuzz.py checks it with schemathesis).
"""

from __future__ import annotations

import json
import logging
import os
from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError
from sqlalchemy.exc import OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session, sessionmaker
from starlette.exceptions import HTTPException

from hq import auth, console, device_reads, history, limits, store
from hq.compaction import Compactor
from hq.db import make_engine, make_sessions, upgrade
from hq.schemas import (
    ChangesResponse,
    EnrolRequest,
    EnrolResponse,
    HistoryResponse,
    Problem,
    PushRequest,
    PushResponse,
    RecoverRequest,
    RecoverResponse,
    Refused,
    SyncExceptionOut,
)

PAGE_MAX = 5000
HISTORY_PAGE_MAX = 500  # events, as a push batch
# how `showroom-hq serve --workers N` hands its settings to each worker process
DATABASE_URL_ENV, SYNC_SLOTS_ENV, COMPACT_ENV = (
    "SHOWROOM_HQ_DATABASE_URL",
    "SHOWROOM_HQ_SYNC_SLOTS",
    "SHOWROOM_HQ_COMPACT_EVERY_S",
)
log = logging.getLogger(__name__)


def get_sessions() -> sessionmaker[Session]:
    raise RuntimeError("bound by create_app")


# Module level: with postponed annotations FastAPI resolves these names in the module's globals.
Sessions = Annotated[sessionmaker[Session], Depends(get_sessions)]
Credentials = Annotated[str | None, Header(alias="Authorization")]


def _refused(what: str) -> dict:
    return {"model": Refused, "description": what}


# The statuses each kind of request can get besides its answer, with the refusal's body.
_EVERY = {
    426: _refused(f"`{auth.PROTOCOL_HEADER}` missing or outside the supported range"),
    503: _refused("HQ is busy (every sync slot taken, or its database unavailable): retry after `Retry-After` seconds"),
}
_SIGNED = {**_EVERY, 401: _refused("unknown or revoked device, or no credentials")}
_BODY = {
    400: _refused("the body is not JSON in UTF-8"),
    413: _refused("the body (or one event) is too large"),
    422: _refused("the request breaks its schema"),
}
_QUERY = {422: _refused("a query parameter breaks its schema")}
# HTTP errors the framework raises itself (a body it cannot parse, one too large, ...), by status
_FRAMEWORK_CODES = {400: "malformed_body", 404: "not_found", 405: "method_not_allowed", 413: "too_large"}


def _problem(status: int, code: str, message: str, headers: dict | None = None, **extra) -> JSONResponse:
    headers = {"X-Showroom-Protocol-Supported": f"{auth.PROTOCOL_MIN}-{auth.PROTOCOL_MAX}", **(headers or {})}
    body = Problem(code=code, message=message, **extra).model_dump(exclude_none=True)
    return JSONResponse({"detail": body}, status_code=status, headers=headers)


def _busy(message: str) -> JSONResponse:
    return _problem(503, "busy", message, headers={"Retry-After": limits.retry_after()})


def create_app(
    database_url: str,
    *,
    migrate: bool = True,
    sync_slots: int = limits.SYNC_SLOTS,
    compact_every_s: float | None = None,
) -> FastAPI:
    """`compact_every_s`: compact the change log that often while serving (hq/compaction.py); `serve` does."""
    engine = make_engine(database_url)
    if migrate:
        upgrade(engine)
    sessions = make_sessions(engine)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        compactor = Compactor(engine, sessions, compact_every_s) if compact_every_s else None
        if compactor:
            compactor.start()
        yield
        if compactor:
            compactor.stop()

    app = FastAPI(
        title="Showroom HQ", version="1", description="Sync service of the sample showrooms", lifespan=lifespan
    )
    app.state.engine, app.state.sessions = engine, sessions
    slots = app.state.sync_slots = limits.SyncSlots(sync_slots)
    app.add_middleware(limits.BodyLimit, limit=limits.MAX_BODY_BYTES)

    app.dependency_overrides[get_sessions] = lambda: sessions

    _refusals(app)
    _sync_routes(app, slots)
    app.openapi = lambda: _with_push_request(app)
    console.mount(app)  # the HQ console under /console, and security headers on every response
    return app


def _refusals(app: FastAPI) -> None:
    """Every refusal is a problem document in the same shape, with the protocol range HQ speaks."""

    @app.middleware("http")
    async def check_protocol(request: Request, call_next):
        if request.url.path.startswith("/v1/") and not auth.protocol_ok(request.headers.get(auth.PROTOCOL_HEADER)):
            return _problem(
                426,
                "protocol_unsupported",
                f"send {auth.PROTOCOL_HEADER} between {auth.PROTOCOL_MIN} and {auth.PROTOCOL_MAX}",
            )
        return await call_next(request)

    @app.exception_handler(store.Refusal)
    async def refused(_request: Request, exc: store.Refusal):
        return _problem(exc.status, exc.code, exc.message, acked_seq=exc.acked_seq)

    @app.exception_handler(RequestValidationError)
    async def malformed(_request: Request, exc: RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(p) for p in first.get("loc", ()))
        text = f"{where}: {first.get('msg', 'invalid request')}"[:300]
        return _problem(422, "malformed", text.encode("utf-8", "backslashreplace").decode())

    @app.exception_handler(HTTPException)
    async def framework_refusal(_request: Request, exc: HTTPException):
        code = _FRAMEWORK_CODES.get(exc.status_code, f"http_{exc.status_code}")
        message = exc.detail if isinstance(exc.detail, str) else code
        if exc.status_code == 400:
            message = "the body is not JSON in UTF-8 (or is nested too deeply)"
        return _problem(exc.status_code, code, message, headers=exc.headers)

    @app.exception_handler(limits.Busy)
    async def busy(_request: Request, exc: limits.Busy):
        return _busy(exc.message)

    @app.exception_handler(PoolTimeout)
    async def pool_exhausted(_request: Request, exc: PoolTimeout):
        log.warning("database pool exhausted: %s", exc)
        return _busy("HQ is busy: no database connection came free in time")

    @app.exception_handler(OperationalError)
    async def database_unavailable(_request: Request, exc: OperationalError):
        log.warning("database unavailable: %s", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        return _busy("HQ's database is unavailable or busy")


def _sync_routes(app: FastAPI, slots: limits.SyncSlots) -> None:
    """The device protocol (hq/PROTOCOL.md): enrol, recover and push here; what a device reads below."""

    @app.get("/health")
    def health() -> dict:
        return {"ok": True}

    @app.post(
        "/v1/enrol",
        response_model=EnrolResponse,
        responses={**_EVERY, **_BODY, 403: _refused("the code is unknown, used, expired or made for another showroom")},
    )
    def enrol(body: EnrolRequest, s: Sessions):
        return store.enrol(s, body)

    @app.post(
        "/v1/recover",
        response_model=RecoverResponse,
        responses={
            **_EVERY,
            **_BODY,
            403: _refused("the code is unknown, used or expired"),
            409: _refused("HQ holds no event of the code's showroom"),
        },
    )
    def recover(body: RecoverRequest, s: Sessions):
        """A new PC for a showroom whose counter is gone: enrolled as that counter, which it rebuilds from its
        history (`GET /v1/history`); the counter's earlier devices are revoked."""
        return history.recover(s, body.code, body.device_name)

    @app.post(
        "/v1/events",
        response_model=PushResponse,
        responses={
            **_SIGNED,
            **_BODY,
            403: _refused("an event speaks for another showroom"),
            409: _refused("the batch starts past the acknowledged sequence + 1 (`acked_seq` says where HQ is)"),
            422: _refused("the request breaks its schema, or an event id was sent before with another payload"),
        },
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}},
            }
        },
    )
    async def push(request: Request, s: Sessions, authorization: Credentials = None):
        body = await request.body()
        async with slots.held():
            r = await run_in_threadpool(_push, s, authorization, body)
        return PushResponse(acked_seq=r.acked_seq, inserted=r.inserted, duplicates=r.duplicates)

    _reading_routes(app, slots)


def _reading_routes(app: FastAPI, slots: limits.SyncSlots) -> None:
    """What a device reads: the change log, its own history, the exceptions that involve it."""

    @app.get("/v1/changes", response_model=ChangesResponse, responses={**_SIGNED, **_QUERY})
    async def changes(
        s: Sessions,
        authorization: Credentials = None,
        after: Annotated[int, Query(ge=0, le=2**62)] = 0,
        limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 2000,
    ):
        async with slots.held():
            page = await run_in_threadpool(device_reads.changes_json, s, authorization, after, limit)
        return Response(page, media_type="application/json")

    @app.get("/v1/history", response_model=HistoryResponse, responses={**_SIGNED, **_QUERY})
    async def counter_history(
        s: Sessions,
        authorization: Credentials = None,
        after: Annotated[int, Query(ge=0, le=2**53)] = 0,
        limit: Annotated[int, Query(ge=1, le=HISTORY_PAGE_MAX)] = HISTORY_PAGE_MAX,
    ):
        """This counter's own events past sequence `after`, in sequence order: what every enrolment of the same
        counter pushed (a restored or replaced counter replays them before recording anything new)."""
        async with slots.held():
            page = await run_in_threadpool(history.serve, s, authorization, after, limit)
        return Response(page, media_type="application/json")

    @app.get("/v1/sync-exceptions", response_model=list[SyncExceptionOut], responses={**_SIGNED, **_QUERY})
    def exceptions(
        s: Sessions,
        authorization: Credentials = None,
        before: Annotated[str | None, Query(max_length=36)] = None,
        limit: Annotated[int, Query(ge=1, le=500)] = 200,
    ):
        """The contradictions HQ recorded that involve this device's showroom, newest first; for the next
        page, `before` is the id of the last one of this page (422 `unknown_cursor` when it is not one of them)."""
        return device_reads.device_exceptions(s, authorization, before, limit)


def _push(sessions: sessionmaker[Session], authorization: str | None, body: bytes) -> store.PushResult:
    return store.push(sessions, authorization, read_push(body))


def read_push(body: bytes) -> PushRequest:
    """A push body read by pydantic's own JSON parser: a third of the time of json.loads and then validating
    the objects (a batch is read 500 events at a time). What that parser refuses is read again as FastAPI
    reads a body (Python's json: lone surrogates are stored escaped and reported, NaN refused later), so
    the answers are the same either way."""
    try:
        return PushRequest.model_validate_json(body)
    except ValidationError as exc:
        if not any(e["type"] == "json_invalid" for e in exc.errors()):
            raise RequestValidationError(_in_body(exc)) from None
    try:
        data = json.loads(body)
    except json.JSONDecodeError as exc:
        raise RequestValidationError(
            [{"type": "json_invalid", "loc": ("body", exc.pos), "msg": "JSON decode error", "input": {}}]
        ) from None
    except (ValueError, RecursionError):  # not UTF-8, or nested past the parser's depth
        raise HTTPException(400, "the body is not JSON in UTF-8") from None
    try:
        return PushRequest.model_validate(data)
    except ValidationError as exc:
        raise RequestValidationError(_in_body(exc)) from None


def _in_body(exc: ValidationError) -> list[dict]:
    return [{**e, "loc": ("body", *e["loc"])} for e in exc.errors(include_url=False)]


def _with_push_request(app: FastAPI) -> dict:
    """The document, with PushRequest among its schemas: the push operation reads its body itself."""
    if app.openapi_schema:
        return app.openapi_schema
    document = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
    push_schema = PushRequest.model_json_schema(ref_template="#/components/schemas/{model}")
    schemas = document.setdefault("components", {}).setdefault("schemas", {})
    schemas.update(push_schema.pop("$defs", {}))
    schemas["PushRequest"] = push_schema
    app.openapi_schema = document
    return document


def app_from_environment() -> FastAPI:
    """The app of one worker of `showroom-hq serve --workers N`: the parent migrated the schema already."""
    return create_app(
        os.environ[DATABASE_URL_ENV],
        migrate=False,
        sync_slots=int(os.environ.get(SYNC_SLOTS_ENV, limits.SYNC_SLOTS)),
        compact_every_s=float(os.environ.get(COMPACT_ENV, 0)) or None,
    )
