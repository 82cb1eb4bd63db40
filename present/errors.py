"""Turns each domain refusal into a translated sentence a clerk can act on. By type, never by text."""
from __future__ import annotations

import logging
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kernel.events import EventInvalid
from kernel.storage_faults import storage_refusal
from present import labels
from present.formatting import local_time
from showroom.domain import errors as e
from showroom.domain.reasons import StatusReason

translate = QCoreApplication.translate
log = logging.getLogger(__name__)


def _out_of_range(exc: e.InvalidInput) -> str:
    """A term with bounds (a tier's loan days, a deposit in fen): say the bounds, money as money."""
    low, high = getattr(exc, "minimum", None), getattr(exc, "maximum", None)
    if exc.field.endswith("_fen") and low is not None and high is not None:
        low, high = f"¥{low / 100:,.2f}", f"¥{high / 100:,.2f}"
    return translate("Errors", "{field} must be from {minimum} to {maximum}.").format(
        field=labels.field(exc.field), minimum=low, maximum=high)


def _problem(exc: e.InvalidInput) -> str:
    field = labels.field(exc.field)
    if exc.problem == "out_of_range" and getattr(exc, "minimum", None) is not None:
        return _out_of_range(exc)
    problems = {
        "required": translate("Errors", "{field} is required."),
        "too_long": translate("Errors", "{field} is too long (at most {value} characters)."),
        "not_mobile": translate("Errors", "{value} is not a mainland mobile number (11 digits starting with 1)."),
        "bad_checksum": translate("Errors", "{value} is not a valid product barcode (check digit wrong)."),
        "not_money": translate("Errors", "{field} must be an amount of money of zero or more."),
        "percent_range": translate("Errors", "{field} must be between 0 and 100 %."),
        "quantity_range": translate("Errors", "Quantity must be between 1 and {value}."),
        "pin_format": translate("Errors", "A PIN is 4 to 12 digits."),
        "site_code": translate("Errors", "A showroom code is 2 to 4 capital letters, e.g. CS."),
        "in_past": translate("Errors", "{field} cannot be in the past."),
        "loan_closed": translate("Errors", "Loan {value} is already closed."),
        "too_large": translate("Errors", "{field} is too large."),
        "not_later": translate("Errors", "The new due date must be after the current one ({value})."),
        "unchanged": translate("Errors", "Nothing to change: it is already so."),
        "no_deposit_held": translate("Errors", "No deposit is held for loan {value}; record a charge instead."),
        "nothing_owed": translate("Errors", "Nothing is owed to {value} any more."),
        "end_before_start": translate("Errors", "The last day of the period ({value}) is before the first."),
        "in_future": translate("Errors", "The period starts in the future ({value})."),
        "period_too_long": translate("Errors", "A report covers at most {value} days."),
        "unknown_choice": translate("Errors", "{field}: {value} is not one of the choices."),
        "pins_differ": translate("Errors", "The two PINs are not the same. Please type the new PIN twice."),
        "not_url": translate("Errors", "{value} is not a web address (e.g. http://hq.example.com:8400)."),
    }
    template = problems.get(exc.problem, translate("Errors", "{field} is not valid: {value}"))
    return template.format(field=field, value=exc.value if exc.value is not None else "")


def _block(block: e.Block) -> str:
    reason = labels.status_reason(StatusReason(block.reason, block.reason_key, block.reason_params))
    if block.kind == "blacklisted":
        return translate("Errors", "blacklisted: {reason}").format(reason=reason)
    if block.kind == "suspended":
        return translate("Errors", "suspended: {reason}").format(reason=reason)
    if block.kind == "overdue":
        return translate("Errors", "holds {count} overdue sample(s)").format(count=block.count)
    if block.kind == "over_limit":
        return translate("Errors", "would hold {count} samples, over the tier limit of {limit}").format(
            count=block.count, limit=block.limit)
    if block.kind == "deposit_waived":
        return translate("Errors", "the deposit would be waived")
    return block.kind


def describe_blocks(blocks: list[e.Block]) -> str:
    return translate("Errors", "; ").join(_block(b) for b in blocks)  # Chinese uses a full-width ；


