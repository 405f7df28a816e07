"""Every message a user sees is in their language (issue 15): each refusal the services can raise is listed for the
editor's translation, and a walk through every page of the editor and its main dialogs — on the demo, on a selection
still waiting for most ballots before its deadline, on one with suggested recusals undecided — finds no English
sentence of ours in the Chinese interface and no Chinese of our catalogues in the English one; in neither a moment
as the store keeps it (ISO, UTC) nor a plural left to the reader ("1 seat(s)"). The candidates' and
experts' own words (titles, names, units) are data, not interface: the views that show them are read for their
headers only."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue, vote
from top10_panel.services.demo import build_demo
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.services.overview import overview
from top10_panel.services.publish import export_selection
from top10_panel.services.selection import import_candidates, import_experts, new_selection
from top10_panel.services.settle import record_lot_source, settle_by_lot
from top10_panel.ui.editor import open_selection_window
from top10_panel.ui.editor.candidates_page import CandidatesPage
from top10_panel.ui.editor.collect_page import CollectPage
from top10_panel.ui.editor.error_words import SENTENCES
from top10_panel.ui.editor.experts_page import ExpertsPage
from top10_panel.ui.editor.hosted import HostedPage
from top10_panel.ui.editor.issue_page import IssuePage
from top10_panel.ui.editor.publish_page import PublishPage
from top10_panel.ui.editor.results_page import ResultsPage
from top10_panel.ui.editor.rules_page import RulesPage
from top10_panel.ui.editor.window import PAGES, SelectionWindow
from top10_panel.ui.i18n import CHINESE, ENGLISH
from top10_panel.ui.settings import Context

from .selections import DEMO
from .visible_text import chinese_of_catalogues, english_sentences, visible_texts

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "top10_panel"
WAIT = 30_000
FAR_DEADLINE = "2099-12-20T18:00"

CLI_ONLY = {
    "--seed is only used by the lot rule, which is not in the tie-break chain",
    "add lot at the end of --tie-break, or drop --seed",
}
"""Refusals of options the command line alone has (tally --seed): the app never gives them."""
BUILT = {
    "the {0} column{1} missing",
    "add a column headed {0}; {1} {2} list has the columns {3}",
}
"""Sentences built of parts: error_sentences lists each sentence they make ("the {0} column is missing", …)."""


# -- the services' refusals, listed ------------------------------------------------------------------------------------
def _template(node: ast.expr) -> str | None:
    """A string the code writes, as a template ({0} where a value goes); None when it is built at run time."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        parts, values = [], 0
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            else:
                parts.append(f"{{{values}}}")
                values += 1
        return "".join(parts)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _template(node.left), _template(node.right)
        return None if left is None and right is None else (left or "{9}") + (right or "{9}")
    return None


def refusals() -> Iterator[tuple[str, int, str]]:
    """(file, line, template) of every problem and fix an InputError is raised with (the command line's own
    aside)."""
    for path in sorted(SOURCES.rglob("*.py")):
        if path.relative_to(SOURCES).parts[0] == "cli":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name != "InputError":
                continue
            given = [*node.args[:1], *(k.value for k in node.keywords if k.arg == "fix")]
            for expr in given:
                template = _template(expr)
                if template is not None:
                    yield str(path.relative_to(SOURCES)), node.lineno, template


def listed(template: str) -> bool:
    probe = re.sub(r"\{\d\}", "X", template)
    for source, _ in SENTENCES:
        parts = re.split(r"\{\d\}", source)
        if re.fullmatch("(.*?)".join(re.escape(p) for p in parts), probe, re.DOTALL):
            return True
    return False


def test_every_refusal_of_the_services_is_listed_for_translation() -> None:
    found = list(refusals())
    assert len(found) > 200
    missing = [(f, line, t) for f, line, t in found if t not in CLI_ONLY | BUILT and not listed(t)]
    assert not missing, "service sentences the editor cannot translate (add them to error_sentences_*.py):\n" + (
        "\n".join(f"{f}:{line}: {t}" for f, line, t in missing)
    )


# -- the walk ----------------------------------------------------------------------------------------------------------
class Desktop:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def open_file(self, *_: object) -> Path | None:
        return None

    def save_file(self, *_: object) -> Path | None:
        return None

    def choose_folder(self, *_: object) -> Path:
        return self.folder

    def open_folder(self, folder: Path) -> None:
        pass


