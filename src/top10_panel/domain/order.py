"""The publication order of the chosen (SPEC §3): by result, by category, by date, or 排名不分先后 by pinyin or strokes.

Titles are compared character by character, as a Chinese dictionary or an official name list does:
- 笔画排序 (GB/T 13418 style): fewer strokes first; then the stroke sequence in the classes 横 1, 竖 2, 撇 3, 点 4,
  折 5 (``stroke_table``); then the code point, where the official list would look at how the strokes join.
- 拼音排序: the toneless syllable (ü right after u, as in 现代汉语词典: lu < lü < luan < lüe), then the tone 1-4 with
  the neutral tone last (ma1 < ma2 < ma3 < ma4 < ma), then the character's stroke key. Each character is read in
  context (pypinyin's phrases): 重庆 chong2, 银行 hang2.
- Characters that are not Chinese: a run of digits is one number (9 < 10), then Latin and other letters
  case-insensitively, both before Chinese characters; punctuation, symbols and spaces are ignored (“”《》（） do not
  move a title). Chinese characters the stroke data lacks come after those it has, by code point.
Full-width forms count as their plain forms (NFKC). A title that is a prefix of another comes first.
"""

from __future__ import annotations

import re
import unicodedata

from .errors import InputError
from .result import TallyResult
from .rules import PUBLICATION_ORDERS
from .stroke_table import STROKES

Token = tuple[int | str, ...]
Key = tuple[Token, ...]

_SEQUENCES: dict[str, str] = {entry[0]: entry[1:] for entry in STROKES.split()}

# Token classes: numbers, then letters, then Chinese characters the data knows, then those it does not.
_NUMBER, _LETTER, _HAN, _OTHER_HAN = range(4)


def stroke_sequence(char: str) -> str:
    """The strokes of a Chinese character as digits 1-5 (横竖撇点折), or '' when the data lacks it."""
    return _SEQUENCES.get(char, "")


def stroke_key(text: str) -> Key:
    """Sort key for 笔画排序: stroke count, then stroke sequence, character by character."""
    return tuple(_stroke_token(char) if token is None else token for _, char, token in _units(text))


def pinyin_key(text: str) -> Key:
    """Sort key for 拼音排序: syllable, tone (neutral last), then strokes, character by character."""
    text = unicodedata.normalize("NFKC", text)
    readings = _readings(text)
    keys: list[Token] = []
    for position, char, token in _units(text):
        if token is not None:
            keys.append(token)
            continue
        reading, strokes = readings[position], _stroke_token(char)
        if not reading:
            keys.append((_OTHER_HAN, *strokes))
            continue
        syllable, tone = (reading[:-1], int(reading[-1])) if reading[-1].isdigit() else (reading, 5)
        keys.append((_HAN, syllable.replace("v", "u"), syllable, tone, *strokes))
    return tuple(keys)


def _readings(text: str) -> list[str]:
    """One reading per character, e.g. 'chong2', 'de5' ('' for none), each read in its phrase."""
    readings = _read(text)
    if len(readings) != len(text):  # never seen; then read the characters one by one rather than misalign them
        readings = [(_read(char) or [""])[0] for char in text]
    return readings


def _no_reading(chars: str) -> list[str]:
    return [""] * len(chars)


def _read(text: str) -> list[str]:
    # pypinyin's stubs want a str from ``errors``; its converter takes a list too, which keeps one item a character.
    # Imported here: its phrase table takes 0.3 s to load, which a count that never orders by pinyin need not pay.
    from pypinyin import Style, lazy_pinyin

    readings: list[str] = lazy_pinyin(
        text,
        style=Style.TONE3,
        neutral_tone_with_five=True,
        errors=_no_reading,  # type: ignore[arg-type]
    )
    return readings


def _stroke_token(char: str) -> Token:
    sequence = _SEQUENCES.get(char)
    if sequence is None:
        return (_OTHER_HAN, ord(char))
    return (_HAN, len(sequence), sequence, ord(char))


_DIGITS = re.compile(r"\d+")


def _units(text: str) -> list[tuple[int, str, Token | None]]:
    """(position, text, token) for each unit that orders: a number, a letter, or a Chinese character (token None:
    the caller makes it). Everything else is skipped. ``text`` is NFKC-normalised first (idempotent)."""
    text = unicodedata.normalize("NFKC", text)
    out: list[tuple[int, str, Token | None]] = []
    k = 0
    while k < len(text):
        char = text[k]
        if char.isdecimal():
            digits = _DIGITS.match(text, k)
            number = digits.group() if digits else char
            out.append((k, number, (_NUMBER, int(number))))
            k += len(number)
            continue
        if _is_han(char):
            out.append((k, char, None))
        elif unicodedata.category(char).startswith("L"):
            out.append((k, char, (_LETTER, char.casefold())))
        k += 1
    return out


def _is_han(char: str) -> bool:
    return char in _SEQUENCES or char == "〇" or unicodedata.name(char, "").startswith(("CJK UNIFIED", "CJK COMPAT"))


# ---------------------------------------------------------------------------------------------------------------------
# The order of the chosen


def publication_order(result: TallyResult, how: str | None = None) -> tuple[str, ...]:
    """The codes of the settled seats (``result.top``) in the order they are published."""
    how = result.rules.publication_order if how is None else how
    if how not in PUBLICATION_ORDERS:
        raise InputError(f"unknown publication order '{how}'", fix=f"use one of: {', '.join(PUBLICATION_ORDERS)}")
    codes = result.top
    if how == "result":
        return tuple(codes)
    by_code = {c.code: c for c in result.candidates}
    chosen = [by_code[code] for code in codes]
    if how == "category":
        order = {name: k for k, (name, _) in enumerate(result.rules.quotas)}
        for candidate in chosen:
            order.setdefault(candidate.category, len(order))
        ranked = sorted(range(len(chosen)), key=lambda k: (order[chosen[k].category], k))
    elif how == "date":
        ranked = sorted(range(len(chosen)), key=lambda k: (_date_key(chosen[k].date), k))
    else:
        title_key = pinyin_key if how == "pinyin" else stroke_key
        keys = [title_key(c.title or c.code) for c in chosen]
        ranked = sorted(range(len(chosen)), key=lambda k: (keys[k], k))
    return tuple(codes[k] for k in ranked)


_DATE = re.compile(r"\s*(\d{4})(?:\s*[-./年]\s*(\d{1,2})(?:\s*[-./月]\s*(\d{1,2}))?)?")


def _date_key(date: str) -> tuple[int, int, int, int]:
    """Dated first, by the start (a month or a year stands for its first day; a span for its start); undated last."""
    match = _DATE.match(date)
    if not match:
        return (1, 0, 0, 0)
    year, month, day = (int(part) if part else 1 for part in match.groups())
    if not 1 <= month <= 12:
        month, day = 1, 1
    if not 1 <= day <= 31:
        day = 1
    return (0, year, month, day)