def describe(exc: BaseException, tz=None) -> str:
    """One clear sentence for any error; unexpected ones are logged and said calmly."""
    if isinstance(exc, e.UnknownCode):
        return translate("Errors", "Unknown code {code}: no sample, card or loan has this code.").format(code=exc.code)
    if isinstance(exc, e.SampleNotInStock):
        if exc.holder_name:
            since = local_time(exc.since, tz) if tz else str(exc.since)
            return translate("Errors", "Sample {code} is not in stock: {holder} has held it since {since} "
                                       "(loan {loan}).").format(code=exc.code, holder=exc.holder_name,
                                                                 since=since, loan=exc.loan_number)
        return translate("Errors", "Sample {code} is not in stock (status: {status}).").format(
            code=exc.code, status=labels.sample_status(exc.status))
    if isinstance(exc, e.SampleAlreadyInBasket):
        return translate("Errors", "Sample {code} is already in the list.").format(code=exc.code)
    if isinstance(exc, e.EmptyBasket):
        return translate("Errors", "Scan at least one sample first.")
    if isinstance(exc, e.NotOnLoan):
        return translate("Errors", "Sample {code} is not on loan (status: {status}); nothing to return.").format(
            code=exc.code, status=labels.sample_status(exc.status))
    if isinstance(exc, e.StreamerBlocked):
        return translate("Errors", "{name} cannot borrow now: {blocks}.").format(
            name=exc.streamer_name, blocks=describe_blocks(exc.blocks))
    if isinstance(exc, e.OverrideRefused):
        return {
            "wrong_pin": translate("Errors", "Override refused: that manager name and PIN do not match."),
            "reason_required": translate("Errors", "Override refused: please give a reason."),
        }.get(exc.problem, translate("Errors", "Override refused."))
    if isinstance(exc, e.PermissionDenied):
        if exc.required_role == "active_account":
            return translate("Errors", "This staff account is disabled. Please ask an administrator.")
        return translate("Errors", "Only a {role} may do this.").format(role=labels.role(exc.required_role))
    if isinstance(exc, e.LoginFailed):
        return translate("Errors", "Name or PIN is wrong.")
    if isinstance(exc, e.AccountLocked):   # never says whether the PIN typed this time was right
        until = local_time(exc.until, tz) if tz else str(exc.until)
        return translate("Errors", "{name} is locked after too many wrong PINs, until {until}. "
                                   "An administrator can unlock it sooner.").format(name=exc.name, until=until)
    if isinstance(exc, e.StaffChangeRefused):
        if exc.problem == "disable_self":
            return translate("Errors", "You cannot disable your own account.")
        return translate("Errors", "The showroom needs at least one active administrator; this change would "
                                   "leave none.")
    if isinstance(exc, e.AlreadyExists):
        return {
            "phone": translate("Errors", "Phone {key} is already registered to {owner}."),
            "ean": translate("Errors", "Barcode {key} already belongs to {owner}."),
            "merchant": translate("Errors", "A merchant named {key} already exists."),
            "staff": translate("Errors", "A staff member named {key} already exists."),
        }.get(exc.what, translate("Errors", "{key} already exists.")).format(key=exc.key, owner=exc.owner)
    if isinstance(exc, e.NotFound):
        return {
            "streamer": translate("Errors", "No streamer found for {key}."),
            "loan": translate("Errors", "No loan numbered {key}."),
            "product_ean": translate("Errors", "No product has barcode {key}."),
            "merchant": translate("Errors", "No merchant named {key}."),
        }.get(exc.what, translate("Errors", "Not found: {key}")).format(key=exc.key)
    if isinstance(exc, e.PlannedDateInvalid):
        if exc.problem == "in_past":
            return translate("Errors", "The planned live-stream date is in the past.")
        return translate("Errors", "The planned live-stream date is beyond this tier's loan period "
                                   "(latest {latest}).").format(latest=exc.latest)
    if isinstance(exc, (e.InvalidInput, EventInvalid)):   # EventInvalid: what a use case would record breaks
        return _problem(exc)                              # its event's declaration; nothing was saved
    if isinstance(exc, e.StorageProblem):
        return describe_storage(exc)
    if isinstance(exc, e.FolderInUse):
        return describe_folder_in_use(exc)
    if isinstance(exc, e.ClockBehind):
        return describe_clock(exc, tz)
    if isinstance(exc, e.ShowroomNotSetUp):
        return translate("Errors", "This showroom has not been set up yet.")
    if isinstance(exc, e.SyncError):
        return describe_sync(exc)
    from showroom.backup import BackupFailed
    from showroom.restore import BackupRefused, StoreInUse
    if isinstance(exc, (BackupRefused, StoreInUse, BackupFailed)):
        from ui.backup_runner import describe_backup_error   # here: it falls back on describe()
        return describe_backup_error(exc)
    problem = storage_refusal(exc)   # a disk or database fault that reached us untyped
    if problem is not None:
        log.warning("storage problem", exc_info=exc)
        return describe_storage(problem)
    log.error("unexpected error", exc_info=exc)
    return translate("Errors", "Something went wrong and nothing was saved. The details are in the log; "
                               "please try again or tell your manager.")


