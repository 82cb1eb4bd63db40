"""Bad input gets a clear, typed refusal and changes nothing: every row of every table is the same after."""

from dataclasses import dataclass
from datetime import date, timedelta

import pytest

from showroom.domain.errors import (
    AlreadyExists,
    EmptyBasket,
    InvalidInput,
    NotFound,
    NotOnLoan,
    OverrideRefused,
    PermissionDenied,
    PlannedDateInvalid,
    SampleAlreadyInBasket,
    SampleNotInStock,
    StreamerBlocked,
    UnknownCode,
)
from showroom.services import catalog, checkout, staff, streamers
from showroom.services.returns import ReturnRequest, check_in, declare_lost, extend_due_date
from showroom.services.views import LoanReceipt, Override
from tests.conftest import T0, Counter
from tests.integration.helpers import dump_database, table_names

LATER = T0 + timedelta(hours=2)


@dataclass
class World:
    """小美 holds CS-000001 and CS-000002; CS-000003..6 are in stock; one streamer per standing."""

    c: Counter
    loan: LoanReceipt
    streamer: dict[str, str]

    @property
    def in_stock(self) -> list[str]:
        return self.c.codes[2:]

    def lend(self, who, codes, method="cash", now=LATER, **kw):
        return checkout.check_out(self.c.store.uow(), self.c.clerk, self.streamer[who], codes, method, now=now, **kw)

    def give_back(self, *codes):
        return check_in(self.c.store.uow(), self.c.clerk, [ReturnRequest(x) for x in codes], now=LATER)

    def lose(self, actor, code, note="gone", settlement="charge"):
        return declare_lost(self.c.store.uow(), actor, code, settlement, note=note, now=LATER)

    def extend(self, actor, number, day=date(2026, 11, 28)):
        return extend_due_date(self.c.store.uow(), actor, number, day, "stream moved", now=LATER)

    def register(self, phone):
        return streamers.register_streamer(self.c.store.uow(), self.c.clerk, "某人", phone, "douyin", now=LATER)

    def receive(self, quantity):
        return catalog.receive_samples(self.c.store.uow(), self.c.clerk, self.c.product_id, quantity, now=LATER)

    def create_product(self, ean):
        merchant_id = catalog.list_merchants(self.c.store.uow())[0].id
        return catalog.create_product(
            self.c.store.uow(),
            self.c.clerk,
            merchant_id,
            "假货",
            retail_price_fen=100,
            live_price_fen=100,
            commission_bp=0,
            sample_value_fen=100,
            ean=ean,
            now=LATER,
        )


@pytest.fixture
def world(counter) -> World:
    uow, clerk, manager = counter.store.uow, counter.clerk, counter.manager
    loan = checkout.check_out(uow(), clerk, counter.streamer_id, counter.codes[:2], "wechat", now=T0)
    ids = {"xiaomei": counter.streamer_id}
    for key, name, phone, tier in [
        ("gold", "阿杰", "13900139000", "gold"),
        ("new", "新人", "13700137000", "new"),
        ("banned", "黑名单", "13600136000", "gold"),
        ("suspended", "停用", "13500135000", "gold"),
    ]:
        ids[key] = streamers.register_streamer(uow(), manager, name, phone, "douyin", tier=tier, now=T0).id
    streamers.block_streamer(uow(), manager, ids["banned"], "sold the samples", blacklist=True, now=T0)
    streamers.block_streamer(uow(), manager, ids["suspended"], "late twice", now=T0)
    return World(counter, loan, ids)


def refusal(id, attempt, error, **facts):
    """One way to be refused: what is tried, the error type, and facts the error must carry."""
    return pytest.param(attempt, error, facts, id=id)


