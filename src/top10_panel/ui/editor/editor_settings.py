"""The editor window's own settings, declared once (STYLE §7), over the app's QSettings (ui.settings.Settings)."""

from __future__ import annotations

from ..settings import Settings

WINDOW = "editor"
"""The name of the editor window's geometry and state (Settings.geometry / Settings.state)."""
SPLITTER = "editor-experts-splitter"
"""The experts page's splitter between the list and the recusal matrix."""
LAST_PAGE = "editor/last_page"
"""The key of the page the editor looked at last."""


def last_page(settings: Settings, default: str) -> str:
    return str(settings.store.value(LAST_PAGE, default) or default)


def set_last_page(settings: Settings, page: str) -> None:
    settings.store.setValue(LAST_PAGE, page)
