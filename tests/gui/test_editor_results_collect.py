"""The collection dashboard driven as an editor would: drop a folder of real ballot files (an altered one, a copy, a
late one among them), read the register and the figures, count a late ballot by decision, type paper ballots twice,
and cancel a long collect — nothing is stored."""

from __future__ import annotations

import shutil
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from top10_panel.store import repository
from top10_panel.ui.editor.collect_dialogs import DoubleEntryDialog, LateBallotDialog
from top10_panel.ui.editor.collect_models import RegisterRoles
from top10_panel.ui.editor.collect_page import CollectPage

from .editor_results_helpers import (
    BEFORE_DEADLINE,
    DEMO,
    Immediate,
    alter,
    cast,
    close_boxes,
    copy_selection,
    drop,
    make_selection,
    signed_over_vote,
)

ON_TIME = {
    "专家01": ["E01", "E02", "E03"],
    "专家02": ["E01", "S11"],
    "专家03": [],
    "专家05": ["E04"],
}
OVER_VOTE = ["E01", "E05", "E06", "E07", "E08", "E09", "E10", "S11", "S12", "S13", "S14"]
"""专家04 picks 11 of 10: returned, but void (多选作废)."""


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    return make_selection(tmp_path_factory.mktemp("collect"))


@pytest.fixture(scope="module")
def made_open(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Path]]:
    """The same selection without a deadline."""
    return make_selection(tmp_path_factory.mktemp("collect-open"), deadline="")


def ballots(made: tuple[Path, dict[str, Path]], folder: Path) -> tuple[Path, Path]:
    """A folder of on-time ballots (four good, one void by over-vote, one altered, one copy, a stray file) and a
    folder with one late ballot."""
    _, packages = made
    on_time = folder / "inbox"
    cast(packages, on_time, ON_TIME)
    signed_over_vote(packages["专家04"], OVER_VOTE, on_time / "专家04.t10vote")
    forged = cast(packages, folder / "forged", {"专家06": ["E01"]})[0]
    shutil.copyfile(alter(forged), on_time / "专家06.t10vote")
    shutil.copyfile(on_time / "专家01.t10vote", on_time / "copy-of-专家01.t10vote")
    (on_time / "readme.txt").write_text("not a ballot", encoding="utf-8")
    late = folder / "late"
    cast(packages, late, {"专家07": ["E10"]})
    return on_time, late


def register(page: CollectPage) -> list[tuple[str, str, str]]:
    model = page.register
    return [(e.expert, e.status, e.reason) for e in model.rows()]


