"""Command lines that take their options before or after the positionals, as people type them.

argparse stops filling positionals at the first option it meets (`showroom-hq showroom add --data-dir D
CS 长沙` loses CS and 长沙), and a subcommand's options are unknown before the subcommand's name.
`IntermixedParser` parses with `parse_intermixed_args`, and `split_command` finds the subcommand's name
wherever it stands, so that `--data-dir D labels X` and `labels X --data-dir D` mean the same.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable


class IntermixedParser(argparse.ArgumentParser):
    """An ArgumentParser whose parse_args accepts options anywhere among the positionals."""

    def parse_args(self, args=None, namespace=None):
        return self.parse_intermixed_args(args, namespace)


def value_options(*parsers: argparse.ArgumentParser) -> set[str]:
    """The option strings of these parsers that take a value (their next word is not a positional)."""
    return {name for p in parsers for action in p._actions if action.nargs != 0 for name in action.option_strings}


def split_command(argv: list[str], names: Iterable[str], takes_value: set[str]) -> tuple[str | None, list[str]]:
    """(the first positional word if it is one of `names`, argv without it); (None, argv) otherwise.

    Options met before it stay in place, so the subcommand's own parser reads them."""
    names, i = set(names), 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            break
        if word.startswith("-") and word != "-":
            i += 2 if word in takes_value else 1  # `--data-dir D`; `--data-dir=D` is one word
            continue
        return (word, argv[:i] + argv[i + 1 :]) if word in names else (None, argv)
    return None, argv
