"""One describer for every error (present/errors.py): each refusal type of showroom/domain/errors.py and every
storage, sync, backup, restore and print failure is worded in English and in Chinese, found by its type (a
subclass by its parent's entry), never by its text."""

from __future__ import annotations

import errno
import logging
import sqlite3
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

import pytest

from kernel.events import EventInvalid
from present import i18n
from present.errors import WORDS, describe, describe_sync_kind
from printing.errors import PrintFailed
from showroom.domain import errors as e
from showroom.domain.errors import BackupFailed, BackupRefused, StoreInUse

TZ = ZoneInfo("Asia/Shanghai")
AT = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)

EXAMPLES: dict[type, BaseException] = {
    e.InvalidInput: e.InvalidInput("phone", "not_mobile", "12345"),
    e.UnusableCharacter: e.UnusableCharacter("streamer_name", "\x00", 3),
    EventInvalid: EventInvalid("loan.checked_out@1", "samples[0].code", "too_long", 40),
    e.UnknownCode: e.UnknownCode("XX-1"),
    e.NotFound: e.NotFound("loan", "CS-L261120001"),
    e.SampleNotInStock: e.SampleNotInStock("CS-000001", "on_loan", "Xiaomei", "13800138000", AT, "CS-L261120001"),
    e.SampleAlreadyInBasket: e.SampleAlreadyInBasket("CS-000001"),
    e.EmptyBasket: e.EmptyBasket(),
    e.NotOnLoan: e.NotOnLoan("CS-000001", "in_stock"),
    e.LostAutomatically: e.LostAutomatically("CS-000001", AT, 11),
    e.StreamerBlocked: e.StreamerBlocked("Xiaomei", [e.Block("overdue", True, count=2)]),
    e.OverrideRefused: e.OverrideRefused("wrong_pin"),
    e.StocktakeRefused: e.StocktakeRefused("unsettled", count=3, code="CS-000042"),
    e.PhotoRefused: e.PhotoRefused("required_for_damage", code="CS-000042"),
    e.ElsewhereRefused: e.ElsewhereRefused("product_unknown", code="XM-000042", showroom="XM"),
    e.ShipmentRefused: e.ShipmentRefused("waybill_invalid", courier="sf", waybill="SF123"),
    e.TransferRefused: e.TransferRefused("not_sendable", code="CS-000042", status="on_loan"),
    e.PermissionDenied: e.PermissionDenied("declare_lost", "manager"),
    e.LoginFailed: e.LoginFailed(),
    e.AccountLocked: e.AccountLocked("Li", AT),
    e.StaffChangeRefused: e.StaffChangeRefused("last_admin"),
    e.AlreadyExists: e.AlreadyExists("phone", "13800138000", "Xiaomei"),
    e.PlannedDateInvalid: e.PlannedDateInvalid("in_past"),
    e.ShowroomNotSetUp: e.ShowroomNotSetUp(),
    e.StorageProblem: e.StorageProblem("/data"),
    e.StorageFull: e.StorageFull("/data"),
    e.StorageReadOnly: e.StorageReadOnly("/data"),
    e.StorageUnavailable: e.StorageUnavailable("/data"),
    e.StorageDamaged: e.StorageDamaged("/data"),
    e.StorageIOError: e.StorageIOError("/data"),
    e.StoreBusy: e.StoreBusy("/data"),
    e.FolderInUse: e.FolderInUse("/data", 4242, "app"),
    e.ClockBehind: e.ClockBehind(AT, AT, "Asia/Shanghai", AT),
    e.SyncError: e.SyncError("what happened"),
    e.HqUnreachable: e.HqUnreachable("timed out"),
    e.HqServerError: e.HqServerError("502"),
    e.NotEnrolled: e.NotEnrolled(),
    e.AlreadyEnrolled: e.AlreadyEnrolled(),
    e.DeviceRevoked: e.DeviceRevoked(),
    e.EnrolRefused: e.EnrolRefused("enrol_code_invalid"),
    e.ProtocolUnsupported: e.ProtocolUnsupported(),
    e.SyncRefused: e.SyncRefused("forged_showroom"),
    e.ChangeNotApplied: e.ChangeNotApplied(),
    BackupRefused: BackupRefused("not_sqlite", "/backups/x.sqlite3"),
    StoreInUse: StoreInUse(),
    BackupFailed: BackupFailed("integrity_check: not ok"),
    PrintFailed: PrintFailed("printer_missing", "Label printer"),
}


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _unexpected() -> str:
    return describe(KeyError("a bug"))


