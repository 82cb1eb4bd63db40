"""The counter refuses, as it is entered, text no record may keep (issue 14, item 4): NUL and other control
characters, lone surrogates, line separators, direction overrides, and text over its length. The use case
raises a typed refusal naming the field, changes nothing, and the UI says it in words."""

from __future__ import annotations

from datetime import date

import pytest

from showroom.domain.errors import InvalidInput, UnusableCharacter
from showroom.domain.text import entered_text
from showroom.services import catalog, checkout, reminders, setup, staff, streamers
from showroom.services.merchant_returns import return_to_merchant
from showroom.services.returns import ReturnRequest, check_in, declare_lost, extend_due_date
from showroom.services.views import Override
from tests.conftest import T0
from tests.integration.helpers import dump_database

UNUSABLE = {
    "NUL": "\x00",
    "bell": "\x07",
    "escape": "\x1b",
    "C1 control": "\x85",
    "lone surrogate": "\ud800",
    "line separator": "\u2028",
    "right-to-left override": "\u202e",
    "tab": "\t",
    "line feed": "\n",
}


@pytest.mark.parametrize("name", list(UNUSABLE))
def test_entered_text_names_the_character_and_where(name):
    with pytest.raises(UnusableCharacter) as refused:
        entered_text("streamer_name", f"小{UNUSABLE[name]}美", 100, required=True)
    assert (refused.value.field, refused.value.problem, refused.value.position) == (
        "streamer_name",
        "unusable_character",
        2,
    )
    assert refused.value.value == f"U+{ord(UNUSABLE[name]):04X}"


def test_entered_text_keeps_what_people_type():
    for text in ("小美", "𠮷野家", "Anna-Lena O'Brien", "👩‍👩‍👧 家庭号", "店 · 二楼", "  ok  "):
        assert entered_text("name", text, 100) == text.strip()
    with pytest.raises(InvalidInput) as refused:
        entered_text("name", "长" * 101, 100)
    assert (refused.value.problem, refused.value.value) == ("too_long", 100)


def _attempts(c, bad: str):
    """Every use case that keeps text a person typed, with `bad` in that text: {case: (field, attempt)}."""
    uow, clerk, manager, admin = (c.store.uow, c.clerk, c.manager, c.admin) if c else (None,) * 4
    return {
        "streamer name": (
            "streamer_name",
            lambda: streamers.register_streamer(uow(), clerk, f"小{bad}美", "13900139000", "douyin", now=T0),
        ),
        "streamer handle": (
            "handle",
            lambda: streamers.register_streamer(uow(), clerk, "阿杰", "13900139000", "douyin", f"@a{bad}", now=T0),
        ),
        "suspension reason": (
            "reason",
            lambda: streamers.block_streamer(uow(), manager, c.streamer_id, f"迟{bad}还", now=T0),
        ),
        "tier change reason": (
            "reason",
            lambda: streamers.set_streamer_tier(uow(), manager, c.streamer_id, "gold", f"好{bad}", now=T0),
        ),
        "merchant name": ("merchant_name", lambda: catalog.create_merchant(uow(), clerk, f"三只{bad}松鼠", now=T0)),
        "merchant contact": ("contact", lambda: catalog.create_merchant(uow(), clerk, "三只松鼠", f"王{bad}", now=T0)),
        "product name": ("product_name", lambda: _product(c, name=f"坚{bad}果")),
        "brand": ("brand", lambda: _product(c, brand=f"良{bad}品")),
        "category": ("category", lambda: _product(c, category=f"零{bad}食")),
        "spec": ("spec", lambda: _product(c, spec=f"30{bad}包")),
        "shelf": ("shelf", lambda: catalog.receive_samples(uow(), clerk, c.product_id, 1, shelf=f"A{bad}1", now=T0)),
        "intake note": (
            "note",
            lambda: catalog.receive_samples(uow(), clerk, c.product_id, 1, note=f"新{bad}", now=T0),
        ),
        "staff name": ("name", lambda: staff.create_staff(uow(), admin, f"新{bad}人", "clerk", "3333", now=T0)),
        "override reason": (
            "reason",
            lambda: checkout.check_out(
                uow(),
                clerk,
                c.suspended_id,
                c.codes[2:3],
                "cash",
                now=T0,
                override=Override("李经理", "2222", f"熟{bad}"),
            ),
        ),
        "return note": ("note", lambda: check_in(uow(), clerk, [ReturnRequest(c.codes[0], note=f"盒{bad}破")], now=T0)),
        "loss note": ("note", lambda: declare_lost(uow(), manager, c.codes[0], "charge", f"丢{bad}了", now=T0)),
        "extension reason": (
            "reason",
            lambda: extend_due_date(uow(), manager, c.loan_number, date(2026, 11, 26), f"出{bad}差", now=T0),
        ),
        "reminder note": (
            "note",
            lambda: reminders.log_reminder(uow(), clerk, c.streamer_id, "phone", "promised", f"明{bad}天", now=T0),
        ),
        "merchant return note": ("note", lambda: return_to_merchant(uow(), manager, [c.codes[5]], f"退{bad}", now=T0)),
    }


