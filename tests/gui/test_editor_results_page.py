"""The results page driven as an editor would: the demo's tie E10/S11 open at the cut line, settled by a public
lot draw through its dialog, or by the chair's recorded decision, or by a runoff; another method shows another
order; the robustness column and the chart follow the result."""

from __future__ import annotations

import csv
import hashlib
import random
import shutil
from pathlib import Path
from types import SimpleNamespace

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMainWindow

from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.collect import collect_matrix
from top10_panel.services.demo import build_demo
from top10_panel.services.selection import import_candidates, import_experts, new_selection, tally_selection
from top10_panel.ui.editor import collect_jobs
from top10_panel.ui.editor.publish_page import PublishPage
from top10_panel.ui.editor.results_dialogs import ChairDialog, RunoffDialog
from top10_panel.ui.editor.results_lot import LotDialog
from top10_panel.ui.editor.results_models import COL_CODE, COL_MARGIN, COL_STATUS, ResultRoles
from top10_panel.ui.editor.results_page import ResultsPage
from top10_panel.ui.tasks import Tasks

from .driving import type_text
from .editor_results_helpers import DEMO, Immediate, close_boxes

SEED = "2020-12-31 福彩3D 123"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_demo(tmp_path_factory.mktemp("demo") / "demo")


@pytest.fixture(scope="module")
def ranking(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A ranking selection whose 27 ballots (each ranks ten of 25) rank differently under Schulze and Borda."""
    folder = tmp_path_factory.mktemp("ranking")
    path = folder / "ranking.t10"
    new_selection(path, "排序评选", Rules(mode=Mode.RANKING, max_ranks=10), year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    codes = [f"E{k:02d}" for k in range(1, 11)] + [f"S{k}" for k in range(11, 26)]
    rng = random.Random(7)
    matrix = folder / "ranks.csv"
    with matrix.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["expert", *codes])
        for k in range(1, 28):
            chosen = rng.sample(codes[:14], 8) + rng.sample(codes[14:], 2)
            ranks = {code: r for r, code in enumerate(chosen, start=1)}
            writer.writerow([f"专家{k:02d}", *(ranks.get(code, "") for code in codes)])
    collect_matrix(path, matrix)
    return path


def private(source: Path, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(source, folder / source.name))


def shown(page: ResultsPage, column: int = COL_CODE) -> list[str]:
    model = page.ranking
    return [model.index(row, column).data() for row in range(model.rowCount())]


def statuses(page: ResultsPage) -> dict[str, str]:
    model = page.ranking
    return {model.index(r, 0).data(ResultRoles.CODE): model.index(r, 0).data(ResultRoles.STATUS) for r in range(25)}


def test_the_demo_tie_is_open_and_a_public_lot_draw_settles_it(
    qtbot: QtBot, qtmodeltester: ModelTester, demo: Path, tmp_path: Path, immediate: Immediate
) -> None:
    path = private(demo, tmp_path)
    page = ResultsPage(path)
    qtbot.addWidget(page)
    page.show()
    qtmodeltester.check(page.ranking)
    qtmodeltester.check(page.others)

    assert page.banner.isVisible() and "E10, S11 compete for 1 seat" in page.ties.text()
    assert "Provisional" in page.state.text()
    assert {c for c, s in statuses(page).items() if s == "open"} == {"E10", "S11"}
    cut = [r for r in range(page.ranking.rowCount()) if page.ranking.index(r, 0).data(ResultRoles.CUT)]
    # the line runs under the whole tie group that crosses it (E10 and S11), so neither looks seated; the group
    # is bracketed by the delegate
    assert cut == [10]
    tied = [page.ranking.index(r, 0).data(ResultRoles.CODE) for r in range(page.ranking.rowCount())]
    tied = [c for r, c in enumerate(tied) if page.ranking.index(r, 0).data(ResultRoles.TIED)]
    assert tied == ["E10", "S11"]
    # the chart: the seats, the tie across the line, and five more; the cut line under the tied group's last bar
    assert page.chart.categories() == shown(page)[:16] and page.chart.cut_at() == 16 - 11 - 0.5
    margins = dict(zip(shown(page), shown(page, COL_MARGIN), strict=True))
    assert margins["E10"] == margins["S11"] == "0" and margins["E09"] == "1" and margins["E01"] == "6"
    assert "the fewest ballots that would have to change" in page.robustness.text()

    dialog = page.open_lot()
    assert isinstance(dialog, LotDialog) and not dialog.ok().isEnabled()
    qtmodeltester.check(dialog.model)
    # step 1: the seed's source, before anyone knows the seed; the seed cannot be entered until it is recorded
    assert not dialog.step2.isEnabled() and "No source is recorded yet" in dialog.source_state.text()
    assert not dialog.record_source.isEnabled()
    type_text(qtbot, dialog.source, "福彩3D 2020-12-31 开奖号码")
    type_text(qtbot, dialog.known_at, "2020-12-31 21:15")
    qtbot.mouseClick(dialog.record_source, Qt.MouseButton.LeftButton)
    assert dialog.step2.isEnabled() and not dialog.source.isEnabled()
    assert "福彩3D 2020-12-31 开奖号码, known at 2020-12-31 21:15" in dialog.source_state.text()
    # step 2: the seed shows no order before it is recorded
    type_text(qtbot, dialog.seed, SEED)
    assert dialog.model.rowCount() == 0 and dialog.table.isHidden() and dialog.outcome.text() == ""
    assert "E10" not in dialog.recompute.text() and "S11" not in dialog.recompute.text()
    assert not dialog.ok().isEnabled()  # who draws is required
    type_text(qtbot, dialog.by, "监票人 王")
    qtbot.keyClicks(dialog.reason, "tie at the cut line")
    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(dialog.ok(), Qt.MouseButton.LeftButton)
    fingerprint = tally_selection(path).result.fingerprint
    expected = sorted(("E10", "S11"), key=lambda c: hashlib.sha256(f"{fingerprint}:{SEED}:{c}".encode()).hexdigest())
    assert dialog.model.codes() == expected and not dialog.table.isHidden()
    assert dialog.model.index(0, 2).data() == hashlib.sha256(f"{fingerprint}:{SEED}:{expected[0]}".encode()).hexdigest()
    assert f"Recorded. The seats go to: {expected[0]}" in dialog.outcome.text()
    assert "sha256sum" in dialog.recompute.text()
    assert not dialog.ok().isEnabled() and dialog.close_button().text() == "Close"
    qtbot.mouseClick(dialog.close_button(), Qt.MouseButton.LeftButton)

    assert not page.banner.isVisible() and "Every seat is settled" in page.state.text()
    settled = statuses(page)
    assert settled[expected[0]] == "seat" and settled[expected[1]] == "out"
    assert list(settled.values()).count("seat") == 10
    steps = page.audit.stringList()
    assert len(steps) == 1 and steps[0].startswith("Public lot draw among E10, S11")
    assert SEED in steps[0] and "by: 监票人 王" in steps[0] and "tie at the cut line" in steps[0]
    assert "seed source: 福彩3D 2020-12-31 开奖号码" in steps[0]
    assert hashlib.sha256(f"{fingerprint}:{SEED}:E10".encode()).hexdigest() in steps[0]
    assert close_boxes() == []


def test_the_chair_decides_with_who_and_why(qtbot: QtBot, demo: Path, tmp_path: Path, immediate: Immediate) -> None:
    path = private(demo, tmp_path)
    page = ResultsPage(path)
    qtbot.addWidget(page)
    page.show()
    dialog = page.open_chair()
    assert isinstance(dialog, ChairDialog)
    assert dialog.codes() == ["E10", "S11"]
    dialog.order.setCurrentRow(1)
    qtbot.mouseClick(dialog.up, Qt.MouseButton.LeftButton)
    assert dialog.codes() == ["S11", "E10"]
    type_text(qtbot, dialog.by, "评审组长 李")
    assert not dialog.ok().isEnabled()
    qtbot.keyClicks(dialog.reason, "S11 is the regional example the panel asked for")
    qtbot.mouseClick(dialog.ok(), Qt.MouseButton.LeftButton)
    assert statuses(page)["S11"] == "seat" and statuses(page)["E10"] == "out"
    (step,) = page.audit.stringList()
    assert step.startswith("chair's decision among E10, S11: S11, then E10.")
    assert "by: 评审组长 李" in step and "reason: S11 is the regional example the panel asked for" in step


def test_a_runoff_among_the_tied_settles_it(qtbot: QtBot, demo: Path, tmp_path: Path, immediate: Immediate) -> None:
    path = private(demo, tmp_path / "s")
    runoff = tmp_path / "runoff"
    runoff.mkdir()
    rows = ["expert,E10,S11"] + [f"专家{k:02d},{'1' if k % 3 else ''},{'' if k % 3 else '1'}" for k in range(1, 28)]
    (runoff / "runoff.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    page = ResultsPage(path)
    qtbot.addWidget(page)
    page.show()

    class Folder:
        def choose_folder(self, *_: object) -> Path:
            return runoff

    page.chooser = Folder()  # type: ignore[assignment]
    dialog = page.open_runoff()
    assert isinstance(dialog, RunoffDialog) and "expert,E10,S11" in dialog.note.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.mouseClick(dialog.browse, Qt.MouseButton.LeftButton)
    assert not ok.isEnabled()  # who ran the runoff is recorded with it
    type_text(qtbot, dialog.by, "监票人 王")
    type_text(qtbot, dialog.reason, "同票重投")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert statuses(page)["E10"] == "seat" and statuses(page)["S11"] == "out"
    audit = page.audit.stringList()[0]
    assert audit.startswith("runoff vote among E10, S11: E10, then S11.")
    assert "监票人 王" in audit and "同票重投" in audit


def test_switching_the_method_shows_another_order_and_settles_nothing(
    qtbot: QtBot, qtmodeltester: ModelTester, ranking: Path, tmp_path: Path, immediate: Immediate
) -> None:
    path = private(ranking, tmp_path)
    before = path.read_bytes()
    page = ResultsPage(path)
    qtbot.addWidget(page)
    page.show()
    assert [page.methods.itemText(k) for k in range(3)] == ["Schulze (official)", "Borda", "Copeland"]
    official = shown(page)
    assert "head to head" in page.robustness.text()
    page.methods.setCurrentIndex(1)
    page.methods.activated.emit(1)
    assert page.view is not None and page.view.method == "borda"
    assert shown(page) != official and "Shown for comparison under Borda" in page.state.text()
    assert "draws level on the Borda score" in page.robustness.text()
    qtmodeltester.check(page.others)
    headers = [page.others.headerData(k, Qt.Orientation.Horizontal) for k in range(3)]
    assert headers == ["Schulze (official)", "Borda", "Copeland"]
    columns = [[page.others.index(r, c).data() for r in range(10)] for c in range(3)]
    assert columns[0] != columns[1]
    assert shown(page, COL_STATUS).count("seat") == 10
    page.show_method("schulze")
    assert shown(page) == official
    assert path.read_bytes() == before


def test_the_page_counts_on_the_writer_thread(qtbot: QtBot, demo: Path, tmp_path: Path) -> None:
    """The real writer: the page shows nothing until the count comes back, then the open tie."""
    path = private(demo, tmp_path)
    page = ResultsPage(path)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        pass
    assert page.view is not None and [t.among for t in page.view.open_ties] == [("E10", "S11")]
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.show_method("approval")
    assert page.ranking.rowCount() == 25


def test_a_selection_without_candidates_is_said_on_the_pages_not_in_a_dialog(
    qtbot: QtBot, tmp_path: Path, immediate: Immediate
) -> None:
    path = tmp_path / "new.t10"
    new_selection(path, "新评选", Rules(mode=Mode.APPROVAL))
    results = ResultsPage(path)
    publish = PublishPage(path)
    for page in (results, publish):
        qtbot.addWidget(page)
        page.show()
        page.show()
    assert "no candidates yet" in results.state.text() and results.ranking.rowCount() == 0
    assert "no candidates yet" in publish.status.text() and not publish.export_button.isEnabled()
    assert close_boxes() == []


def test_in_an_editor_window_the_pages_use_its_one_writer(qtbot: QtBot, demo: Path, tmp_path: Path) -> None:
    """Hosted in a window with Tools (the editor window), a page runs its jobs on that window's writer thread."""
    path = private(demo, tmp_path)
    host = QMainWindow()
    writer = Tasks(host)
    host.tools = SimpleNamespace(runner=writer)  # type: ignore[attr-defined]
    page = ResultsPage(path)
    host.setCentralWidget(page)
    qtbot.addWidget(host)
    assert page.runner is writer
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        host.show()
    assert page.view is not None and collect_jobs._shared is None  # no second writer was started
    writer.shutdown()


def _ballots(folder: Path, name: str, rows: list[list[str]]) -> Path:
    """A ranking matrix: one row per expert (专家01 …) ranking the codes given, in order."""
    codes = [f"E{k:02d}" for k in range(1, 11)] + [f"S{k}" for k in range(11, 26)]
    path = folder / name
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["expert", *codes])
        for k, ranked in enumerate(rows, start=1):
            ranks = {code: r for r, code in enumerate(ranked, start=1)}
            writer.writerow([f"专家{k:02d}", *(ranks.get(code, "") for code in codes)])
    return path


