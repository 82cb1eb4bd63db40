"""The HQ figures of `make bench`: push and pull, a recovery from HQ alone, 50 showrooms draining at once,
the change log after a year, and the console's pages, each against a real HQ on PostgreSQL. A machine
without PostgreSQL gets a note instead of a figure."""

from __future__ import annotations

from bench.figures import Figure, say

SYNC_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
QUICK_DIVISOR = 500


def sync(quick: bool, figures: list[Figure], notes: list[str]) -> None:
    events, products = (200, 500) if quick else (20_000, 50_000)
    try:
        from bench.sync_bench import measure
    except (ImportError, AttributeError):
        print("sync: not measured (bench.sync_bench.measure is not there yet)", flush=True)
        notes.append("sync: not measured — bench.sync_bench.measure is not there yet")
        return
    try:
        result = measure(SYNC_URL, events=events, products=products)
    except Exception as exc:  # no PostgreSQL on this machine, HQ did not start, ...: say so, go on
        print(f"sync: not measured ({type(exc).__name__}: {exc})", flush=True)
        notes.append(f"sync: not measured — {type(exc).__name__}: {exc}")
        return

    def laps(key: str, what: str) -> str:
        got = result.get(key) or {}
        return (
            f"; {got.get('n', '?')} {what}: p50 {got.get('p50_ms', '?')} ms, p95 {got.get('p95_ms', '?')} ms, "
            f"p99 {got.get('p99_ms', '?')} ms"
            if got
            else ""
        )

    say(
        Figure(
            "sync",
            f"push of {result.get('events', events):,} events to HQ on PostgreSQL (bench.sync_bench)",
            value=result["push_events_per_s"],
            unit="events/s",
            target=5000,
            at_least=True,
            note=f"{result['push_seconds']:.2f} s{laps('push_batches', 'batches')}",
        ),
        figures,
    )
    say(
        Figure(
            "sync",
            f"pull of {result.get('rows', products):,} catalog rows from HQ (bench.sync_bench)",
            value=result["pull_rows_per_s"],
            unit="rows/s",
            target=20000,
            at_least=True,
            note=f"{result['pull_seconds']:.2f} s{laps('pull_pages', 'pages')}",
        ),
        figures,
    )


def recovery(quick: bool, figures: list[Figure], notes: list[str]) -> None:
    """A showroom rebuilt from HQ alone (bench.recover_bench); the goal is the big showroom in 5 minutes."""
    from bench.recover_bench import THREE_YEARS, measure

    try:
        found = measure(SYNC_URL, events=200 if quick else 20_000)
    except Exception as exc:  # no PostgreSQL on this machine, HQ did not start, ...: say so, go on
        print(f"recovery: not measured ({type(exc).__name__}: {exc})", flush=True)
        notes.append(f"recovery: not measured — {type(exc).__name__}: {exc}")
        return
    say(
        Figure(
            "sync",
            f"recovery of a showroom from HQ alone: {found['events']:,} events replayed (bench.recover_bench)",
            value=found["events_per_s"],
            unit="events/s",
            target=round(THREE_YEARS / 300),
            at_least=True,
            note=f"{found['seconds']} s; the three-year showroom ({THREE_YEARS:,} events) at this rate: "
            f"{found['three_year_minutes']} min (goal: 5 min)",
        ),
        figures,
    )


def drain(quick: bool, figures: list[Figure], notes: list[str]) -> None:
    """50 showrooms back after a week offline, all at once, into HQ with two workers (bench.drain)."""
    from bench import drain

    showrooms, events, clients = (3, 200, 1) if quick else (50, 20_000, 5)
    try:
        f = drain.measure(SYNC_URL, showrooms=showrooms, events=events, workers=2, clients=clients)
    except Exception as exc:  # no PostgreSQL on this machine, HQ did not start, ...: say so, go on
        print(f"drain: not measured ({type(exc).__name__}: {exc})", flush=True)
        notes.append(f"drain: not measured — {type(exc).__name__}: {exc}")
        return
    what = f"{showrooms} showrooms × {events:,} events after a week offline, HQ with {f['workers']} workers"
    checks = (
        f"client errors {f['client_errors']}, lost {f['lost']}, applied twice {f['applied_twice']}, "
        f"still pending {f['still_pending']}; {f['busy_waits']} waits for a busy HQ; load average before "
        f"{' '.join(map(str, f['load_average_before']))}, after {' '.join(map(str, f['load_average_after']))}"
    )
    say(
        Figure(
            "sync",
            f"drain: {what} (bench.drain)",
            value=f["drain_seconds"],
            unit="s",
            target=300,
            note=f"{f['events']:,} events; {checks}",
        ),
        figures,
    )
    say(
        Figure(
            "sync",
            "drain: events/s per HQ worker",
            value=f["events_per_s_per_worker"],
            unit="events/s",
            target=10_000,
            at_least=True,
            note=f"{f['events_per_s']:,} events/s in all; HQ CPU {f['hq_cpu_seconds']} s",
        ),
        figures,
    )


def changelog(quick: bool, figures: list[Figure], notes: list[str]) -> None:
    """The change log after a simulated year, compacted, and a new device's first pull (bench.changelog_year)."""
    from bench import changelog_year

    try:
        f = changelog_year.measure(SYNC_URL, divisor=QUICK_DIVISOR if quick else 1)
    except Exception as exc:  # noqa: BLE001 - as above
        print(f"change log: not measured ({type(exc).__name__}: {exc})", flush=True)
        notes.append(f"change log: not measured — {type(exc).__name__}: {exc}")
        return
    say(
        Figure(
            "change log",
            f"log after a simulated year of {f['changes_in_the_year']:,} changes, compacted "
            f"(horizon {f['horizon_days']} days)",
            value=f["log_rows_after"],
            unit="rows",
            note=f"{f['log_mb_after']} MB; before compaction {f['log_rows_before']:,} rows, {f['log_mb_before']} "
            f"MB; {f['compacted']:,} deleted in {f['compact_seconds']} s",
        ),
        figures,
    )
    say(
        Figure(
            "change log",
            "a new device's first pull after that year (a snapshot: each row once)",
            value=f["first_pull_seconds_after"],
            unit="s",
            note=f"{f['first_pull_rows_after']:,} changes; before compaction {f['first_pull_rows_before']:,} "
            f"in {f['first_pull_seconds_before']} s",
        ),
        figures,
    )


def console(quick: bool, figures: list[Figure], notes: list[str]) -> None:
    """Every HQ console page on a generated network of five cities (bench.console_bench)."""
    from bench.console_bench import measure

    try:
        found, said = measure(SYNC_URL, QUICK_DIVISOR if quick else 1, 3 if quick else 20)
    except Exception as exc:  # no PostgreSQL on this machine, ...: say so, go on
        print(f"console: not measured ({type(exc).__name__}: {exc})", flush=True)
        notes.append(f"console: not measured — {type(exc).__name__}: {exc}")
        return
    for figure in found:
        say(figure, figures)
    notes.extend(said)
