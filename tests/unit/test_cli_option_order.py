"""Every subcommand of `showroom` and `showroom-hq` takes its options before, between or after its
positionals, and before or after its own name: the example lines are made from each parser, so a
command added later is walked too."""

from __future__ import annotations

import argparse

import pytest

from cli import main as showroom_cli
from cli import report
from hq import cli as hq_cli


class Captured(Exception):
    def __init__(self, parser: argparse.ArgumentParser, argv: list[str]):
        super().__init__(parser.prog)
        self.parser, self.argv = parser, list(argv)


def _value(action: argparse.Action, n: int = 1) -> str:
    if action.choices:
        return str(list(action.choices)[0])
    if action.type in (int, float):
        return str(n + 2)
    return f"{action.dest}-{n}.pdf" if action.dest == "output" else f"{action.dest}-{n}"


def example(parser: argparse.ArgumentParser) -> tuple[list[str], list[str]]:
    """(positional words, option words) filling every argument the parser declares."""
    positionals, options = [], []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if not action.option_strings:
            count = 2 if action.nargs in ("+", "*") else 1
            positionals += [_value(action, n) for n in range(count)]
        elif action.nargs == 0:
            options.append(action.option_strings[-1])
        else:
            options += [action.option_strings[-1], _value(action)]
    return positionals, options


def orders(positionals: list[str], options: list[str]) -> list[list[str]]:
    return [positionals + options, options + positionals, positionals[:1] + options + positionals[1:]]


def capture_showroom_parser(monkeypatch, argv: list[str]) -> Captured:
    """Runs `showroom ARGV` until the subcommand parses its arguments, and stops it there."""

    def stop(self, args=None, namespace=None):
        raise Captured(self, args)

    with monkeypatch.context() as m:
        m.setattr(argparse.ArgumentParser, "parse_known_args", stop)
        with pytest.raises(Captured) as caught:
            showroom_cli.main(argv)
    return caught.value


def showroom_commands() -> list[list[str]]:
    return [[name] for name in showroom_cli.COMMANDS if name != "report"] + [["report", k] for k in report.KINDS]


@pytest.mark.parametrize("words", showroom_commands(), ids=" ".join)
def test_every_showroom_command_takes_options_anywhere(monkeypatch, words):
    parser = capture_showroom_parser(monkeypatch, [*words, "--data-dir", "D"]).parser
    positionals, options = example(parser)
    parsed = [vars(parser.parse_args(argv)) for argv in orders(positionals, options)]
    assert parsed[0] == parsed[1] == parsed[2]
    # The options every command shares may also come before its name (and before the report's kind);
    # `commands` prints the same sheet for every showroom and has no --data-dir.
    shared = {"--data-dir": "data_dir-1", "--language": "zh_CN"}
    common = [w for name, value in shared.items() if name in options for w in (name, value)]
    if "--data-dir" in options:
        assert str(parsed[0]["data_dir"]) == "data_dir-1"
    own = [w for w in options if w not in common]
    for argv in ([*common, *words, *positionals, *own], [words[0], *common, *words[1:], *own, *positionals]):
        seen = capture_showroom_parser(monkeypatch, argv)
        assert seen.parser.prog == parser.prog
        assert vars(parser.parse_args(seen.argv)) == parsed[0]


def hq_commands() -> dict[str, argparse.ArgumentParser]:
    return hq_cli._commands(hq_cli.parser())


@pytest.mark.parametrize("name", sorted(hq_commands()))
def test_every_hq_command_takes_options_anywhere(name):
    positionals, options = example(hq_commands()[name])
    lines = [[name, *argv] for argv in orders(positionals, options)] + [[*options, name, *positionals]]
    parsed = [{k: v for k, v in vars(hq_cli.parse(argv)).items()} for argv in lines]
    assert all(p == parsed[0] for p in parsed), parsed
    assert parsed[0]["command"] == name


def test_the_reported_hq_line_adds_a_showroom(tmp_path, capsys):
    """`showroom-hq showroom add --data-dir D CS 长沙` (issue 12, item 15) as typed."""
    assert hq_cli.main(["showroom", "add", "--data-dir", str(tmp_path), "CS", "长沙"]) == 0
    assert hq_cli.main(["--data-dir", str(tmp_path), "showroom", "list"]) == 0
    assert "CS\t长沙" in capsys.readouterr().out
