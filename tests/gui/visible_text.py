"""What a user can read in a window: the texts of its visible labels, buttons, group boxes, tabs, combo boxes, line
edits' hints, item views' headers and cells; and the tests' judges of a text's language (an English sentence in the
Chinese interface, Chinese words of our catalogues in the English one)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

ROOT = Path(__file__).resolve().parents[2]
CATALOGUES = sorted((ROOT / "resources" / "translations").glob("*.ts"))
_TAG = re.compile(r"<[^>]+>")
ROWS = 60
"""Rows read of each item view (the first ones; a register of hundreds says the same words in each row)."""


def _plain(text: str) -> str:
    text = _TAG.sub(" ", text).replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
    return " ".join(text.split())


def _columns(model: QAbstractItemModel, parent: QModelIndex) -> int:
    try:
        return model.columnCount(parent)
    except TypeError:  # a list or table model keeps columnCount private; its items have no children
        return 1 if not parent.isValid() else 0


def _cells(model: QAbstractItemModel, parent: QModelIndex, depth: int = 0) -> Iterator[str]:
    columns = _columns(model, parent)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if depth == 0 and header:
            yield str(header)
    for row in range(min(model.rowCount(parent), ROWS)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str) and value:
                    yield value
            if depth < 2 and column == 0 and _columns(model, index) and model.rowCount(index):
                yield from _cells(model, index, depth + 1)


def visible_texts(root: QWidget, *, skip: Iterable[QWidget] = ()) -> list[tuple[str, str]]:
    """(where, text) for every text shown in ``root`` and its visible children, ``skip`` (views of data) left out."""
    skipped = set(skip)
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget is not root and not widget.isVisibleTo(root):
            continue
        if any(widget is s or s.isAncestorOf(widget) for s in skipped):
            continue
        name = f"{type(widget).__name__}({widget.objectName() or ''})"
        texts: list[str] = []
        if widget.isWindow() and widget.windowTitle():
            texts.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            texts.extend(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            texts.append(widget.toPlainText())
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts.extend(_cells(widget.model(), QModelIndex()))
        if widget.toolTip():
            texts.append(widget.toolTip())
        for text in texts:
            plain = _plain(text.replace("&&", "\0").replace("&", "").replace("\0", "&"))
            if plain:
                found.append((name, plain))
    return found


_WORD = r"[A-Za-z][a-z]+(?:'[a-z]+)?"
_ENGLISH = re.compile(rf"\b{_WORD}(?:[ ,;:–—-]+{_WORD}){{2,}}\b")
FUNCTION_WORDS = frozenset(
    "the a an is are of to in on with no not and or by for from be been has have was were this that it its"
    " cannot can first yet any all only".split()
)
"""An English sentence has a few of these; names of formats and products ("CSV UTF-8", "Top10 Panel") have none."""


def english_sentences(text: str) -> list[str]:
    """The runs of three or more English words in ``text`` that read as a sentence (with a function word)."""
    found = []
    for match in _ENGLISH.finditer(text):
        words = re.findall(r"[A-Za-z']+", match.group(0).lower())
        if any(word in FUNCTION_WORDS for word in words):
            found.append(match.group(0))
    return found


@cache
def catalogue_chinese() -> frozenset[str]:
    """The Chinese of every translation in our catalogues, cut at the placeholders: pieces of three characters or
    more that hold Chinese."""
    pieces: set[str] = set()
    for ts in CATALOGUES:
        for message in ET.parse(ts).getroot().iter("message"):
            for translation in message.iter("translation"):
                texts = [translation.text or ""] + [n.text or "" for n in translation.iter("numerusform")]
                for text in texts:
                    for piece in re.split(r"\{\d\}|%n|%\d|[\s，。：；、（）()“”‘’！？—…·《》]+", text):
                        if len(piece) >= 3 and re.search(r"[\u4e00-\u9fff]", piece):
                            pieces.add(piece)
    return frozenset(pieces)


def chinese_of_catalogues(text: str) -> list[str]:
    return sorted(piece for piece in catalogue_chinese() if piece in text)
