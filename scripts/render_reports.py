"""Pictures of the manager's papers on the demo showroom, in Chinese: the daily report and a merchant statement.

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
from showroom.services import catalog  # noqa: E402
from showroom.services.reports.daily import daily_report  # noqa: E402
from showroom.services.reports.merchant import merchant_statement  # noqa: E402


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
    store.close()
    print("\n".join(map(str, written)))


if __name__ == "__main__":
    main()
