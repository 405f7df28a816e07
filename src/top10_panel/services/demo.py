"""A complete demo selection built from the 2020 edition's ten events (SPEC §7 `demo DIR`)."""

from __future__ import annotations

import shutil
from pathlib import Path

from top10_panel.domain.ballot_check import rule_breaks
from top10_panel.domain.errors import InputError, Location
from top10_panel.domain.profile import Profile
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.votes import Vote
from top10_panel.exchange.ballot_files import read_package
from top10_panel.exchange.matrix import read_matrix
from top10_panel.exchange.matrix_csv import write_matrix_csv
from top10_panel.resources import resource

from .announcement import set_introduction
from .ballots import issue, vote
from .collect import collect_matrix
from .inbox import collect_ballot_files
from .selection import import_candidates, import_experts, new_selection, review_recusals

DEMO_FILE = "demo-2020.t10"
FILES = ("candidates-2020.csv", "experts.csv", "sample-approval.csv")
INTRODUCTION = "introduction-2020.txt"
PACKAGES = "packages"
PAPER = "paper-ballots.csv"
"""The editor's transcription of the paper ballots: the one the ballot window could not have written."""
BALLOT_SUFFIX = ".t10vote"


def build_demo(folder: Path) -> Path:
    """The ten events plus fifteen sample candidates, 27 sample experts with recusals, their ballots (one void
    over-vote, one blank), and a tie at the cut line; the lists and the sample matrix are copied beside the selection.

    The demo is a selection after voting, as the editor and the experts would have made it: the packages issued into
    ``packages/``, and each expert's ballot of ``sample-approval.csv`` voted from their package as a signed ballot
    file saved beside it (``packages/专家05.t10vote``, where the ballot window saves it) and collected. An expert who
    votes again from a package there makes the next revision (``vote`` and the ballot window number it from the
    ballot files beside it): collected, it supersedes the demo's.

    The one over-vote (12 picks, 10 allowed) cannot be a signed file: ``vote`` refuses what the rules do not allow,
    and so does the ballot window. In a real selection an over-vote comes on paper, so that is how the demo has it:
    the expert's paper ballot, transcribed by the editor into ``paper-ballots.csv`` as one matrix row and collected
    after the signed files (on record, void in the tally). No way around the expert's side is opened for the demo.
    """
    path = folder / DEMO_FILE
    if path.exists():
        raise InputError(
            "a demo selection exists in this folder already",
            fix="delete it, or choose another folder",
            where=Location(file=str(path)),
        )
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        shutil.copyfile(resource("demo", name), folder / name)
    rules = Rules(mode=Mode.APPROVAL, seats=10, max_picks=10)
    new_selection(
        path,
        "2020年度中国科技资源管理领域十大事件（演示）",
        rules,
        year=2020,
        description="演示评选：十个真实事件取自《中国科技资源导刊》2020 年度评选，另有十五个〔示例〕候选与示例专家。",
    )
    # The 2020 edition's own introduction, for the announcement (export --docx).
    set_introduction(path, resource("demo", INTRODUCTION).read_text(encoding="utf-8"))
    import_candidates(path, folder / "candidates-2020.csv")
    import_experts(path, folder / "experts.csv")
    _decide_suggested(path)
    packages = {read_package(p).expert: p for p in issue(path, folder / PACKAGES).packages}
    sample = read_matrix(folder / "sample-approval.csv", rules.mode).profile  # its 'title' row is no expert's
    signed, paper = _cast(sample, rules, packages)
    collect_ballot_files(path, signed)
    if paper:
        write_matrix_csv(folder / PAPER, sample.codes, paper)
        collect_matrix(path, folder / PAPER)
    return path


def _decide_suggested(path: Path) -> None:
    """Reject the recusals the import suggests (an expert's unit in a candidate's source); keep the expert list's.

    The list's two recusals (专家18 from E10, 专家24 from S11) are the sample's: they make the tie at the cut. The
    seven suggested ones are decided so that packages can be issued (``issue`` refuses while any is undecided), and
    rejected because the sample ballots were cast without them: 专家01 approves E01 and 专家04 approves S12, which an
    accepted recusal would refuse, and any accepted one would change the share of the panel each result shows. An
    editor of a real selection judges each pair (``recusals FILE``, the Experts page)."""
    pairs = [(r.expert, r.candidate) for r, status in review_recusals(path) if status == "suggested"]
    if pairs:
        review_recusals(path, reject=pairs)


def _cast(
    sample: Profile, rules: Rules, packages: dict[str, Path]
) -> tuple[list[Path], list[tuple[str, list[str]]]]:
    """Each sample row voted from its expert's package into ``NAME.t10vote`` beside it (in the sample's order), and
    the rows the rules make void, as paper ballots (a cell per code: '1' or '')."""
    files: list[Path] = []
    paper: list[tuple[str, list[str]]] = []
    for expert, cells in zip(sample.experts, sample.cells.tolist(), strict=True):
        picks = [code for code, cell in zip(sample.codes, cells, strict=True) if cell]
        choice: Vote = {"approve": picks} if picks else {}  # an empty row: a blank ballot, an abstention
        if rule_breaks(choice, rules):
            paper.append((expert, ["1" if cell else "" for cell in cells]))
            continue
        package = packages[expert]
        files.append(vote(package, choice, package.with_suffix(BALLOT_SUFFIX), revision=1).path)
    return files, paper
