"""The editor's workbench (SPEC §2): one window per selection with its pages — rules, candidates, experts, issue,
collect, results, publish — and the new-selection wizard."""

from __future__ import annotations

from .opening import open_selection_window

__all__ = ["open_selection_window"]
