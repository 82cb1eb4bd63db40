"""Errors a user can cause. Each carries the facts the message needs; the UI translates by type.

Never decide what went wrong from an error's text: catch the type.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

# The refusals HQ shares (kernel/refusals.py): named here with the rest, so the counter imports every refusal
# from this one module.
from kernel.refusals import (  # noqa: F401
    InvalidInput,
    ShowroomError,
    StorageDamaged,
    StorageFull,
    StorageIOError,
    StorageProblem,
    StorageReadOnly,
    StorageUnavailable,
    StoreBusy,
)


class UnknownCode(ShowroomError):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class NotFound(ShowroomError):
    def __init__(self, what: str, key: str):
        super().__init__(what, key)
        self.what, self.key = what, key


class SampleNotInStock(ShowroomError):
    """Cannot lend: says who holds it, since when and on which loan when it is out."""

    def __init__(
        self,
        code: str,
        status: str,
        holder_name: str | None = None,
        holder_phone: str | None = None,
        since: datetime | None = None,
        loan_number: str | None = None,
    ):
        super().__init__(code, status, holder_name, since, loan_number)
        self.code, self.status = code, status
        self.holder_name, self.holder_phone = holder_name, holder_phone
        self.since, self.loan_number = since, loan_number


class StocktakeRefused(ShowroomError):
    """A count refuses: `problem` is already_counting, no_such_count, not_counting, not_a_sample_code,
    nothing_to_settle, already_settled, settlement_not_allowed, unsettled or not_missing; `facts` name the count's number,
    the code, the settlement or how many finds are unsettled."""

    def __init__(self, problem: str, **facts):
        super().__init__(problem, facts)
        self.problem, self.facts = problem, facts


class TransferRefused(ShowroomError):
    """A transfer refuses: `problem` is no_destination, unknown_destination, own_showroom, not_sendable,
    not_ours, no_such_transfer, not_in_transit, not_incoming, not_outgoing, not_a_transfer_code or nothing_scanned;
    for a short sample settled afterwards not_short, settled_already or nothing_short (showroom/domain/shortfalls.py);
    `facts` name the transfer's number, the code, the showroom or the sample's status."""

    def __init__(self, problem: str, **facts):
        super().__init__(problem, facts)
        self.problem, self.facts = problem, facts


class PhotoRefused(ShowroomError):
    """A photo is not kept: `problem` is no_file (cannot be read), empty, too_large (`size`, `limit` in MB), not_an_image
    (not a JPEG or PNG, whatever its name says), not_for_this_loan, required_for_damage (`code`: a damaged return
    whose tier wants a photo has none) or required_for_damage_elsewhere (`code`: a damaged return of another
    showroom's loan, which always needs one). Nothing is written."""

    def __init__(self, problem: str, **facts):
        super().__init__(problem, facts)
        self.problem, self.facts = problem, facts


class ElsewhereRefused(ShowroomError):
    """A return taken here for another showroom cannot be settled: `problem` is no_such_return, not_unmatched (HQ has
    not said it found no loan for it: still waiting, or matched), settled_already or product_unknown (HQ knows no
    sample of that code, so it cannot be laid in a stock); `facts` name the code and the showroom."""

    def __init__(self, problem: str, **facts):
        super().__init__(problem, facts)
        self.problem, self.facts = problem, facts


class ShipmentRefused(ShowroomError):
    """A parcel refuses (samples by courier): `problem` is unknown_courier, waybill_invalid, wrong_state, not_mailed,
    no_address, address_not_verified, not_allowed, over_post_limit, transfer_required or waybill_unknown; `facts` name
    the loan's number, the courier, the waybill, the states or the limit."""

    def __init__(self, problem: str, **facts):
        super().__init__(problem, facts)
        self.problem, self.facts = problem, facts


class SampleAlreadyInBasket(ShowroomError):
    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


class EmptyBasket(ShowroomError):
    pass


class NotOnLoan(ShowroomError):
    def __init__(self, code: str, status: str):
        super().__init__(code, status)
        self.code, self.status = code, status


class LostAutomatically(NotOnLoan):
    """Brought back after the counter declared it lost by itself: a manager reverses the loss (Overdue screen),
    then it is taken back like any return."""

    def __init__(self, code: str, declared_at: datetime, days_late: int):
        super().__init__(code, "lost")
        self.declared_at, self.days_late = declared_at, days_late


@dataclass(frozen=True)
class Block:
    """One reason a streamer may not take samples now."""

    kind: str  # blacklisted | suspended | overdue | over_limit
    overridable: bool
    reason: str = ""  # the status reason a manager wrote
    count: int = 0  # overdue samples, or samples that would be out
    limit: int = 0  # the tier's limit, for over_limit
    reason_key: str = ""  # a status reason the app wrote (domain/reasons.py): worded when shown
    reason_params: Mapping[str, object] = field(default_factory=dict, hash=False)


class StreamerBlocked(ShowroomError):
    def __init__(self, streamer_name: str, blocks: list[Block]):
        super().__init__(streamer_name, blocks)
        self.streamer_name, self.blocks = streamer_name, list(blocks)

    @property
    def overridable(self) -> bool:
        return all(b.overridable for b in self.blocks)


class OverrideRefused(ShowroomError):
    """A manager override was asked for but cannot be granted."""

    def __init__(self, problem: str):  # wrong_pin | not_manager | not_allowed | reason_required
        super().__init__(problem)
        self.problem = problem


class PermissionDenied(ShowroomError):
    def __init__(self, action: str, required_role: str):
        super().__init__(action, required_role)
        self.action, self.required_role = action, required_role


class LoginFailed(ShowroomError):
    pass


class AccountLocked(ShowroomError):
    """Too many wrong PINs in a row: refused until `until` (UTC), whatever PIN is typed, so the
    refusal never tells whether this PIN was right."""

    def __init__(self, name: str, until: datetime):
        super().__init__(name, until)
        self.name, self.until = name, until


class StaffChangeRefused(ShowroomError):
    """A staff change that would leave the showroom without an admin, or lock out the one making it."""

    def __init__(self, problem: str):  # last_admin | disable_self
        super().__init__(problem)
        self.problem = problem


class AlreadyExists(ShowroomError):
    """A unique thing (phone, EAN, merchant name, staff name) is taken; says by whom."""

    def __init__(self, what: str, key: str, owner: str = ""):
        super().__init__(what, key, owner)
        self.what, self.key, self.owner = what, key, owner


class PlannedDateInvalid(ShowroomError):
    def __init__(self, problem: str, latest: object = None):  # in_past | beyond_policy
        super().__init__(problem, latest)
        self.problem, self.latest = problem, latest


class ShowroomNotSetUp(ShowroomError):
    pass


class FolderInUse(ShowroomError):
    """Another program works on this data folder: the app (`holder` "app") or a command that writes
    ("restore", "sync", ...). Only one may, so nothing was done."""

    def __init__(self, folder: str, pid: int | None, holder: str):
        super().__init__(folder, pid, holder)
        self.folder, self.pid, self.holder = str(folder), pid, holder


class BackupFailed(ShowroomError):
    """The backup just written did not pass its check (or no folder could take it); it was thrown away, so
    nothing looks like a backup. `detail` is what the check said."""

    def __init__(self, detail: str):
        super().__init__(detail)
        self.detail = detail


class BackupRefused(ShowroomError):
    """The file cannot be restored. problem: not_found | not_sqlite | damaged | not_showroom | too_new |
    no_showroom | other_showroom. Nothing was changed."""

    def __init__(self, problem: str, detail: str = ""):
        super().__init__(problem, detail)
        self.problem, self.detail = problem, detail


class StoreInUse(ShowroomError):
    """Another program (the running app, most likely) has the database open, so a restore cannot replace it;
    nothing was changed."""


class SyncError(ShowroomError):
    """Sync with HQ did not complete. `kind` is a stable key (kept as the last error, mapped to words by the UI).

    Nothing local is lost by any of these: the outbox keeps every change until HQ acknowledges it.
    """

    kind = "sync_failed"

    def __init__(self, detail: str = ""):
        super().__init__(detail)
        self.detail = detail


class HqUnreachable(SyncError):
    """No answer from HQ (offline, DNS, refused, timed out). Normal for days at a time."""

    kind = "unreachable"


class HqServerError(SyncError):
    """HQ answered with a fault of its own (5xx); retried at the next sync."""

    kind = "server_error"


class NotEnrolled(SyncError):
    kind = "not_enrolled"


class AlreadyEnrolled(SyncError):
    kind = "already_enrolled"


class DeviceRevoked(SyncError):
    """HQ revoked this device (or no longer knows its secret); enrol again with a new code."""

    kind = "revoked"


class EnrolRefused(SyncError):
    """The enrolment code is unknown, used or expired, or made for another showroom."""

    kind = "enrol_refused"

    def __init__(self, problem: str, detail: str = ""):  # enrol_code_invalid | showroom_mismatch
        super().__init__(detail)
        self.problem = problem


class ProtocolUnsupported(SyncError):
    """HQ speaks another protocol version: one side must be updated."""

    kind = "protocol"


class SyncRefused(SyncError):
    """HQ refused our data (a forged showroom, a changed event); an operator must look at it."""

    kind = "refused"

    def __init__(self, code: str, detail: str = ""):
        super().__init__(detail)
        self.code = code


class ChangeNotApplied(SyncError):
    """A change pulled from HQ could not be stored here; the cursor stays before it, nothing is half-applied."""

    kind = "change_not_applied"


class ClockBehind(ShowroomError):
    """This PC's clock is earlier than the last recorded action (its date was reset, say): recording now
    would put a return before its loan. Nothing was saved. Times are UTC; `timezone` is the showroom's,
    for saying them in local time. `hq_now` is what HQ's clock said at the last sync, if it disagreed."""

    def __init__(self, now: datetime, last_recorded: datetime, timezone: str = "", hq_now: datetime | None = None):
        super().__init__(now, last_recorded, timezone, hq_now)
        self.now, self.last_recorded, self.timezone, self.hq_now = now, last_recorded, timezone, hq_now


class UnusableCharacter(InvalidInput):
    """Typed text holds a character that cannot be stored, synced or printed: NUL or another control
    character, a lone surrogate, a line separator, or a control that reorders what is shown (a name
    spoofed right to left). `position` is 1-based; `value` names the character (U+0000)."""

    def __init__(self, field: str, character: str, position: int):
        super().__init__(field, "unusable_character", f"U+{ord(character):04X}")
        self.character, self.position = character, position