@pytest.fixture
def language(qapp, request):
    assert i18n.install(request.param)
    yield request.param
    i18n.install("en")  # the other tests read the English source strings


def test_every_refusal_type_has_an_example_here():
    """A new refusal type in showroom/domain/errors.py fails here until it has an example (and words)."""
    refusals = {kind for kind in vars(e).values() if isinstance(kind, type) and issubclass(kind, e.ShowroomError)}
    assert refusals - {e.ShowroomError} <= set(EXAMPLES)
    assert set(EXAMPLES) <= set(WORDS)  # each has an entry of its own, not only its parent's


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
@pytest.mark.parametrize("kind", list(EXAMPLES), ids=lambda kind: kind.__name__)
def test_every_refusal_storage_sync_backup_and_print_failure_is_worded(language, kind, caplog):
    unexpected = _unexpected()
    caplog.clear()
    with caplog.at_level(logging.WARNING):
        text = describe(EXAMPLES[kind], TZ)
    assert text.strip() and text != unexpected
    assert _is_chinese(text) == (language == "zh_CN"), text
    assert not [r for r in caplog.records if r.getMessage() == "unexpected error"]


STOCKTAKE_FACTS = {"number": "CS-C26120601", "code": "CS-000042", "count": 2, "settlement": "moved"}
STOCKTAKE_PROBLEMS = (
    "already_counting",
    "no_such_count",
    "not_counting",
    "not_a_sample_code",
    "nothing_to_settle",
    "already_settled",
    "settlement_not_allowed",
    "unsettled",
    "not_missing",
)


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_every_problem_a_count_refuses_with_has_its_own_words(language):
    words = {p: describe(e.StocktakeRefused(p, **STOCKTAKE_FACTS)) for p in STOCKTAKE_PROBLEMS}
    assert len(set(words.values())) == len(STOCKTAKE_PROBLEMS)
    assert all(_is_chinese(text) == (language == "zh_CN") and "{" not in text for text in words.values())


PHOTO_PROBLEMS = (
    "no_file",
    "empty",
    "too_large",
    "not_an_image",
    "not_for_this_loan",
    "required_for_damage",
    "required_for_damage_elsewhere",
)


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_every_problem_a_photo_refuses_with_has_its_own_words(language):
    facts = {"name": "IMG_1.jpg", "code": "CS-000042", "number": "CS-L261120001", "size": 20.5, "limit": 15}
    words = {p: describe(e.PhotoRefused(p, **facts)) for p in PHOTO_PROBLEMS}
    assert len(set(words.values())) == len(PHOTO_PROBLEMS)
    assert all("{" not in text for text in words.values())
    if language == "en":
        assert "CS-000042" in words["required_for_damage"] and "CS-000042" in words["required_for_damage_elsewhere"]


ELSEWHERE_PROBLEMS = ("no_such_return", "not_unmatched", "settled_already", "product_unknown")


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_every_problem_a_settlement_refuses_with_has_its_own_words(language):
    words = {p: describe(e.ElsewhereRefused(p, code="XM-000042", showroom="XM")) for p in ELSEWHERE_PROBLEMS}
    assert len(set(words.values())) == len(ELSEWHERE_PROBLEMS)
    assert all(_is_chinese(text) == (language == "zh_CN") and "{" not in text for text in words.values())


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_every_machine_key_of_backup_print_and_enrol_refusals_has_its_own_words(language):
    backup = {
        problem: describe(BackupRefused(problem, "x"))
        for problem in (
            "not_found",
            "not_sqlite",
            "damaged",
            "not_showroom",
            "too_new",
            "no_showroom",
            "other_showroom",
        )
    }
    printing = {
        problem: describe(PrintFailed(problem, "x"))
        for problem in ("no_printer", "printer_missing", "printer_error", "folder_error")
    }
    enrol = {problem: describe(e.EnrolRefused(problem)) for problem in ("enrol_code_invalid", "showroom_mismatch")}
    for words in (backup, printing, enrol):
        assert len(set(words.values())) == len(words), words
        assert all(_is_chinese(text) == (language == "zh_CN") for text in words.values()), words


def test_a_subclass_without_words_of_its_own_is_said_as_its_parent():
    class HqGoneQuiet(e.HqUnreachable):
        pass

    assert describe(HqGoneQuiet("no answer")) == describe(e.HqUnreachable())