@pytest.fixture(scope="module")
def selections(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo (a tie open at the cut line, every ballot in); an early selection (3 of 27 ballots in, the deadline
    far ahead, a tie at the cut line); a listed one (suggested recusals undecided)."""
    root = tmp_path_factory.mktemp("walk")
    demo = build_demo(root / "demo")

    early = root / "early" / "early.t10"
    early.parent.mkdir()
    new_selection(early, "示例评选", Rules(mode=Mode.APPROVAL, max_picks=10, deadline=FAR_DEADLINE), year=2020)
    import_candidates(early, DEMO / "candidates-2020.csv")
    import_experts(early, DEMO / "experts.csv")
    reject_suggested(early)
    packages = issue(early, root / "early" / "packages").packages
    nine = [f"E{k:02d}" for k in range(1, 10)]
    ballots = [
        vote(package, {"approve": nine + [extra]}, root / "early" / f"{k}.t10vote").path
        for k, (package, extra) in enumerate(zip(sorted(packages)[:3], ["E10", "S11", "S12"], strict=True))
    ]
    collect_ballot_files(early, ballots)

    fresh = root / "listed" / "listed.t10"
    fresh.parent.mkdir()
    new_selection(fresh, "示例评选", Rules(mode=Mode.APPROVAL), year=2020)
    import_candidates(fresh, DEMO / "candidates-2020.csv")
    import_experts(fresh, DEMO / "experts.csv")
    published = build_demo(root / "published")  # the demo settled by a public lot, exported, ready to verify
    record_lot_source(published, "福彩3D 2020-12-31 开奖号码", by="编辑部", known_at="2020-12-31 21:15")
    settle_by_lot(published, "2020-12-31 福彩3D 123", by="编辑部")
    export_selection(published)
    return {"demo": demo, "early": early, "listed": fresh, "published": published}


def _data_views(page: QWidget) -> list[QWidget]:
    """The views of a page whose cells are the candidates' and experts' own words, or the editors' own text."""
    if isinstance(page, CandidatesPage):
        return [page.panel.table]
    if isinstance(page, ExpertsPage):
        return [page.panel.table, page.recusals]
    if isinstance(page, ResultsPage):
        return [page.table, page.others_view, page.agreement_view, page.chart]
    if isinstance(page, PublishPage):
        return [page.announcement.intro]  # the editors' introduction
    if isinstance(page, CollectPage):
        return [page.voted_box, page.missing_box]
    return []


class Walk:
    def __init__(self, qtbot: QtBot, context: Context, language: str, folder: Path) -> None:
        self.qtbot, self.context, self.language, self.folder = qtbot, context, language, folder
        self.seen: list[tuple[str, str, str]] = []
        context.settings.set_language(language)

    def open(self, path: Path) -> SelectionWindow:
        window = open_selection_window(path, context=self.context, desktop=Desktop(self.folder))
        assert isinstance(window, SelectionWindow)
        self.qtbot.addWidget(window)
        window.resize(1366, 768)
        self.qtbot.waitExposed(window)
        return window

    def settle(self, window: SelectionWindow) -> None:
        self.qtbot.waitUntil(lambda: not window.tools.busy, timeout=WAIT)
        for page in window.pages.values():
            if isinstance(page, HostedPage) and page.isVisible():
                self.qtbot.waitUntil(page.has_read, timeout=WAIT)

    def read(self, place: str, widget: QWidget, skip: list[QWidget] = ()) -> None:  # type: ignore[assignment]
        for where, text in visible_texts(widget, skip=skip):
            self.seen.append((place, where, text))

    def page(self, window: SelectionWindow, key: str) -> QWidget:
        window.show_page(key)
        self.settle(window)
        page = window.page(key)
        assert page is not None
        self.read(f"{window.selection.stem}/{key}", window, _data_views(page))
        return page

    def dialog(self, place: str, dialog: QDialog | None) -> None:
        assert dialog is not None and dialog.isVisible(), place
        self.read(place, dialog)
        dialog.reject()

    def boxes(self, place: str) -> int:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        for box in shown:
            self.read(place, box)
            box.close()
        return len(shown)


def walk(qtbot: QtBot, context: Context, language: str, selections: dict[str, Path], folder: Path) -> Walk:
    """Every page of the three selections, the results page's dialogs, and the refusals of issuing, exporting and
    changing locked rules without a reason."""
    seen = Walk(qtbot, context, language, folder)

    demo = seen.open(selections["demo"])
    for spec in PAGES:
        seen.page(demo, spec.key)
    results = seen.page(demo, "results")
    assert isinstance(results, ResultsPage)
    seen.dialog("demo/lot", results.open_lot())
    seen.dialog("demo/chair", results.open_chair())
    seen.dialog("demo/runoff", results.open_runoff())
    demo.close()

    early = seen.open(selections["early"])
    for spec in PAGES:
        seen.page(early, spec.key)
    results = seen.page(early, "results")
    assert isinstance(results, ResultsPage) and results.go_ahead.isVisible()
    seen.dialog("early/override", results.open_override())
    publish = seen.page(early, "publish")
    assert isinstance(publish, PublishPage)
    publish.chooser = Desktop(folder)  # type: ignore[assignment]
    publish.choose.click()
    publish.export()
    seen.settle(early)
    seen.boxes("early/export refused")
    seen.read("early/publish after the refusal", early)
    rules = seen.page(early, "rules")
    assert isinstance(rules, RulesPage)
    rules.change_button.click()
    change = rules.change_dialog
    assert change is not None
    change.form.ties.set_rule_checked("lot", True)
    change.save()
    seen.read("early/rules change without a reason", change)
    change.reject()
    early.close()

    fresh = seen.open(selections["listed"])
    issuing = seen.page(fresh, "issue")
    assert isinstance(issuing, IssuePage)
    issuing.choose.click()
    issuing.issue_button.click()
    seen.settle(fresh)
    assert seen.boxes("listed/issue refused") == 1
    for spec in PAGES:
        seen.page(fresh, spec.key)
    fresh.close()

    published = seen.open(selections["published"])
    publish = seen.page(published, "publish")
    assert isinstance(publish, PublishPage)
    publish.verify_button.click()
    seen.qtbot.waitUntil(lambda: publish.checks.rowCount() > 10, timeout=WAIT)
    seen.settle(published)
    seen.read("published/verified", published, _data_views(publish))
    published.close()
    return seen


_PATH = re.compile(r"\S*[/\\]\S*")
_GLOSS = re.compile(r"[(（][^()（）]*[\u4e00-\u9fff][^()（）]*[)）]")
_EXAMPLE = re.compile(r"\be\.g\. .*")


_RAW_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d|[+-]\d\d:\d\d\b|\bUTC\b")
_LAZY_PLURAL = re.compile(
    r"\w\(s\)|\b(?<![.,])1 (?:candidates|experts|seats|ballots|rows|checks|problems|recusals|draws|steps)\b"
)


def raw(text: str) -> list[str]:
    """Moments as the store keeps them (ISO, UTC offsets) and plurals left to the reader ("1 seat(s)")."""
    return _RAW_TIME.findall(text) + _LAZY_PLURAL.findall(text)


def english_of_ours(text: str) -> list[str]:
    """English sentences in the Chinese interface (file paths aside), raw moments and lazy plurals."""
    return english_sentences(_PATH.sub(" ", text)) + raw(text)


def chinese_of_ours(data: tuple[str, ...]) -> Callable[[str], list[str]]:
    """Chinese words of our catalogues in the English interface; aside: the selection's own title and description
    (data), a Chinese term given in brackets after its English (Final (终评), the way Chinese offices name it) and
    examples of what to type (e.g. 福彩3D …)."""

    def judge(text: str) -> list[str]:
        for value in data:
            text = text.replace(value, " ")
        return chinese_of_catalogues(_EXAMPLE.sub(" ", _GLOSS.sub(" ", text))) + raw(text)

    return judge


def data_of(selections: dict[str, Path]) -> tuple[str, ...]:
    return tuple(
        text for path in selections.values() for text in (overview(path).title, overview(path).description) if text
    )


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_page_and_dialog_speaks_one_language(
    qtbot: QtBot, context: Context, selections: dict[str, Path], tmp_path: Path, language: str
) -> None:
    code, judge = (CHINESE, english_of_ours) if language == "zh" else (ENGLISH, chinese_of_ours(data_of(selections)))
    seen = walk(qtbot, context, code, selections, tmp_path / "out")
    assert len(seen.seen) > 300
    wrong = [(place, where, text, tuple(judge(text))) for place, where, text in seen.seen if judge(text)]
    assert not wrong, "\n".join(f"{p} {w}: {t!r} — {bad}" for p, w, t, bad in dict.fromkeys(wrong))
