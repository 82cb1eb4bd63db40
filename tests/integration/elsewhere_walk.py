"""The event walk's returns anywhere (tests/integration/event_walk.py): a sample of Jinan's loan, known here by
a pull, brought back damaged with its photo, and two of Xiamen's never heard of, both brought back at this
counter's check-in; HQ matches neither of Xiamen's (its word, as a pull brings it), and a manager sends one back
to Xiamen on a transfer and keeps the other, damaged, with its photo."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from showroom.services import elsewhere_photos, elsewhere_settle, returns
from showroom.services.elsewhere_views import returns_for_others
from showroom.sync.elsewhere_pull import apply_elsewhere
from tests.photo_images import image_file


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


def xiamen_word(return_id: str, code: str, n: int) -> dict:
    """HQ's word that it found no open loan for a return taken here, with the sample it knows of that code."""
    product = jinan_line(datetime(2026, 12, 1))["product"] | {"product_id": str(uuid.UUID(int=300 + n))}
    product |= {"merchant_name": "厦门商家", "merchant_id": str(uuid.UUID(int=310)), "name": f"厦门样品 {n}"}
    return {
        "id": return_id,
        "exception_id": str(uuid.UUID(int=320 + n)),
        "at_code": "CS",
        "code": code,
        "sample_id": str(uuid.UUID(int=330 + n)),
        "product": product,
        "lender_code": "XM",
        "lender_name": "厦门样品间",
    }


def returns_elsewhere(counter, start: datetime) -> None:
    uow, clerk, data_dir = counter.uow, counter.clerk, counter.store.data_dir
    line = jinan_line(start)
    with uow() as u:
        apply_elsewhere(u, "CS", {"loan_line": {line["id"]: line}})
        u.commit()
    camera = data_dir.parent / "camera"
    camera.mkdir(exist_ok=True)
    shots = [image_file(camera, f"elsewhere-{i}.jpg", colour=(30 * i, 120, 60)) for i in (1, 2)]
    at = start + timedelta(days=1)
    photos = [
        elsewhere_photos.keep_return_photo(uow(), clerk, data_dir, code, shot, now=at).id
        for code, shot in zip(("JN-000201", "XM-000002"), shots, strict=True)
    ]
    asked = [
        returns.ReturnRequest("JN-000201", "damaged", "缺配件", (photos[0],)),
        returns.ReturnRequest("XM-000001"),
        returns.ReturnRequest("XM-000002", "damaged", "外壳裂开", (photos[1],)),
    ]
    returns.check_in(uow(), clerk, asked, now=at)
    held = {r.code: r.return_id for r in returns_for_others(uow()) if r.code.startswith("XM")}
    words = {held[code]: xiamen_word(held[code], code, n) for n, code in enumerate(sorted(held))}
    with uow() as u:
        apply_elsewhere(u, "CS", {"return_unmatched": words})
        u.commit()
    settle = elsewhere_settle.settle_unmatched_return
    settle(uow(), counter.manager, held["XM-000001"], "send_back", "非本店样品", now=at + timedelta(hours=1))
    settle(uow(), counter.manager, held["XM-000002"], "keep", now=at + timedelta(hours=2))
