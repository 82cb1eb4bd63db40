"""An exception settled at a counter (a return taken for another showroom that HQ could not match, kept or sent
back by a manager there) shows in the console's queue as resolved, by whom and where, and how."""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone

from hq.models import Resolution, SyncException


def _settled(hq, decision: str) -> None:
    now = datetime.now(timezone.utc)
    row_id = str(uuid.uuid4())
    detail = {"code": "CS-000001", "loan": "", "lender": "CS", "settled": decision}
    detail |= {"settled_at": "JN", "settled_by": "济南店长"}
    with hq.sessions() as s, s.begin():
        s.add(
            SyncException(
                id=row_id,
                kind="return_elsewhere_unmatched",
                showroom_codes="CS,JN",
                event_id=None,
                detail=json.dumps(detail, ensure_ascii=False),
                at=now,
            )
        )
        s.add(Resolution(subject="sync_exception", subject_id=row_id, resolved_at=now, staff_id="", note="无借样记录"))


def test_a_return_kept_at_the_counter_shows_resolved_there(hq, browser):
    _settled(hq, "keep")
    html = browser("wang", "viewer").get("/console/sync?state=resolved").text
    assert "济南店长 (JN)" in html and "门店已处理" in html and "留作本店库存" in html and "无借样记录" in html


def test_one_sent_back_reads_as_such_in_english(hq, browser):
    _settled(hq, "send_back")
    viewer = browser("wang", "viewer")
    viewer.http.cookies.set("hq_lang", "en")
    html = viewer.get("/console/sync?state=resolved").text
    assert "resolved by 济南店长 (JN)" in html and "settled at the counter: sent back to its showroom" in html
