"""Every HQ console page at the scale of a network after three years, on PostgreSQL: prints figures.

    .venv/bin/python -m bench.console_bench [--divisor N] [--rounds N]

From code: `measure(admin_url, divisor, rounds) -> (figures, notes)` (bench/run.py calls it). The HQ database
comes from bench.console_data (built once, then cached); the console runs in this process behind Starlette's
test client (the whole HTTP stack, no socket), signed in as an admin, its clock at the data's anchor. Each page
is fetched `rounds` times after one warm-up; the target is the issue's: under 1 s at p95.
"""

from __future__ import annotations

import argparse
import re
import warnings

from sqlalchemy import func, select

from bench.figures import Figure, timed_ms
from bench.plan import ANCHOR

TARGET_MS = 1000


def _targets(sessions) -> dict[str, str]:
    """A busy streamer, a busy merchant, a product, a phone: what the pages are opened on."""
    from hq.models import NetLoan, NetMerchant, NetProduct, NetSample, NetStreamer

    with sessions() as s:
        busy = s.execute(
            select(NetLoan.streamer_id, func.count())
            .group_by(NetLoan.streamer_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()[0]
        merchant = s.execute(
            select(NetProduct.merchant_id, func.count())
            .join(NetSample, NetSample.product_id == NetProduct.id)
            .group_by(NetProduct.merchant_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()[0]
        product = s.scalar(select(NetProduct.id).where(NetProduct.merchant_id == merchant).limit(1))
        phone = s.get(NetStreamer, busy).phone
        word = s.get(NetMerchant, merchant).name[:3]
    return {"streamer": busy, "merchant": merchant, "product": product, "phone": phone, "word": word}


def _pages(t: dict[str, str]) -> list[tuple[str, str]]:
    spaced = f"+86 {t['phone'][:3]} {t['phone'][3:7]} {t['phone'][7:]}"
    return [
        ("dashboard (per showroom, totals, 30-day trends)", "/console/"),
        ("overdue, first page, worst first", "/console/overdue"),
        ("overdue, filtered by city, tier and days late", "/console/overdue?city=JN&tier=gold&days=3"),
        ("overdue, filtered by merchant", f"/console/overdue?merchant={t['word']}"),
        ("streamer search by phone (+86 notation)", f"/console/streamers?q={spaced}"),
        ("streamer search by name", "/console/streamers?q=王小"),
        ("streamer record, the busiest streamer", f"/console/streamers/{t['streamer']}"),
        ("sync health: devices and the open queue", "/console/sync"),
        ("sync health: every exception, page 20", "/console/sync?state=all&page=20"),
        ("catalog, first page", "/console/catalog"),
        ("catalog search", "/console/catalog?q=坚果"),
        ("product", f"/console/catalog/products/{t['product']}"),
        ("merchant search", f"/console/merchants?q={t['word']}"),
        ("merchant statement, the busiest merchant", f"/console/merchants/{t['merchant']}"),
    ]


def _time_pages(app, targets: dict[str, str], rounds: int) -> list[Figure]:
    """Signed in as the bench admin: each page once to warm up, then `rounds` times; the export fewer times."""
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from fastapi.testclient import TestClient

    figures = []
    with TestClient(app, follow_redirects=False) as http:
        page = http.get("/console/sign-in").text
        csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)
        assert (
            http.post(
                "/console/sign-in", data={"login": "bench", "password": "bench-password", "csrf": csrf}
            ).status_code
            == 303
        )
        for name, path in _pages(targets):
            answer = http.get(path)
            if answer.status_code not in (200, 303):
                raise RuntimeError(f"{path} answered {answer.status_code}")
            laps = [timed_ms(lambda p=path: http.get(p)) for _ in range(rounds)]
            figures.append(
                Figure("console", name, values_ms=laps, target=TARGET_MS, note=f"{len(answer.content) // 1024} KB")
            )
        laps = [timed_ms(lambda: http.get("/console/overdue.xlsx")) for _ in range(max(rounds // 5, 1))]
        figures.append(
            Figure(
                "console",
                "overdue export, every late sample (XLSX)",
                values_ms=laps,
                note=f"{len(http.get('/console/overdue.csv').content.splitlines()) - 1:,} rows",
            )
        )
    return figures


def measure(admin_url: str, divisor: int = 1, rounds: int = 20, log=print) -> tuple[list[Figure], list[str]]:
    from bench.console_data import NetworkScale, ensure_network
    from hq.app import create_app
    from hq.console import accounts
    from hq.models import ConsoleStaff

    scale = NetworkScale() if divisor == 1 else NetworkScale().divided(divisor)
    url, built = ensure_network(scale, admin_url, log)
    figures, notes = [], []
    if built is not None:
        figures.append(
            Figure(
                "console",
                f"HQ network generated on PostgreSQL ({scale.samples:,} samples, {scale.loans * 3:,} loan items)",
                value=built,
                unit="s",
            )
        )
    app = create_app(url)  # the cached database is migrated already; a new head means a new database
    app.state.console_clock = lambda: ANCHOR
    try:
        with app.state.sessions() as s, s.begin():
            if s.scalar(select(ConsoleStaff.id).where(ConsoleStaff.login == "bench")) is None:
                accounts.add_staff(s, "bench", "bench", "admin", "bench-password", ANCHOR)
        figures += _time_pages(app, _targets(app.state.sessions), rounds)
    finally:
        app.state.engine.dispose()
    notes.append(
        f"console: HQ network {scale.key}: 5 cities, {scale.samples:,} samples, {scale.loans:,} loans, "
        f"{scale.loans * 3:,} loan items, {scale.streamers:,} streamers, {scale.products:,} products; "
        "events other than streamer status changes are not generated (no page reads them)."
    )
    return figures, notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--divisor", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--database-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    figures, notes = measure(args.database_url, args.divisor, args.rounds)
    for f in figures:
        print(f.line(), flush=True)
    for n in notes:
        print(n)


if __name__ == "__main__":
    main()
