"""What an internal error leaves for the user to send: where it happened, never what was being handled.

An exception's message may quote a vote, an expert's key or (from SQLAlchemy) a statement's parameters; the
log keeps each exception's type and the frames it passed through, and withholds its message.
"""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from top10_panel.store.private import open_private, private_folder, user_log_folder

WITHHELD = "(message withheld: it may quote ballot contents or keys)"
ERROR_LOG = "error.log"


def trace_text(error: BaseException) -> str:
    """The traceback of ``error`` and of the exceptions it was raised from, without their messages."""
    chain: list[BaseException] = []
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    parts = []
    for index, item in enumerate(reversed(chain)):
        if index:
            parts.append("\nDuring or because of the above, another exception occurred:\n\n")
        parts.append("Traceback (most recent call last):\n")
        parts.extend(traceback.format_tb(item.__traceback__))
        parts.append(f"{type(item).__module__}.{type(item).__qualname__}: {WITHHELD}\n")
    return "".join(parts)


def write_error_log(error: BaseException) -> Path | None:
    """Append the error to the user's private error log; its path, or None when it cannot be written."""
    try:
        path = private_folder(user_log_folder()) / ERROR_LOG
        with open_private(path, "a", encoding="utf-8") as log:
            log.write(f"--- {datetime.now(UTC).isoformat(timespec='seconds')}\n{trace_text(error)}")
    except OSError:
        return None
    return path
