"""Asks Kuaidi100 where parcels are, over HTTP, one waybill at a time.

Meant for a background task (a polling job), never for the GUI thread: a query waits up to the configured
timeout (5 s by default) and a run waits `delay_s` between queries, because Kuaidi100 asks that its
real-time interface not be called in bulk or at high frequency. Statuses can always be entered by hand;
this only proposes them. Nothing but TrackingError leaves this module.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from showroom.courier_tracking.kuaidi100 import query_form, read_answer
from showroom.courier_tracking.model import (
    TrackingConfig,
    TrackingError,
    TrackingErrorKind,
    TrackingOutcome,
    TrackingResult,
    TrackingRun,
    Waybill,
)

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)
Kind = TrackingErrorKind
PROVIDERS = ("kuaidi100",)
DELAY_S = 1.0  # between two queries of a run
MAX_TIMEOUT_S = 30.0


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


def check_config(config: TrackingConfig) -> None:
    """Refuses a configuration that must not (or cannot) query: off, or without an account."""
    if not config.enabled:
        raise TrackingError(Kind.DISABLED)
    if config.provider not in PROVIDERS:
        raise TrackingError(Kind.NOT_CONFIGURED, f"provider {config.provider!r}")
    if not config.customer.strip() or not config.key.strip():
        raise TrackingError(Kind.NOT_CONFIGURED, "customer id or key is empty")
    if not config.base_url.startswith(("https://", "http://")):
        raise TrackingError(Kind.NOT_CONFIGURED, f"address {config.base_url!r}")
    if not 0 < config.timeout_s <= MAX_TIMEOUT_S:
        raise TrackingError(Kind.NOT_CONFIGURED, f"timeout {config.timeout_s!r} s")


class TrackingClient:
    """`with TrackingClient(config) as client: client.track(waybill)`. Raises TrackingError (DISABLED,
    NOT_CONFIGURED) at once when the configuration may not query. `transport`, `now` and `sleep` are for
    tests."""

    def __init__(
        self,
        config: TrackingConfig,
        *,
        transport: httpx.BaseTransport | None = None,
        now: Callable[[], datetime] = _utcnow,
        sleep: Callable[[float], None] = time.sleep,
    ):
        check_config(config)
        import httpx  # loaded by the polling job only, not when the app starts

        self.config = config
        self._now = now
        self._sleep = sleep
        try:
            self._http = httpx.Client(timeout=config.timeout_s, transport=transport, follow_redirects=False)
        except (httpx.HTTPError, ValueError, TypeError) as exc:
            raise TrackingError(Kind.NOT_CONFIGURED, str(exc)) from exc

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> TrackingClient:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def track(self, waybill: Waybill) -> TrackingResult:
        """Where one parcel is now."""
        form = query_form(waybill, self.config)
        status, body = self._post(form)
        if status == 200:
            return read_answer(body, waybill, self._now())
        if status == 429 or status >= 500:
            raise TrackingError(Kind.BUSY, f"HTTP {status}", str(status))
        if status in (401, 403):
            raise TrackingError(Kind.AUTH, f"HTTP {status}", str(status))
        raise TrackingError(Kind.REJECTED, f"HTTP {status}", str(status))

    def track_many(self, waybills: Iterable[Waybill], delay_s: float = DELAY_S) -> TrackingRun:
        """Each waybill in turn, `delay_s` apart; stops at an error that every later query would meet too
        (a bad key, no connection), naming the waybills not asked about."""
        pending = list(waybills)
        outcomes: list[TrackingOutcome] = []
        for index, waybill in enumerate(pending):
            if index:
                self._sleep(delay_s)
            try:
                outcomes.append(TrackingOutcome(waybill, result=self.track(waybill)))
            except TrackingError as error:
                log.info("tracking %s (%s): %s", waybill.number, waybill.courier, error)
                outcomes.append(TrackingOutcome(waybill, error=error))
                if error.stops_polling:
                    return TrackingRun(tuple(outcomes), stopped_by=error, not_tried=tuple(pending[index + 1 :]))
        return TrackingRun(tuple(outcomes))

    def _post(self, form: dict[str, str]) -> tuple[int, bytes]:
        import httpx

        try:
            response = self._http.post(self.config.base_url, data=form)
        except httpx.TimeoutException as exc:
            raise TrackingError(Kind.TIMEOUT, type(exc).__name__) from exc
        except httpx.InvalidURL as exc:
            raise TrackingError(Kind.NOT_CONFIGURED, str(exc)) from exc
        except (httpx.HTTPError, httpx.StreamError, OSError) as exc:  # connect, DNS, broken answers
            raise TrackingError(Kind.UNREACHABLE, type(exc).__name__) from exc
        return response.status_code, response.content


def track_many(
    config: TrackingConfig, waybills: Iterable[Waybill], delay_s: float = DELAY_S, **client_options
) -> TrackingRun:
    """A polling run in one call, for the background job: a configuration that may not query gives a run
    stopped by that error, with every waybill not tried."""
    pending = tuple(waybills)
    try:
        client = TrackingClient(config, **client_options)
    except TrackingError as error:
        return TrackingRun((), stopped_by=error, not_tried=pending)
    with client:
        return client.track_many(pending, delay_s)
