"""Automatic courier tracking in words: where a parcel is, and why it could not be tracked."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from showroom.courier_tracking import TrackingError, TrackingErrorKind, TrackingState

translate = QCoreApplication.translate


def state(value: TrackingState) -> str:
    return {
        TrackingState.IN_TRANSIT: translate("Tracking", "In transit"),
        TrackingState.PICKED_UP: translate("Tracking", "Picked up by the courier"),
        TrackingState.OUT_FOR_DELIVERY: translate("Tracking", "Out for delivery"),
        TrackingState.DELIVERED: translate("Tracking", "Delivered"),
        TrackingState.RETURNING: translate("Tracking", "On its way back"),
        TrackingState.RETURNED_TO_SENDER: translate("Tracking", "Back with the sender"),
        TrackingState.REFUSED: translate("Tracking", "Refused by the addressee"),
        TrackingState.PROBLEM: translate("Tracking", "Problem parcel: ask the courier"),
        TrackingState.UNKNOWN: translate("Tracking", "Status not recognised"),
    }[TrackingState(value)]


def problem(error: TrackingError) -> str:
    """Why a waybill was not tracked automatically; each sentence says what to do."""
    words = {
        TrackingErrorKind.DISABLED: translate(
            "Tracking", "Automatic tracking is off. Enter the parcel's status by hand."
        ),
        TrackingErrorKind.NOT_CONFIGURED: translate(
            "Tracking",
            "Automatic tracking is on but not set up: enter the showroom's Kuaidi100 customer ID and key in "
            "Settings. Until then, enter statuses by hand.",
        ),
        TrackingErrorKind.UNKNOWN_COURIER: translate(
            "Tracking", "This courier cannot be tracked automatically. Enter the parcel's status by hand."
        ),
        TrackingErrorKind.AUTH: translate(
            "Tracking",
            "Kuaidi100 refused the showroom's account (wrong customer ID or key, expired key, or no queries "
            "left). Tracking has stopped; check the account in Settings.",
        ),
        TrackingErrorKind.REJECTED: translate(
            "Tracking",
            "Kuaidi100 would not look up this waybill. Check the waybill number, the courier and (for SF "
            "Express) the phone number.",
        ),
        TrackingErrorKind.NO_RECORDS: translate(
            "Tracking", "The courier has no scans of this waybill yet. It will be asked again later."
        ),
        TrackingErrorKind.BUSY: translate(
            "Tracking", "Kuaidi100 is not answering properly just now. It will be asked again later."
        ),
        TrackingErrorKind.TIMEOUT: translate(
            "Tracking", "Kuaidi100 did not answer in time. It will be asked again later."
        ),
        TrackingErrorKind.UNREACHABLE: translate(
            "Tracking", "Kuaidi100 cannot be reached (is the internet down?). It will be asked again later."
        ),
        TrackingErrorKind.MALFORMED: translate(
            "Tracking", "Kuaidi100's answer could not be read. It will be asked again later."
        ),
    }
    return words[error.kind]