def test_a_dropped_folder_is_checked_ballot_by_ballot_and_the_figures_add_up(
    qtbot: QtBot,
    qtmodeltester: ModelTester,
    made: tuple[Path, dict[str, Path]],
    tmp_path: Path,
    immediate: Immediate,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = copy_selection(made, tmp_path / "s")
    on_time, late = ballots(made, tmp_path)
    page = CollectPage(path)
    qtbot.addWidget(page)
    page.show()
    assert page.missing_model.rowCount() == 27 and page.voted_model.rowCount() == 0

    changed = []
    page.changed.connect(lambda: changed.append(1))
    with monkeypatch.context() as before_deadline:
        before_deadline.setattr(repository, "now", lambda: BEFORE_DEADLINE)
        assert drop(page.table.viewport(), [on_time])  # anywhere on the page: here, onto the register
    assert changed == [1]
    assert "5 accepted, 1 rejected, 0 late" in page.outcome.text() and "1 already on record" in page.outcome.text()
    assert "readme.txt" in page.outcome.text()
    # The summary names the rejected ballot and why; its row is brought into view, selected, in the register.
    assert "Rejected:\n• 专家06: " in page.outcome.text() and "altered after it was signed" in page.outcome.text()
    chosen = page.table.selectionModel().selectedRows()
    assert [i.data(RegisterRoles.STATUS) for i in chosen] == ["rejected"]
    assert page.table.currentIndex().data(RegisterRoles.ENTRY).expert == "专家06"
    assert page.table.visualRect(page.table.currentIndex()).intersects(page.table.viewport().rect())

    assert drop(page, [late])  # the deadline has passed by now
    assert "0 accepted, 0 rejected, 1 late" in page.outcome.text()

    rows = register(page)
    assert Counter(status for _, status, _ in rows) == {"accepted": 5, "rejected": 1, "late": 1}
    rejected = next(r for r in rows if r[1] == "rejected")
    assert rejected[0] == "专家06" and "altered after it was signed" in rejected[2]
    assert "after the deadline" in next(r for r in rows if r[1] == "late")[2]
    qtmodeltester.check(page.register)
    qtmodeltester.check(page.filter)
    qtmodeltester.check(page.voted_model)

    figures = dict(page.view.reconciliation)
    assert (
        figures["received"]
        == len(rows)
        == figures["returned"] + figures["superseded"] + figures["late"] + figures["rejected"]
    )
    assert figures["returned"] == figures["valid"] + figures["invalid"] == 5
    assert (figures["invalid"], figures["abstaining"]) == (1, 1)
    assert "received 7 = returned 5 + superseded 0 + late 1 + rejected 1" in page.figures.text()
    assert "Quorum not met yet: 4 valid ballots of 27 experts invited" in page.quorum.text()
    assert page.voted_model.names() == ["专家01", "专家02", "专家03", "专家04", "专家05"]
    assert "专家04 (void)" in [page.voted_model.index(r).data() for r in range(5)]
    assert "专家07 (late, not counted yet)" in [page.missing_model.index(r).data() for r in range(22)]

    page.status.setCurrentIndex(page.status.findData("rejected"))
    assert page.filter.rowCount() == 1
    assert page.filter.index(0, 0).data(RegisterRoles.STATUS) == "rejected"
    page.status.setCurrentIndex(0)
    assert page.filter.rowCount() == 7

    # The late ballot counts by a recorded decision: who and why.
    assert page.late.isEnabled()
    dialog = page.open_late()
    assert isinstance(dialog, LateBallotDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.by, "Supervisor Wang")
    qtbot.keyClicks(dialog.reason, "mail server down")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "专家07" in page.voted_model.names() and not page.late.isEnabled()
    assert ("专家07", "accepted", "late, counted by decision of Supervisor Wang: mail server down") in register(page)
    assert dict(page.view.reconciliation)["late"] == 0


def test_paper_ballots_are_stored_only_when_both_typings_agree(
    qtbot: QtBot, made: tuple[Path, dict[str, Path]], tmp_path: Path, immediate: Immediate
) -> None:
    path = copy_selection(made, tmp_path / "s")
    first = tmp_path / "first.csv"
    shutil.copyfile(DEMO / "sample-approval.csv", first)
    second = tmp_path / "second.csv"
    text = first.read_text(encoding="utf-8").replace("\n专家03,1,", "\n专家03,,", 1)
    second.write_text(text, encoding="utf-8")
    page = CollectPage(path)
    qtbot.addWidget(page)
    page.show()
    before = path.read_bytes()

    class Answers:
        def __init__(self, *answers: Path) -> None:
            self.answers = list(answers)

        def open_file(self, *_: object) -> Path:
            return self.answers.pop(0)

    page.chooser = Answers(first, second)  # type: ignore[assignment]
    dialog = page.open_double_entry()
    assert isinstance(dialog, DoubleEntryDialog)
    qtbot.mouseClick(dialog.first_browse, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.second_browse, Qt.MouseButton.LeftButton)
    collect = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.compare, Qt.MouseButton.LeftButton)
    assert dialog.differences.stringList() == ["专家03, candidate E01: first typing 1, second typing (empty)"]
    assert "disagree in 1 places" in dialog.verdict.text() and not collect.isEnabled()
    assert path.read_bytes() == before

    dialog.second.setText(str(first))
    assert not collect.isEnabled()  # a new file asks for a new comparison
    qtbot.mouseClick(dialog.compare, Qt.MouseButton.LeftButton)
    assert dialog.differences.stringList() == [] and collect.isEnabled()
    qtbot.mouseClick(collect, Qt.MouseButton.LeftButton)
    assert "27 paper ballots collected" in page.outcome.text()
    assert {e.kind for e in page.register.rows()} == {"paper"} and len(page.register.rows()) == 27