def _sync_messages() -> dict[type, str]:
    return {
        e.HqUnreachable: translate("Errors", "HQ cannot be reached right now. Nothing is lost: changes wait here "
                                             "and go at the next sync."),
        e.HqServerError: translate("Errors", "HQ had a problem of its own. Changes wait here; the next sync tries "
                                             "again."),
        e.NotEnrolled: translate("Errors", "This showroom is not connected to HQ yet. Enrol it with a code from HQ."),
        e.AlreadyEnrolled: translate("Errors", "This showroom is already connected to HQ."),
        e.DeviceRevoked: translate("Errors", "HQ no longer accepts this computer. Nothing is lost here; ask HQ for "
                                             "a new code and enrol again."),
        e.ProtocolUnsupported: translate("Errors", "HQ runs another version of the sync protocol. Please update "
                                                   "the app."),
        e.SyncRefused: translate("Errors", "HQ refused some changes. Nothing is lost here; please tell HQ "
                                           "operations."),
        e.ChangeNotApplied: translate("Errors", "A change from HQ could not be stored here. Nothing is lost; "
                                                "please tell HQ operations."),
    }


def describe_sync(exc: e.SyncError) -> str:
    """Sync failures, by type. HQ being away is normal and said calmly."""
    if isinstance(exc, e.EnrolRefused):
        if exc.problem == "showroom_mismatch":
            return translate("Errors", "That enrolment code was made for another showroom.")
        return translate("Errors", "That enrolment code is unknown, already used or expired. Ask HQ for a new one.")
    for kind, text in _sync_messages().items():
        if isinstance(exc, kind):
            return text
    return translate("Errors", "Sync with HQ did not finish. Nothing is lost; it tries again later.")


def describe_sync_kind(kind: str | None) -> str:
    """The last sync error as stored (a SyncError type's `kind`), in words."""
    for error_type in (e.HqUnreachable, e.HqServerError, e.NotEnrolled, e.DeviceRevoked, e.ProtocolUnsupported,
                       e.SyncRefused, e.EnrolRefused, e.ChangeNotApplied):
        if error_type.kind == kind:
            return describe_sync(error_type(""))
    return describe_sync(e.SyncError())


def describe_storage(exc: e.StorageProblem) -> str:
    """What the disk or the database refused, and what to do; by type, never by the system's text."""
    texts = {
        e.StoreBusy: translate("Errors", "The database is busy with another program; nothing was saved. "
                                         "Please try again."),
        e.StorageFull: translate("Errors", "The disk that holds {where} is full, so nothing was saved. Free some "
                                           "space on it (empty the recycle bin, move old files elsewhere), then "
                                           "try again."),
        e.StorageReadOnly: translate("Errors", "{where} cannot be written: the drive is read-only or this user may "
                                               "not write there. Nothing was saved. Make it writable (or ask whoever "
                                               "looks after this PC), then try again."),
        e.StorageUnavailable: translate("Errors", "{where} cannot be opened: the folder is missing or on a drive "
                                                  "that is not connected. Connect the drive or check the folder, "
                                                  "then try again."),
        e.StorageDamaged: translate("Errors", "The showroom database in {where} is damaged and cannot be used. "
                                              "Restore the latest backup (File → Backup and restore…, or the "
                                              "command `showroom restore`)."),
        e.StorageIOError: translate("Errors", "The disk could not read or write {where}, so nothing was saved. "
                                              "Check the drive (a loose cable, a failing disk), then try again."),
    }
    for kind, text in texts.items():
        if isinstance(exc, kind):
            return text.format(where=exc.where or translate("Errors", "the showroom folder"))
    return texts[e.StorageIOError].format(where=exc.where or translate("Errors", "the showroom folder"))


def describe_folder_in_use(exc: e.FolderInUse) -> str:
    pid = exc.pid if exc.pid else "?"
    if exc.holder == "app":
        return translate("Errors", "Showroom is already open on {folder} (process {pid}). Use that window, or "
                                   "close it first; nothing was done.").format(folder=exc.folder, pid=pid)
    return translate("Errors", "Another command ({command}, process {pid}) is working on {folder}. Wait until it "
                               "has finished, then try again; nothing was done.").format(
        command=exc.holder, pid=pid, folder=exc.folder)


def describe_clock(exc: e.ClockBehind, tz=None) -> str:
    """Times on screen are local: the showroom's zone (the screen's, else the one the refusal names)."""
    zone = tz or (ZoneInfo(exc.timezone) if exc.timezone else None)
    text = translate("Errors", "This computer's clock says {now}, earlier than the last recorded action ({last}): "
                               "its date or time was probably reset. Nothing was saved. Set the clock right, then "
                               "try again.").format(now=_when(exc.now, zone), last=_when(exc.last_recorded, zone))
    if exc.hq_now is not None:
        text += " " + translate("Errors", "HQ's clock says {hq}.").format(hq=_when(exc.hq_now, zone))
    return text + " " + translate("Errors", "If this clock is right now and the earlier time was wrong, sync with "
                                            "HQ (F9): once HQ confirms the time, work goes on.")


def _when(moment, zone) -> str:
    return local_time(moment, zone) if zone else moment.strftime("%Y-%m-%d %H:%M UTC")
