"""Dependencies point one way: the core never imports Qt, the UI never touches SQLAlchemy or db, the shared
kernel (kernel/: code forms, phones, shared refusals, event declarations) imports nothing of the app, the
presentation layer (present/) uses Qt's core but no widgets, cli/ opens the window and uses nothing else
of ui/, and HQ stands on the kernel alone."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _modules(package: str) -> dict[str, set[str]]:
    """Each file's imports as dotted names: `from A import b` names A and A.b (b may be a module)."""
    found: dict[str, set[str]] = {}
    for path in (ROOT / package).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[str(path.relative_to(ROOT))] = names
    return found


def _imports(package: str) -> dict[str, set[str]]:
    """Each file's imported top-level packages."""
    return {f: {name.split(".")[0] for name in names} for f, names in _modules(package).items()}


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
    app = {"showroom", "db", "present", "ui", "printing", "cli", "hq", "PySide6", "shiboken6", "sqlalchemy"}
    offenders = {f for f, names in _imports("kernel").items() if names & app}
    assert not offenders, f"the counter and HQ both stand on kernel: {sorted(offenders)}"


def test_the_presentation_layer_uses_qt_core_only():
    widgets = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtPrintSupport")
    offenders = {
        f
        for f, names in _modules("present").items()
        if any(name.startswith(widgets) for name in names)
        or {name.split(".")[0] for name in names} & {"ui", "cli", "hq", "db", "sqlalchemy"}
    }
    assert not offenders, f"present/ is shared by the window and the commands, with no widgets: {sorted(offenders)}"


def test_the_commands_use_nothing_of_ui_but_opening_the_window():
    offenders = {
        f
        for f, names in _modules("cli").items()
        if any(name.split(".")[0] == "ui" and not name.startswith("ui.app") for name in names)
    }
    assert not offenders, f"cli/ may import ui.app only: {sorted(offenders)}"


def test_hq_stands_on_the_shared_kernel_only():
    app = {"showroom", "db", "present", "ui", "printing", "cli", "PySide6", "shiboken6"}
    offenders = {f for f, names in _imports("hq").items() if names & app}
    assert not offenders, f"hq may use only kernel of the app: {sorted(offenders)}"


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
