"""One writer off the UI thread (STYLE §4): jobs run one after another on a single worker thread, and each outcome
comes back to the UI thread as a plain value, in order."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from itertools import count
from typing import Any

from PySide6.QtCore import QObject, Signal

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Tasks(QObject):
    """A single-thread executor whose callbacks run on the thread that owns this object (the UI thread).

    The worker thread holds only the job and a number: the callbacks (which hold windows and widgets) stay on the
    UI thread, so no Qt object is ever released, and so perhaps deleted, on the worker thread.
    """

    _outcome = Signal(int, object, object)
    """(job number, result, error), emitted from the worker: a queued connection hands it to the UI thread."""

    idle = Signal()
    """Every job given so far has finished and its callback has run."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool: ThreadPoolExecutor | None = ThreadPoolExecutor(max_workers=1, thread_name_prefix="top10-writer")
        self._callbacks: dict[int, tuple[Done, Failed]] = {}
        self._numbers = count(1)
        self._outcome.connect(self._deliver)

    @property
    def busy(self) -> bool:
        return bool(self._callbacks)

    def run(self, job: Callable[[], Any], done: Done, failed: Failed) -> None:
        """Run ``job`` on the worker; then ``done(result)`` or ``failed(error)`` on the UI thread."""
        if self._pool is None:
            raise RuntimeError("the task runner is shut down")
        number = next(self._numbers)
        self._callbacks[number] = (done, failed)
        self._pool.submit(_work, weakref.ref(self), number, job)

    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        done, failed = self._callbacks.pop(number)
        if error is not None:
            failed(error)
        else:
            done(result)
        if not self._callbacks:
            self.idle.emit()

    def shutdown(self) -> None:
        """Wait for the jobs given so far (a draft being written is finished, never cut), then stop the thread."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None


def _work(tasks: weakref.ref[Tasks], number: int, job: Callable[[], Any]) -> None:
    try:
        result, error = job(), None
    except Exception as problem:  # handed to the UI thread, which shows it
        result, error = None, problem
    del job
    runner = tasks()
    if runner is not None:
        runner._outcome.emit(number, result, error)
