"""Screenshots and the slip of transfers between showrooms (issue 17), from the real window: Changsha sent
five samples to Jinan (in transit), and a transfer from Jinan is being received by scanning its slip and samples;
an earlier transfer to Jinan arrived two short, listed for a manager to settle.

Run under a display:  xvfb-run -a -s "-screen 0 1366x800x24" .venv/bin/python scripts/transfer_shots.py docs/screenshots
"""

from __future__ import annotations

import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from present.paper_language import paper_translate  # noqa: E402
from printing.transfer_slip import build_transfer_slip  # noqa: E402
from scripts.mailing_shots import AGO, demo_shop, open_window_on, pdf_png  # noqa: E402
from scripts.screenshots import scan, settle  # noqa: E402
from showroom.services import transfers  # noqa: E402
from showroom.sync.transfers_pull import apply_showrooms, apply_transfers  # noqa: E402
from tests.integration.event_walk import incoming_transfer  # noqa: E402
from tests.integration.shortfall_walk import pull_receipt  # noqa: E402
from ui.screens.transfers import TransfersScreen  # noqa: E402


def main(out_dir: Path) -> None:
    _app, data_dir, store, _clerk, codes, _people, boss = demo_shop(out_dir, "transfers")
    with store.uow() as uow:
        apply_showrooms(uow, [{"code": "JN", "name": "济南样品间"}, {"code": "GZ", "name": "广州样品间"}])
        uow.commit()
    sent = transfers.send_transfer(store.uow(), boss, "JN", codes[6:11], "周末直播专场", now=AGO + timedelta(days=1))
    earlier = transfers.send_transfer(store.uow(), boss, "JN", codes[:4], "补货", now=AGO + timedelta(hours=3))
    pull_receipt(store.uow, "CS", earlier.summary.number, codes[:2], AGO + timedelta(days=1))  # two short
    with store.uow() as uow:
        apply_transfers(uow, "CS", [incoming_transfer(None, AGO + timedelta(days=2))])
        uow.commit()
    ctx, window, screen = open_window_on(store, data_dir, boss, TransfersScreen)
    tasks = ctx.tasks
    settle(ctx, 1.0)
    window.grab().save(str(out_dir / "transfers.png"))
    scan(ctx, screen.scan, "JN-T261206001")
    for code in ("JN-000001", "JN-000002"):
        scan(ctx, screen.scan, code)
    settle(ctx, 0.6)
    window.grab().save(str(out_dir / "transfers-receive.png"))
    screen.short_view.selectRow(0)  # a short sample of the earlier transfer: found here, or declared lost
    settle(ctx, 0.4)
    window.grab().save(str(out_dir / "transfers-short.png"))
    pdf = build_transfer_slip(sent, ctx.showroom.timezone, paper_translate("zh_CN"))
    pdf_png(pdf, out_dir / "print-transfer-slip.png", 80)
    window.close()
    tasks.shutdown()
    store.close()
    print(f"screenshots written to {out_dir}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
