"""Check-out: a basket of samples to one streamer, due date and deposit from policy, one loan."""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from db.models import DepositEntry, Loan, LoanItem, Merchant, Product, Sample, SampleMovement, Staff, Streamer
from db.uow import UnitOfWork
from showroom.domain.codes import clean_scan, loan_number, loan_series, scanned_codes
from showroom.domain.errors import (Block, InvalidInput, NotFound, OverrideRefused,
                                    SampleAlreadyInBasket, SampleNotInStock, StreamerBlocked)
from showroom.domain.model import DepositKind, DepositMethod, MovementKind, Role, SampleStatus
from showroom.domain.policy import TierPolicy, checkout_blocks, deposit_for, due_at
from showroom.services.common import (Actor, acting_staff, local_showroom, local_tz, next_number,
                                      resolve_now)
from showroom.services.overdue import enforce_suspensions
from showroom.services.records import (get_streamer, holdings, lending_policy, open_item_of, sample_by_code,
                                       samples_by_codes, standing)
from showroom.services.staff import override_pins_counted, verify_manager
from showroom.services.views import BasketLine, CheckoutQuote, LoanReceipt, Override, ReceiptLine

MAX_SIGNATURE_BYTES = 512 * 1024


def _refuse_unless_lendable(uow: UnitOfWork, sample: Sample) -> None:
    if sample.status == SampleStatus.IN_STOCK.value:
        return
    item = open_item_of(uow, sample.id) if sample.status == SampleStatus.ON_LOAN.value else None
    if item is None:
        raise SampleNotInStock(sample.code, sample.status)
    holder = uow.session.get(Streamer, item.loan.streamer_id)
    raise SampleNotInStock(sample.code, sample.status, holder.name, holder.phone, item.out_at,
                           item.loan.number)


def scan_for_checkout(uow: UnitOfWork, code: str, basket: list[str] = ()) -> BasketLine:
    """Checks one scanned sample at once: unknown, already in the basket, not in stock (and who has it)."""
    code = clean_scan(code)
    if code in {clean_scan(c) for c in basket}:
        raise SampleAlreadyInBasket(code)
    # The counter's hot path: one joined query for a sample in stock; the ORM only to explain a refusal.
    q = (select(Sample.id, Sample.code, Sample.status, Sample.shelf, Product.name, Merchant.name,
                Product.sample_value_fen)
         .join(Product, Sample.product_id == Product.id).join(Merchant, Product.merchant_id == Merchant.id)
         .where(Sample.code == code))
    with uow.read():
        row = uow.session.execute(q).one_or_none()
        if row is None or row.status != SampleStatus.IN_STOCK.value:
            _refuse_unless_lendable(uow, sample_by_code(uow, code))
        sample_id, code, _status, shelf, product, merchant, value = row
        return BasketLine(sample_id=sample_id, code=code, product_name=product, merchant_name=merchant,
                          value_fen=value, shelf=shelf)


def _blocks(uow: UnitOfWork, streamer: Streamer, basket_size: int, deposit_fen: int, method: str | None,
            now, policy: TierPolicy) -> list[Block]:
    lines = holdings(uow, streamer.id, now, local_tz(uow))
    blocks = checkout_blocks(standing(streamer, lines, now), policy, basket_size)
    if method == DepositMethod.WAIVED.value and deposit_fen > 0:
        blocks.append(Block("deposit_waived", overridable=True, count=deposit_fen))
    return blocks


def quote_checkout(uow: UnitOfWork, streamer_id: str, codes: list[str],
                   planned_stream_date: date | None = None, method: str | None = None,
                   now=None) -> CheckoutQuote:
    """What confirming would mean: due date, deposit, and any blocks. Changes nothing."""
    now = resolve_now(now)
    enforce_suspensions(uow, now, [streamer_id])   # a tier's automatic block shows before confirming
    with uow.read():
        streamer = get_streamer(uow, streamer_id)
        policy = lending_policy(uow, streamer, now)
        values = [sample_by_code(uow, c).product.sample_value_fen for c in codes]
        deposit = deposit_for(policy, values)
        return CheckoutQuote(due_at=due_at(now, policy, local_tz(uow), planned_stream_date),
                             deposit_fen=deposit,
                             blocks=_blocks(uow, streamer, len(codes), deposit, method, now, policy))


def _authorise(uow: UnitOfWork, override: Override | None, blocks: list[Block], streamer: Streamer,
               now) -> Staff | None:
    if not blocks:
        return None
    if override is None or not all(b.overridable for b in blocks):
        raise StreamerBlocked(streamer.name, blocks)
    if not (override.reason or "").strip():
        raise OverrideRefused("reason_required")
    manager = verify_manager(uow, override.manager_name, override.pin, now=now)
    if manager is None:
        raise OverrideRefused("wrong_pin")
    return manager


