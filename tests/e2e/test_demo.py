"""The demo is a selection after voting (issue 15): its packages issued, each sample ballot voted from its expert's
package as a signed ballot file and collected, the one void over-vote a transcribed paper ballot; an expert who votes
again from the demo's package makes the next revision, which supersedes the demo's ballot."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from top10_panel.domain.rules import Mode
from top10_panel.exchange.ballot_files import read_ballot
from top10_panel.exchange.matrix import read_matrix
from top10_panel.services.ballots import vote
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.store import received, repository
from top10_panel.store.database import open_selection

from .command import DEMO, run


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo") / "demo"
    run("demo", folder)
    return folder


@pytest.fixture
def demo(demo_folder: Path, tmp_path: Path) -> Path:
    """A copy of the whole demo folder (the selection, its packages and ballots), for a test to change."""
    return Path(shutil.copytree(demo_folder, tmp_path / "demo")) / "demo-2020.t10"


def register(path: Path) -> list[tuple[str | None, str, int, str, str]]:
    """expert, source, revision, status, origin of every ballot on record, in the order received."""
    with open_selection(path, write=False) as selection, selection.read() as session:
        lines = received.register(session, repository.current_stage(session))
    return [(b.expert, b.source, b.revision, b.status, b.origin) for b in lines]


def sample_votes() -> dict[str, list[str]]:
    profile = read_matrix(DEMO / "sample-approval.csv", Mode.APPROVAL).profile
    return {
        expert: [code for code, cell in zip(profile.codes, cells, strict=True) if cell]
        for expert, cells in zip(profile.experts, profile.cells.tolist(), strict=True)
    }


def test_the_demo_register_holds_26_signed_ballot_files_and_the_paper_over_vote(demo_folder: Path) -> None:
    path = demo_folder / "demo-2020.t10"
    sample = sample_votes()
    lines = register(path)
    # every sample expert once, in the sample's order, the paper ballot collected after the signed files
    assert [line[0] for line in lines] == [name for name in sample if name != "专家26"] + ["专家26"]
    signed = [line for line in lines if line[1] == "file"]
    assert len(signed) == 26 and all(line[2:4] == (1, "accepted") for line in signed)
    # the 12 picks, void: no ballot window or `vote` writes such a ballot, so it came on paper
    assert lines[-1] == ("专家26", "matrix", 1, "accepted", "paper-ballots.csv, row 2")
    assert len(sample["专家26"]) == 12 and sample["专家27"] == []  # the over-vote, and the blank ballot
    files = sorted((demo_folder / "packages").glob("*.t10vote"))
    assert [f.name for f in files] == sorted(f"{line[0]}.t10vote" for line in signed)
    for file in files:
        ballot, _ = read_ballot(file)
        assert ballot.revision == 1 and ballot.vote.get("approve", []) == sample[ballot.expert], ballot.expert
    assert len(list((demo_folder / "packages").glob("*.t10pkg"))) == 27


def test_the_demo_decided_its_recusals_before_issuing(demo_folder: Path) -> None:
    listed = run("recusals", demo_folder / "demo-2020.t10").stdout.splitlines()
    assert [line.split()[0] for line in listed].count("suggested") == 0
    assert sorted(line.split(" — ")[0] for line in listed if line.startswith("confirmed")) == [
        "confirmed  专家18",
        "confirmed  专家24",
    ]
    figures = json.loads(run("tally", demo_folder / "demo-2020.t10", "--json").stdout)
    assert figures["open"] == ["E10", "S11"]


def test_verify_of_the_exported_demo_re_reads_its_ballot_files(demo: Path) -> None:
    run("export", demo)
    checked = run("verify", demo).stdout
    assert "✓ ballot files on record: 26 ballot files re-read: signatures valid, votes as counted" in checked
    given = run("verify", demo, demo.parent / "packages").stdout.splitlines()
    assert sum(line.startswith("✓ ballot 专家") and line.endswith(": on record (accepted)") for line in given) == 26
    assert not [line for line in given if line.startswith("✗")]


def test_a_ballot_voted_again_from_the_demo_package_is_revision_2_and_supersedes(demo: Path) -> None:
    folder = demo.parent
    package = folder / "packages" / "专家05.t10pkg"
    again = vote(package, {"approve": ["E01", "E10"]}, package.with_suffix(".t10vote"))
    assert again.revision == 2
    done = collect_ballot_files(demo, [again.path])
    assert (done.accepted, done.superseded, done.rejected) == (1, 1, 0)
    mine = [line[1:4] for line in register(demo) if line[0] == "专家05"]
    assert mine == [("file", 1, "superseded"), ("file", 2, "accepted")]
    figures = json.loads(run("tally", demo, "--json").stdout)
    assert figures["ballots"] == {"valid": 26, "abstain": 1, "invalid": 1, "returned": 27}


def test_a_signed_ballot_replaces_the_paper_over_vote(demo: Path) -> None:
    folder = demo.parent
    ten = [f"E{k:02d}" for k in range(1, 11)]
    signed = vote(folder / "packages" / "专家26.t10pkg", {"approve": ten}, folder / "packages" / "专家26.t10vote")
    assert signed.revision == 1  # the paper ballot is no ballot file of the expert's
    done = collect_ballot_files(demo, [signed.path])
    assert (done.accepted, done.superseded) == (1, 1)
    assert [line[1:4] for line in register(demo) if line[0] == "专家26"] == [
        ("matrix", 1, "superseded"),
        ("file", 1, "accepted"),
    ]
    figures = json.loads(run("tally", demo, "--json").stdout)
    assert figures["ballots"] == {"valid": 27, "abstain": 1, "invalid": 0, "returned": 27}
