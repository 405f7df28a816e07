"""Running the real `top10-panel` command as a user does, for the end-to-end tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
SCRIPT = Path(sys.executable).parent / "top10-panel"


def run(*args: str | Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    """Run the command; with ``ok`` it must succeed (its stderr is shown when it does not)."""
    done = subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True, encoding="utf-8")
    if ok:
        assert done.returncode == 0, done.stderr
    return done