def _product(c, **texts):
    values = dict(name="坚果", brand="", category="", spec="") | texts
    merchant = catalog.list_merchants(c.store.uow())[0]
    return catalog.create_product(
        c.store.uow(),
        c.clerk,
        merchant.id,
        values.pop("name"),
        retail_price_fen=100,
        live_price_fen=90,
        commission_bp=0,
        sample_value_fen=100,
        now=T0,
        **values,
    )


@pytest.fixture
def lent(counter):
    """小美 holds the first two samples; 停用 is suspended (a manager may override it at the counter)."""
    counter.loan_number = checkout.check_out(
        counter.store.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "cash", now=T0
    ).number
    counter.suspended_id = streamers.register_streamer(
        counter.store.uow(), counter.manager, "停用", "13500135000", "douyin", tier="gold", now=T0
    ).id
    streamers.block_streamer(counter.store.uow(), counter.manager, counter.suspended_id, "迟还", now=T0)
    return counter


@pytest.mark.parametrize("bad", ["\x00", "\ud800", "\u202e"], ids=["NUL", "lone surrogate", "RLO"])
@pytest.mark.parametrize("case", list(_attempts(None, "")))
def test_a_use_case_refuses_unusable_text_and_changes_nothing(lent, case, bad):
    field, attempt = _attempts(lent, bad)[case]
    before = dump_database(lent.store.db_path)
    with pytest.raises(UnusableCharacter) as refused:
        attempt()
    assert refused.value.field == field
    assert dump_database(lent.store.db_path) == before


@pytest.mark.parametrize(
    "field, values",
    [
        ("showroom_name", ("济\x00南", "济南", "王店长")),
        ("city", ("济南样品间", "济\x1b南", "王店长")),
        ("name", ("济南样品间", "济南", "王\u2028店长")),
    ],
)
def test_setting_up_refuses_unusable_text(store, field, values):
    with pytest.raises(UnusableCharacter) as refused:
        setup.set_up_showroom(store.uow(), "JN", *values, "9999", now=T0)
    assert refused.value.field == field
    assert not setup.is_set_up(store.uow())


def test_the_refusal_is_said_in_words_in_both_languages():
    from present import i18n
    from present.errors import describe

    refusal = UnusableCharacter("streamer_name", "\x00", 2)
    try:
        i18n.install("en")
        assert describe(refusal) == (
            "Streamer name holds a character that cannot be saved or printed (U+0000, "
            "character 2). Please remove it and type the text again."
        )
        i18n.install("zh_CN")
        worded = describe(refusal)
        assert "U+0000" in worded and "2" in worded and "character" not in worded
    finally:
        i18n.install("en")
