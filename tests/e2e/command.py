"""Running the `top10-panel` command as a user does, for the end-to-end tests.

`run` calls the command's own entry point (`top10_panel.cli.main`, what the installed script calls) in this
process, with its output captured and its exit status returned as a process's would be: the same arguments, the
same code, the same messages, without paying a new interpreter and every import for each of the hundreds of
commands these tests give. `TOP10_PANEL_E2E_PROCESSES=1` runs each as a real process instead; the tests that are
about the process itself (exit on --help, encodings, an internal error's log, a killed command) always do.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
SCRIPT = Path(sys.executable).parent / "top10-panel"
IN_PROCESS = os.environ.get("TOP10_PANEL_E2E_PROCESSES", "") != "1"


def run(*args: str | Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the command; with ``ok`` it must succeed (its stderr is shown when it does not)."""
    argv = [str(arg) for arg in args]
    done = _in_process(argv) if IN_PROCESS else _process(argv)
    if ok:
        assert done.returncode == 0, done.stderr
    return done


def _process(argv: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *argv], capture_output=True, text=True, encoding="utf-8")


def _in_process(argv: list[str]) -> subprocess.CompletedProcess[str]:
    from top10_panel.cli import main

    out, err = _Stream(), _Stream()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit:  # argparse's --help and usage errors, as the process would end
            code = exit.code if isinstance(exit.code, int) else (0 if exit.code is None else 1)
    return subprocess.CompletedProcess([str(SCRIPT), *argv], code, out.text(), err.text())


class _Stream(io.TextIOWrapper):
    """A text stream over bytes, as a process's stdout is (so code that writes to `.buffer` works too)."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), encoding="utf-8", newline="\n", write_through=True)

    def text(self) -> str:
        self.flush()
        buffer = self.buffer
        assert isinstance(buffer, io.BytesIO)
        return buffer.getvalue().decode("utf-8")
