"""A sample's history reads in the order things happened, even within one instant."""

from __future__ import annotations

from showroom.services import catalog, checkout, returns, samples
from tests.conftest import T0


def test_history_keeps_insertion_order_for_equal_times(counter):
    intake = catalog.receive_samples(counter.uow(), counter.clerk, counter.product_id, 1, shelf="B-02", now=T0)
    code = intake.codes[0]
    checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, [code], "cash", now=T0)
    returns.check_in(counter.uow(), counter.clerk, [returns.ReturnRequest(code)], now=T0)
    kinds = [entry.kind for entry in samples.sample_detail(counter.uow(), code).history]
    assert kinds == ["received", "checked_out", "checked_in"]