def test_a_refusal_type_without_any_words_is_logged_and_said_calmly(caplog):
    class Unworded(e.ShowroomError):
        pass

    assert describe(Unworded()) == _unexpected()
    assert "unexpected error" in [r.getMessage() for r in caplog.records]


def test_the_disk_and_sqlite_are_told_apart_by_code_never_by_their_text():
    full = sqlite3.OperationalError("attempt to write a readonly database")  # the text says read-only...
    full.sqlite_errorcode = sqlite3.SQLITE_FULL  # ...the code says full
    assert describe(full) == describe(e.StorageFull())
    assert describe(OSError(errno.ENOSPC, "Permission denied")) == describe(e.StorageFull())
    assert describe(OSError(errno.EROFS, "No space left on device")) == describe(e.StorageReadOnly())


def test_a_file_the_disk_kinds_do_not_name_is_said_with_its_path():
    text = describe(NotADirectoryError(errno.ENOTDIR, "Not a directory", "/backups/not-a-folder"))
    assert "/backups/not-a-folder" in text and "Not a directory" in text
    assert describe(ConnectionResetError(errno.ECONNRESET, "reset")) == _unexpected()  # names no file


def test_the_stored_sync_kind_is_said_as_its_type():
    for kind in (
        e.HqUnreachable,
        e.HqServerError,
        e.NotEnrolled,
        e.DeviceRevoked,
        e.ProtocolUnsupported,
        e.SyncRefused,
        e.EnrolRefused,
        e.ChangeNotApplied,
    ):
        assert describe_sync_kind(kind.kind) == describe(kind("")), kind
    assert describe_sync_kind(None) == describe_sync_kind("something new") == describe(e.SyncError())


MAILING_PROBLEMS = (
    "unknown_courier",
    "waybill_invalid",
    "wrong_state",
    "not_mailed",
    "no_address",
    "address_not_verified",
    "not_allowed",
    "over_post_limit",
    "transfer_required",
    "waybill_unknown",
)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_every_problem_a_parcel_refuses_with_has_its_own_words(language):
    facts = dict(
        courier="sf",
        waybill="SF1",
        number="CS-L261201001",
        state="shipped",
        to="received",
        name="Xiaomei",
        tier="A",
        limit=3,
        count=4,
    )
    words = {p: describe(e.ShipmentRefused(p, **facts)) for p in MAILING_PROBLEMS}
    assert len(set(words.values())) == len(MAILING_PROBLEMS)
    assert all("{" not in text for text in words.values())
    assert "SF Express" in words["waybill_invalid"] and "Shipped" in words["wrong_state"]


TRANSFER_FACTS = {"number": "CS-T261206001", "code": "CS-000042", "showroom": "JN", "status": "on_loan"}
TRANSFER_PROBLEMS = (
    "no_destination",
    "unknown_destination",
    "own_showroom",
    "not_sendable",
    "not_ours",
    "no_such_transfer",
    "not_in_transit",
    "not_incoming",
    "not_outgoing",
    "not_a_transfer_code",
    "not_a_sample_code",
    "nothing_scanned",
)


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_every_problem_a_transfer_refuses_with_has_its_own_words(language):
    words = {p: describe(e.TransferRefused(p, **TRANSFER_FACTS)) for p in TRANSFER_PROBLEMS}
    assert len(set(words.values())) == len(TRANSFER_PROBLEMS)
    assert all(_is_chinese(text) == (language == "zh_CN") and "{" not in text for text in words.values())


# A short sample settled afterwards (showroom/domain/shortfalls.py): the transfer's number in each.
SHORTFALL_PROBLEMS = ("not_short", "settled_already", "nothing_short")


@pytest.mark.parametrize("language", ["en", "zh_CN"], indirect=True)
def test_every_problem_a_short_sample_refuses_with_has_its_own_words(language):
    words = {p: describe(e.TransferRefused(p, **TRANSFER_FACTS)) for p in TRANSFER_PROBLEMS + SHORTFALL_PROBLEMS}
    assert len(set(words.values())) == len(TRANSFER_PROBLEMS) + len(SHORTFALL_PROBLEMS)
    assert all("{" not in words[p] and "CS-T261206001" in words[p] for p in SHORTFALL_PROBLEMS)
    assert all(_is_chinese(words[p]) == (language == "zh_CN") for p in SHORTFALL_PROBLEMS)
