"""A catch-up page is written with synchronous=NORMAL and a big page cache (db/engine.py, LAYING_IN); every other
transaction on the same pooled connection is back to synchronous=FULL and the ordinary cache (16 MB)."""

from __future__ import annotations

from sqlalchemy import text

from showroom.store import Store


def _pragmas(uow) -> tuple[int, int, int]:
    s = uow.session
    return tuple(s.execute(text(f"PRAGMA {p}")).scalar() for p in ("synchronous", "cache_size", "wal_autocheckpoint"))


def test_only_a_page_laid_in_writes_with_synchronous_normal(tmp_path):
    store = Store(tmp_path)
    try:
        uow = store.uow()
        with uow:
            assert _pragmas(uow) == (2, -16000, 10000)  # FULL; the autocheckpoint a fallback far above a use case
        with uow.laying_in():
            assert _pragmas(uow) == (1, -262144, 100000)  # NORMAL, 256 MB, no checkpoint inside a page's commit
        with uow:
            assert _pragmas(uow) == (2, -16000, 10000)
        with uow.read():
            assert _pragmas(uow) == (2, -16000, 10000)
    finally:
        store.close()