REFUSALS = [
    refusal("lend-unknown-code", lambda w: w.lend("gold", ["CS-999999"]), UnknownCode, code="CS-999999"),
    refusal(
        "lend-basket-with-unknown",
        lambda w: w.lend("gold", [w.in_stock[0], "cs-999999"]),
        UnknownCode,
        code="CS-999999",
    ),
    refusal("return-unknown-code", lambda w: w.give_back("CS-999999"), UnknownCode),
    refusal(
        "lend-sample-on-loan",
        lambda w: w.lend("gold", [w.in_stock[0], w.c.codes[0]]),
        SampleNotInStock,
        code="CS-000001",
        holder_name="小美",
    ),
    refusal("blacklisted", lambda w: w.lend("banned", w.in_stock[:1]), StreamerBlocked, overridable=False),
    refusal("suspended", lambda w: w.lend("suspended", w.in_stock[:1]), StreamerBlocked, overridable=True),
    refusal("over-the-limit", lambda w: w.lend("new", w.in_stock), StreamerBlocked, overridable=True),
    refusal(
        "holding-overdue-samples",
        lambda w: w.lend("xiaomei", w.in_stock[:1], now=T0 + timedelta(days=10)),
        StreamerBlocked,
        overridable=True,
    ),
    refusal("waived-deposit", lambda w: w.lend("gold", w.in_stock[:1], method="waived"), StreamerBlocked),
    refusal("same-sample-twice", lambda w: w.lend("gold", [w.in_stock[0], w.in_stock[0]]), SampleAlreadyInBasket),
    refusal(
        "same-sample-twice-as-typed",
        lambda w: w.lend("gold", ["CS-000003", " cs-000003 "]),
        SampleAlreadyInBasket,
        code="CS-000003",
    ),
    refusal("empty-basket", lambda w: w.lend("gold", []), EmptyBasket),
    refusal("return-twice", lambda w: w.give_back(w.c.codes[0], w.c.codes[0]), SampleAlreadyInBasket),
    refusal("return-sample-not-on-loan", lambda w: w.give_back(w.in_stock[0]), NotOnLoan, status="in_stock"),
    refusal(
        "return-half-valid-basket", lambda w: w.give_back(w.c.codes[0], w.in_stock[0]), NotOnLoan, code="CS-000003"
    ),
    refusal("lose-sample-not-on-loan", lambda w: w.lose(w.c.manager, w.in_stock[0]), NotOnLoan),
    refusal(
        "clerk-declares-lost",
        lambda w: w.lose(w.c.clerk, w.c.codes[0], settlement="forfeit_deposit"),
        PermissionDenied,
        action="declare_lost",
        required_role="manager",
    ),
    refusal(
        "clerk-extends-due-date",
        lambda w: w.extend(w.c.clerk, w.loan.number),
        PermissionDenied,
        action="extend_due_date",
        required_role="manager",
    ),
    refusal(
        "clerk-blocks-streamer",
        lambda w: streamers.block_streamer(w.c.store.uow(), w.c.clerk, w.streamer["gold"], "rude", now=LATER),
        PermissionDenied,
        required_role="manager",
    ),
    refusal(
        "clerk-unblocks-streamer",
        lambda w: streamers.unblock_streamer(w.c.store.uow(), w.c.clerk, w.streamer["suspended"], "ok", now=LATER),
        PermissionDenied,
    ),
    refusal(
        "manager-creates-staff",
        lambda w: staff.create_staff(w.c.store.uow(), w.c.manager, "新员工", "clerk", "3333", now=LATER),
        PermissionDenied,
        required_role="admin",
    ),
    refusal("bad-phone", lambda w: w.register("12345"), InvalidInput, field="phone", problem="not_mobile"),
    refusal("phone-taken", lambda w: w.register("+86 138 0013 8000"), AlreadyExists, owner="小美"),
    refusal("bad-ean", lambda w: w.create_product("6901234567893"), InvalidInput, field="ean", problem="bad_checksum"),
    refusal("ean-taken", lambda w: w.create_product("6901234567892"), AlreadyExists, owner="每日坚果 30包"),
    refusal("quantity-0", lambda w: w.receive(0), InvalidInput, field="quantity"),
    refusal("quantity-too-many", lambda w: w.receive(501), InvalidInput, field="quantity"),
    refusal(
        "unknown-deposit-method",
        lambda w: w.lend("gold", w.in_stock[:1], method="bitcoin"),
        InvalidInput,
        field="deposit_method",
    ),
    refusal(
        "stream-in-the-past",
        lambda w: w.lend("gold", w.in_stock[:1], planned_stream_date=date(2026, 11, 19)),
        PlannedDateInvalid,
        problem="in_past",
    ),
    refusal(
        "stream-beyond-policy",
        lambda w: w.lend("gold", w.in_stock[:1], planned_stream_date=date(2026, 12, 31)),
        PlannedDateInvalid,
        problem="beyond_policy",
        latest=date(2026, 11, 26),
    ),  # gold: 7 days
    refusal(
        "loss-without-note",
        lambda w: w.lose(w.c.manager, w.c.codes[0], note=" "),
        InvalidInput,
        field="note",
        problem="required",
    ),
    refusal("extend-unknown-loan", lambda w: w.extend(w.c.manager, "CS-L261120999"), NotFound),
    refusal(
        "extend-into-the-past",
        lambda w: w.extend(w.c.manager, w.loan.number, date(2026, 11, 19)),
        InvalidInput,
        problem="in_past",
    ),
    refusal(
        "wrong-override-pin",
        lambda w: w.lend("suspended", w.in_stock[:1], override=Override("李经理", "0000", "please")),
        OverrideRefused,
        problem="wrong_pin",
    ),
    refusal(
        "override-of-a-blacklist",
        lambda w: w.lend("banned", w.in_stock[:1], override=Override("李经理", "2222", "please")),
        StreamerBlocked,
        overridable=False,
    ),
]


