"""`showroom-hq` admin commands on the embedded SQLite default (no set-up needed)."""

from __future__ import annotations

from hq import admin
from hq.cli import main
from hq.db import make_engine, make_sessions, sqlite_url


def run(capsys, *args) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_admin_commands_on_a_data_dir(tmp_path, capsys):
    d = str(tmp_path / "hq")
    assert run(capsys, "showroom", "add", "CS", "长沙", "--data-dir", d)[0] == 0
    code, _out, err = run(capsys, "showroom", "add", "cs", "again", "--data-dir", d)
    assert code == 1 and "exists already" in err
    assert run(capsys, "showroom", "add", "toolong", "x", "--data-dir", d)[0] == 1
    code, out, _ = run(capsys, "enrol-code", "CS", "--data-dir", d)
    assert code == 0 and len(out.strip()) == 11
    assert run(capsys, "enrol-code", "XX", "--data-dir", d)[0] == 1
    csv_file = tmp_path / "catalog.csv"
    csv_file.write_text(
        "merchant,name,sample_value_fen,ean\n良品铺子,每日坚果,8000,6901234567892\n良品铺子,芒果干,3000,\n",
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "catalog-import", str(csv_file), "--data-dir", d)
    assert code == 0 and out.startswith("2 products")
    code, _out, err = run(capsys, "lift-blacklist", "13800138000", "--reason", "x", "--data-dir", d)
    assert code == 1 and "not on the network blacklist" in err
    code, out, _ = run(capsys, "status", "--data-dir", d)
    assert "CS 长沙: devices 0" in out and "products 2" in out
    code, _out, err = run(capsys, "device", "revoke", "nope", "--data-dir", d)
    assert code == 1 and "no device" in err
    sessions = make_sessions(make_engine(sqlite_url(tmp_path / "hq")))
    assert {p["showroom"] for p in admin.list_devices(sessions)} == set()


def test_a_database_that_cannot_be_used_is_one_plain_line(tmp_path, capsys):
    code, _out, err = run(capsys, "status", "--database-url", "postgresql+psycopg://postgres@127.0.0.1:1/none")
    assert code == 1 and "cannot be reached" in err and "Traceback" not in err
    (tmp_path / "hq").mkdir()
    (tmp_path / "hq" / "hq.sqlite3").write_bytes(b"not a database, whatever its name says" * 100)
    code, _out, err = run(capsys, "showroom", "list", "--data-dir", str(tmp_path / "hq"))
    assert code == 1 and "damaged" in err, err
