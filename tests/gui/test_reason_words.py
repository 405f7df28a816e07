"""The Chinese workbook and report say a register's reason as the editor's window does: each template of
exchange.reason_words that the window's catalogues list (collect_models' register reasons, error_words' sentences)
has there the same Chinese in resources/translations/*.ts, and so have the words put inside and the joins. A reason
the window learns to say is one the published files must say too."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from top10_panel.exchange.reason_words import PLACES, REASONS, WORDS
from top10_panel.ui.editor import collect_models, error_words

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def _catalogue() -> dict[tuple[str, str], str]:
    """(context, source) → the finished zh_CN translation, over every .ts of the app."""
    out: dict[tuple[str, str], str] = {}
    for ts in sorted(TRANSLATIONS.glob("*_zh_CN.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is not None and translation.get("type") != "unfinished" and translation.text:
                    out[(name, message.findtext("source", ""))] = translation.text
    return out


def _shown() -> dict[str, tuple[str, str]]:
    """Each template the window knows → (context, the English its catalogue translates), in the order the window
    looks them up: the register's reasons first, then the services' sentences."""
    shown: dict[str, tuple[str, str]] = {}
    for source, said in collect_models.REASONS + collect_models.REASON_PATTERNS:
        shown.setdefault(source, ("RegisterReasons", str(said)))
    for source, said in error_words.SENTENCES:
        shown.setdefault(source, ("ErrorWords", str(said or source)))
    return shown


def test_each_reason_the_window_translates_has_the_same_chinese_here() -> None:
    catalogue, shown = _catalogue(), _shown()
    checked, differ = 0, []
    for english, chinese in REASONS:
        key = shown.get(english)
        if key is None or key not in catalogue:
            continue
        checked += 1
        if catalogue[key] != chinese:
            differ.append(f"{english!r}: here {chinese!r}, in the .ts {catalogue[key]!r}")
    assert not differ, "\n".join(differ)
    assert checked >= 60, checked  # the catalogues were read: most reasons are theirs too


def test_each_register_reason_of_the_window_is_a_reason_here() -> None:
    here = {english for english, _ in REASONS}
    missing = [s for s, _ in collect_models.REASONS + collect_models.REASON_PATTERNS if s not in here]
    assert not missing, missing


def test_the_words_inside_and_the_joins_are_the_windows() -> None:
    catalogue = _catalogue()
    words = {key: ("ErrorWords", str(said)) for key, said in error_words.WORDS.items()}
    words.update({key: ("RegisterModel", str(said)) for key, said in collect_models.REASON_KINDS.items()})
    checked = 0
    for key, chinese in WORDS.items():
        if key in words and words[key] in catalogue:
            checked += 1
            assert catalogue[words[key]] == chinese, key
    assert checked >= 8, checked
    for source, chinese in PLACES.items():
        assert catalogue[("ErrorWords", source)] == chinese, source
