"""Pictures of the manager's papers on the demo showroom, in Chinese: the daily report, a merchant statement and
the report of a stocktake counted on the demo's fullest shelf.

    python scripts/render_reports.py OUT_DIR [--day YYYY-MM-DD] [--extra-json words.json]

--extra-json adds zh_CN words not yet in the compiled translations (a JSON of English -> Chinese).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication  # noqa: E402

from demo.seed import ensure_demo  # noqa: E402
from present.paper_language import paper_translate  # noqa: E402
from printing.daily_report import build_daily_report  # noqa: E402
from printing.merchant_statement import build_merchant_statement  # noqa: E402
from printing.stocktake_report import build_stocktake_report  # noqa: E402
from showroom.services import catalog, samples, setup, staff  # noqa: E402
from showroom.services.common import Actor  # noqa: E402
from showroom.services.reports.daily import daily_report  # noqa: E402
from showroom.services.reports.merchant import merchant_statement  # noqa: E402
from showroom.services.stocktake import count_code, finish_stocktake, settle_find, start_stocktake  # noqa: E402


def translator(extra: Path | None):
    base = paper_translate("zh_CN")
    words = json.loads(extra.read_text(encoding="utf-8")) if extra else {}
    return lambda context, text: words.get(text) or base(context, text)


def png(pdf: bytes, target_stem: Path) -> list[Path]:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "paper.pdf"
        source.write_bytes(pdf)
        subprocess.run(["pdftoppm", "-r", "100", "-png", str(source), str(Path(folder) / "page")], check=True)
        pages = sorted(Path(folder).glob("page-*.png"))
        out = []
        for n, page in enumerate(pages, 1):
            target = (
                target_stem.with_name(f"{target_stem.name}-p{n}.png")
                if len(pages) > 1 or "daily" in target_stem.name
                else target_stem.with_suffix(".png")
            )
            target.write_bytes(page.read_bytes())
            out.append(target)
        return out


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("out", type=Path)
    args.add_argument("--day", type=date.fromisoformat)
    args.add_argument("--extra-json", type=Path)
    opts = args.parse_args()
    _app = QCoreApplication.instance() or QCoreApplication(sys.argv)  # noqa: F841  (QTranslator needs one)
    translate = translator(opts.extra_json)
    store = ensure_demo(Path(tempfile.mkdtemp(prefix="showroom-reports-")))
    now = datetime.now(timezone.utc)
    day = opts.day or (now + timedelta(hours=8)).date()
    report = daily_report(store.uow(), day, now=now)
    opts.out.mkdir(parents=True, exist_ok=True)
    written = png(build_daily_report(report, translate), opts.out / "report-daily")
    merchants = catalog.list_merchants(store.uow())
    busiest = max(
        merchants, key=lambda m: merchant_statement(store.uow(), m.id, day.replace(day=1), day).lent_in_period
    )
    today = (now + timedelta(hours=8)).date()  # the statement runs to today: where each sample is now
    statement = merchant_statement(store.uow(), busiest.id, today.replace(day=1), today, now=now)
    written += png(build_merchant_statement(statement, translate), opts.out / "report-merchant-statement")
    written += png(_stocktake_report(store, translate), opts.out / "report-stocktake")
    store.close()
    print("\n".join(map(str, written)))


def _stocktake_report(store, translate) -> bytes:
    """The demo's fullest shelf counted with three samples left unscanned, a lent sample found on it (taken
    back), one from another shelf (moved here) and a code with no sample (left, noted), then finished."""
    boss = next(s for s in staff.list_staff(store.uow()) if s.role in ("manager", "admin"))
    manager = Actor(boss.id, boss.name, boss.role)
    in_stock = samples.list_samples(store.uow(), status="in_stock")
    shelf = max({s.shelf for s in in_stock if s.shelf}, key=lambda x: sum(s.shelf == x for s in in_stock))
    on_shelf = [s.code for s in in_stock if s.shelf == shelf]
    elsewhere = next(s.code for s in in_stock if s.shelf != shelf)
    lent = samples.list_samples(store.uow(), status="on_loan", limit=1)[0].code
    unknown = f"{lent.split('-')[0]}-999999"
    view = start_stocktake(store.uow(), manager, [shelf])
    for code in [*on_shelf[3:], lent, elsewhere, unknown]:
        count_code(store.uow(), manager, view.id, code, shelf=shelf)
    settle_find(store.uow(), manager, view.id, lent, "returned", "主播退回时放错了地方")
    settle_find(store.uow(), manager, view.id, elsewhere, "moved")
    settle_find(store.uow(), manager, view.id, unknown, "left", "标签打错，已重新打印")
    done = finish_stocktake(store.uow(), manager, view.id)
    room = setup.showroom_info(store.uow())
    return build_stocktake_report(done, room.name, room.timezone, translate)


if __name__ == "__main__":
    main()
