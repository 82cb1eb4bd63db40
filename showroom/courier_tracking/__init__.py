"""Automatic tracking of mailed parcels (寄样) through a courier-tracking aggregator, Kuaidi100 (快递100).

Off by default; the showroom switches it on with its own Kuaidi100 account. No database and no Qt: the
shipment code stores what it needs and runs the polling job in the background, so the counter never waits
on it, and a status can always be entered by hand instead.

    from showroom.courier_tracking import TrackingConfig, Waybill, track_many
    run = track_many(config, [Waybill("SF1234567890", "SF", phone="13800138000")], delay_s=1.0)
    for outcome in run.outcomes: outcome.result (a TrackingResult) or outcome.error (a TrackingError)

kuaidi100.py holds the documented request and answer (and where they are documented); client.py sends it.
"""

from showroom.courier_tracking.client import TrackingClient, check_config, track_many
from showroom.courier_tracking.kuaidi100 import company_code, read_answer
from showroom.courier_tracking.model import (
    KUAIDI100_URL,
    TrackingConfig,
    TrackingError,
    TrackingErrorKind,
    TrackingOutcome,
    TrackingResult,
    TrackingRun,
    TrackingState,
    Waybill,
)

__all__ = [
    "KUAIDI100_URL",
    "TrackingClient",
    "TrackingConfig",
    "TrackingError",
    "TrackingErrorKind",
    "TrackingOutcome",
    "TrackingResult",
    "TrackingRun",
    "TrackingState",
    "Waybill",
    "check_config",
    "company_code",
    "read_answer",
    "track_many",
]