# A wrong PIN is the one refusal that leaves a trace, on purpose: its login-security record counts
# towards the lock (tests/integration/test_overrides.py checks that record). Nothing else may change.
SECURITY_TABLES = ("login_record", "staff_lock")


@pytest.mark.parametrize("attempt, error, facts", REFUSALS)
def test_a_refusal_leaves_the_database_unchanged(world, attempt, error, facts):
    before = dump_database(world.c.store.db_path)
    with pytest.raises(error) as err:
        attempt(world)
    assert {k: getattr(err.value, k) for k in facts} == facts
    after = dump_database(world.c.store.db_path)
    if facts.get("problem") == "wrong_pin":
        for table in SECURITY_TABLES:
            assert len(after.pop(table)) == len(before.pop(table)) + 1  # the attempt, and the count so far
    assert after == before


def test_the_dump_covers_every_table(world):
    names = set(table_names(world.c.store.db_path))
    assert {
        "loan",
        "loan_item",
        "sample",
        "deposit_entry",
        "outbox_event",
        "code_counter",
        "sample_movement",
        "streamer",
        "due_date_change",
    } <= names


def test_a_sample_on_loan_names_its_holder_since_when_and_the_loan(world):
    with pytest.raises(SampleNotInStock) as err:
        world.lend("gold", [world.in_stock[0], world.c.codes[1]])
    e = err.value
    assert (e.code, e.status, e.holder_name, e.holder_phone) == ("CS-000002", "on_loan", "小美", "13800138000")
    assert (e.since, e.loan_number) == (T0, world.loan.number)


def test_the_scan_refuses_as_the_confirm_does(world):
    with pytest.raises(SampleNotInStock) as err:
        checkout.scan_for_checkout(world.c.store.uow(), world.c.codes[0])
    assert (err.value.holder_name, err.value.loan_number) == ("小美", world.loan.number)
    with pytest.raises(SampleAlreadyInBasket):
        checkout.scan_for_checkout(world.c.store.uow(), "cs-000004", basket=["CS-000004"])
    with pytest.raises(UnknownCode):
        checkout.scan_for_checkout(world.c.store.uow(), "CS-999999")


@pytest.mark.parametrize(
    "who, kinds", [("banned", ["blacklisted"]), ("suspended", ["suspended"]), ("new", ["over_limit"])]
)
def test_each_block_says_why(world, who, kinds):
    with pytest.raises(StreamerBlocked) as err:
        world.lend(who, world.in_stock)
    assert [b.kind for b in err.value.blocks] == kinds


def test_overdue_block_counts_the_samples_late(world):
    with pytest.raises(StreamerBlocked) as err:
        world.lend("xiaomei", world.in_stock[:1], now=T0 + timedelta(days=10))
    assert [(b.kind, b.count) for b in err.value.blocks] == [("overdue", 2)]


def test_a_refusal_does_not_use_up_a_number(world):
    with pytest.raises(StreamerBlocked):
        world.lend("new", world.in_stock)
    assert world.lend("gold", world.in_stock[:1]).number == "CS-L261120002"