def check_out(uow: UnitOfWork, actor: Actor, streamer_id: str, codes: list[str], deposit_method: str,
              *, planned_stream_date: date | None = None, signature_png: bytes | None = None,
              override: Override | None = None, now=None) -> LoanReceipt:
    now = resolve_now(now)
    codes = scanned_codes(codes)
    try:
        method = DepositMethod(deposit_method).value
    except ValueError:
        raise InvalidInput("deposit_method", "unknown_method", deposit_method) from None
    if signature_png is not None and len(signature_png) > MAX_SIGNATURE_BYTES:
        raise InvalidInput("signature", "too_large")
    # The tier's automatic suspension is kept even when this check-out is then refused for it.
    enforce_suspensions(uow, now, [streamer_id])
    # a wrong override PIN rolls this transaction back; it is recorded and counted after, in its own
    with override_pins_counted(uow, override, now), uow:
        staff = acting_staff(uow, actor, Role.CLERK, "check_out")
        streamer = get_streamer(uow, streamer_id)
        samples = samples_by_codes(uow, codes)   # one query for the basket, product and merchant included
        for sample in samples:
            _refuse_unless_lendable(uow, sample)
        tz = local_tz(uow)
        policy = lending_policy(uow, streamer, now)
        deposit = deposit_for(policy, [s.product.sample_value_fen for s in samples])
        blocks = _blocks(uow, streamer, len(samples), deposit, method, now, policy)
        manager = _authorise(uow, override, blocks, streamer, now)
        due = due_at(now, policy, tz, planned_stream_date)
        room = local_showroom(uow)
        day = now.astimezone(tz).date()
        collected = 0 if method == DepositMethod.WAIVED.value else deposit
        loan = Loan(number=loan_number(room.code, day, next_number(uow, loan_series(day))),
                    streamer_id=streamer.id, staff_id=staff.id, showroom_id=room.id, opened_at=now,
                    due_at=due, planned_stream_date=planned_stream_date, deposit_fen=collected,
                    deposit_method=method, signature_png=signature_png,
                    override_by=manager.id if manager else None,
                    override_reason=override.reason.strip() if manager else "")
        uow.session.add(loan)
        uow.session.flush()
        for pos, sample in enumerate(samples):
            uow.session.add(LoanItem(loan_id=loan.id, sample_id=sample.id, position=pos,
                                     value_fen=sample.product.sample_value_fen, out_at=now))
            sample.status = SampleStatus.ON_LOAN.value
            uow.session.add(SampleMovement(sample_id=sample.id, kind=MovementKind.CHECKED_OUT.value, at=now,
                                           staff_id=staff.id, loan_id=loan.id, streamer_id=streamer.id,
                                           detail=loan.number))
        uow.session.add(DepositEntry(loan_id=loan.id, streamer_id=streamer.id, kind=DepositKind.COLLECT.value,
                                     amount_fen=collected, method=method, staff_id=staff.id, at=now,
                                     note=f"waived {deposit}" if collected != deposit else ""))
        uow.record_event("loan.checked_out@1", {
            "loan_id": loan.id, "number": loan.number, "streamer_id": streamer.id,
            "streamer_phone": streamer.phone, "showroom_id": room.id, "due_at": due.isoformat(),
            "deposit_fen": collected, "deposit_method": method, "policy_deposit_fen": deposit,
            "opened_at": now.isoformat(), "staff_id": staff.id, "tier": streamer.tier,
            "planned_stream_date": planned_stream_date.isoformat() if planned_stream_date else None,
            "has_signature": signature_png is not None,
            "samples": [{"sample_id": s.id, "code": s.code, "value_fen": s.product.sample_value_fen}
                        for s in samples],
            "override": {"manager_id": manager.id, "reason": loan.override_reason,
                         "blocks": [b.kind for b in blocks]} if manager else None,
        }, staff_id=staff.id, at=now)
        receipt = _receipt(uow, loan)
        uow.commit()
        return receipt


def loan_receipt(uow: UnitOfWork, number: str) -> LoanReceipt:
    """Rebuilds a check-out receipt for reprinting."""
    with uow.read():
        loan = uow.session.scalar(select(Loan).where(Loan.number == clean_scan(number)))
        if loan is None:
            raise NotFound("loan", number)
        return _receipt(uow, loan)


def _receipt(uow: UnitOfWork, loan: Loan) -> LoanReceipt:
    streamer = uow.session.get(Streamer, loan.streamer_id)
    staff = uow.session.get(Staff, loan.staff_id)
    manager = uow.session.get(Staff, loan.override_by) if loan.override_by else None
    items = uow.session.scalars(select(LoanItem).where(LoanItem.loan_id == loan.id)
                                .order_by(LoanItem.position)).all()
    return LoanReceipt(
        loan_id=loan.id, number=loan.number, showroom_name=local_showroom(uow).name,
        streamer_name=streamer.name, streamer_phone=streamer.phone, member_code=streamer.member_code,
        staff_name=staff.name, opened_at=loan.opened_at, due_at=loan.due_at, deposit_fen=loan.deposit_fen,
        deposit_method=loan.deposit_method,
        lines=[ReceiptLine(i.sample.code, i.sample.product.name, i.sample.product.merchant.name, i.value_fen)
               for i in items],
        override_by=manager.name if manager else None, override_reason=loan.override_reason,
        signature_png=loan.signature_png)
