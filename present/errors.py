"""Every error a person may meet, in words: one table from exception type to what words it.

`describe(exc, tz)` walks the type's method resolution order, so a subclass finds its parent's entry
(a new kind of sync failure is at least said calmly; a type with no entry anywhere is logged and said
as an unexpected error). Errors are told apart by their type and the machine keys they carry, never by
their text, SQLite's or anyone's: a disk or database fault that reaches us untyped gets its type from
kernel.storage_faults first. Times are said in `tz`, the showroom's zone. The window and the commands
share the table; its translation contexts (Errors, Backup, Paper) are the ones zh_CN was made for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import tzinfo
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from kernel.events import EventInvalid
from kernel.storage_faults import storage_refusal
from present import elsewhere_text, labels, mailing_text, photo_text, stocktake_text, transfer_text
from present.formatting import local_time
from present.refusal_details import describe_blocks, invalid_value
from printing.errors import PrintFailed
from showroom.domain import errors as e
from showroom.domain.errors import BackupFailed, BackupRefused, StoreInUse

translate = QCoreApplication.translate
log = logging.getLogger(__name__)

Words = Callable[[BaseException, tzinfo | None], str]


def describe(exc: BaseException, tz: tzinfo | None = None) -> str:
    """One clear sentence for any error; unexpected ones are logged and said calmly."""
    problem = storage_refusal(exc)
    if problem is not None and problem is not exc:  # a disk or database fault that reached us untyped
        log.warning("storage problem", exc_info=exc)
        exc = problem
    for kind in type(exc).__mro__:
        words = WORDS.get(kind)
        if words is not None:
            return words(exc, tz)
    return _unexpected(exc, tz)  # not reached: BaseException has an entry


def describe_sync_kind(kind: str | None) -> str:
    """The last sync error as stored (a SyncError type's `kind`), in words."""
    for error_type in WORDS:
        if issubclass(error_type, e.SyncError) and error_type.kind == kind:
            return describe(error_type(""))
    return describe(e.SyncError())


def _unexpected(exc: BaseException, tz: tzinfo | None) -> str:
    log.error("unexpected error", exc_info=exc)
    return translate(
        "Errors",
        "Something went wrong and nothing was saved. The details are in the log; "
        "please try again or tell your manager.",
    )


def _when(moment, tz: tzinfo | None) -> str:
    return local_time(moment, tz) if tz else str(moment)


# --- the counter's refusals ----------------------------------------------------------------------------


def _sample_not_in_stock(exc: e.SampleNotInStock, tz) -> str:
    if exc.holder_name:
        return translate(
            "Errors", "Sample {code} is not in stock: {holder} has held it since {since} (loan {loan})."
        ).format(code=exc.code, holder=exc.holder_name, since=_when(exc.since, tz), loan=exc.loan_number)
    return translate("Errors", "Sample {code} is not in stock (status: {status}).").format(
        code=exc.code, status=labels.sample_status(exc.status)
    )


def _override_refused(exc: e.OverrideRefused, tz) -> str:
    return {
        "wrong_pin": translate("Errors", "Override refused: that manager name and PIN do not match."),
        "reason_required": translate("Errors", "Override refused: please give a reason."),
    }.get(exc.problem, translate("Errors", "Override refused."))


def _permission_denied(exc: e.PermissionDenied, tz) -> str:
    if exc.required_role == "active_account":
        return translate("Errors", "This staff account is disabled. Please ask an administrator.")
    return translate("Errors", "Only a {role} may do this.").format(role=labels.role(exc.required_role))


def _account_locked(exc: e.AccountLocked, tz) -> str:  # never says whether the PIN typed this time was right
    return translate(
        "Errors", "{name} is locked after too many wrong PINs, until {until}. An administrator can unlock it sooner."
    ).format(name=exc.name, until=_when(exc.until, tz))


def _staff_change_refused(exc: e.StaffChangeRefused, tz) -> str:
    if exc.problem == "disable_self":
        return translate("Errors", "You cannot disable your own account.")
    return translate("Errors", "The showroom needs at least one active administrator; this change would leave none.")


def _already_exists(exc: e.AlreadyExists, tz) -> str:
    return {
        "phone": translate("Errors", "Phone {key} is already registered to {owner}."),
        "ean": translate("Errors", "Barcode {key} already belongs to {owner}."),
        "merchant": translate("Errors", "A merchant named {key} already exists."),
        "staff": translate("Errors", "A staff member named {key} already exists."),
        "showroom": translate(
            "Errors", "This folder already holds showroom {key}: a showroom is recovered into an empty folder only."
        ),
    }.get(exc.what, translate("Errors", "{key} already exists.")).format(key=exc.key, owner=exc.owner)


def _not_found(exc: e.NotFound, tz) -> str:
    return {
        "streamer": translate("Errors", "No streamer found for {key}."),
        "loan": translate("Errors", "No loan numbered {key}."),
        "product_ean": translate("Errors", "No product has barcode {key}."),
        "merchant": translate("Errors", "No merchant named {key}."),
        "automatic_loss": translate("Errors", "Sample {key} has no automatic loss waiting for a manager."),
    }.get(exc.what, translate("Errors", "Not found: {key}")).format(key=exc.key)


def _planned_date_invalid(exc: e.PlannedDateInvalid, tz) -> str:
    if exc.problem == "in_past":
        return translate("Errors", "The planned live-stream date is in the past.")
    return translate(
        "Errors", "The planned live-stream date is beyond this tier's loan period (latest {latest})."
    ).format(latest=exc.latest)


# --- the disk, the folder and the clock ----------------------------------------------------------------


def _where(exc: e.StorageProblem) -> str:
    return exc.where or translate("Errors", "the showroom folder")


def _disk_failed(exc: e.StorageProblem, tz) -> str:
    return translate(
        "Errors",
        "The disk could not read or write {where}, so nothing was saved. Check the drive "
        "(a loose cable, a failing disk), then try again.",
    ).format(where=_where(exc))


def _file_refused(exc: OSError, tz) -> str:
    """A file or folder refused in a way the disk's kinds do not name (a file where a folder should be, a name
    too long): where, and the system's own words. An OSError that names no file is unexpected."""
    if not exc.filename:
        return _unexpected(exc, tz)
    return translate("Errors", "{path} cannot be used: {problem}").format(
        path=exc.filename, problem=exc.strerror or exc
    )


def _folder_in_use(exc: e.FolderInUse, tz) -> str:
    pid = exc.pid if exc.pid else "?"
    if exc.holder == "app":
        return translate(
            "Errors",
            "Showroom is already open on {folder} (process {pid}). Use that window, or "
            "close it first; nothing was done.",
        ).format(folder=exc.folder, pid=pid)
    return translate(
        "Errors",
        "Another command ({command}, process {pid}) is working on {folder}. Wait until it "
        "has finished, then try again; nothing was done.",
    ).format(command=exc.holder, pid=pid, folder=exc.folder)


def _clock_behind(exc: e.ClockBehind, tz) -> str:
    """Times on screen are local: the showroom's zone (the screen's, else the one the refusal names)."""
    zone = tz or (ZoneInfo(exc.timezone) if exc.timezone else None)

    def when(moment) -> str:
        return local_time(moment, zone) if zone else moment.strftime("%Y-%m-%d %H:%M UTC")

    text = translate(
        "Errors",
        "This computer's clock says {now}, earlier than the last recorded action ({last}): "
        "its date or time was probably reset. Nothing was saved. Set the clock right, then "
        "try again.",
    ).format(now=when(exc.now), last=when(exc.last_recorded))
    if exc.hq_now is not None:
        text += " " + translate("Errors", "HQ's clock says {hq}.").format(hq=when(exc.hq_now))
    return (
        text
        + " "
        + translate(
            "Errors",
            "If this clock is right now and the earlier time was wrong, sync with "
            "HQ (F9): once HQ confirms the time, work goes on.",
        )
    )


# --- sync with HQ: away is normal and said calmly ------------------------------------------------------


def _enrol_refused(exc: e.EnrolRefused, tz) -> str:
    if exc.problem == "showroom_mismatch":
        return translate("Errors", "That enrolment code was made for another showroom.")
    return translate("Errors", "That enrolment code is unknown, already used or expired. Ask HQ for a new one.")


# --- backups and restores ------------------------------------------------------------------------------


def _backup_refused(exc: BackupRefused, tz) -> str:
    texts = {
        "not_found": translate("Backup", "There is no file {detail}. Nothing was changed."),
        "not_sqlite": translate(
            "Backup", "This file is not a Showroom backup (it is not a database). Nothing was changed."
        ),
        "damaged": translate(
            "Backup", "This backup is damaged: the database check failed. Nothing was changed; try another backup."
        ),
        "not_showroom": translate("Backup", "This database is not a Showroom backup. Nothing was changed."),
        "too_new": translate(
            "Backup",
            "This backup was made by a newer version of Showroom. Install that version first; nothing was changed.",
        ),
        "no_showroom": translate(
            "Backup", "This backup holds no showroom (it was taken before set-up). Nothing was changed."
        ),
        "other_showroom": translate(
            "Backup",
            "This backup is of another showroom (backup/this folder: {detail}). Nothing was changed; "
            "to replace this showroom with it all the same, add --other-showroom.",
        ),
    }
    text = texts.get(exc.problem) or translate("Backup", "This file cannot be restored. Nothing was changed.")
    return text.format(detail=exc.detail)


# --- papers: said after "… was not printed:" -----------------------------------------------------------


def _print_failed(exc: PrintFailed, tz) -> str:
    return {
        "no_printer": translate("Paper", "no printer is set up on this computer"),
        "printer_missing": translate("Paper", "printer “{name}” is not available").format(name=exc.detail),
        "printer_error": translate("Paper", "printer “{name}” refused the job").format(name=exc.detail),
        "folder_error": translate("Paper", "could not save into {folder}").format(folder=exc.detail),
    }.get(exc.problem, exc.problem)


WORDS: dict[type[BaseException], Words] = {
    # the counter's refusals
    e.UnknownCode: lambda exc, tz: translate(
        "Errors", "Unknown code {code}: no sample, card or loan has this code."
    ).format(code=exc.code),
    e.SampleNotInStock: _sample_not_in_stock,
    e.SampleAlreadyInBasket: lambda exc, tz: translate("Errors", "Sample {code} is already in the list.").format(
        code=exc.code
    ),
    e.EmptyBasket: lambda exc, tz: translate("Errors", "Scan at least one sample first."),
    e.NotOnLoan: lambda exc, tz: translate(
        "Errors", "Sample {code} is not on loan (status: {status}); nothing to return."
    ).format(code=exc.code, status=labels.sample_status(exc.status)),
    e.LostAutomatically: lambda exc, tz: translate(
        "Errors",
        "Sample {code} was declared lost automatically on {when}, {days} day(s) late. A manager reverses that on the "
        "Overdue screen; then take it back here.",
    ).format(code=exc.code, when=_when(exc.declared_at, tz), days=exc.days_late),
    e.StreamerBlocked: lambda exc, tz: translate("Errors", "{name} cannot borrow now: {blocks}.").format(
        name=exc.streamer_name, blocks=describe_blocks(exc.blocks)
    ),
    e.OverrideRefused: _override_refused,
    e.StocktakeRefused: stocktake_text.refused,
    e.TransferRefused: transfer_text.refused,
    e.PhotoRefused: photo_text.refused,
    e.ElsewhereRefused: elsewhere_text.refused,
    e.ShipmentRefused: mailing_text.refused,
    e.PermissionDenied: _permission_denied,
    e.LoginFailed: lambda exc, tz: translate("Errors", "Name or PIN is wrong."),
    e.AccountLocked: _account_locked,
    e.StaffChangeRefused: _staff_change_refused,
    e.AlreadyExists: _already_exists,
    e.NotFound: _not_found,
    e.PlannedDateInvalid: _planned_date_invalid,
    e.InvalidInput: lambda exc, tz: invalid_value(exc),
    e.UnusableCharacter: lambda exc, tz: invalid_value(exc),  # names the character and where it is
    EventInvalid: lambda exc, tz: invalid_value(exc),  # what a use case would record breaks its declaration
    e.ShowroomNotSetUp: lambda exc, tz: translate("Errors", "This showroom has not been set up yet."),
    # the disk, the folder and the clock
    e.StorageProblem: _disk_failed,
    e.StorageIOError: _disk_failed,
    e.StoreBusy: lambda exc, tz: translate(
        "Errors", "The database is busy with another program; nothing was saved. Please try again."
    ),
    e.StorageFull: lambda exc, tz: translate(
        "Errors",
        "The disk that holds {where} is full, so nothing was saved. Free some space on it (empty the "
        "recycle bin, move old files elsewhere), then try again.",
    ).format(where=_where(exc)),
    e.StorageReadOnly: lambda exc, tz: translate(
        "Errors",
        "{where} cannot be written: the drive is read-only or this user may not write there. Nothing "
        "was saved. Make it writable (or ask whoever looks after this PC), then try again.",
    ).format(where=_where(exc)),
    e.StorageUnavailable: lambda exc, tz: translate(
        "Errors",
        "{where} cannot be opened: the folder is missing or on a drive that is not connected. Connect "
        "the drive or check the folder, then try again.",
    ).format(where=_where(exc)),
    e.StorageDamaged: lambda exc, tz: translate(
        "Errors",
        "The showroom database in {where} is damaged and cannot be used. Restore the latest backup "
        "(File → Backup and restore…, or the command `showroom restore`).",
    ).format(where=_where(exc)),
    OSError: _file_refused,
    e.FolderInUse: _folder_in_use,
    e.ClockBehind: _clock_behind,
    # sync with HQ
    e.SyncError: lambda exc, tz: translate(
        "Errors", "Sync with HQ did not finish. Nothing is lost; it tries again later."
    ),
    e.HqUnreachable: lambda exc, tz: translate(
        "Errors", "HQ cannot be reached right now. Nothing is lost: changes wait here and go at the next sync."
    ),
    e.HqServerError: lambda exc, tz: translate(
        "Errors", "HQ had a problem of its own. Changes wait here; the next sync tries again."
    ),
    e.NotEnrolled: lambda exc, tz: translate(
        "Errors", "This showroom is not connected to HQ yet. Enrol it with a code from HQ."
    ),
    e.AlreadyEnrolled: lambda exc, tz: translate("Errors", "This showroom is already connected to HQ."),
    e.DeviceRevoked: lambda exc, tz: translate(
        "Errors", "HQ no longer accepts this computer. Nothing is lost here; ask HQ for a new code and enrol again."
    ),
    e.EnrolRefused: _enrol_refused,
    e.ProtocolUnsupported: lambda exc, tz: translate(
        "Errors", "HQ runs another version of the sync protocol. Please update the app."
    ),
    e.SyncRefused: lambda exc, tz: translate(
        "Errors", "HQ refused some changes. Nothing is lost here; please tell HQ operations."
    ),
    e.ChangeNotApplied: lambda exc, tz: translate(
        "Errors", "A change from HQ could not be stored here. Nothing is lost; please tell HQ operations."
    ),
    # backups and restores
    BackupRefused: _backup_refused,
    StoreInUse: lambda exc, tz: translate(
        "Backup",
        "The showroom database is open in another program (is Showroom still running?). Close it and "
        "try again; nothing was changed.",
    ),
    BackupFailed: lambda exc, tz: translate(
        "Backup", "The backup failed its check after writing and was thrown away ({detail}). Please try again."
    ).format(detail=exc.detail),
    # papers
    PrintFailed: _print_failed,
    # anything else
    BaseException: _unexpected,
}
