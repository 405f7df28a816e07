"""Translations with Qt Linguist (STYLE §8): source strings in English, zh_CN complete; switchable at run time.

Installing or removing a translator sends QEvent.LanguageChange to every widget, which then calls its own
``retranslate()``; so switching the language needs no restart.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from top10_panel.resources import resource

LANGUAGES = {"zh_CN": "中文", "en": "English"}
"""Language codes and their names, each written in its own language (never translated)."""
CHINESE, ENGLISH = "zh_CN", "en"

log = logging.getLogger(__name__)


def system_language() -> str:
    """English when the system's UI language is another language than Chinese; Chinese when it is Chinese or when
    the system names none (the C/POSIX locale of a bare server or container): the app is Chinese first."""
    languages = QLocale.system().uiLanguages()
    first = languages[0] if languages else QLocale.system().name()
    if first.lower().startswith("zh") or first in ("C", "POSIX", ""):
        return CHINESE
    return ENGLISH


def effective(language: str) -> str:
    """The language to use for a setting: '' (or an unknown code) follows the system."""
    return language if language in LANGUAGES else system_language()


class Translations:
    """The app's translator and Qt's own (standard buttons, file dialogs), installed together."""

    _installed: list[QTranslator] = []
    """What is installed in the application, which has one set of translators whoever installed them."""

    def __init__(self) -> None:
        self.language = ENGLISH

    def apply(self, language: str) -> str:
        """Install the translators of ``language`` ('' = the system's) and return the language now in use."""
        language = effective(language)
        app = QCoreApplication.instance()
        for translator in Translations._installed:
            QCoreApplication.removeTranslator(translator)
        Translations._installed = []
        if language == ENGLISH and app is not None:
            # English is the sources' own language; its catalogue holds only the plural forms ("1 seat", "2 seats")
            # of the messages counted with %n.
            for path in _catalogues(language):
                ours = QTranslator(app)
                if ours.load(str(path)):
                    Translations._installed.append(ours)
        elif app is not None:
            for path in _catalogues(language):  # the app's own, then each part of the editor's
                ours = QTranslator(app)
                if ours.load(str(path)):
                    Translations._installed.append(ours)
            if not Translations._installed:
                log.warning("the %s translation is missing; run `make translations`", language)
            qt = QTranslator(app)
            if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                Translations._installed.append(qt)
        for translator in Translations._installed:
            QCoreApplication.installTranslator(translator)
        QLocale.setDefault(_locale(language))
        self.language = language
        return language


def _catalogues(language: str) -> list[Path]:
    """top10_panel_<lang>.qm and every editor_*_<lang>.qm shipped (each part of the app has its own .ts)."""
    try:
        folder = resource("translations")
    except FileNotFoundError:
        return []
    own = folder / f"top10_panel_{language}.qm"
    return [own] * own.is_file() + sorted(folder.glob(f"editor_*_{language}.qm"))


def _locale(language: str) -> QLocale:
    """Numbers in spin boxes follow the chosen language, not the system's (a decimal point, no grouping)."""
    if language == CHINESE:
        locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    else:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


FULL_WIDTH_ENDS = "。！？；：）」』"


def join_sentences(parts: list[str]) -> str:
    """Sentences in a row: a space after an English one, none after a Chinese full stop (。)."""
    text = ""
    for part in parts:
        if text and not text.endswith(tuple(FULL_WIDTH_ENDS)):
            text += " "
        text += part
    return text
