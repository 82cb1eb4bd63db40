"""The HQ of a network after three years, generated on PostgreSQL with set-based SQL, and cached.

    .venv/bin/python -m bench.console_data [--divisor N] [--force]

Five cities, 10,000 merchants and 250,000 products in the shared catalog, 1,000,000 samples, 150,000
streamers, 1,670,000 loans with 5,000,000 loan items, 20,000 sync exceptions (most resolved), 500 alerts,
10,000 streamer status changes among the events. Every row is computed from its number by a hash
(`bench_r`), so a scale always gives the same data; loans run in time order up to bench.plan.ANCHOR, most
closed on time, some late, a few lost, the last ten days' mostly still out (and some of those overdue).

The database is built through HQ's own migrations and kept as `bench_console_<version>_<head>_<scale>`: a
later run (or `make bench`) reuses it; a new migration head or generator version builds a new one. The
explicit indexes of the big tables are dropped before the bulk inserts and re-created after, then ANALYZE.
"""

from __future__ import annotations

import argparse
import time
from dataclasses import dataclass

from sqlalchemy import create_engine, text

from bench.plan import ANCHOR

VERSION = 2  # bump when the data changes shape: a new version is a new cached database
ADMIN_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
CITIES = (
    ("CS", "长沙直播样品间"),
    ("JN", "济南直播样品间"),
    ("XM", "厦门直播样品间"),
    ("QD", "青岛直播样品间"),
    ("WH", "武汉直播样品间"),
)
BIG = (
    "hq_sample",
    "hq_loan",
    "hq_loan_item",
    "hq_product",
    "hq_streamer",
    "hq_sync_exception",
    "hq_event",
    "hq_merchant",
    "hq_alert",
)


