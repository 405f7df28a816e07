"""`python -m top10_panel.ui [FILE]`: the app, on the start screen or with FILE (.t10pkg or .t10) open."""

from __future__ import annotations

import sys
from pathlib import Path

from .app import run

if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]) if len(sys.argv) > 1 else None, sys.argv[:1]))
