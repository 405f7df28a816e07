"""Every user-interface setting declared once (STYLE §7): language, recent files, window geometry.

Everything about a selection lives in its file; only how the app looks and what it opened last lives here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

ORGANIZATION = "Top10 Panel"
APPLICATION = "top10-panel"
MAX_RECENT = 10

LANGUAGE = "ui/language"
"""'' follows the system; otherwise a key of i18n.LANGUAGES."""
RECENT_FILES = "ui/recent_files"
"""JSON list of paths, newest first (JSON, because QSettings turns a one-item list into a string on some backends)."""
COLUMNS = "import/columns/{noun}"
"""JSON object of the list columns placed by hand in the import preview, per kind of list."""
GEOMETRY = "geometry/{name}"
"""saveGeometry() of each kind of window."""
STATE = "state/{name}"
"""saveState() of a window's splitter or toolbars."""


class Settings:
    """Typed access to the app's QSettings; tests pass a QSettings over a file in tmp_path."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else QSettings()

    def language(self) -> str:
        return str(self.store.value(LANGUAGE, "") or "")

    def set_language(self, code: str) -> None:
        self.store.setValue(LANGUAGE, code)

    def recent_files(self) -> list[Path]:
        try:
            paths = json.loads(str(self.store.value(RECENT_FILES, "[]") or "[]"))
        except ValueError:
            return []
        return [Path(p) for p in paths if isinstance(p, str)] if isinstance(paths, list) else []

    def add_recent(self, path: Path) -> None:
        path = path.resolve()
        paths = [path, *(p for p in self.recent_files() if p != path)][:MAX_RECENT]
        self.store.setValue(RECENT_FILES, json.dumps([str(p) for p in paths], ensure_ascii=False))

    def remove_recent(self, path: Path) -> None:
        paths = [p for p in self.recent_files() if p != path]
        self.store.setValue(RECENT_FILES, json.dumps([str(p) for p in paths], ensure_ascii=False))

    def column_mapping(self, noun: str) -> dict[str, str]:
        """The list columns the editor placed by hand at earlier imports: folded header → field key ('' ignored)."""
        try:
            mapping = json.loads(str(self.store.value(COLUMNS.format(noun=noun), "{}") or "{}"))
        except ValueError:
            return {}
        if not isinstance(mapping, dict):
            return {}
        return {str(k): str(v) for k, v in mapping.items() if isinstance(v, str)}

    def set_column_mapping(self, noun: str, mapping: dict[str, str]) -> None:
        self.store.setValue(COLUMNS.format(noun=noun), json.dumps(mapping, ensure_ascii=False, sort_keys=True))

    def geometry(self, name: str) -> QByteArray | None:
        return self._bytes(GEOMETRY.format(name=name))

    def set_geometry(self, name: str, data: QByteArray) -> None:
        self.store.setValue(GEOMETRY.format(name=name), data)

    def state(self, name: str) -> QByteArray | None:
        return self._bytes(STATE.format(name=name))

    def set_state(self, name: str, data: QByteArray) -> None:
        self.store.setValue(STATE.format(name=name), data)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.store.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def sync(self) -> None:
        self.store.sync()


def data_folder() -> Path:
    """The user's data folder (drafts, the log); QStandardPaths.AppDataLocation, so test mode moves it."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


@dataclass(frozen=True)
class Context:
    """What every window needs from the app: its settings and where to keep the user's data."""

    settings: Settings
    data: Path

    @property
    def drafts(self) -> Path:
        return self.data / "drafts"

    @property
    def log(self) -> Path:
        return self.data / "top10-panel.log"
