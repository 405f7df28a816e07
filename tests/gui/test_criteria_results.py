"""The results page of a criterion-scored selection under the z normalisation, as the editor reads it: the
normalised value as the score with the raw mean beside it, a line saying how both were made, robustness said not to
be computed (one changed score moves all of an expert's standardised scores), and the other methods compared on the
raw scores without breaking the page; in Chinese too."""

from __future__ import annotations

import os
import random
from fractions import Fraction
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.domain.rules import Mode, Rules
from top10_panel.services import results_view
from top10_panel.services.collect import collect_matrix
from top10_panel.ui.editor.results_models import COL_CODE, COL_RAW, COL_SCORE
from top10_panel.ui.editor.results_page import ResultsPage
from top10_panel.ui.i18n import CHINESE, Translations

from .selections import make

CRITERIA = (("创新性", Fraction(2, 5)), ("影响力", Fraction(2, 5)), ("代表性", Fraction(1, 5)))
CODES = [f"E{k:02d}" for k in range(1, 11)] + [f"S{k}" for k in range(11, 26)]


@pytest.fixture(scope="module")
def normalised(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """27 experts, harsh or lenient, score every criterion of every candidate (recusals left blank)."""
    folder = tmp_path_factory.mktemp("normalised")
    made = make(folder, Rules(mode=Mode.SCORE, criteria=CRITERIA, normalise="z"))
    recused = {("专家18", "E10"), ("专家24", "S11")}  # the expert list's 回避 column
    rng = random.Random(11)
    columns = [f"{code}:{name}" for code in CODES for name, _ in CRITERIA]
    lines = ["expert," + ",".join(columns)]
    for k in range(1, 28):
        expert, base = f"专家{k:02d}", rng.choice([2, 4, 6])
        cells = [
            "" if (expert, column.split(":")[0]) in recused else str(min(10, base + rng.choice([0, 1, 2, 3])))
            for column in columns
        ]
        lines.append(expert + "," + ",".join(cells))
    matrix = folder / "matrix.csv"
    matrix.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert collect_matrix(made.selection, matrix).accepted == 27
    return made.selection


def test_the_normalised_value_is_shown_with_the_raw_mean_beside_it(qtbot: QtBot, normalised: Path) -> None:
    view = results_view.results(normalised)
    page = ResultsPage(normalised)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.view is not None)
    model = page.ranking
    assert model.headerData(COL_SCORE, Qt.Orientation.Horizontal) == "Normalised (z)"
    assert model.headerData(COL_RAW, Qt.Orientation.Horizontal) == "Raw mean" and not page.table.isColumnHidden(COL_RAW)
    header = page.table.horizontalHeader()
    assert header.visualIndex(COL_RAW) == header.visualIndex(COL_SCORE) + 1
    first = view.rows[0]
    assert model.index(0, COL_CODE).data() == first.code
    assert model.index(0, COL_SCORE).data() == first.score_text and model.index(0, COL_RAW).data() == first.raw_text
    assert first.raw_text and first.raw_text != first.score_text
    assert "exact weighted sum of the criteria: 创新性 40%, 影响力 40%, 代表性 20%" in page.scoring.text()
    assert "12 significant digits" in page.scoring.text() and page.scoring.isVisibleTo(page)
    assert "not computed under the z normalisation" in page.robustness.text()

    # Another method compares the raw scores: the median has no normalisation, and the page shows it unbroken.
    median = results_view.results(normalised, "median")
    assert median.method == "median" and not median.normalised and not any(r.raw_text for r in median.rows)
    assert [name for name, _ in view.others] == ["mean", "mean_raw", "median", "trimmed_mean"]  # z changed what?
    assert page.others.headerData(1, Qt.Orientation.Horizontal) == "mean score, not normalised"
    by_raw = sorted(view.rows, key=lambda r: -float(r.raw_text))
    assert {code for code, _ in dict(view.others)["mean_raw"]} == {r.code for r in by_raw[:10]}


def test_a_plain_score_selection_has_no_raw_column(qtbot: QtBot, tmp_path: Path) -> None:
    made = make(tmp_path, Rules(mode=Mode.SCORE))
    page = ResultsPage(made.selection)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.view is not None)
    assert page.table.isColumnHidden(COL_RAW) and not page.scoring.isVisibleTo(page)


def test_the_normalised_results_read_in_chinese(
    qtbot: QtBot, translations: Translations, normalised: Path, tmp_path: Path
) -> None:
    translations.apply(CHINESE)
    page = ResultsPage(normalised)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitUntil(lambda: page.view is not None)
    assert page.ranking.headerData(COL_RAW, Qt.Orientation.Horizontal) == "原始平均分"
    assert "精确加权和：创新性 40%、影响力 40%、代表性 20%" in page.scoring.text()
    shots = Path(os.environ.get("TOP10_SCREENSHOTS") or tmp_path)  # a person looks at it
    assert page.grab().save(str(shots / "results-normalised-zh.png"))
