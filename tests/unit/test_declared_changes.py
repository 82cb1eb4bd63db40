"""Every use case that commits declares the topics it changes (showroom.services.changes), so the UI's
task runner announces them and no screen has to remember to."""

from __future__ import annotations

import importlib
import inspect
import pkgutil

import showroom.services as services
from showroom.services.changes import changed_by


def _module_functions():
    for info in pkgutil.walk_packages(services.__path__, "showroom.services."):
        module = importlib.import_module(info.name)
        for name, fn in vars(module).items():
            if inspect.isfunction(fn) and fn.__module__ == module.__name__:
                yield module, name, inspect.unwrap(fn)


def _commits(fn, module, seen: set) -> bool:
    """Whether fn commits, itself or through the functions of its own module it calls."""
    if fn in seen:
        return False
    seen.add(fn)
    if "uow.commit()" in inspect.getsource(fn):
        return True
    called = (getattr(module, name, None) for name in fn.__code__.co_names)
    nested = (c for c in fn.__code__.co_consts if inspect.iscode(c))
    names = {n for code in nested for n in code.co_names}
    called = list(called) + [getattr(module, name, None) for name in names]
    return any(
        inspect.isfunction(c) and c.__module__ == module.__name__ and _commits(inspect.unwrap(c), module, seen)
        for c in called
    )


def writing_use_cases():
    return sorted(
        (module.__name__, name, fn)
        for module, name, fn in _module_functions()
        if not name.startswith("_")
        and not inspect.isgeneratorfunction(fn)  # context managers
        and _commits(fn, module, set())
    )


def test_every_use_case_that_commits_declares_what_it_changes():
    undeclared = [
        f"{module}.{name}"
        for module, name, fn in writing_use_cases()
        if not changed_by(getattr(importlib.import_module(module), name))
    ]
    assert not undeclared, f"use cases that commit without @changes(...): {undeclared}"


def test_the_walk_finds_the_use_cases_it_is_meant_to():
    found = {f"{module.rsplit('.', 1)[1]}.{name}" for module, name, _fn in writing_use_cases()}
    assert {"checkout.check_out", "returns.check_in", "staff_admin.unlock", "catalog.receive_samples"} <= found
    assert "checkout.quote_checkout" not in found and "samples.sample_page" not in found


def test_every_use_case_and_query_is_fully_annotated():
    """ctx, now and the answer included: the signatures are what the front ends program against."""
    bare = []
    for module, name, fn in _module_functions():
        if name.startswith("_"):
            continue
        signature = inspect.signature(fn)
        missing = [p for p, v in signature.parameters.items() if v.annotation is inspect.Parameter.empty]
        if signature.return_annotation is inspect.Signature.empty:
            missing.append("return")
        if missing:
            bare.append(f"{module.__name__}.{name}: {missing}")
    assert not bare, "\n".join(bare)
