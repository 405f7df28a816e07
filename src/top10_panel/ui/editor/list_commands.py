"""Undoable changes of the lists (QUndoStack): each redo and undo is one service call, one transaction, run on the
writer thread; the page reloads its table from the file when it returns.

A change the service refuses never happened: its command is taken off the stack (made obsolete and stepped over), so
Ctrl+Z never tries to undo it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand, QUndoStack


class Writer(Protocol):
    """What a command needs from its page: run a job on the writer thread, and learn how it went."""

    stack: QUndoStack

    def write(self, command: WriteCommand, job: Callable[[], Any], undoing: bool) -> None: ...


class WriteCommand(QUndoCommand):
    """A change of the selection file given as two jobs: ``do`` (redo) and ``undo``.

    ``do`` may return what ``undo`` needs (e.g. the rows a removal took away); it is kept in ``self.result``.
    """

    def __init__(self, page: Writer, text: str, do: Callable[[], Any], undo: Callable[[WriteCommand], Any]) -> None:
        super().__init__(text)
        self._page = page
        self._do = do
        self._undo = undo
        self.result: Any = None

    def redo(self) -> None:
        def job() -> Any:
            self.result = self._do()
            return self.result

        self._page.write(self, job, False)

    def undo(self) -> None:
        self._page.write(self, lambda: self._undo(self), True)


def drop_failed(stack: QUndoStack, command: WriteCommand, undoing: bool) -> None:
    """Take a refused change off the stack without running it again; clear the stack when that is not possible
    (the change is no longer next to the stack's index, since more was done since)."""
    index = stack.index()
    if not undoing and index > 0 and stack.command(index - 1) is command:
        command.setObsolete(True)
        stack.undo()  # an obsolete command is deleted, not undone
    elif undoing and index < stack.count() and stack.command(index) is command:
        command.setObsolete(True)
        stack.redo()
    else:
        stack.clear()
