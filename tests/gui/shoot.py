"""Screenshots of the ballot window in each vote mode, in Chinese and English, with 30 candidates, at 1366×768 —
with some votes made, as an expert sees it mid-way. Run by test_screenshots.py under Xvfb (or offscreen):
``python -m tests.gui.shoot OUT WORK [--only NAME ...]``; OUT gets the PNGs, WORK the selections."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from top10_panel.domain.rules import Mode
from top10_panel.ui.app import App, create_application
from top10_panel.ui.expert.candidates import COL_MARK, COL_TITLE
from top10_panel.ui.expert.window import BallotWindow
from top10_panel.ui.i18n import Translations
from top10_panel.ui.settings import Context, Settings

from .driving import proxy_index
from .selections import RULES, make

SIZE = (1366, 768)
CANDIDATES = 30
LANGUAGES = {"zh": "zh_CN", "en": "en"}


class Chooser:
    def __init__(self, path: Path) -> None:
        self.path = path

    def open_file(self, parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
        return None

    def save_file(self, parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
        return self.path


def vote(window: BallotWindow) -> None:
    """Votes made part of the way, as an expert mid-ballot; the current candidate's full text shown."""
    model = window.candidates
    if window.mode is Mode.APPROVAL:
        for code in ("E01", "E03", "E04", "E07", "S12", "S18", "S21"):
            model.setData(
                model.index(model.row_of(code), COL_MARK), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
            )
    elif window.ranked is not None:
        window.ranked.place(["E03", "E01", "E07", "S21", "E04"], -1)
    else:
        for code, score in (("E01", "9"), ("E02", "7.5"), ("E03", "10"), ("E05", "6"), ("S11", "0"), ("S13", "8")):
            model.setData(model.index(model.row_of(code), COL_MARK), score)
    current = proxy_index(window, "E08", COL_TITLE)
    window.list_panel.table.setCurrentIndex(current)
    if window.ranking is not None:
        window.ranking.view.setCurrentIndex(window.ranked.index(1))  # type: ignore[union-attr]
        window.ranking.view.setFocus()
    else:
        window.list_panel.table.setFocus()


def shoot(widget: QWidget, path: Path) -> None:
    QTest.qWaitForWindowExposed(widget)
    assert widget.grab().save(str(path)), path
    print(path, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", type=Path)
    parser.add_argument("work", type=Path)
    parser.add_argument("--only", nargs="*", default=None, help="names like ranking-zh")
    parser.add_argument("--suffix", default="")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    create_application(sys.argv[:1])
    settings = Settings(QSettings(str(args.work / "settings.ini"), QSettings.Format.IniFormat))
    translations = Translations()
    for mode, rules in RULES.items():
        made = make(args.work / str(mode), rules, CANDIDATES)
        for short, language in LANGUAGES.items():
            name = f"{mode}-{short}"
            if args.only and name not in args.only:
                continue
            translations.apply(language)
            context = Context(settings, args.work / f"data-{name}")  # a fresh draft folder for each shot
            app = App(context, translations, Chooser(args.work / f"{name}.t10vote"))
            window = app.open_package(made.package("专家18"))
            assert isinstance(window, BallotWindow)
            window.confirm_close = False
            window.resize(*SIZE)
            vote(window)
            QTest.qWaitForWindowExposed(window)
            shoot(window, args.out / f"expert-{name}{args.suffix}.png")
            if mode is Mode.APPROVAL:
                window.submit()
                assert window.confirm_dialog is not None
                shoot(window.confirm_dialog, args.out / f"expert-confirm-{short}{args.suffix}.png")
                window.confirm_dialog.accept()
                assert window.receipt_dialog is not None
                shoot(window.receipt_dialog, args.out / f"expert-receipt-{short}{args.suffix}.png")
                window.receipt_dialog.close()
            window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
