"""As a new user would: `showroom-hq serve`, two showrooms enrolled and synced from the command line."""

from __future__ import annotations

import pytest

from cli import main as showroom_cli
from hq import cli as hq_cli
from showroom.domain.errors import StreamerBlocked
from tests.hq.conftest import HqServer
from tests.hq.rooms import Room


def hq_cmd(capsys, url: str, *args: str) -> str:
    assert hq_cli.main([*args, "--database-url", url]) == 0
    return capsys.readouterr().out


def showroom_cmd(capsys, *args: str) -> tuple[int, str, str]:
    """(The `qapp` fixture comes first: the commands would otherwise make a QCoreApplication of their own.)"""
    code = showroom_cli.main([*args, "--language", "en"])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.slow
def test_two_showrooms_one_offline_then_both_seen_at_hq_and_the_blacklist_travels(
    qapp, hq_db, room_templates, tmp_path, capsys
):
    url = hq_db.separate_url()
    server = HqServer(url, tmp_path / "hq.log")
    cs = Room(tmp_path / "cs", room_templates["CS"])
    jn = Room(tmp_path / "jn", room_templates["JN"])
    try:
        hq_cmd(capsys, url, "showroom", "add", "CS", "长沙")
        hq_cmd(capsys, url, "showroom", "add", "JN", "济南")
        for room in (cs, jn):
            code = hq_cmd(capsys, url, "enrol-code", room.code).strip()
            status, out, err = showroom_cmd(capsys, "enrol", "--data-dir", str(room.data_dir), server.url, code)
            assert status == 0, err
            assert f"showroom {room.code}" in out
        # CS lends while JN is offline (it simply does not sync), and JN registers the same person
        cs_id = cs.register("小美", "13800138000")
        cs.lend(cs_id, cs.sample_codes[:2])
        status, out, err = showroom_cmd(capsys, "sync", "--data-dir", str(cs.data_dir))
        assert status == 0, err
        assert "Waiting to be sent: 0." in out
        jn_id = jn.register("小美", "13800138000")
        jn.lend(jn_id, jn.sample_codes[:1])
        assert showroom_cmd(capsys, "sync", "--data-dir", str(jn.data_dir))[0] == 0
        report = hq_cmd(capsys, url, "status")
        assert "CS 长沙" in report and "JN 济南" in report
        assert report.count("on_loan") == 2 and "streamers 1," in report
        # blacklisted in CS; JN refuses her after its next sync
        cs.blacklist(cs_id, "样品未还")
        assert showroom_cmd(capsys, "sync", "--data-dir", str(cs.data_dir))[0] == 0
        assert showroom_cmd(capsys, "sync", "--data-dir", str(jn.data_dir))[0] == 0
        with pytest.raises(StreamerBlocked):
            jn.lend(jn_id, jn.sample_codes[1:2])
        # HQ revokes JN: the command says so plainly, and nothing is lost
        device = jn.status().device_id
        assert "revoked" in hq_cmd(capsys, url, "device", "revoke", device)
        jn.register("新人", "13900001111")
        status, _out, err = showroom_cmd(capsys, "sync", "--data-dir", str(jn.data_dir))
        assert status == 1 and "no longer accepts this computer" in err
        assert jn.status().pending == 1
        assert "REVOKED" in hq_cmd(capsys, url, "device", "list")
    finally:
        cs.close()
        jn.close()
        server.stop()


def test_hq_is_down_the_command_says_so_calmly(qapp, room_templates, tmp_path, capsys):
    room = Room(tmp_path / "cs", room_templates["CS"])
    try:
        status, _out, err = showroom_cmd(capsys, "sync", "--data-dir", str(room.data_dir))
        assert status == 1 and "not connected to HQ yet" in err
        from datetime import datetime, timezone

        from db.sync_models import SyncState

        uow = room.uow()
        with uow:  # enrolled with an HQ that is not there
            uow.session.add(
                SyncState(
                    id=1,
                    hq_url="http://127.0.0.1:9",
                    device_id="d" * 36,
                    showroom_code="CS",
                    cursor=0,
                    enrolled_at=datetime.now(timezone.utc),
                    last_error_detail="",
                )
            )
            uow.commit()
        (room.data_dir / "device-secret").write_text("d" * 36 + ".secret")
        status, _out, err = showroom_cmd(capsys, "sync", "--data-dir", str(room.data_dir))
        assert status == 1 and "HQ cannot be reached right now. Nothing is lost" in err
    finally:
        room.close()
