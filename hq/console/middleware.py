"""Pure ASGI middleware (no per-request task or body copy on the sync path): security headers on every
response, a strict CSP on the console's; and what each device says about itself on its sync requests."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import anyio
from sqlalchemy.orm import Session, sessionmaker
from starlette.datastructures import Headers, MutableHeaders

from hq import auth
from hq.models import Device

log = logging.getLogger(__name__)
PREFIX = "/console"
EVERYWHERE = {"X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY", "Referrer-Policy": "same-origin"}
# No inline script or style anywhere in the console: the pages hold none, so the policy can forbid them.
CONSOLE = {
    "Content-Security-Policy": "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    "Cross-Origin-Opener-Policy": "same-origin",
}
APP_HEADER, OUTBOX_HEADER = "x-showroom-app", "x-showroom-outbox"
_APP_VERSION = re.compile(r"^[0-9A-Za-z._+\- ]{1,40}$")
RECHECK = timedelta(minutes=1)


@dataclass(frozen=True)
class DeviceReport:
    device_id: str
    secret: str
    app_version: str | None
    protocol: int | None
    outbox_seq: int | None

    @property
    def values(self) -> tuple:
        return self.app_version, self.protocol, self.outbox_seq


def _int(text: str | None, top: int) -> int | None:
    try:
        value = int(text or "")
    except ValueError:
        return None
    return value if 0 <= value <= top else None


def report_of(headers: Headers) -> DeviceReport | None:
    parsed = auth.parse_bearer(headers.get("authorization"))
    if parsed is None:
        return None
    app = headers.get(APP_HEADER)
    return DeviceReport(
        parsed[0],
        parsed[1],
        app if app and _APP_VERSION.match(app) else None,
        _int(headers.get(auth.PROTOCOL_HEADER), 1000),
        _int(headers.get(OUTBOX_HEADER), 2**53),
    )


class DeviceReports:
    """Writes a device's version, protocol and newest outbox sequence when they change (or a minute passed), once
    HQ answered its request with success; the secret is checked again here, so no one else can speak for it."""

    def __init__(self, sessions: sessionmaker[Session]):
        self.sessions = sessions
        self._written: dict[str, tuple[tuple, datetime]] = {}

    def due(self, report: DeviceReport, now: datetime) -> bool:
        last = self._written.get(report.device_id)
        return last is None or last[0] != report.values or now - last[1] >= RECHECK

    def write(self, report: DeviceReport, now: datetime) -> None:
        with self.sessions() as session, session.begin():
            device = session.get(Device, report.device_id)
            if (
                device is None
                or device.revoked_at is not None
                or not auth.secret_matches(device.id, report.secret, device.secret_hash)
            ):
                return
            device.last_seen_at = now
            if report.app_version:
                device.app_version = report.app_version
            if report.protocol is not None:
                device.protocol_version = report.protocol
            if report.outbox_seq is not None:
                device.outbox_seq = report.outbox_seq
        self._written[report.device_id] = (report.values, now)


class ConsoleMiddleware:
    def __init__(self, app, reports: DeviceReports):
        self.app, self.reports = app, reports

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        status = 0

        async def send_with_headers(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = MutableHeaders(scope=message)
                for name, value in EVERYWHERE.items():
                    headers[name] = value
                if path.startswith(PREFIX):
                    for name, value in CONSOLE.items():
                        headers[name] = value
                    if not path.startswith(PREFIX + "/static/"):
                        headers["Cache-Control"] = "no-store"  # pages hold phone numbers: not for the disk cache
            await send(message)

        await self.app(scope, receive, send_with_headers)
        if path.startswith("/v1/") and 200 <= status < 300:
            report = report_of(Headers(scope=scope))
            now = datetime.now(timezone.utc)
            if report is not None and self.reports.due(report, now):
                try:
                    await anyio.to_thread.run_sync(self.reports.write, report, now)
                except Exception:  # noqa: BLE001 - the device's request succeeded; this note must not fail it
                    log.exception("could not note what device %s reported", report.device_id)
