"""What one request may cost HQ: the size of a body and of an event, and how many syncs run at once.

The numbers are protocol (hq/PROTOCOL.md, Limits). A push of 500 ordinary events is 0.3–0.8 MB on the
wire; the largest event the declarations allow (a check-out of 1,000 samples) is about 110 KB. The
client keeps its batches under CLIENT_BATCH_BYTES (showroom/sync/push.py), well inside the body limit.
"""

from __future__ import annotations

import asyncio
import random
from contextlib import asynccontextmanager

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 4 * 1024 * 1024  # a whole request: 500 events with five times room
MAX_EVENT_BYTES = 256 * 1024  # one event's payload, as stored (canonical JSON, UTF-8)
SYNC_SLOTS = 4  # pushes and pulls at once in one HQ process; more wait for a slot
SLOT_WAIT_S = 10.0  # how long a request waits for a slot before it is told to come back
RETRY_AFTER_S = 2  # what a 503 asks for; clients add jitter of their own


class BodyTooLarge(HTTPException):
    """Raised while the body is read, so FastAPI hands it to the app's refusal handler (413)."""

    def __init__(self, limit: int):
        super().__init__(413, f"the request body is larger than the limit of {limit:,} bytes")
        self.limit = limit


class Busy(Exception):
    """HQ cannot take this request now (every sync slot taken, or the database pool exhausted): 503."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class BodyLimit:
    """ASGI middleware: a body over `limit` bytes is refused as soon as its length is known (the
    Content-Length header) or, when it is streamed, once its bytes pass the limit. Nothing past the
    limit is kept in memory."""

    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES):
        self.app, self.limit = app, limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        seen = 0

        async def limited() -> Message:
            nonlocal seen
            if declared is not None and declared > self.limit:
                raise BodyTooLarge(self.limit)
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, limited, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None


class SyncSlots:
    """At most `slots` pushes and pulls run at once in this process; the rest wait here (not in a thread
    of the pool, not holding a database connection) for up to `wait_s`, then get 503 with Retry-After.
    Under overload HQ answers quickly instead of letting clients time out."""

    def __init__(self, slots: int = SYNC_SLOTS, wait_s: float = SLOT_WAIT_S):
        self.slots, self.wait_s = slots, wait_s
        self._semaphore: asyncio.Semaphore | None = None
        self._loop = None

    @asynccontextmanager
    async def held(self):
        loop = asyncio.get_running_loop()
        if self._loop is not loop:  # asyncio's semaphore belongs to one loop: made in the serving one
            self._semaphore, self._loop = asyncio.Semaphore(self.slots), loop
        semaphore = self._semaphore
        try:
            async with asyncio.timeout(self.wait_s):
                await semaphore.acquire()
        except TimeoutError:
            raise Busy(f"HQ is busy: {self.slots} syncs running, none finished in {self.wait_s:g} s") from None
        try:
            yield
        finally:
            semaphore.release()


def retry_after() -> str:
    """Seconds, as the Retry-After header says them: the base and a second of spread, so a crowd of
    clients told at once does not come back at once."""
    return str(RETRY_AFTER_S + random.randint(0, 1))
