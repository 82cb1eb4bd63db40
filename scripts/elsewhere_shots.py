"""Screenshots and the receipt of returns taken for other showrooms (return anywhere), from the real window:
Changsha took back a Jinan loan's sample (damaged, with its photo) and four samples of Xiamen it had not heard of;
HQ matched none of Xiamen's; a manager kept one and sent one back; one waits for a manager, one for the next sync.

Run under a display:  xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python scripts/elsewhere_shots.py docs/screenshots
"""

from __future__ import annotations

import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from present import papers  # noqa: E402
from scripts.mailing_shots import AGO, demo_shop, open_window_on, pdf_png  # noqa: E402
from scripts.screenshots import scan, settle  # noqa: E402
from showroom.services import elsewhere_photos, elsewhere_settle, elsewhere_views, returns  # noqa: E402
from showroom.services.common import Actor  # noqa: E402
from showroom.store import Store  # noqa: E402
from showroom.sync.elsewhere_pull import apply_elsewhere  # noqa: E402
from tests.integration.elsewhere_walk import jinan_line, xiamen_word  # noqa: E402
from tests.photo_images import image_file  # noqa: E402
from ui.screens.checkin import CheckinScreen  # noqa: E402


def story(store: Store, clerk: Actor, boss: Actor, data_dir: Path):
    """The returns taken for other showrooms, and the check-in's result (for its receipt)."""
    line = jinan_line(AGO)
    with store.uow() as uow:
        apply_elsewhere(uow, "CS", {"loan_line": {line["id"]: line}})
        uow.commit()
    at = AGO + timedelta(days=3)
    shot = image_file(Path(tempfile.mkdtemp()), "damage.jpg", colour=(190, 60, 40), size=(640, 480))
    photo = elsewhere_photos.keep_return_photo(store.uow(), clerk, data_dir, "JN-000201", shot, now=at)
    asked = [returns.ReturnRequest("JN-000201", "damaged", "外盒压坏", (photo.id,))]
    asked += [returns.ReturnRequest(f"XM-00000{n}") for n in (1, 2, 3)]
    result = returns.check_in(store.uow(), clerk, asked, now=at)
    held = {r.code: r.return_id for r in elsewhere_views.returns_for_others(store.uow()) if r.code.startswith("XM")}
    words = {held[c]: xiamen_word(held[c], c, n) for n, c in enumerate(sorted(held))}
    with store.uow() as uow:
        apply_elsewhere(uow, "CS", {"return_unmatched": words})
        uow.commit()
    settle_at = at + timedelta(hours=2)
    elsewhere_settle.settle_unmatched_return(store.uow(), boss, held["XM-000002"], "keep", now=settle_at)
    elsewhere_settle.settle_unmatched_return(store.uow(), boss, held["XM-000003"], "send_back", now=settle_at)
    later = at + timedelta(days=1)
    returns.check_in(store.uow(), clerk, [returns.ReturnRequest("XM-000004")], now=later)  # not synced yet
    return result


def main(out_dir: Path) -> None:
    _app, data_dir, store, clerk, _codes, _people, boss = demo_shop(out_dir, "elsewhere")
    result = story(store, clerk, boss, data_dir)
    ctx, window, screen = open_window_on(store, data_dir, boss, CheckinScreen)
    tasks = ctx.tasks
    settle(ctx, 1.0)
    scan(ctx, screen.scan, "XM-000005")
    settle(ctx, 0.6)
    window.grab().save(str(out_dir / "checkin-elsewhere.png"))
    dialog = screen.elsewhere.open_dialog()
    settle(ctx, 1.0)
    dialog.table.select_where(lambda r: r.code == "XM-000001")
    settle(ctx, 0.3)
    dialog.grab().save(str(out_dir / "elsewhere-returns.png"))
    dialog.reject()
    settings = {"print.receipt.width_mm": 80}
    pdf = papers.elsewhere_receipt_pdf(result, ctx.showroom.name, clerk.name, settings, ctx.tz)
    pdf_png(pdf, out_dir / "print-receipt-elsewhere-80mm.png", 110)
    window.close()
    tasks.shutdown()
    store.close()
    print(f"screenshots written to {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
