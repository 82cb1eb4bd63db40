"""Intake: N physical units in, each with its own sequential code, a movement and one event."""

from showroom.services import catalog
from tests.conftest import T0
from tests.integration.helpers import events, outbox_seqs, rows


def test_the_fixture_received_six_sequential_codes(counter):
    assert counter.codes == [f"CS-{n:06d}" for n in range(1, 7)]


def test_codes_continue_the_series_across_intakes_and_products(counter):
    store, clerk = counter.store, counter.clerk
    merchant = catalog.create_merchant(store.uow(), clerk, "三只松鼠", now=T0)
    other = catalog.create_product(
        store.uow(),
        clerk,
        merchant.id,
        "碧根果",
        retail_price_fen=5900,
        live_price_fen=3900,
        commission_bp=1500,
        sample_value_fen=3000,
        now=T0,
    )
    first = catalog.receive_samples(store.uow(), clerk, other.id, 3, shelf="B-02", now=T0)
    second = catalog.receive_samples(store.uow(), clerk, counter.product_id, 2, now=T0)
    assert first.codes == ["CS-000007", "CS-000008", "CS-000009"]
    assert second.codes == ["CS-000010", "CS-000011"]
    assert first.shelf == "B-02"
    assert first.product.name == "碧根果"


def test_each_unit_is_in_stock_with_a_received_movement_by_the_clerk(counter):
    store, clerk = counter.store, counter.clerk
    result = catalog.receive_samples(
        store.uow(), clerk, counter.product_id, 3, shelf=" C-03 ", note="box dented", now=T0
    )
    found = rows(
        store.db_path,
        """
        SELECT s.code, s.status, s.shelf, s.condition_note, s.received_by, m.kind, m.staff_id, m.detail
        FROM sample s JOIN sample_movement m ON m.sample_id = s.id
        WHERE s.code IN (?, ?, ?) ORDER BY s.code""",
        *result.codes,
    )
    assert found == [
        (code, "in_stock", "C-03", "box dented", clerk.id, "received", clerk.id, "C-03") for code in result.codes
    ]


def test_one_event_names_every_unit_received(counter):
    store = counter.store
    before = outbox_seqs(store.db_path)
    result = catalog.receive_samples(store.uow(), counter.clerk, counter.product_id, 4, now=T0)
    assert outbox_seqs(store.db_path) == before + [before[-1] + 1]
    [(_, _, payload)] = events(store.db_path, "samples.received@1")[-1:]
    assert payload["product_id"] == counter.product_id
    assert [s["code"] for s in payload["samples"]] == result.codes
    ids = {r[0] for r in rows(store.db_path, "SELECT id FROM sample WHERE code IN (?, ?, ?, ?)", *result.codes)}
    assert {s["sample_id"] for s in payload["samples"]} == ids


def test_stock_counts_follow_intake(counter):
    [product] = catalog.search_products(counter.store.uow(), "坚果")
    assert (product.samples_in_stock, product.samples_total) == (6, 6)


def test_a_product_is_found_by_its_ean(counter):
    found = catalog.find_product_by_ean(counter.store.uow(), " 6901234567892 ")
    assert found.id == counter.product_id
