"""House style a tool can check (../shared/STYLE.md): ruff's lint and format, and no long functions."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ["kernel", "showroom", "demo", "db", "present", "ui", "printing", "cli", "hq", "bench", "scripts"]
LONGEST = 60  # lines; a widget's constructor (it lays out the widget) and migrations are exempt


def _ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "ruff", *args], cwd=ROOT, capture_output=True, text=True)


def test_ruff_finds_nothing_to_lint():
    done = _ruff("check", "--output-format", "concise", ".")
    assert done.returncode == 0, "ruff check --fix . (then look at what is left):\n" + done.stdout[-3000:]


def test_the_code_is_formatted():
    done = _ruff("format", "--check", ".")
    assert done.returncode == 0, "ruff format . :\n" + done.stdout[-3000:]


def _long_functions(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for item in node.body:  # a widget's constructor lays the widget out: long by nature
                if isinstance(item, ast.FunctionDef) and item.name == "__init__" and path.parts[0] == "ui":
                    item.exempt = True
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and not getattr(node, "exempt", False):
            length = node.end_lineno - node.lineno + 1
            if length > LONGEST:
                yield f"{path}:{node.lineno} {node.name} ({length} lines)"


def test_no_function_is_longer_than_sixty_lines():
    long = [
        found
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
        if "migrations" not in path.parts
        for found in _long_functions(path.relative_to(ROOT))
    ]
    assert not long, "split these (widget constructors and migrations are exempt):\n" + "\n".join(long)
