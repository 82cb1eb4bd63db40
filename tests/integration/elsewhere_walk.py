"""The event walk's returns anywhere (tests/integration/event_walk.py): a sample of Jinan's loan, known here by
a pull, and one of Xiamen's never heard of, both brought back at this counter's check-in."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from showroom.services import returns
from showroom.sync.elsewhere_pull import apply_elsewhere


def jinan_line(start: datetime) -> dict:
    """An open loan line of Jinan's as HQ's change log carries it (hq/returns_elsewhere.py)."""
    sid = str(uuid.UUID(int=201))
    return {
        "id": sid,
        "sample_id": sid,
        "code": "JN-000201",
        "open": True,
        "loan_id": str(uuid.UUID(int=202)),
        "number": "JN-L261201001",
        "lender_code": "JN",
        "lender_name": "济南样品间",
        "opened_at": start.isoformat(),
        "due_at": (start + timedelta(days=7)).isoformat(),
        "phone_hash": "0" * 32,
        "product": {
            "product_id": str(uuid.UUID(int=9)),
            "merchant_id": str(uuid.UUID(int=8)),
            "merchant_name": "济南商家",
            "name": "济南借出样品",
            "brand": "",
            "category": "",
            "spec": "",
            "retail_price_fen": 300,
            "live_price_fen": 250,
            "commission_bp": 0,
            "sample_value_fen": 120,
            "ean": None,
        },
    }


def returns_elsewhere(counter, start: datetime) -> None:
    uow, clerk = counter.uow, counter.clerk
    line = jinan_line(start)
    with uow() as u:
        apply_elsewhere(u, "CS", {"loan_line": {line["id"]: line}})
        u.commit()
    asked = [returns.ReturnRequest("JN-000201", "damaged", "缺配件"), returns.ReturnRequest("XM-000001")]
    returns.check_in(uow(), clerk, asked, now=start + timedelta(days=1))
