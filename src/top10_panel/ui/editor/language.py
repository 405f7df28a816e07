"""The editor's language: switching it switches the whole app's (i18n.Translations loads the app's and the
editor's .qm files together) and is remembered in the settings."""

from __future__ import annotations

from ..i18n import Translations, effective
from ..settings import Settings


class Language:
    def __init__(self, translations: Translations | None, settings: Settings) -> None:
        self.standalone = translations is None
        """No app around: the editor installs the translators itself."""
        self.translations = translations or Translations()
        self.settings = settings

    @property
    def current(self) -> str:
        return self.translations.language

    def start(self) -> str:
        """The language the app is in (the setting, or the system's)."""
        language = effective(self.settings.language())
        if self.standalone or self.translations.language != language:
            self.translations.apply(language)
        return language

    def switch(self, code: str) -> str:
        language = self.translations.apply(code)
        self.settings.set_language(code)
        return language
