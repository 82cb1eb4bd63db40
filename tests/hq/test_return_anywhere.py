"""Return anywhere end to end (issue 17 part 3), on HQ's PostgreSQL: Changsha lends two samples and syncs;
Jinan pulls, takes one back at its check-in, syncs; Changsha pulls: its loan line returned with the condition
and Jinan's time, the sample gone to Jinan, and once the loan is all back the deposit owed to the streamer.
A sample Jinan had not heard of is received for another showroom and reconciled by HQ."""

from __future__ import annotations

from sqlalchemy import func, select

from db.elsewhere_models import ForeignLoanLine, ReturnTakenElsewhere
from db.models import DepositEntry, Loan, LoanItem, Sample
from db.photo_models import Photo
from hq.models import NetLoan, NetLoanItem, NetSample
from showroom.services import elsewhere_photos, returns, streamers, transfers
from tests.hq.helpers import hq_events, hq_exceptions
from tests.photo_images import image_file


def _one(room, q):
    uow = room.uow()
    with uow.read():
        return uow.session.execute(q).first()


def test_return_a_changsha_loan_at_jinan(hq, cs_jn, tmp_path):
    cs, jn = cs_jn
    streamer = streamers.register_streamer(cs.uow(), cs.admin, "小美", "13800138000", "douyin", tier="gold").id
    codes = cs.sample_codes[:2]
    loan = cs.lend(streamer, codes)
    cs.sync(hq.transport)
    jn.sync(hq.transport)  # Jinan learns of Changsha's open lines; from here it works offline

    line = returns.scan_for_checkin(jn.uow(), f" {codes[0].lower()}\r\n")
    assert (line.loan_number, line.lender, line.held) == (loan.number, "长沙直播样品间", False)
    assert line.product_name == "长沙特产" and line.streamer_name == ""  # no name of a streamer never served here
    photo = elsewhere_photos.keep_return_photo(jn.uow(), jn.admin, jn.data_dir, codes[0], image_file(tmp_path))
    asked = returns.ReturnRequest(codes[0], "damaged", "外盒压坏", (photo.id,))  # damaged elsewhere: a photo, always
    done = returns.check_in(jn.uow(), jn.admin, [asked])
    assert done.loans == [] and [(r.code, r.number, r.held) for r in done.elsewhere] == [(codes[0], loan.number, False)]
    assert len(done.elsewhere[0].photo_paths) == 1  # printed on the receipt's damage line
    sample = _one(jn, select(Sample.status, Sample.condition_note).where(Sample.code == codes[0]))
    assert tuple(sample) == ("in_stock", "damaged: 外盒压坏")  # Jinan's now, lendable there
    assert [e.type for e in jn.events()][-2:] == ["loan.returned_elsewhere@1", "photo.attached@1"]
    assert _one(jn, select(Photo.id).join(Sample, Sample.id == Photo.sample_id).where(Sample.code == codes[0]))
    jn.sync(hq.transport)
    assert "photo.attached@1" in {e.type for e in hq_events(hq)}  # travels like any photo

    with hq.sessions() as s:
        x = s.scalar(select(NetSample).where(NetSample.code == codes[0]))
        jn_id = s.scalar(select(NetSample.showroom_id).where(NetSample.code == codes[0]))
        assert x.status == "in_stock" and x.current_loan_id is None
        item = s.get(NetLoanItem, (loan.loan_id, x.id))
        assert item.returned_at is not None and s.get(NetLoan, loan.loan_id).closed_at is None  # one still out
        assert jn_id != s.scalar(select(NetSample.showroom_id).where(NetSample.code == codes[1]))

    cs.sync(hq.transport)  # Changsha learns of the return
    returned = _one(
        cs, select(LoanItem.returned_at, LoanItem.return_condition).join(Sample).where(Sample.code == codes[0])
    )
    assert returned.returned_at is not None and returned.return_condition == "damaged"
    assert _one(cs, select(Sample.status).where(Sample.code == codes[0]))[0] == "transferred"
    assert "loan.returned_elsewhere@1" not in {e.type for e in cs.events()}  # the pull recorded nothing

    # the second sample also comes back at Jinan: Changsha's loan closes, its deposit owed to the streamer
    returns.check_in(jn.uow(), jn.admin, [returns.ReturnRequest(codes[1])])
    jn.sync(hq.transport)
    cs.sync(hq.transport)
    closed = _one(cs, select(Loan.closed_at, Loan.deposit_fen).where(Loan.id == loan.loan_id))
    assert closed.closed_at is not None
    owed = _one(
        cs,
        select(func.sum(DepositEntry.amount_fen)).where(
            DepositEntry.loan_id == loan.loan_id, DepositEntry.kind == "owe"
        ),
    )
    assert owed[0] == closed.deposit_fen > 0
    with hq.sessions() as s:
        assert s.get(NetLoan, loan.loan_id).closed_at is not None
    assert hq_exceptions(hq) == []
    assert _one(jn, select(func.count()).select_from(ForeignLoanLine))[0] == 0  # both lines closed at HQ


