"""How backups are put in words: their kinds and sizes, what one holds before a restore, what became of a
restore staged before the last quit. The window and the `showroom backup`/`restore` commands say the same.
Their refusals are worded with every other error's (present.errors, context "Backup").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from present.errors import describe
from present.formatting import local_time
from showroom.domain.errors import BackupRefused
from showroom.restore import RestoreOutcome
from showroom.services.backups import BackupInfo, BackupSummary

translate = QCoreApplication.translate  # lupdate finds translate("Backup", "...")


def kind_label(kind: str) -> str:
    return {
        "daily": translate("Backup", "Daily"),
        "manual": translate("Backup", "Manual"),
        "before-upgrade": translate("Backup", "Before an upgrade"),
        "before-restore": translate("Backup", "Before a restore"),
    }.get(kind, kind)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return translate("Backup", "{size} MB").format(size=f"{size / (1024 * 1024):.1f}")
    return translate("Backup", "{size} KB").format(size=max(size // 1024, 1))


def summary_text(summary: BackupSummary, tz) -> str:
    """What a backup holds, for the confirmation before a restore."""
    latest = local_time(summary.latest_activity, tz) if summary.latest_activity else translate("Backup", "none")
    lines = [
        translate("Backup", "Showroom: {code} {name}").format(code=summary.showroom_code, name=summary.showroom_name),
        translate("Backup", "Taken: {when}").format(when=local_time(summary.taken_at, tz)),
        translate(
            "Backup", "Holds {samples} samples ({on_loan} on loan), {loans} loans ({open} open), {streamers} streamers."
        ).format(
            samples=summary.samples,
            on_loan=summary.samples_on_loan,
            loans=summary.loans,
            open=summary.open_loans,
            streamers=summary.streamers,
        ),
        translate("Backup", "Latest activity: {when}").format(when=latest),
    ]
    if summary.needs_upgrade:
        lines.append(translate("Backup", "Made by an older version of Showroom: it is upgraded when opened."))
    if summary.connected_to_hq:
        lines.append(reconnect_note())
    return "\n".join(lines)


def reconnect_note() -> str:
    return translate(
        "Backup",
        "After the restore this showroom is no longer connected to HQ: connect it again "
        "with a new code from HQ (Sync → Connect to HQ…). The work done after this backup "
        "that reached HQ then comes back first; what never reached HQ is named.",
    )


def restore_outcome_text(outcome: RestoreOutcome, tz) -> str:
    """What became of a restore staged before the last quit (Store.restore_outcome), for the start."""
    if outcome.applied:
        text = translate("Backup", "The backup taken {when} was restored.").format(
            when=local_time(outcome.summary.taken_at, tz)
        )
        if outcome.previous is not None:
            text += " " + translate("Backup", "The database it replaced is kept as {file}.").format(
                file=outcome.previous
            )
        if outcome.summary.connected_to_hq:
            text += "\n" + reconnect_note()
        return text
    if outcome.problem == "in_use":
        return translate(
            "Backup",
            "A restore is waiting: the database was open in another program. Close every "
            "Showroom window and command, then start Showroom again.",
        )
    if outcome.problem == "missing":
        return translate("Backup", "The backup chosen for the restore is gone; nothing was restored.")
    reason = describe(BackupRefused(outcome.problem, outcome.detail))
    return translate(
        "Backup", "The chosen backup was not restored. {reason} The showroom goes on with its current database."
    ).format(reason=reason)


def backup_done_text(info: BackupInfo) -> str:
    return translate("Backup", "Backed up to {path} ({size}).").format(path=info.path, size=size_text(info.size))
