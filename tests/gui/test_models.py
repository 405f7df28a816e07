"""Every Qt item model of the app passes pytest-qt's model tester, empty, filled, filtered and while it changes."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from pytestqt.modeltest import ModelTester

from PySide6.QtCore import Qt

from top10_panel.domain.people import Candidate
from top10_panel.domain.rules import Mode
from top10_panel.ui.expert.candidate_filter import CandidateFilter
from top10_panel.ui.expert.candidates import COL_MARK, CandidateModel, decode, rows_of
from top10_panel.ui.expert.ranking import RankedModel
from top10_panel.ui.start import RecentFilesModel

CANDIDATES = [
    Candidate(f"E{n:02d}", f"事件{n}", "2020-01-01", f"摘要{n}", "来源", ("政策", "设施")[n % 2]) for n in range(1, 13)
]
ROWS = rows_of(CANDIDATES, recused=["E05"])


def test_candidate_model_in_each_mode(qtmodeltester: ModelTester) -> None:
    for mode in Mode:
        model = CandidateModel(mode, (Fraction(0), Fraction(10)))
        qtmodeltester.check(model)
        model.limit = 3
        model.set_rows(ROWS)
        qtmodeltester.check(model)
        if mode is Mode.APPROVAL:
            for code in ("E01", "E02", "E03", "E04"):
                model.setData(
                    model.index(model.row_of(code), COL_MARK), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
                )
            assert list(model.marks()) == ["E01", "E02", "E03"]
        elif mode is Mode.SCORE:
            model.setData(model.index(0, COL_MARK), "7.5")
            model.setData(model.index(1, COL_MARK), "11")  # off the scale: refused
            model.setData(model.index(4, COL_MARK), "5")  # recused: refused
            assert model.marks() == {"E01": "7.5"}
        else:
            model.set_marks({"E02": 1, "E05": 2})
            assert model.marks() == {"E02": 1}
        qtmodeltester.check(model)


def test_the_filter_proxy(qtmodeltester: ModelTester) -> None:
    model = CandidateModel(Mode.RANKING)
    model.set_rows(ROWS)
    proxy = CandidateFilter()
    proxy.setSourceModel(model)
    proxy.set_hide_marked(True)
    qtmodeltester.check(proxy)
    proxy.set_text("e1")
    assert proxy.rowCount() == 3
    proxy.set_text("")
    proxy.set_category("设施")
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    model.set_marks({"E01": 1})
    proxy.refilter()
    assert proxy.rowCount() == 5
    qtmodeltester.check(proxy)


def test_the_ranked_model(qtmodeltester: ModelTester) -> None:
    model = RankedModel(ROWS)
    qtmodeltester.check(model)
    model.limit = 4
    model.place(["E03", "E01"], -1)
    model.place(["E02"], 0)
    model.place(["E05"], 0)  # recused: not ranked
    model.move_by("E01", -2)
    assert model.codes() == ["E01", "E02", "E03"]
    assert not model.place(["E04", "E06"], 1)  # past the limit: nothing changes
    qtmodeltester.check(model)
    model.place(["E03"], 0)
    model.remove(["E02"])
    assert model.codes() == ["E03", "E01"]
    assert decode(model.mimeData([model.index(1)])) == ("ranked", ["E01"])
    qtmodeltester.check(model)


def test_recent_files_model(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    model = RecentFilesModel()
    qtmodeltester.check(model)
    there = tmp_path / "专家01.t10pkg"
    there.write_text("{}")
    model.set_paths([there, tmp_path / "gone.t10"])
    assert "ballot package" in model.index(0).data()
    assert model.index(1).data(Qt.ItemDataRole.ForegroundRole) is not None
    qtmodeltester.check(model)
