"""Check-out: a basket of samples to one streamer, due date and deposit from policy, one loan."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select

from db.models import Loan, LoanItem, Merchant, Product, Sample, Staff, Streamer
from db.uow import UnitOfWork
from showroom.domain.codes import clean_scan, scanned_codes
from showroom.domain.errors import (
    Block,
    InvalidInput,
    NotFound,
    OverrideRefused,
    SampleAlreadyInBasket,
    SampleNotInStock,
    StreamerBlocked,
    UnknownCode,
)
from showroom.domain.model import DepositMethod, Role, SampleStatus
from showroom.domain.policy import (
    DepositCalculation,
    TierPolicy,
    calculate_deposit,
    checkout_blocks,
    deposit_calculation,
    due_at,
    with_network,
)
from showroom.domain.text import entered_text
from showroom.services.changes import Topic, changes
from showroom.services.common import Actor, acting_staff, local_showroom, local_tz, resolve_now
from showroom.services.network_standing import network_standing
from showroom.services.new_loan import loan_event, new_receipt, numbered_loan, write_loan
from showroom.services.overdue import enforce_suspensions
from showroom.services.records import get_streamer, holdings, lending_policy, open_item_of, sample_by_code, standing
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
    raise SampleNotInStock(sample.code, sample.status, holder.name, holder.phone, item.out_at, item.loan.number)


def scan_for_checkout(uow: UnitOfWork, code: str, basket: list[str] = ()) -> BasketLine:
    """Checks one scanned sample at once: unknown, already in the basket, not in stock (and who has it)."""
    code = clean_scan(code)
    if code in {clean_scan(c) for c in basket}:
        raise SampleAlreadyInBasket(code)
    with uow.read():
        return _basket(uow, [code])[0]  # the counter's hot path: one joined query


def _basket(uow: UnitOfWork, codes: list[str]) -> list[BasketLine]:
    """The basket in one joined query of plain columns; the first unknown code, then the first sample not
    in stock, refuses (the ORM only to explain that refusal)."""
    q = (
        select(
            Sample.id, Sample.code, Sample.status, Sample.shelf, Product.name, Merchant.name, Product.sample_value_fen
        )
        .join(Product, Sample.product_id == Product.id)
        .join(Merchant, Product.merchant_id == Merchant.id)
        .where(Sample.code.in_(codes))
    )
    found = {row.code: row for row in uow.session.execute(q)}
    for code in codes:
        if code not in found:
            raise UnknownCode(code)
    for code in codes:
        if found[code].status != SampleStatus.IN_STOCK.value:
            _refuse_unless_lendable(uow, sample_by_code(uow, code))
    return [
        BasketLine(sample_id=r[0], code=r[1], product_name=r[4], merchant_name=r[5], value_fen=r[6], shelf=r[3])
        for r in (found[c] for c in codes)
    ]


def _blocks(
    uow: UnitOfWork,
    streamer: Streamer,
    basket_size: int,
    deposit_fen: int,
    method: str | None,
    now,
    policy: TierPolicy,
    tz,
) -> list[Block]:
    lines = holdings(uow, streamer.id, now, tz)
    network = network_standing(uow, streamer.phone, now)  # what other showrooms hold against them
    blocks = checkout_blocks(with_network(standing(streamer, lines, now), network), policy, basket_size)
    if method == DepositMethod.WAIVED.value and deposit_fen > 0:
        blocks.append(Block("deposit_waived", overridable=True, count=deposit_fen))
    return blocks


def quote_checkout(
    uow: UnitOfWork,
    streamer_id: str,
    codes: list[str],
    planned_stream_date: date | None = None,
    method: str | None = None,
    now: datetime | None = None,
) -> CheckoutQuote:
    """What confirming would mean: due date, deposit, and any blocks. One read transaction; writes nothing.

    A tier's automatic suspension is a use case of its own (overdue.enforce_suspensions): the counter runs
    it for the streamer before it asks for quotes (ui.widgets.checkout_terms), and check_out runs it again."""
    now = resolve_now(now)
    with uow.read():
        streamer = get_streamer(uow, streamer_id)
        policy = lending_policy(uow, streamer, now)
        values = [sample_by_code(uow, c).product.sample_value_fen for c in codes]
        calc = deposit_calculation(policy, values)
        tz = local_tz(uow)
        return CheckoutQuote(
            due_at=due_at(now, policy, tz, planned_stream_date),
            deposit_fen=calc.deposit_fen,
            deposit=calc,
            blocks=_blocks(uow, streamer, len(codes), calc.deposit_fen, method, now, policy, tz),
        )


def _authorise(
    uow: UnitOfWork, override: Override | None, blocks: list[Block], streamer: Streamer, now
) -> Staff | None:
    if not blocks:
        return None
    if override is None or not all(b.overridable for b in blocks):
        raise StreamerBlocked(streamer.name, blocks)
    if not (override.reason or "").strip():
        raise OverrideRefused("reason_required")
    entered_text("reason", override.reason, 300)  # recorded on the loan and its event
    manager = verify_manager(uow, override.manager_name, override.pin, now=now)
    if manager is None:
        raise OverrideRefused("wrong_pin")
    return manager


@changes(Topic.SAMPLES, Topic.LOANS, Topic.STREAMERS)
def check_out(
    uow: UnitOfWork,
    actor: Actor,
    streamer_id: str,
    codes: list[str],
    deposit_method: str,
    *,
    planned_stream_date: date | None = None,
    signature_png: bytes | None = None,
    override: Override | None = None,
    now: datetime | None = None,
) -> LoanReceipt:
    """Lends the basket. Up to three transactions: the streamer's automatic suspension first
    (overdue.enforce_suspensions: it stands even when this check-out is then refused for it), then the loan
    with its rows and events in one; a wrong override PIN rolls that back and is then recorded and counted
    in a transaction of its own (staff.override_pins_counted)."""
    now = resolve_now(now)
    codes = scanned_codes(codes)
    method = _checked_method(deposit_method, signature_png)
    # The tier's automatic suspension is kept even when this check-out is then refused for it.
    enforce_suspensions(uow, now, [streamer_id])
    # a wrong override PIN rolls this transaction back; it is recorded and counted after, in its own
    with override_pins_counted(uow, override, now), uow:
        staff = acting_staff(uow, actor, Role.CLERK, "check_out")
        streamer = get_streamer(uow, streamer_id)
        basket = _basket(uow, codes)
        tz = local_tz(uow)
        policy = lending_policy(uow, streamer, now)
        calc = deposit_calculation(policy, [b.value_fen for b in basket])
        deposit = calc.deposit_fen
        blocks = _blocks(uow, streamer, len(basket), deposit, method, now, policy, tz)
        manager = _authorise(uow, override, blocks, streamer, now)
        due = due_at(now, policy, tz, planned_stream_date)
        reason = override.reason.strip() if manager else ""
        loan = numbered_loan(
            uow,
            tz,
            now,
            streamer=streamer,
            staff=staff,
            basket=basket,
            due=due,
            planned_stream_date=planned_stream_date,
            calc=calc,
            collected=0 if method == DepositMethod.WAIVED.value else deposit,
            method=method,
            signature_png=signature_png,
            manager=manager,
            reason=reason,
            blocks=blocks,
        )
        write_loan(uow, loan)
        uow.record_event(loan_event(loan), staff_id=staff.id, at=now)
        receipt = new_receipt(loan)
        uow.commit()
        return receipt


def _checked_method(deposit_method: str, signature_png: bytes | None) -> str:
    try:
        method = DepositMethod(deposit_method).value
    except ValueError:
        raise InvalidInput("deposit_method", "unknown_method", deposit_method) from None
    if signature_png is not None and len(signature_png) > MAX_SIGNATURE_BYTES:
        raise InvalidInput("signature", "too_large")
    return method


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
    items = uow.session.scalars(select(LoanItem).where(LoanItem.loan_id == loan.id).order_by(LoanItem.position)).all()
    return LoanReceipt(
        loan_id=loan.id,
        number=loan.number,
        showroom_name=local_showroom(uow).name,
        streamer_name=streamer.name,
        streamer_phone=streamer.phone,
        member_code=streamer.member_code,
        staff_name=staff.name,
        opened_at=loan.opened_at,
        due_at=loan.due_at,
        deposit_fen=loan.deposit_fen,
        deposit_method=loan.deposit_method,
        lines=[
            ReceiptLine(i.sample.code, i.sample.product.name, i.sample.product.merchant.name, i.value_fen)
            for i in items
        ],
        override_by=manager.name if manager else None,
        override_reason=loan.override_reason,
        signature_png=loan.signature_png,
        deposit_calculation=_kept_calculation(loan, items),
    )


def _kept_calculation(loan: Loan, items: list[LoanItem]) -> DepositCalculation | None:
    """The deposit worked out again from the terms kept on the loan: the same figures as at check-out,
    whatever the tier's terms are now. Loans made before the terms were kept have none."""
    if loan.deposit_rule is None:
        return None
    return calculate_deposit(
        loan.deposit_rule, loan.deposit_rate or 0, loan.deposit_rounding or "fen", [i.value_fen for i in items]
    )