@dataclass(frozen=True)
class NetworkScale:
    merchants: int = 10_000
    products: int = 250_000
    samples: int = 1_000_000
    streamers: int = 150_000
    loans: int = 1_666_667  # three items each: 5,000,000 loan items
    exceptions: int = 20_000
    alerts: int = 500
    status_events: int = 10_000

    def divided(self, divisor: int) -> NetworkScale:
        return NetworkScale(
            *(
                max(v // divisor, 40)
                for v in (
                    self.merchants,
                    self.products,
                    self.samples,
                    self.streamers,
                    self.loans,
                    self.exceptions,
                    self.alerts,
                    self.status_events,
                )
            )
        )

    @property
    def key(self) -> str:
        return f"s{self.samples}_l{self.loans}"


def _head() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from hq.db import MIGRATIONS_DIR

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return "_".join(sorted(ScriptDirectory.from_config(cfg).get_heads()))


def database_name(scale: NetworkScale) -> str:
    return f"bench_console_v{VERSION}_{_head()}_{scale.key}".lower()


def ensure_network(scale: NetworkScale, admin_url: str = ADMIN_URL, log=print) -> tuple[str, float | None]:
    """The URL of the generated HQ database (built first when missing) and the seconds building took (None: cached)."""
    name = database_name(scale)
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        if exists:
            done = create_engine(url)
            try:
                with done.connect() as conn:
                    if conn.scalar(text("SELECT to_regclass('bench_done') IS NOT NULL")):
                        return url, None
            finally:
                done.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    log(f"generating the HQ network {scale.key} into {name} ...")
    started = time.perf_counter()
    _build(url, scale, log)
    return url, time.perf_counter() - started


def _build(url: str, s: NetworkScale, log) -> None:
    from hq.db import make_engine, upgrade

    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    engine = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as conn:
            conn.execute(text("SET synchronous_commit = off"))
            conn.execute(text("SET maintenance_work_mem = '512MB'"))
            indexes = conn.execute(
                text(
                    "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY(:t) "
                    "AND indexname NOT IN (SELECT conname FROM pg_constraint)"
                ),
                {"t": list(BIG)},
            ).all()
            for name, _sql in indexes:
                conn.execute(text(f'DROP INDEX "{name}"'))
            params = {"anchor": ANCHOR.replace(tzinfo=None), **s.__dict__}
            for label, sql in _STEPS:
                t0 = time.perf_counter()
                for statement in filter(str.strip, sql.split(";\n")):
                    conn.execute(text(statement), {k: v for k, v in params.items() if f":{k}" in statement})
                log(f"  {label}: {time.perf_counter() - t0:.1f} s")
            t0 = time.perf_counter()
            for _name, sql in indexes:
                conn.execute(text(sql))
            conn.execute(text("VACUUM ANALYZE"))  # as autovacuum leaves a live database: visibility map set
            conn.execute(text("CREATE TABLE bench_done (at timestamp)"))
            log(f"  indexes and statistics: {time.perf_counter() - t0:.1f} s")
    finally:
        engine.dispose()


_CITY_ROWS = ", ".join(f"({i}, '{code}', '{name}')" for i, (code, name) in enumerate(CITIES))
_STEPS = (
    (
        "helpers",
        """
CREATE FUNCTION bench_r(g bigint, salt int) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT (hashint8(g * 7919 + salt)::bigint & 2147483647)::double precision / 2147483648.0 $$;
CREATE FUNCTION bench_id(kind text, g bigint) RETURNS varchar LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
$$ SELECT md5(kind || g)::uuid::text $$;
CREATE TABLE bench_city (n int PRIMARY KEY, code text, name text);
INSERT INTO bench_city VALUES """
        + _CITY_ROWS
        + """;
""",
    ),
    (
        "showrooms, devices, deposits",
        """
INSERT INTO hq_showroom SELECT bench_id('room', n), code, name, :anchor - interval '1100 days' FROM bench_city;
INSERT INTO hq_device (id, showroom_id, local_showroom_id, name, secret_hash, acked_seq, enrolled_at, last_push_at,
                       last_pull_at, clock_skew_s, last_seen_at, app_version, protocol_version, outbox_seq)
SELECT bench_id('dev', n * 2 + k), bench_id('room', n), bench_id('local', n), '柜台' || (k + 1), md5('x' || n),
       300000 + n, :anchor - interval '1000 days', :anchor - (n * k) * interval '7 minutes',
       :anchor - (n * k) * interval '6 minutes', 0, :anchor - (n * k) * interval '5 minutes', '0.1.0', 1,
       300000 + n + k * 40
FROM bench_city, generate_series(0, 1) k;
""",
    ),
    (
        "merchants and products",
        """
INSERT INTO hq_merchant SELECT bench_id('m', g),
       (ARRAY['湘味坊','花漾美妆','栖木家居','极客数码','锦衣坊','鲜生优选','匠心母婴','山野臻味'])[1 + g % 8]
       || g || (ARRAY['旗舰店','专营店','官方店','工厂店'])[1 + g % 4], '经理' || g % 100, '139' || lpad(g::text, 8, '0'),
       NULL, :anchor - interval '1100 days'
FROM generate_series(1, :merchants) g;
INSERT INTO hq_product SELECT bench_id('p', g), bench_id('m', 1 + g % :merchants),
       (ARRAY['新款','爆款','经典','网红','进口','有机','国潮','限定'])[1 + g % 8]
       || (ARRAY['每日坚果','牛肉干','螺蛳粉','面膜','精华液','口红','卫衣','羽绒服','保温杯','四件套','蓝牙耳机',
                 '充电宝','纸尿裤','奶瓶'])[1 + (g / 8) % 14] || ' ' || g,
       '品牌' || g % 500, (ARRAY['食品','美妆','服饰','家居','数码','母婴'])[1 + g % 6], '标准装',
       (19 + (bench_r(g, 1) * 2980)::int) * 100, (13 + (bench_r(g, 1) * 2000)::int) * 100, 1000 + g % 20 * 100,
       (19 + (bench_r(g, 1) * 2980)::int) * 100, CASE WHEN g % 5 < 3 THEN '690' || lpad(g::text, 10, '0') END, NULL,
       :anchor - interval '1100 days' + (g % 1000) * interval '1 day'
FROM generate_series(1, :products) g;
""",
    ),
    (
        "streamers",
        """
INSERT INTO hq_streamer SELECT bench_id('st', g), '1' || (3 + g % 7) || lpad(g::text, 9, '0'),
       (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴'])[1 + g % 10]
       || (ARRAY['小美','大壮','晓雨','子涵','一鸣','晨曦','浩然','欣怡','雨桐','嘉怡','思远','梓萱'])[1 + (g / 10) % 12],
       (ARRAY['douyin','kuaishou','taobao','channels','xiaohongshu'])[1 + g % 5], 'h' || g,
       (ARRAY['new','silver','gold','diamond'])[1 + (bench_r(g, 2) * 4)::int % 4],
       (SELECT code FROM bench_city WHERE n = g % 5) || '-M' || lpad((g / 5)::text, 5, '0'),
       g % 200 = 7, CASE WHEN g % 200 = 7 THEN '样品逾期不还，多次联系未果' ELSE '' END,
       CASE WHEN g % 200 = 7 THEN (SELECT code FROM bench_city WHERE n = g % 5) ELSE '' END,
       :anchor - interval '900 days'
FROM generate_series(1, :streamers) g;
""",
    ),
    (
        "samples",
        """
INSERT INTO hq_sample SELECT bench_id('s', g),
       (SELECT code FROM bench_city WHERE n = g % 5) || '-' || lpad((g / 5 + 1)::text, 6, '0'),
       bench_id('p', 1 + (bench_r(g, 3) * (:products - 1))::bigint), bench_id('room', g % 5), 'in_stock', NULL,
       :anchor - interval '1095 days' + (g::double precision / :samples) * interval '1090 days'
FROM generate_series(0, :samples - 1) g;
""",
    ),
    (
        "loans",
        """
INSERT INTO hq_loan SELECT bench_id('l', g), (SELECT code FROM bench_city WHERE n = g % 5) || '-L' || g,
       bench_id('room', g % 5),
       bench_id('st', 1 + ((floor(power(bench_r(g, 4), 2.5) * (:streamers / 5 - 1)))::bigint * 5
                           + (g + CASE WHEN g % 20 = 0 THEN 1 ELSE 0 END) % 5)),
       o.opened, o.opened + o.days * interval '1 day',
       CASE WHEN g % 3 = 0 THEN 0 ELSE 5000 + g % 7 * 1000 END, (ARRAY['cash','wechat','alipay','waived'])[1 + g % 4],
       CASE WHEN o.opened > :anchor - interval '10 days' AND bench_r(g, 5) < 0.7 THEN NULL
            WHEN g % 1000 = 3 THEN NULL
            ELSE LEAST(o.opened + bench_r(g, 6) * 1.2 * o.days * interval '1 day', :anchor - interval '1 minute') END
FROM generate_series(1, :loans) g,
     LATERAL (SELECT :anchor - interval '1095 days' + (g::double precision / :loans) * interval '1095 days'
                     - bench_r(g, 7) * interval '2 hours' AS opened, 3 + (g % 4) * 2 + 1 AS days) o;
""",
    ),
    (
        "loan items",
        """
INSERT INTO hq_loan_item SELECT l.id,
       bench_id('s', ((floor(bench_r(g, 8) * (:samples / 5))::bigint + k * 7919) % (:samples / 5)) * 5 + g % 5),
       5000 + (g + k) % 50 * 100,
       CASE WHEN l.closed_at IS NOT NULL AND NOT (k = 2 AND g % 97 = 0) THEN l.closed_at
            WHEN l.closed_at IS NULL AND k = 0 AND g % 5 = 0 THEN l.opened_at + interval '1 day' END,
       CASE WHEN l.closed_at IS NOT NULL AND k = 2 AND g % 97 = 0 THEN l.closed_at END, NULL
FROM generate_series(1, :loans) g JOIN hq_loan l ON l.id = bench_id('l', g), generate_series(0, 2) k;
""",
    ),
    (
        "sample statuses and deposit totals",
        """
UPDATE hq_sample s SET status = 'on_loan', current_loan_id = i.loan_id
FROM hq_loan_item i WHERE i.sample_id = s.id AND i.returned_at IS NULL AND i.lost_at IS NULL;
UPDATE hq_sample s SET status = 'lost' FROM hq_loan_item i WHERE i.sample_id = s.id AND i.lost_at IS NOT NULL
  AND s.status = 'in_stock';
UPDATE hq_sample SET status = 'returned_to_merchant' WHERE status = 'in_stock' AND hashint4(length(id) + ascii(id)) % 2 = 0
  AND right(id, 2) < '0d';
INSERT INTO hq_deposit_total SELECT showroom_id, sum(deposit_fen),
       sum(CASE WHEN closed_at IS NOT NULL THEN deposit_fen ELSE 0 END), 0, 0 FROM hq_loan GROUP BY showroom_id;
""",
    ),
    (
        "exceptions, alerts, status changes",
        """
INSERT INTO hq_sync_exception SELECT bench_id('x', g),
       (ARRAY['sample_lent_twice','unknown_sample','return_of_unknown_loan','blacklist_lift_ignored','unknown_streamer',
              'event_not_applied'])[1 + g % 6],
       (SELECT code FROM bench_city WHERE n = g % 5) || CASE WHEN g % 6 = 0 THEN ',' ||
       (SELECT code FROM bench_city WHERE n = (g + 1) % 5) ELSE '' END, bench_id('e', g),
       '{"code": "S-' || g || '", "loan": "L-' || g || '"}',
       :anchor - interval '1095 days' + (g::double precision / :exceptions) * interval '1095 days'
FROM generate_series(1, :exceptions) g;
INSERT INTO hq_resolution SELECT 'sync_exception', bench_id('x', g), :anchor - interval '1 day', bench_id('staff', 1),
       '已核实' FROM generate_series(1, :exceptions) g WHERE g < :exceptions * 0.95;
INSERT INTO hq_alert SELECT bench_id('a', g), bench_id('dev', g % 10), 'payload_mismatch',
       'event ' || g || ' was sent before with a different payload',
       :anchor - interval '1095 days' + (g::double precision / :alerts) * interval '1095 days'
FROM generate_series(1, :alerts) g;
INSERT INTO hq_event SELECT bench_id('ev', g), bench_id('dev', (g % 5) * 2), g, bench_id('room', g % 5),
       'streamer.status_changed@1',
       '{"from": "active", "phone": "' || st.phone || '", "reason": "逾期未还", "streamer_id": "' || st.id
       || '", "to": "' || (ARRAY['suspended','blacklisted','active'])[1 + g % 3] || '"}', md5('ev' || g),
       :anchor - interval '1000 days' + (g::double precision / :status_events) * interval '999 days', NULL,
       :anchor - interval '1000 days' + (g::double precision / :status_events) * interval '999 days'
FROM generate_series(1, :status_events) g JOIN hq_streamer st ON st.id = bench_id('st', 1 + (g * 37) % :streamers);
""",
    ),
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--divisor", type=int, default=1, help="1 = full scale; 500 = the quick scale")
    parser.add_argument("--force", action="store_true", help="rebuild even when cached")
    args = parser.parse_args()
    scale = NetworkScale().divided(args.divisor) if args.divisor > 1 else NetworkScale()
    if args.force:
        admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database_name(scale)}" WITH (FORCE)'))
        admin.dispose()
    url, seconds = ensure_network(scale)
    print(url, "cached" if seconds is None else f"built in {seconds:.0f} s")


if __name__ == "__main__":
    main()
