"""The bundle's entry point (PyInstaller runs this, not the console script): the `top10-panel` command.

A lone .t10 or .t10pkg path, which is how a double-clicked file arrives (Linux desktop entry, Windows file
association, macOS argv emulation), means `open FILE`; everything else goes to the command as typed.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from top10_panel.cli import main

OPENED_SUFFIXES = (".t10", ".t10pkg")


def command_line(argv: Sequence[str]) -> list[str]:
    if len(argv) == 1 and argv[0].lower().endswith(OPENED_SUFFIXES):
        return ["open", argv[0]]
    return list(argv)


if __name__ == "__main__":
    sys.exit(main(command_line(sys.argv[1:])))