def many_ballots(made: tuple[Path, dict[str, Path]], folder: Path, count: int) -> Path:
    """``count`` signed ballot files from the 27 experts (later copies are refused as not newer): work to check."""
    _, packages = made
    names = sorted(packages)
    first = cast(packages, folder / "first", {name: ["E01"] for name in names})
    inbox = folder / "many"
    inbox.mkdir()
    for k in range(count):
        source = first[k % len(first)]
        (inbox / f"{k:04d}.t10vote").write_bytes(
            source.read_bytes().replace(b"{", b"{ ", 1) if k >= 27 else source.read_bytes()
        )
    return inbox


def cancel_button(page: CollectPage) -> QPushButton:
    assert page.progress is not None
    button = page.progress.findChild(QPushButton)
    assert isinstance(button, QPushButton)
    return button


def stored(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM ballot").fetchone()[0])


def test_cancel_during_a_collect_stores_nothing(
    qtbot: QtBot, made: tuple[Path, dict[str, Path]], tmp_path: Path, immediate: Immediate
) -> None:
    path = copy_selection(made, tmp_path / "s")
    inbox = many_ballots(made, tmp_path, 60)
    page = CollectPage(path)
    qtbot.addWidget(page)
    page.show()
    seen: list[int] = []

    def moved(done: int, total: int) -> None:
        seen.append(done)
        if done == 20:
            cancel_button(page).click()  # the user presses Cancel in the progress dialog

    page.started.connect(lambda progress: progress.moved.connect(moved))
    page.collected.connect(lambda dropped: seen.append(-1))
    assert drop(page, [inbox])
    assert seen == [*range(1, 21), -1]  # the 20th file answered "cancel": no further file was read
    assert "cancelled: nothing was stored" in page.outcome.text()
    assert stored(path) == 0 and page.register.rowCount() == 0
    assert page.add_files.isEnabled() and page.progress is None


def test_collecting_on_the_writer_thread_keeps_the_page_live_and_cancel_works(
    qtbot: QtBot, made_open: tuple[Path, dict[str, Path]], tmp_path: Path
) -> None:
    """The real writer thread: the page waits on its signals; the progress moves; Cancel stores nothing."""
    path = copy_selection(made_open, tmp_path / "s")
    inbox = many_ballots(made_open, tmp_path, 400)
    page = CollectPage(path)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitSignal(page.loaded, timeout=10_000).wait() if page.view is None else None
    assert page.view is not None
    values: list[int] = []
    page.started.connect(lambda progress: progress.moved.connect(lambda done, total: values.append(done)))
    with qtbot.waitSignal(page.collected, timeout=60_000) as blocker:
        assert drop(page, [inbox])
        assert page.progress is not None and not page.add_files.isEnabled()
        qtbot.waitUntil(lambda: len(values) >= 5, timeout=30_000)  # the UI thread runs while the writer works
        cancel_button(page).click()
    assert blocker.args[0].cancelled
    assert values == sorted(values) and values[0] < values[-1] < 400
    # The outcome is said once the register is read again, so that the two never disagree.
    qtbot.waitUntil(lambda: "nothing was stored" in page.outcome.text(), timeout=30_000)
    assert stored(path) == 0
    assert page.register.rowCount() == 0

    with qtbot.waitSignal(page.collected, timeout=60_000) as blocker:
        assert drop(page, [inbox])
    done = blocker.args[0]
    # the copies after the first 27 differ only in spacing: the same signed ballots, already on record
    assert not done.cancelled and (done.ballots.accepted, done.ballots.unchanged) == (27, 400 - 27)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        pass
    assert page.register.rowCount() == stored(path) == 27 and len(page.voted_model.names()) == 27
    assert close_boxes() == []
