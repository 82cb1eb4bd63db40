"""The `showroom` command: plain words instead of a crash when there is no display."""

from __future__ import annotations

from cli import main as cli


def test_no_display_says_how_to_run_under_xvfb(monkeypatch, capsys):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(cli.sys, "platform", "linux")
    assert cli.main(["--demo"]) == 2
    err = capsys.readouterr().err
    assert "no display" in err.lower() or "none was found" in err
    assert "xvfb-run -a make run" in err


def test_version_needs_no_display(monkeypatch, capsys):
    monkeypatch.delenv("DISPLAY", raising=False)
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == "0.1.0"


def test_data_dir_and_demo_flags_parse():
    args = cli.parser().parse_args(["--demo", "--data-dir", "/tmp/x", "--language", "en"])
    assert args.demo and str(args.data_dir) == "/tmp/x" and args.language == "en"
