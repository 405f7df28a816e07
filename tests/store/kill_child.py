"""The real command, killed by SIGKILL at an exact moment: ``python -m tests.store.kill_child WHEN N -- ARGS…``
runs ``top10-panel ARGS…`` and kills itself just before its N-th SQL statement (WHEN ``statement``; past the last one,
just before the exit) or just after
its N-th file moved in place (WHEN ``replace``); WHEN ``count`` runs it whole and prints how many of each there were.
The page cache is kept tiny, so that a long transaction spills its pages into the file before it commits: a kill
then leaves a file half-written and its journal hot, as a kill in the middle of a large write does."""

from __future__ import annotations

import os
import signal
import sys
from types import SimpleNamespace
from typing import Any

from sqlalchemy import event

from top10_panel.services import export_set
from top10_panel.store import database

counts = {"statement": 0, "replace": 0}


def main() -> int:
    when, limit, _, *argv = sys.argv[1:]
    target = int(limit)

    def tick(kind: str) -> None:
        counts[kind] += 1
        if when == kind and counts[kind] == target:
            os.kill(os.getpid(), signal.SIGKILL)

    engine = database._engine

    def counted_engine(path: Any) -> Any:
        made = engine(path)

        @event.listens_for(made, "connect")
        def _small_cache(connection: Any, _record: Any) -> None:
            connection.execute("PRAGMA cache_size = 2")
            connection.set_trace_callback(lambda _sql: tick("statement"))

        return made

    database._engine = counted_engine
    replace = os.replace

    def counted_replace(source: Any, target_path: Any) -> None:
        replace(source, target_path)
        tick("replace")

    export_set.os = SimpleNamespace(replace=counted_replace)  # type: ignore[assignment]  # its moves in place only

    from top10_panel.cli import main as command

    code = command(argv)
    if when == "statement" and counts["statement"] < target:  # after the last write, just before the exit
        os.kill(os.getpid(), signal.SIGKILL)
    if when == "count":
        print(f"statements {counts['statement']} replaces {counts['replace']}", file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
