"""The walk of test_every_message_translated, continued where it did not go: the new-selection wizard's every page
(score rules with criteria and the z normalisation shown), the ballot window in each vote mode (criteria too) with
its confirmation and its receipt, and the Collect page's dialogs — a late ballot, a ballot held beside the one on
record, double entry of paper ballots. In Chinese no English sentence of ours, in English no Chinese of our
catalogues; the candidates' own words (titles, summaries) are data and are not read."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.collect import collect_matrix
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.ui.editor.collect_page import CollectPage
from top10_panel.ui.editor.new_wizard import NewSelectionWizard
from top10_panel.ui.expert.window import BallotWindow
from top10_panel.ui.i18n import CHINESE, ENGLISH
from top10_panel.ui.settings import Context

from .conftest import Chooser, open_ballot
from .editor_results_helpers import DEMO, Immediate, cast, copy_selection, language, make_selection
from .selections import make
from .test_every_message_translated import Walk, chinese_of_ours, english_of_ours

CRITERIA = (("创新性", Fraction(2, 5)), ("影响力", Fraction(2, 5)), ("代表性", Fraction(1, 5)))
BALLOTS = {
    "approval": Rules(mode=Mode.APPROVAL, max_picks=10),
    "ranking": Rules(mode=Mode.RANKING, max_ranks=10),
    "criteria": Rules(mode=Mode.SCORE, criteria=CRITERIA, normalise="z"),
}
DATA = ("2020年度中国科技资源管理领域十大事件", "示例评选", *(name for name, _ in CRITERIA))
"""The selections' own titles and criteria: data, in either language (the criteria and the category quotas are the
editor's to name, and the wizard's tables of them are not read)."""


@pytest.fixture(scope="module")
def packages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("ballot-windows")
    return {name: make(root / name, rules).package("专家18") for name, rules in BALLOTS.items()}


@pytest.fixture(scope="module")
def collecting(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One selection with two ballots held beside the matrix rows of the same experts, one with a late ballot."""
    root = tmp_path_factory.mktemp("collecting")
    made = make_selection(root / "held", deadline="")
    held = copy_selection(made, root / "held-copy")
    collect_ballot_files(held, cast(made[1], root / "v", {"专家05": ["E02", "E03"], "专家06": ["E01"]}))
    collect_matrix(held, DEMO / "sample-approval.csv")
    late = make_selection(root / "late")  # its deadline passed long ago: every ballot now is late
    collect_ballot_files(late[0], cast(late[1], root / "w", {"专家23": ["E01", "E02"]}))
    return {"held": held, "late": late[0]}


def _ballot_window(qtbot: QtBot, context: Context, walk: Walk, name: str, package: Path, out: Path) -> None:
    window = open_ballot(qtbot, context, package, Chooser(out))
    window.resize(1366, 768)
    skip = [window.list_panel.table, window.detail]
    if window.ranking is not None:
        skip.append(window.ranking.view)
    walk.read(f"ballot/{name}", window, skip)
    window.submit()
    confirm = window.confirm_dialog
    assert confirm is not None and confirm.isVisible()
    walk.read(f"ballot/{name}/confirm", confirm, [confirm.choices])
    with qtbot.waitSignal(window.submitted):
        confirm.accept()
    receipt = window.receipt_dialog
    assert receipt is not None and receipt.isVisible()
    walk.read(f"ballot/{name}/receipt", receipt)
    receipt.close()
    assert isinstance(window, BallotWindow)
    window.close()


def _wizard(qtbot: QtBot, walk: Walk, folder: Path) -> None:
    wizard = NewSelectionWizard(Chooser(), folder)
    qtbot.addWidget(wizard)
    wizard.show()
    walk.read("wizard/intro", wizard)
    wizard.intro.title_edit.setText("示例评选")
    wizard.intro.file.setText(str(folder / "walk.t10"))
    wizard.next()
    voting = wizard.form.voting
    voting.mode_buttons[Mode.SCORE].click()
    voting.criteria_on.setChecked(True)
    voting.normalise.setChecked(True)
    pages = 0
    data = [voting.criteria.table, wizard.form.panel.quotas.table]
    while wizard.currentPage() is not wizard.summary:
        walk.read(f"wizard/{pages}", wizard, data)
        wizard.next()
        pages += 1
    assert pages == 4
    walk.read("wizard/summary", wizard)
    wizard.reject()


def _collect_dialogs(qtbot: QtBot, walk: Walk, collecting: dict[str, Path]) -> None:
    page = CollectPage(collecting["held"])
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    walk.read("collect/held", page, [page.voted_box, page.missing_box])
    walk.dialog("collect/held decision", page.open_decision())
    walk.dialog("collect/double entry", page.open_double_entry())
    page.close()
    late = CollectPage(collecting["late"])
    qtbot.addWidget(late)
    late.show()
    walk.dialog("collect/late", late.open_late())
    late.close()


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_dialog_speaks_one_language(
    qtbot: QtBot,
    context: Context,
    packages: dict[str, Path],
    collecting: dict[str, Path],
    tmp_path: Path,
    immediate: Immediate,
    lang: str,
) -> None:
    code, judge = (CHINESE, english_of_ours) if lang == "zh" else (ENGLISH, chinese_of_ours(DATA))
    walk = Walk(qtbot, context, code, tmp_path)
    with language(code):
        _wizard(qtbot, walk, tmp_path)
        for name, package in packages.items():
            _ballot_window(qtbot, context, walk, name, package, tmp_path / f"{name}.t10vote")
        _collect_dialogs(qtbot, walk, collecting)
    assert len(walk.seen) > 150
    places = {place for place, _, _ in walk.seen}
    assert {f"ballot/{name}/{part}" for name in BALLOTS for part in ("confirm", "receipt")} <= places
    assert {"wizard/summary", "collect/held decision", "collect/double entry", "collect/late"} <= places
    weighted = "计入的是加权分" if lang == "zh" else "the weighted score counts"  # the rules, in words
    assert any(weighted in text for place, _, text in walk.seen if place == "ballot/criteria")
    wrong = [(place, where, text, tuple(judge(text))) for place, where, text in walk.seen if judge(text)]
    assert not wrong, "\n".join(f"{p} {w}: {t!r} — {bad}" for p, w, t, bad in dict.fromkeys(wrong))
