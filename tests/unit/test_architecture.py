"""Dependencies point one way: the core never imports Qt, the UI never touches SQLAlchemy or db, and the
shared kernel (kernel/: code forms, event declarations) imports nothing of the app."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _imports(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = names
    return found


def test_core_packages_never_import_qt():
    for package in ("showroom", "db", "printing"):
        offenders = {f for f, names in _imports(package).items() if names & {"PySide6", "shiboken6", "ui"}}
        assert not offenders, f"{package} must stay Qt-free: {sorted(offenders)}"


def test_ui_never_imports_sqlalchemy_or_db():
    offenders = {f for f, names in _imports("ui").items() if names & {"sqlalchemy", "alembic", "db"}}
    assert not offenders, f"ui must go through services: {sorted(offenders)}"


def test_db_never_imports_the_core_or_ui():
    offenders = {f for f, names in _imports("db").items() if names & {"showroom", "ui", "PySide6"}}
    assert not offenders, sorted(offenders)


def test_the_kernel_imports_nothing_of_the_app():
    app = {"showroom", "db", "ui", "printing", "cli", "hq", "PySide6", "shiboken6", "sqlalchemy"}
    offenders = {f for f, names in _imports("kernel").items() if names & app}
    assert not offenders, f"the counter and HQ both stand on kernel: {sorted(offenders)}"


def test_import_linter_contracts_hold():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_demo_seeding_lives_outside_the_core():
    """showroom/ holds domain rules and use cases; the demo stands on them in demo/, never the reverse."""
    assert not list((ROOT / "showroom").glob("demo*")), "the demo seeding belongs in demo/"
    for package in ("showroom", "db", "printing", "kernel"):
        offenders = {f for f, names in _imports(package).items() if "demo" in names}
        assert not offenders, f"{package} must not import the demo: {sorted(offenders)}"
