"""Every use case that records an event, driven once through the real services at fixed times.

Starts from the `counter` fixture (set-up, staff, merchant, product, intake and a streamer already in
its outbox) and adds every other kind of fact, each variant of a payload included: a loan with a planned
date, a signature and a manager's override; returns that close a loan; losses settled both ways; an
automatic suspension; a blacklist and its lifting; the staff administration; tier terms; the HQ address;
transfers, returns anywhere, and short samples of transfers settled afterwards.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime, timedelta

import pytest

from db.sync_models import SyncState
from kernel.events import SentSample, TransferredProduct, TransferSent
from showroom.domain.errors import AccountLocked, LoginFailed
from showroom.services import (
    auto_loss,
    catalog,
    checkout,
    found_again,
    merchant_returns,
    overdue,
    owed,
    parcel_steps,
    reminders,
    staff,
    staff_admin,
    stocktake,
    streamers,
    tier_policies,
    transfers,
)
from showroom.services.delivery_address import DeliveryAddress, set_delivery_address
from showroom.services.hq_address import change_hq_address
from showroom.services.mailing import ParcelRequest, mail_out
from showroom.services.photos import attach_photo
from showroom.services.returns import ReturnRequest, check_in, declare_lost, extend_due_date
from showroom.services.views import Override
from showroom.sync.transfers_pull import apply_showrooms, apply_transfers
from tests.conftest import T0, Counter
from tests.integration.elsewhere_walk import returns_elsewhere
from tests.integration.shortfall_walk import shortfalls
from tests.photo_images import image_file

SHORTFALLS_START = T0 + timedelta(days=84)  # the walk's short samples (shortfall_walk.py)
SIGNATURE = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def walk(counter: Counter) -> None:
    uow, clerk, manager, admin, codes = counter.uow, counter.clerk, counter.manager, counter.admin, counter.codes
    merchant = catalog.create_merchant(uow(), clerk, "三只松鼠", contact="王经理", phone="139 0000 1111", now=at(1))
    nuts = catalog.create_product(
        uow(),
        clerk,
        merchant.id,
        "松子 200g",
        retail_price_fen=5900,
        live_price_fen=3900,
        commission_bp=1500,
        sample_value_fen=3000,
        brand="三只松鼠",
        category="食品",
        spec="200g",
        now=at(2),
    )
    more = catalog.receive_samples(uow(), clerk, nuts.id, 3, shelf="B-02", note="第一批", now=at(3)).codes
    newcomer = streamers.register_streamer(uow(), clerk, "阿强", "13900139000", "kuaishou", "@aq", now=at(4)).id

    # a loan with every optional part, then one under a manager's override
    checkout.check_out(
        uow(),
        clerk,
        counter.streamer_id,
        codes[0:2],
        "cash",
        planned_stream_date=date(2026, 11, 22),
        signature_png=SIGNATURE,
        now=at(5),
    )
    streamers.set_streamer_tier(uow(), manager, newcomer, "silver", "好记录", now=at(6))
    streamers.block_streamer(uow(), manager, counter.streamer_id, "逾期两次", now=at(7))
    override = Override("李经理", "2222", "老主播，已联系经纪人")
    loan_b = checkout.check_out(uow(), clerk, counter.streamer_id, [codes[2]], "wechat", override=override, now=at(8))
    streamers.unblock_streamer(uow(), manager, counter.streamer_id, "已沟通", now=at(9))

    # returns: one loan closes (a refund), the other ends in a loss against its deposit
    check_in(uow(), clerk, [ReturnRequest(codes[0]), ReturnRequest(codes[1], "damaged", "表带断了")], now=at(10))
    declare_lost(uow(), manager, codes[2], "forfeit_deposit", "未归还", now=at(11))
    loan_c = checkout.check_out(uow(), clerk, newcomer, [codes[3], more[0]], "alipay", now=at(12))
    extend_due_date(uow(), manager, loan_c.number, date(2026, 12, 5), "直播改期", now=at(13))
    reminders.log_reminder(uow(), clerk, newcomer, "phone", "promised", "周五还", loan_number=loan_c.number, now=at(14))
    reminders.log_reminder(uow(), clerk, newcomer, "wechat", "no_answer", now=at(15))
    check_in(uow(), clerk, [ReturnRequest(codes[3], "parts_missing", "少了盒子")], now=at(16))
    # the loss closes the loan without the streamer: the deposit it holds is owed, and paid on their visit
    declare_lost(uow(), manager, more[0], "charge", "摔坏了", charge_method="wechat", now=at(17))
    owed.pay_owed(uow(), clerk, newcomer, "cash", now=at(17) + timedelta(seconds=30))

    # a streamer so late that their tier suspends them automatically; a blacklist and its lifting
    checkout.check_out(uow(), clerk, counter.streamer_id, [codes[4]], "cash", now=at(18))
    assert overdue.enforce_suspensions(uow(), now=T0 + timedelta(days=40)) == ["小美"]
    later = T0 + timedelta(days=40, minutes=1)
    streamers.block_streamer(uow(), manager, newcomer, "冒用他人身份", blacklist=True, now=later)
    streamers.unblock_streamer(uow(), admin, newcomer, "HQ 核实无误", now=later + timedelta(minutes=1))
    merchant_returns.return_to_merchant(
        uow(), manager, [codes[5], more[1]], "换季退回", now=later + timedelta(minutes=2)
    )
    _staff_administration(counter)

    policies = tier_policies.read_tier_policies(uow())
    tier_policies.save_tier_policies(uow(), manager, [dataclasses.replace(policies[1], loan_days=6)], now=at(60))
    with uow() as u:  # the sync state as enrolment leaves it (enrolment itself needs an HQ: tests/hq)
        u.session.add(
            SyncState(
                id=1,
                hq_url="http://old-hq:8400",
                device_id="d-1",
                showroom_code="CS",
                cursor=0,
                enrolled_at=T0,
                last_error_detail="",
            )
        )
        u.commit()
    change_hq_address(uow(), manager, "new-hq.example.com:8400", now=at(61))
    tier_policies.save_showroom_settings(
        uow(), manager, {}, [dataclasses.replace(policies[0], deposit_rule="none")], hq_url="hq.example.com", now=at(62)
    )
    _stocktakes(counter, more)
    _automatic_losses(counter, newcomer)
    _photos(counter, more)
    _mailing(counter, newcomer)
    _transfers(counter)
    returns_elsewhere(counter, T0 + timedelta(days=81))
    shortfalls(counter, SHORTFALLS_START)
    assert loan_b.number


def _photos(counter: Counter, more: list[str]) -> None:
    """A photo at intake (no loan); silver then needs a photo of damage, and a damaged return (the sample whose
    automatic loss was reversed) carries one."""
    uow, clerk, data_dir, codes = counter.uow, counter.clerk, counter.store.data_dir, counter.codes
    camera = data_dir.parent / "camera"
    camera.mkdir(exist_ok=True)
    start = T0 + timedelta(days=70)
    attach_photo(uow(), clerk, data_dir, more[2], "intake", image_file(camera, "a.png", "PNG"), now=start)
    silver = next(p for p in tier_policies.read_tier_policies(uow()) if p.tier == "silver")
    tier_policies.save_tier_policies(
        uow(), counter.manager, [dataclasses.replace(silver, photo_required_for_damage=True)], now=start
    )
    shot = image_file(camera, "b.jpg", colour=(0, 90, 200))
    photo = attach_photo(uow(), clerk, data_dir, codes[0], "return", shot, note="盒角压痕", now=start)
    check_in(uow(), clerk, [ReturnRequest(codes[0], "damaged", "盒角压痕", photo_ids=(photo.id,))], now=start)


def _mailing(counter: Counter, streamer_id: str) -> None:
    """A parcel of two samples to a streamer in Guangzhou: the address entered, then verified; delivered by the
    waybill scanned again; one sample posted back and taken in, then the other by a second parcel."""
    uow, clerk, codes = counter.uow, counter.clerk, counter.codes
    start = T0 + timedelta(days=80)
    silver = next(p for p in tier_policies.read_tier_policies(uow()) if p.tier == "silver")
    terms = dict(may_post=True, post_limit=4, post_days=7, return_transit_days=3)
    tier_policies.save_tier_policies(uow(), counter.manager, [dataclasses.replace(silver, **terms)], now=start)
    address = DeliveryAddress("阿强", "13900139000", "广东省", "广州市", "天河区体育西路 100 号")
    set_delivery_address(uow(), clerk, streamer_id, address, False, now=start)
    set_delivery_address(uow(), clerk, streamer_id, address, True, now=start + timedelta(minutes=1))
    request = ParcelRequest(streamer_id, [codes[0], codes[3]], "sf", "SF1428574306421", "alipay", "2026120622001")
    sent = mail_out(uow(), clerk, request, now=start + timedelta(minutes=2))
    parcel_steps.scan_waybill(uow(), clerk, "SF1428574306421", now=start + timedelta(days=2))
    parcel_steps.record_return_shipped(
        uow(), clerk, sent.number, "yto", "YT7521834502934", now=start + timedelta(days=8)
    )
    check_in(uow(), clerk, [ReturnRequest(codes[0])], now=start + timedelta(days=10))
    parcel_steps.record_return_shipped(
        uow(), clerk, sent.number, "ems", "EA123456785CN", now=start + timedelta(days=11)
    )
    check_in(uow(), clerk, [ReturnRequest(codes[3])], now=start + timedelta(days=13))


def _automatic_losses(counter: Counter, streamer_id: str) -> None:
    """Silver loses after 5 days late: two samples are declared lost by the counter; one loss is reversed, the
    other confirmed (the deposit kept)."""
    uow, clerk, manager, codes = counter.uow, counter.clerk, counter.manager, counter.codes
    start = T0 + timedelta(days=50)
    silver = next(p for p in tier_policies.read_tier_policies(uow()) if p.tier == "silver")
    tier_policies.save_tier_policies(uow(), manager, [dataclasses.replace(silver, lose_after_days_late=5)], now=start)
    loan = checkout.check_out(uow(), clerk, streamer_id, [codes[0], codes[2]], "cash", now=start)
    late = loan.due_at + timedelta(days=6)
    assert sorted(auto_loss.enforce_losses(uow(), now=late)) == sorted([codes[0], codes[2]])
    auto_loss.reverse_automatic_loss(uow(), manager, codes[0], "主播已寄回", now=late + timedelta(minutes=1))
    auto_loss.confirm_automatic_loss(uow(), manager, codes[2], "联系不上", now=late + timedelta(minutes=2))


def _stocktakes(counter: Counter, more: list[str]) -> None:
    """A count of shelf A-01 meeting every kind of find, each settled, two samples missing; then a count of the
    whole showroom that finds one of them and is abandoned."""
    uow, clerk, manager, codes = counter.uow, counter.clerk, counter.manager, counter.codes
    count = stocktake.start_stocktake(uow(), manager, ["A-01"], now=at(63))
    found = [codes[0], codes[4], codes[2], "JN-000001", "CS-999999", more[2], codes[5]]
    for i, code in enumerate(found):  # found, on loan, lost, another city's, no such sample, wrong shelf, gone
        stocktake.count_code(uow(), clerk, count.id, code, shelf="A-01", now=at(64) + timedelta(seconds=i))
    settled = [
        (codes[4], "returned", "在货架上找到"),
        (codes[2], "back_in_stock", ""),
        ("JN-000001", "left", "交给济南"),
        ("CS-999999", "left", "标签错印，已销毁"),
        (more[2], "moved", ""),
        (codes[5], "left", "商家已取回，标签未撕"),
    ]
    for i, (code, how, note) in enumerate(settled):
        stocktake.settle_find(uow(), manager, count.id, code, how, note, now=at(65) + timedelta(seconds=i))
    stocktake.finish_stocktake(uow(), manager, count.id, now=at(66))
    second = stocktake.start_stocktake(uow(), manager, now=at(67))
    stocktake.count_code(uow(), clerk, second.id, codes[1], now=at(68))
    stocktake.abandon_stocktake(uow(), manager, second.id, "盘到一半停电", now=at(69))
    found_again.put_back_found(uow(), manager, codes[3], "A-02", "在仓库找到", now=at(70))


def _transfers(counter: Counter) -> None:
    """Two transfers sent to Jinan (known by a pull): one called back, one still in transit; and one from Jinan
    received here, a sample damaged, one short and a code the slip did not list."""
    uow, clerk, manager = counter.uow, counter.clerk, counter.manager
    start = T0 + timedelta(days=80)
    merchant = catalog.create_merchant(uow(), clerk, "调拨商家", now=start)
    product = catalog.create_product(
        uow(),
        clerk,
        merchant.id,
        "调拨样品",
        retail_price_fen=100,
        live_price_fen=90,
        commission_bp=0,
        sample_value_fen=50,
        now=start,
    )
    mine = catalog.receive_samples(uow(), clerk, product.id, 3, shelf="T-01", now=start).codes
    with uow() as u:
        apply_showrooms(u, [{"code": "JN", "name": "济南样品间"}])
        u.commit()
    first = transfers.send_transfer(uow(), manager, "JN", mine[:2], note="春季", now=start + timedelta(minutes=1))
    transfers.cancel_transfer(uow(), manager, first.summary.id, "发错了", now=start + timedelta(minutes=2))
    transfers.send_transfer(uow(), manager, "JN", mine[2:], now=start + timedelta(minutes=3))
    incoming = incoming_transfer(product, start)
    with uow() as u:
        apply_transfers(u, "CS", [incoming])
        u.commit()
    codes = [x["code"] for x in incoming["lines"]]
    transfers.receive_transfer(
        uow(),
        clerk,
        incoming["id"],
        [codes[0], codes[1], "JN-000099"],
        damaged={codes[1]: "外盒压坏"},
        now=start + timedelta(minutes=5),
    )


def incoming_transfer(product, start: datetime) -> dict:
    """A transfer from Jinan to this showroom as HQ's change log carries it (hq/transfer_projections.py)."""
    sent = TransferSent(
        transfer_id="5e7d0c2a-0000-4000-8000-00000000a001",
        number="JN-T261206001",
        to_showroom="CS",
        to_name="长沙",
        sent_by="济南店长",
        note="",
        products=[
            TransferredProduct(
                product_id=str(uuid.UUID(int=7)),
                merchant_id=str(uuid.UUID(int=8)),
                merchant_name="济南商家",
                name="济南特产",
                brand="",
                category="",
                spec="",
                retail_price_fen=200,
                live_price_fen=150,
                commission_bp=100,
                sample_value_fen=80,
                ean=None,
            )
        ],
        samples=[
            SentSample(sample_id=str(uuid.UUID(int=100 + i)), code=f"JN-00000{i}", product_id=str(uuid.UUID(int=7)))
            for i in range(1, 4)
        ],
    ).to_payload()
    return {
        "id": sent["transfer_id"],
        "number": sent["number"],
        "from_code": "JN",
        "from_name": "济南样品间",
        "to_code": "CS",
        "to_name": "长沙",
        "state": "sent",
        "sent_at": (start + timedelta(minutes=4)).isoformat(),
        "sent_by": "济南店长",
        "received_at": None,
        "received_by": "",
        "ended_at": None,
        "note": "",
        "reason": "",
        "products": sent["products"],
        "lines": [x | {"outcome": "", "note": ""} for x in sent["samples"]],
    }


def _staff_administration(counter: Counter) -> None:
    uow, admin = counter.uow, counter.admin
    helper = staff.create_staff(uow(), admin, "小李", "clerk", "3333", now=at(30))
    staff_admin.change_role(uow(), admin, helper.id, "manager", now=at(31))
    staff_admin.set_active(uow(), admin, helper.id, False, now=at(32))
    staff_admin.set_active(uow(), admin, helper.id, True, now=at(33))
    for n in range(5):  # five wrong PINs in a row lock the account: the fifth writes staff.locked
        with pytest.raises((LoginFailed, AccountLocked)):
            staff.login(uow(), "小李", "000000", now=at(34 + n))
    staff_admin.unlock(uow(), admin, helper.id, now=at(40))
    for n in range(5):  # the same through the override box at the counter
        staff.record_failed_override(uow(), "小李", "000000", now=at(41 + n))
    staff_admin.reset_pin(uow(), admin, helper.id, "4444", now=at(50))
