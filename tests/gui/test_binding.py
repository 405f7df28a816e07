"""The Qt binding itself: PySide6 6.12.0 on Python 3.11 drops a reference to None or True on every void call and
every emit, and the interpreter aborts after a few thousand ("none_dealloc") — mid-vote. pyproject pins below 6.12;
this test fails if a lock ever brings such a binding back."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def test_binding_calls_keep_their_references() -> None:
    probe = _Probe()
    calls = 64
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(calls):
        probe.blockSignals(False)  # a void method: returns None
        probe.fired.emit()  # returns True
    assert sys.getrefcount(None) > none - calls
    assert sys.getrefcount(True) > true - calls