def test_a_sample_not_yet_heard_of_is_received_for_another_showroom(hq, cs_jn, tmp_path):
    cs, jn = cs_jn
    streamer = cs.register("小美", "13800138000")
    code = cs.sample_codes[0]
    loan = cs.lend(streamer, [code])
    cs.sync(hq.transport)  # Jinan does not pull: it has not heard of the loan

    line = returns.scan_for_checkin(jn.uow(), code)
    assert line.held and line.lender == "CS" and line.loan_number == ""
    photo = elsewhere_photos.keep_return_photo(jn.uow(), jn.admin, jn.data_dir, code, image_file(tmp_path))
    done = returns.check_in(jn.uow(), jn.admin, [returns.ReturnRequest(code, "damaged", "", (photo.id,))])
    assert [(r.code, r.held) for r in done.elsewhere] == [(code, True)]
    assert _one(jn, select(Sample.id).where(Sample.code == code)) is None  # not in Jinan's stock: not lent there
    assert "photo.attached@1" not in {e.type for e in jn.events()}  # its photo waits for the sample
    jn.sync(hq.transport)  # HQ matches it to Changsha's open loan; Jinan's pull lays it in
    assert _one(jn, select(Sample.status).where(Sample.code == code))[0] == "in_stock"
    assert _one(jn, select(ReturnTakenElsewhere.state, ReturnTakenElsewhere.number))[:] == ("taken", loan.number)
    assert [e.type for e in jn.events()][-1] == "photo.attached@1"  # told right after the pull...
    jn.sync(hq.transport)
    assert "photo.attached@1" in {e.type for e in hq_events(hq)}  # ...and sent with the next sync
    cs.sync(hq.transport)
    assert _one(cs, select(Sample.status).where(Sample.code == code))[0] == "transferred"
    assert _one(cs, select(Loan.closed_at).where(Loan.id == loan.loan_id))[0] is not None


def test_a_return_hq_cannot_match_is_an_exception_both_showrooms_see(hq, cs_jn):
    cs, jn = cs_jn
    code = cs.sample_codes[0]  # in Changsha's stock, never lent
    cs.sync(hq.transport)
    returns.check_in(jn.uow(), jn.admin, [returns.ReturnRequest(code)])
    jn.sync(hq.transport)
    [exc] = hq_exceptions(hq)
    assert exc.kind == "return_elsewhere_unmatched" and set(exc.showroom_codes.split(",")) == {"CS", "JN"}
    with hq.sessions() as s:  # the sample is at Jinan: HQ never rejects a physical fact
        jn_room = s.scalar(select(NetSample.showroom_id).where(NetSample.code == cs.sample_codes[1]))
        assert s.scalar(select(NetSample.showroom_id).where(NetSample.code == code)) != jn_room
    cs.sync(hq.transport)
    assert cs.status().exceptions == 1 and jn.status().exceptions == 1


def test_a_sample_sent_to_jinan_and_lent_there_comes_back_at_changsha(hq, cs_jn):
    cs, jn = cs_jn
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    code = cs.sample_codes[0]
    slip = transfers.send_transfer(cs.uow(), cs.admin, "JN", [code])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    transfers.receive_transfer(jn.uow(), jn.admin, slip.summary.id, [code])
    streamer = streamers.register_streamer(jn.uow(), jn.admin, "小丽", "13900139000", "douyin", tier="gold").id
    loan = jn.lend(streamer, [code])
    jn.sync(hq.transport)
    cs.sync(hq.transport)  # Changsha's copy says `transferred`; the pulled line says Jinan has it out

    line = returns.scan_for_checkin(cs.uow(), code)
    assert (line.loan_number, line.held) == (loan.number, False)
    returns.check_in(cs.uow(), cs.admin, [returns.ReturnRequest(code)])
    assert _one(cs, select(Sample.status).where(Sample.code == code))[0] == "in_stock"
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert _one(jn, select(Sample.status).where(Sample.code == code))[0] == "transferred"
    assert _one(jn, select(Loan.closed_at).where(Loan.id == loan.loan_id))[0] is not None
    assert hq_exceptions(hq) == []


def test_a_line_returned_at_its_own_counter_leaves_the_other_counters(hq, cs_jn):
    cs, jn = cs_jn
    streamer = cs.register("小美", "13800138000")
    code = cs.sample_codes[0]
    cs.lend(streamer, [code])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    [line] = _one(jn, select(ForeignLoanLine.code))
    assert line == code
    assert len(_one(jn, select(ForeignLoanLine.phone_hash))[0]) == 32  # recognising them, no name, no phone
    cs.give_back([code])
    cs.sync(hq.transport)
    jn.sync(hq.transport)
    assert _one(jn, select(func.count()).select_from(ForeignLoanLine))[0] == 0
    assert _one(cs, select(func.count()).select_from(ForeignLoanLine))[0] == 0  # its own lines are its loans