def test_a_tie_for_first_place_in_an_ordered_top_has_its_banner(
    qtbot: QtBot, tmp_path: Path, immediate: Immediate
) -> None:
    """Issue 11: in ranking mode with the top published in order, two candidates level for first place are a tie
    that matters — the banner names them and offers the ways to settle it, though both are seated."""
    path = tmp_path / "ordered.t10"
    new_selection(path, "排序评选", Rules(mode=Mode.RANKING, max_ranks=10, deadline="2020-01-01T00:00"), year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    rest = [f"E{k:02d}" for k in range(3, 10)] + ["S12"]  # not E10 or S11, which two experts are recused from
    mirrored = [["E01", "E02", *rest]] * 13 + [["E02", "E01", *rest]] * 13  # E01 and E02 level on every rule
    collect_matrix(path, _ballots(tmp_path, "ranks.csv", mirrored))
    page = ResultsPage(path)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.view is not None)
    assert page.banner.isVisible()
    text = page.ties.text()
    assert "Tie inside the top: E01, E02 share a place" in text and "public lot draw" in text
    assert statuses(page)["E01"] == statuses(page)["E02"] == "seat"


def test_the_cut_line_runs_under_the_whole_tie_group_that_crosses_it(
    qtbot: QtBot, demo: Path, tmp_path: Path, immediate: Immediate
) -> None:
    """Issue 11: the demo's E10 and S11 share the tenth place; the line is drawn under both, not between them."""
    page = ResultsPage(private(demo, tmp_path))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.view is not None)
    model = page.ranking
    under = [
        model.index(r, 0).data(ResultRoles.CODE)
        for r in range(model.rowCount())
        if model.index(r, 0).data(ResultRoles.CUT)
    ]
    assert under == ["S11"] and shown(page)[9:11] == ["E10", "S11"]
    assert statuses(page)["E10"] == statuses(page)["S11"] == "open"
