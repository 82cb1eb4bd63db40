"""Regression guard for the Qt binding itself.

PySide6 6.12.0 dropped a reference to True on every signal delivered to a Python slot (and one to
None for each property passed as a constructor keyword). On Python 3.11 those objects are
reference-counted, so a counter app aborted with "bool_dealloc" after a few hundred scans. We pin
a release without the bug; this test fails if an upgrade brings it back.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, QTimer, Signal


class _Emitter(QObject):
    plain = Signal()
    flag = Signal(bool)


@pytest.mark.skipif(
    sys.version_info >= (3, 12),
    reason="True and None are immortal from Python 3.12 on (PEP 683): a lost reference can no longer free them",
)
def test_signal_delivery_keeps_true_and_none_alive(qapp):
    emitter = _Emitter()
    emitter.plain.connect(lambda: None)
    emitter.flag.connect(lambda _value: None)
    true_refs, none_refs = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(200):
        emitter.plain.emit()
        emitter.flag.emit(True)
    timers = [QTimer(singleShot=True) for _ in range(50)]
    assert sys.getrefcount(True) >= true_refs - 5, "signals leak references to True"
    assert sys.getrefcount(None) >= none_refs - 5, "constructor keywords leak references to None"
    del timers
