"""The console's audit trail: every sign-in attempt and every change, written in the change's own transaction."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy.orm import Session

from hq.models import AuditEntry


def record(
    session: Session,
    at: datetime,
    staff_id: str | None,
    who: str,
    action: str,
    target: str = "",
    client: str = "",
    **detail,
) -> None:
    session.add(
        AuditEntry(
            at=at,
            staff_id=staff_id,
            login=who[:50],
            action=action,
            target=target[:100],
            detail=json.dumps(detail, ensure_ascii=False, sort_keys=True, default=str),
            client=client[:64],
        )
    )
