"""Returns taken for other showrooms, on a real SQLite store (Changsha's counter): HQ's word that it found no open
loan for one (as a pull brings it), a manager keeping it in stock or sending it back on a transfer in the same
transaction, every refusal changing nothing; and the photo a damaged one always needs, kept at check-in though
the sample is in no stock here, told as photo.attached@1 once the sample is laid in (by the check-in for a known
loan, by the settlement, or after the pull of HQ's match), and waiting again when a rebuilt counter replays it."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from db.models import ShowroomRow
from kernel.events import PhotoAttached
from showroom.domain.errors import (
    ElsewhereRefused,
    InvalidInput,
    PermissionDenied,
    PhotoRefused,
    TransferRefused,
    UnknownCode,
)
from showroom.replay.base import Replaying
from showroom.replay.photos import photo_attached
from showroom.services import checkout, elsewhere_photos, elsewhere_settle, elsewhere_views, returns
from showroom.services.elsewhere_views import ElsewhereState
from showroom.sync.elsewhere_pull import apply_elsewhere
from tests.conftest import T0
from tests.integration.elsewhere_walk import jinan_line, xiamen_word
from tests.integration.helpers import dump_database, events, rows
from tests.photo_images import image_file

AT = T0 + timedelta(hours=1)


def _pull(counter, kind: str, changes: list[dict]) -> None:
    with counter.uow() as u:
        apply_elsewhere(u, "CS", {kind: {c["id"]: c for c in changes}})
        u.commit()


def _held(counter, *asked: returns.ReturnRequest) -> dict[str, str]:
    returns.check_in(counter.uow(), counter.clerk, list(asked), now=AT)
    return {r.code: r.return_id for r in elsewhere_views.returns_for_others(counter.uow())}


def _unmatched(counter, code: str = "XM-000001", **changed) -> str:
    """A held return of `code` HQ found no open loan for; its return id."""
    held = _held(counter, returns.ReturnRequest(code))
    _pull(counter, "return_unmatched", [xiamen_word(held[code], code, 1) | changed])
    return held[code]


def _types(counter) -> list[str]:
    return [kind for _seq, kind, _payload in events(counter.store.db_path)]


def _settle(counter, return_id: str, decision: str, actor=None, note: str = ""):
    later = AT + timedelta(minutes=5)
    return elsewhere_settle.settle_unmatched_return(
        counter.uow(), actor or counter.manager, return_id, decision, note, now=later
    )


def test_kept_the_sample_is_this_showrooms_in_stock_and_lendable(counter):
    return_id = _unmatched(counter)
    [line] = elsewhere_views.returns_for_others(counter.uow())
    assert (line.state, line.product_name, line.lender_name) == (ElsewhereState.UNMATCHED, "厦门样品 1", "厦门样品间")
    done = _settle(counter, return_id, "keep", note="无借样记录")
    assert (done.code, done.decision, done.transfer_number) == ("XM-000001", "keep", "")
    [(status, product)] = rows(
        counter.store.db_path,
        "SELECT s.status, p.name FROM sample s JOIN product p ON p.id = s.product_id WHERE s.code = 'XM-000001'",
    )
    assert (status, product) == ("in_stock", "厦门样品 1")
    (_seq, kind, payload) = events(counter.store.db_path)[-1]
    assert kind == "return_elsewhere.settled@1" and payload["decision"] == "keep" and payload["lender"] == "XM"
    assert payload["exception_id"] == str(uuid.UUID(int=321)) and payload["settled_by"] == counter.manager.name
    [line] = elsewhere_views.returns_for_others(counter.uow())
    assert line.state == ElsewhereState.KEPT and line.settled_by == counter.manager.name
    assert elsewhere_views.held_for_others(counter.uow()) == 0
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, ["XM-000001"], "cash", now=AT)
    assert loan.number


def test_sent_back_in_the_same_transaction_as_its_transfer(counter):
    return_id = _unmatched(counter)
    done = _settle(counter, return_id, "send_back", note="非本店样品")
    assert done.transfer_number.startswith("CS-T") and done.lender_name == "厦门样品间"
    assert _types(counter)[-2:] == ["return_elsewhere.settled@1", "transfer.sent@1"]
    seqs = [seq for seq, _kind, _payload in events(counter.store.db_path)[-2:]]
    assert seqs[1] == seqs[0] + 1
    [(to, note)] = rows(
        counter.store.db_path, "SELECT to_code, note FROM transfer WHERE number = ?", done.transfer_number
    )
    assert (to, note) == ("XM", "非本店样品")
    assert rows(counter.store.db_path, "SELECT status FROM sample WHERE code = 'XM-000001'") == [("in_transit",)]
    [line] = elsewhere_views.returns_for_others(counter.uow())
    assert line.state == ElsewhereState.SENT_BACK and line.transfer_number == done.transfer_number


def test_a_transfer_that_refuses_leaves_nothing_settled(counter):
    return_id = _unmatched(counter, lender_code="CS", lender_name="长沙样品间")  # HQ says it is this showroom's
    before = dump_database(counter.store.db_path)
    with pytest.raises(TransferRefused) as refused:
        _settle(counter, return_id, "send_back")
    assert refused.value.problem == "own_showroom"
    assert dump_database(counter.store.db_path) == before


@pytest.mark.parametrize(
    "case, expected",
    [
        ("clerk", PermissionDenied),
        ("waiting", "not_unmatched"),
        ("unknown", "no_such_return"),
        ("twice", "settled_already"),
        ("no_product", "product_unknown"),
        ("bad_choice", InvalidInput),
    ],
)
def test_a_refused_settlement_changes_nothing(counter, case, expected):
    if case == "waiting":
        return_id = _held(counter, returns.ReturnRequest("XM-000001"))["XM-000001"]
    elif case == "no_product":
        return_id = _unmatched(counter, sample_id=None, product=None)
    else:
        return_id = _unmatched(counter)
    if case == "twice":
        _settle(counter, return_id, "keep")
    before = dump_database(counter.store.db_path)
    actor = counter.clerk if case == "clerk" else counter.manager
    decision = "throw_away" if case == "bad_choice" else "keep"
    with pytest.raises((ElsewhereRefused, PermissionDenied, InvalidInput)) as refused:
        _settle(counter, str(uuid.uuid4()) if case == "unknown" else return_id, decision, actor)
    if isinstance(expected, str):
        assert isinstance(refused.value, ElsewhereRefused) and refused.value.problem == expected
    else:
        assert isinstance(refused.value, expected)
    assert dump_database(counter.store.db_path) == before


def test_hqs_word_makes_the_lender_known_and_is_kept_once(counter):
    return_id = _unmatched(counter)
    _pull(counter, "return_unmatched", [xiamen_word(return_id, "XM-000001", 9)])  # pulled again: the first stands
    assert rows(counter.store.db_path, "SELECT exception_id FROM return_elsewhere_unmatched") == [
        (str(uuid.UUID(int=321)),)
    ]
    uow = counter.uow()
    with uow.read():
        assert uow.session.query(ShowroomRow).filter_by(code="XM", is_local=False).one().name == "厦门样品间"


def test_a_damaged_held_return_needs_a_photo_which_waits_for_its_sample(counter, tmp_path):
    before = dump_database(counter.store.db_path)
    with pytest.raises(PhotoRefused) as refused:
        returns.check_in(counter.uow(), counter.clerk, [returns.ReturnRequest("XM-000001", "damaged")], now=AT)
    assert refused.value.problem == "required_for_damage_elsewhere" and refused.value.facts["code"] == "XM-000001"
    assert dump_database(counter.store.db_path) == before
    data_dir = counter.store.data_dir
    photo = elsewhere_photos.keep_return_photo(
        counter.uow(), counter.clerk, data_dir, "XM-000001", image_file(tmp_path)
    )
    assert photo.path.is_file() and photo.sample_code == "XM-000001"
    done = returns.check_in(
        counter.uow(), counter.clerk, [returns.ReturnRequest("XM-000001", "damaged", "裂", (photo.id,))], now=AT
    )
    assert done.elsewhere[0].photo_paths == (str(photo.path),)  # printed on the return receipt's damage line
    assert rows(counter.store.db_path, "SELECT count(*) FROM photo") == [(0,)]  # no sample here to be a photo of
    assert "photo.attached@1" not in _types(counter)
    return_id = elsewhere_views.returns_for_others(counter.uow())[0].return_id
    _pull(counter, "return_unmatched", [xiamen_word(return_id, "XM-000001", 1)])
    _settle(counter, return_id, "keep")
    assert _types(counter)[-2:] == ["return_elsewhere.settled@1", "photo.attached@1"]
    [(photo_id, code)] = rows(
        counter.store.db_path, "SELECT p.id, s.code FROM photo p JOIN sample s ON s.id = p.sample_id"
    )
    assert (photo_id, code) == (photo.id, "XM-000001")
    assert rows(counter.store.db_path, "SELECT count(*) FROM return_elsewhere_photo") == [(0,)]


def test_a_photo_of_a_known_loan_travels_with_the_return(counter, tmp_path):
    line = jinan_line(T0)
    _pull(counter, "loan_line", [line])
    data_dir = counter.store.data_dir
    photo = elsewhere_photos.keep_return_photo(
        counter.uow(), counter.clerk, data_dir, "JN-000201", image_file(tmp_path)
    )
    assert photo.loan_number == "JN-L261201001"
    returns.check_in(
        counter.uow(), counter.clerk, [returns.ReturnRequest("JN-000201", "damaged", "", (photo.id,))], now=AT
    )
    assert _types(counter)[-2:] == ["loan.returned_elsewhere@1", "photo.attached@1"]
    (_seq, _kind, payload) = events(counter.store.db_path)[-1]
    assert (payload["sample_id"], payload["code"], payload["kind"]) == (line["sample_id"], "JN-000201", "return")


def test_a_photo_of_this_showrooms_own_sample_is_not_kept_this_way(counter, tmp_path):
    with pytest.raises(UnknownCode):
        elsewhere_photos.keep_return_photo(
            counter.uow(), counter.clerk, counter.store.data_dir, counter.codes[0], image_file(tmp_path)
        )


def _reconciled(return_id: str, code: str) -> dict:
    word = xiamen_word(return_id, code, 1)
    return word | {"return_id": return_id, "loan_id": str(uuid.uuid4()), "number": "XM-L261120001"}


def test_the_photo_of_a_return_hq_matched_is_told_after_the_pull(counter, tmp_path):
    data_dir = counter.store.data_dir
    photo = elsewhere_photos.keep_return_photo(
        counter.uow(), counter.clerk, data_dir, "XM-000001", image_file(tmp_path)
    )
    returns.check_in(counter.uow(), counter.clerk, [returns.ReturnRequest("XM-000001", "damaged", "", (photo.id,))])
    return_id = elsewhere_views.returns_for_others(counter.uow())[0].return_id
    assert elsewhere_photos.tell_matched_photos(counter.uow()) == 0  # HQ has not matched it yet
    _pull(counter, "return_reconciled", [_reconciled(return_id, "XM-000001")])
    assert "photo.attached@1" not in _types(counter)  # a pull records no event...
    assert elsewhere_photos.tell_matched_photos(counter.uow()) == 1  # ...the sync tells it right after
    assert _types(counter)[-1] == "photo.attached@1"
    assert elsewhere_photos.tell_matched_photos(counter.uow()) == 0


def test_a_replayed_photo_whose_sample_a_pull_lays_in_waits_for_that_pull(counter, tmp_path):
    """A counter rebuilt from HQ replays the photo told after HQ's match before it pulls the match again."""
    return_id = _held(counter, returns.ReturnRequest("XM-000001", "good"))["XM-000001"]
    word = _reconciled(return_id, "XM-000001")
    told = PhotoAttached(
        photo_id=str(uuid.uuid4()),
        sha256="a" * 64,
        ext="jpg",
        size=10,
        kind="return",
        sample_id=word["sample_id"],
        code="XM-000001",
        loan_id=None,
        note="",
    )
    uow = counter.uow()
    with uow:
        room = uow.session.query(ShowroomRow).filter_by(is_local=True).one()
        photo_attached(Replaying(uow, room, counter.clerk.id, AT), told)
        uow.commit()
    assert rows(counter.store.db_path, "SELECT told, return_id FROM return_elsewhere_photo") == [(1, return_id)]
    _pull(counter, "return_reconciled", [word])
    before = len(_types(counter))
    assert elsewhere_photos.tell_matched_photos(counter.uow()) == 1
    assert len(_types(counter)) == before  # told already: its row comes back, no second event
    assert rows(counter.store.db_path, "SELECT id FROM photo") == [(told.photo_id,)]


def test_the_lender_learns_its_sample_was_kept_elsewhere_unless_it_lent_it_here(counter):
    ids = dict(rows(counter.store.db_path, "SELECT code, id FROM sample"))
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, [counter.codes[1]], "cash", now=AT)
    settled = [
        {
            "id": str(uuid.uuid4()),
            "sample_id": ids[code],
            "code": code,
            "decision": "keep",
            "lender_code": "CS",
            "at_code": "JN",
            "at_name": "济南样品间",
            "settled_at": AT.isoformat(),
        }
        for code in counter.codes[:2]
    ]
    _pull(counter, "return_settled", settled)
    statuses = dict(rows(counter.store.db_path, "SELECT code, status FROM sample"))
    assert (statuses[counter.codes[0]], statuses[counter.codes[1]]) == ("transferred", "on_loan")
