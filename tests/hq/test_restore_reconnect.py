"""A restored showroom never pushes over work HQ already holds: it is disconnected and enrols afresh.

After a restore the local outbox numbers restart below what HQ acknowledged; pushing them under the old
device would be refused forever (another event at an acknowledged place). The restore forgets the HQ
connection instead, and a new enrolment sends everything the backup holds that HQ lacks.
"""

from __future__ import annotations

from datetime import timezone
from pathlib import Path

from present.backup_text import summary_text
from showroom.backup import take_backup
from showroom.restore import restore_now
from showroom.store import Store
from showroom.sync.state import secret_path
from tests.hq.helpers import hq_events


def test_a_restored_showroom_is_disconnected_and_a_new_enrolment_syncs_on(hq, cs, tmp_path):
    streamer = cs.register("小美", "13800000001")
    cs.lend(streamer, cs.sample_codes[:2])
    cs.sync(hq.transport)
    backup = take_backup(cs.store.db_path, tmp_path / "backups", "manual")
    cs.lend(streamer, cs.sample_codes[2:4])  # after the backup: HQ gets it, the backup never will
    cs.sync(hq.transport)
    old_device = cs.status().device_id
    cs.close()

    outcome = restore_now(cs.data_dir, backup.path)
    assert outcome.summary.connected_to_hq
    assert "no longer connected to HQ" in summary_text(outcome.summary, timezone.utc)  # the admin is told
    assert not secret_path(cs.data_dir).exists()
    cs.store = Store(cs.data_dir)
    assert not cs.status().enrolled  # the app says "connect to HQ", not a refusal loop

    cs.lend(streamer, cs.sample_codes[4:5])  # the counter goes on while disconnected
    cs.enrol(hq)
    cs.sync(hq.transport)
    status = cs.status()
    assert status.enrolled and status.last_error is None and status.pending == 0
    assert status.device_id != old_device
    at_hq = {e.id for e in hq_events(hq)}
    assert {e.id for e in cs.events()} <= at_hq  # everything the restored showroom holds reached HQ


def test_restoring_a_backup_that_was_never_connected_keeps_nothing_of_the_old_connection(hq, cs, tmp_path):
    unconnected = Path(tmp_path / "plain")
    store = Store(unconnected)
    try:
        from showroom.services import setup

        setup.set_up_showroom(store.uow(), "CS", "长沙样品间", "长沙", "店长", "9999")
        backup = take_backup(store.db_path, tmp_path / "backups", "manual")
    finally:
        store.close()
    cs.close()
    outcome = restore_now(cs.data_dir, backup.path)
    assert not outcome.summary.connected_to_hq
    assert not secret_path(cs.data_dir).exists()
    cs.store = Store(cs.data_dir)
    assert not cs.status().enrolled
