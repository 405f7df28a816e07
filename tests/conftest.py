"""Tests run isolated from the machine: no display, no user settings, files only under tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The commands the tests start keep their compiled bytecode (as `make test` does), so each start does not compile
# every module again.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
