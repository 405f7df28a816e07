"""One counted ballot per expert, in the app: the ballot window's revisions come from the draft store (a new file name
is still the next revision), the Collect page shows a ballot held beside the one on record and decides it in a
dialog, and the demo's ballots give way to a ballot voted in the window. Screenshots in Chinese and English."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from top10_panel.exchange.ballot_files import read_ballot
from top10_panel.services.collect import collect_matrix
from top10_panel.services.demo import build_demo
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.store import received, repository
from top10_panel.store.database import open_selection
from top10_panel.ui.editor.collect_page import CollectPage
from top10_panel.ui.settings import Context

from .conftest import Chooser, open_ballot
from .driving import click_check
from .editor_results_helpers import (
    DEMO,
    Immediate,
    cast,
    close_boxes,
    copy_selection,
    language,
    make_selection,
    screenshot,
)
from .selections import Made
from .test_editor_results_screens import LANGUAGES


def statuses(path: Path, expert: str) -> list[tuple[str, int, str]]:
    with open_selection(path, write=False) as selection, selection.read() as session:
        stage = repository.current_stage(session)
        return [(b.source, b.revision, b.status) for b in received.on_record(session, stage, expert).get(expert, [])]


def submit(qtbot: QtBot, window: object) -> int:
    qtbot.mouseClick(window.bar.submit, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    dialog = window.confirm_dialog  # type: ignore[attr-defined]
    with qtbot.waitSignal(window.submitted) as submitted:  # type: ignore[attr-defined]
        qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton)
    window.receipt_dialog.close()  # type: ignore[attr-defined]
    return int(submitted.args[0].revision)


def test_saving_under_a_new_name_is_the_next_revision_and_it_counts(
    qtbot: QtBot, context: Context, selection: Made, tmp_path: Path
) -> None:
    first, second, third = tmp_path / "a" / "first.t10vote", tmp_path / "b" / "second.t10vote", tmp_path / "c.t10vote"
    for file in (first, second):
        file.parent.mkdir()
    chooser = Chooser(first, second, third)
    window = open_ballot(qtbot, context, selection.package("专家05"), chooser)
    click_check(qtbot, window, "E01")
    assert submit(qtbot, window) == 1
    click_check(qtbot, window, "E02")  # a change of mind, saved in another folder under another name
    assert submit(qtbot, window) == 2
    window.close()
    reopened = open_ballot(qtbot, context, selection.package("专家05"), chooser)  # the draft store remembers
    click_check(qtbot, reopened, "E03")
    assert submit(qtbot, reopened) == 3
    assert [read_ballot(f)[0].revision for f in (first, second, third)] == [1, 2, 3]

    done = collect_ballot_files(selection.selection, [first, second, third])
    assert (done.accepted, done.superseded, done.rejected) == (3, 2, 0)
    assert statuses(selection.selection, "专家05") == [
        ("file", 1, "superseded"),
        ("file", 2, "superseded"),
        ("file", 3, "accepted"),
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_register_shows_a_held_ballot_and_the_dialog_decides_it(
    qtbot: QtBot, tmp_path: Path, lang: str, immediate: Immediate
) -> None:
    made = make_selection(tmp_path / "made", deadline="")
    path = copy_selection(made, tmp_path / "s")
    _, packages = made
    collect_ballot_files(path, cast(packages, tmp_path / "v", {"专家05": ["E02", "E03"], "专家06": ["E01"]}))
    collect_matrix(path, DEMO / "sample-approval.csv")  # rows of 专家05 and 专家06 beside their signed ballots
    before = path.read_bytes()
    with language(LANGUAGES[lang]):
        page = CollectPage(path)
        qtbot.addWidget(page)
        page.show()
        held = [e for e in page.register.rows() if e.status == "held"]
        assert [e.expert for e in held] == ["专家05", "专家06"]
        assert page.decide.isEnabled()
        figures = dict(page.view.reconciliation)
        assert figures["held"] == 2
        assert (
            figures["received"]
            == figures["returned"] + figures["superseded"] + figures["late"] + figures["rejected"] + figures["held"]
        )
        if lang == "zh":
            assert "待决定" in page.figures.text()
            assert "已签名的选票文件" in page.register.data(page.register.index(page.register.rows().index(held[0]), 6))
        page.status.setCurrentIndex(page.status.findData("held"))
        screenshot(page, f"editor-collect-held-{lang}", tmp_path)
        page.status.setCurrentIndex(0)

        dialog = page.open_decision(held[1].number)
        assert dialog is not None and dialog.ballot.currentData() == held[1].number
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # who and why first
        dialog.by.setText("监票人")
        dialog.reason.setText("纸质选票为本人最终意见")
        dialog.replace.setChecked(True)
        dialog.adjustSize()
        shot = Path(os.environ.get("TOP10_SCREENSHOTS") or tmp_path) / f"editor-collect-decision-{lang}.png"
        assert dialog.grab().save(str(shot)) and shot.stat().st_size > 5_000
        assert path.read_bytes() == before  # nothing is decided until the decision is recorded
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        assert ("matrix", 2, "accepted") in statuses(path, "专家06")
        assert ("file", 1, "superseded") in statuses(path, "专家06")
        assert [e.expert for e in page.register.rows() if e.status == "held"] == ["专家05"]

        keep = page.open_decision()
        assert keep is not None
        keep.by.setText("监票人")
        keep.reason.setText("专家确认以电子选票为准")
        qtbot.mouseClick(keep.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        assert statuses(path, "专家05") == [("file", 1, "accepted"), ("matrix", 2, "rejected")]
        assert not page.decide.isEnabled()
        assert "专家05" in page.outcome.text()
    assert close_boxes() == []


def test_on_the_demo_a_ballot_voted_in_the_window_counts(
    qtbot: QtBot, context: Context, tmp_path: Path, immediate: Immediate
) -> None:
    """The demo's ballots are signed files voted from its packages (revision 1): a ballot voted in the window from
    the demo's package and saved where the window suggests, over the demo's, is revision 2, and replaces it."""
    demo = build_demo(tmp_path / "demo")
    package = demo.parent / "packages" / "专家05.t10pkg"
    ballot = demo.parent / "packages" / "专家05.t10vote"  # where the demo's ballot is, and the window saves
    window = open_ballot(qtbot, context, package, Chooser(ballot))
    assert window.suggested_ballot_path() == ballot
    click_check(qtbot, window, "E04")
    assert submit(qtbot, window) == 2
    page = CollectPage(demo)
    qtbot.addWidget(page)
    page.show()
    page.collect([ballot])
    assert "1 accepted" in page.outcome.text() and "0 rejected" in page.outcome.text()
    assert statuses(demo, "专家05") == [("file", 1, "superseded"), ("file", 2, "accepted")]
    figures = dict(page.view.reconciliation)
    assert figures["received"] == figures["returned"] + figures["superseded"] + figures["rejected"] + figures["held"]
