"""Child process of test_crash_consistency: lends and takes back samples forever, until it is killed.

Run as `python -m tests.integration.crash_worker DATA_DIR SEED` from the repository root. It prints
"ready" once its first use case has committed, so the parent knows that the next kill lands mid-work.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from showroom.domain.errors import ShowroomError
from showroom.services import checkout, samples, staff, streamers
from showroom.services.returns import ReturnRequest, check_in
from showroom.store import Store

CLERK, CLERK_PIN = "小张", "1111"


def work_once(store: Store, clerk, streamer_ids: list[str], rng: random.Random) -> None:
    """One use case: lend a few in-stock samples, or take a few on-loan ones back."""
    in_stock = [r.code for r in samples.list_samples(store.uow(), status="in_stock")]
    on_loan = [r.code for r in samples.list_samples(store.uow(), status="on_loan")]
    if in_stock and (not on_loan or rng.random() < 0.5):
        basket = rng.sample(in_stock, k=min(len(in_stock), rng.randint(1, 4)))
        checkout.check_out(
            store.uow(),
            clerk,
            rng.choice(streamer_ids),
            basket,
            rng.choice(["cash", "wechat"]),
            signature_png=rng.randbytes(2048),
        )
    else:
        back = rng.sample(on_loan, k=min(len(on_loan), rng.randint(1, 5)))
        check_in(store.uow(), clerk, [ReturnRequest(code) for code in back])


def main(data_dir: str, seed: str) -> None:
    rng = random.Random(int(seed))
    store = Store(Path(data_dir))
    clerk = staff.login(store.uow(), CLERK, CLERK_PIN)
    streamer_ids = [s.id for s in streamers.search_streamers(store.uow())]
    announced = False
    while True:
        try:
            work_once(store, clerk, streamer_ids, rng)
        except ShowroomError:
            continue  # a refusal writes nothing; the parent checks that nothing half-written survives
        if not announced:
            print("ready", flush=True)
            announced = True


if __name__ == "__main__":
    main(*sys.argv[1:3])
