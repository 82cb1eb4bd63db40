"""The counter installs and bundles without the HQ server's packages (pyproject's `hq` extra): every
module of the counter imports with FastAPI, uvicorn, psycopg, pydantic, Jinja2, multipart and segno hidden."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COUNTER = ("kernel", "showroom", "db", "present", "printing", "ui", "cli", "demo")
HQ_ONLY = (
    "fastapi",
    "uvicorn",
    "psycopg",
    "psycopg_binary",
    "pydantic",
    "pydantic_core",
    "jinja2",
    "multipart",
    "python_multipart",
    "segno",
    "starlette",
)
NOT_COUNTER = ("demo.network",)  # HQ's network demo: it seeds counters into an HQ, run by showroom-hq

PROGRAM = f"""
import importlib, pkgutil, sys
HIDDEN = {HQ_ONLY!r}

class Hide:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in HIDDEN:
            raise ImportError(f"{{name}} is HQ's, not the counter's")
        return None

sys.meta_path.insert(0, Hide())
for top in {COUNTER!r}:
    package = importlib.import_module(top)
    for found in pkgutil.walk_packages(package.__path__, top + "."):
        if found.name not in {NOT_COUNTER!r} and ".migrations." not in found.name and not found.name.endswith("__main__"):
            importlib.import_module(found.name)
print("ok")
"""


def test_every_counter_module_imports_without_the_hq_packages():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0 and done.stdout.strip().endswith("ok"), done.stderr[-3000:]
