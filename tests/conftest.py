"""Tests run isolated from the machine: no display, no user settings, files only under tmp_path."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
