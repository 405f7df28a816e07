"""`verify` trusts nothing the selection file says about itself (issue 12): each edit an adversary holding the
file can make with the stdlib sqlite3 module — an event rewritten with the chain and its head recomputed, a
candidate's title changed after export, a stale ballot flipped to accepted and exported again, a rejected ballot's
row deleted, a published file deleted — makes `verify` exit 3 naming what changed; `tally` warns on the cheap ones;
a copy of a selection given new lists accepts none of the original's ballots."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.e2e.command import run
from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.exchange.ballot_files import read_package
from top10_panel.services.ballots import issue, vote
from top10_panel.services.inbox import collect_ballot_files
from top10_panel.services.publish import export_selection
from top10_panel.services.selection import import_candidates, import_experts, new_selection

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
FIXTURE = ROOT / "tests" / "data" / "selection-schema-0001.t10"
MISMATCH = 3


def _packages(path: Path, out: Path) -> dict[str, Path]:
    reject_suggested(path)  # issue waits for decided recusals
    return {read_package(p).expert: p for p in issue(path, out).packages}


@pytest.fixture
def published(tmp_path: Path) -> Path:
    """An approval selection: three experts voted, 专家01 twice (revision 2 counted, the stale revision 1 collected
    after it and rejected), exported."""
    path = tmp_path / "selection.t10"
    new_selection(path, "2020年度十大事件", Rules(mode=Mode.APPROVAL, seats=3), year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    packages = _packages(path, tmp_path / "packages")
    ballots = tmp_path / "ballots"
    stale = vote(packages["专家01"], {"approve": ["E01", "E02"]}, ballots / "01.t10vote").path
    shutil.copyfile(stale, ballots / "01-stale.t10vote")
    vote(packages["专家01"], {"approve": ["E01", "E03"]}, ballots / "01.t10vote")  # revision 2
    vote(packages["专家02"], {"approve": ["E02", "E03"]}, ballots / "02.t10vote")
    vote(packages["专家03"], {"approve": ["E01", "E04"]}, ballots / "03.t10vote")
    files = [ballots / "01.t10vote", ballots / "02.t10vote", ballots / "03.t10vote", ballots / "01-stale.t10vote"]
    done = collect_ballot_files(path, files)
    assert (done.accepted, done.rejected) == (3, 1)
    export_selection(path, override="a small test panel: 3 of 27 ballots")
    return path


def verified(path: Path, *more: Path) -> tuple[int, str]:
    done = run("verify", path, *more, ok=False)
    assert done.returncode in (0, MISMATCH), done.stderr
    return done.returncode, done.stdout


def failing(stdout: str) -> list[str]:
    return [line for line in stdout.splitlines() if line.startswith("✗")]


def edit(path: Path, *statements: tuple[str, tuple[object, ...]]) -> None:
    connection = sqlite3.connect(path)
    with connection:
        for sql, parameters in statements:
            connection.execute(sql, parameters)
    connection.close()


def test_an_untouched_selection_verifies_with_its_published_files(published: Path) -> None:
    code, out = verified(published, published.with_name("selection-results.xlsx"))
    assert code == 0, out
    for item in ("anchor in selection-results.xlsx", "anchor in selection-report.pdf", "sidecar selection-report"):
        assert f"✓ {item}" in out
    assert "✓ fingerprint (终评)" in out and "✓ ballot register (终评)" in out and "✓ register re-checked" in out


def test_an_event_rewritten_with_the_chain_and_head_recomputed_is_caught_by_the_published_head(
    published: Path,
) -> None:
    connection = sqlite3.connect(published)
    rows = connection.execute("SELECT seq, at, kind, payload, prev_hash FROM event ORDER BY seq").fetchall()
    prev = "0" * 64
    with connection:
        for seq, at, kind, payload, _ in rows:
            if kind == "experts imported":
                payload = payload.replace("experts.csv", "experts-final.csv")
            body = json.dumps([seq, at, kind, payload, prev], ensure_ascii=False, separators=(",", ":"))
            digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
            connection.execute(
                "UPDATE event SET payload = ?, prev_hash = ?, hash = ? WHERE seq = ?", (payload, prev, digest, seq)
            )
            prev = digest
        connection.execute("UPDATE meta SET value = ? WHERE key = 'log_head'", (f"{rows[-1][0]}:{prev}",))
    connection.close()
    code, out = verified(published)
    assert code == MISMATCH
    assert "✓ event log" in out  # the chain itself is consistent again: only the published head shows it
    assert any("anchor in selection-results.xlsx" in line and "no longer holds entry" in line for line in failing(out))


def test_a_candidates_title_changed_after_export_is_named(published: Path) -> None:
    edit(published, ("UPDATE candidate SET title = ? WHERE code = 'E02'", ("另一个标题",)))
    code, out = verified(published)
    assert code == MISMATCH
    assert any(line.startswith("✗ fingerprint (终评)") and "candidate E02" in line for line in failing(out)), out
    assert any("anchor in selection-report.pdf" in line and "changed after export" in line for line in failing(out))
    tallied = run("tally", published, "--json")  # counted all the same, but not silently
    assert "warning" in tallied.stderr and "candidate E02" in tallied.stderr
    integrity = json.loads(tallied.stdout)["integrity"]
    assert integrity["ok"] is False and any("candidate E02" in p for p in integrity["problems"])


def test_a_stale_ballot_flipped_to_accepted_and_exported_again_counts_an_expert_twice(published: Path) -> None:
    edit(published, ("UPDATE ballot SET status = 'accepted', reason = '' WHERE status = 'rejected'", ()))
    run("export", published, "--override", "a small test panel")
    code, out = verified(published)
    assert code == MISMATCH
    line = next(line for line in failing(out) if line.startswith("✗ register re-checked"))
    assert "专家01 is counted 2 times" in line and "01-stale.t10vote" in line and "stale ballot" in line


def test_a_rejected_ballots_row_deleted_shows_in_the_register_count(published: Path) -> None:
    edit(published, ("DELETE FROM ballot WHERE status = 'rejected'", ()))
    code, out = verified(published)
    assert code == MISMATCH
    assert any("ballot register (终评)" in line and "1 received ballot row(s) deleted" in line for line in failing(out))
    assert "fails a check" in run("tally", published).stderr


@pytest.mark.parametrize("name", ["selection-report.pdf", "selection-results.xlsx.sha256"])
def test_a_published_file_deleted_is_a_mismatch(published: Path, name: str) -> None:
    published.with_name(name).unlink()
    code, out = verified(published)
    assert code == MISMATCH
    assert any("missing" in line and name in line for line in failing(out)), out


def test_a_workbook_from_an_edited_log_is_not_taken_for_this_one(published: Path, tmp_path: Path) -> None:
    """The workbook given by hand is checked too: one exported before a rewrite no longer matches."""
    kept = tmp_path / "kept-results.xlsx"
    shutil.copyfile(published.with_name("selection-results.xlsx"), kept)
    assert verified(published, kept)[0] == 0
    edit(published, ("UPDATE candidate SET title = ? WHERE code = 'E01'", ("改过的标题",)))
    code, out = verified(published, kept)
    assert code == MISMATCH and any("anchor in kept-results.xlsx" in line for line in failing(out))


def test_a_copy_given_new_lists_accepts_none_of_the_originals_ballots(tmp_path: Path) -> None:
    """Copied once its experts are in (so the copy holds the same secrets), then given the same candidates:
    without a nonce both gave one fingerprint, and the copy counted the original's ballots."""
    experts = tmp_path / "experts.csv"
    lines = (DEMO / "experts.csv").read_text(encoding="utf-8").splitlines()
    experts.write_text("\n".join(line.rsplit(",", 1)[0] for line in lines) + "\n", encoding="utf-8")  # no 回避
    original = tmp_path / "original.t10"
    new_selection(original, "十大事件", Rules(mode=Mode.APPROVAL, seats=3))
    import_experts(original, experts)
    copy = tmp_path / "copy.t10"
    shutil.copyfile(original, copy)
    for path in (original, copy):
        import_candidates(path, DEMO / "candidates-2020.csv")
    packages = _packages(original, tmp_path / "packages")
    ballot = vote(packages["专家05"], {"approve": ["E01"]}, tmp_path / "05.t10vote").path
    assert collect_ballot_files(original, [ballot]).accepted == 1
    done = collect_ballot_files(copy, [ballot])
    assert (done.accepted, done.rejected) == (0, 1)
    reason = sqlite3.connect(copy).execute("SELECT reason FROM ballot").fetchone()[0]
    assert "another selection" in reason
    assert read_package(packages["专家05"]).nonce  # the package carries it, so the fingerprint can be recomputed


def test_a_file_made_before_nonces_keeps_its_fingerprint_and_verifies(tmp_path: Path) -> None:
    path = tmp_path / "old.t10"
    shutil.copyfile(FIXTURE, path)
    before = json.loads(run("tally", path, "--json").stdout)
    run("export", path, "--override", "a small test panel")
    code, out = verified(path)
    assert code == 0, out
    after = json.loads(run("tally", path, "--json").stdout)
    assert after["ranking"] == before["ranking"] and after["integrity"] == {"ok": True, "problems": []}
    nonce = sqlite3.connect(path).execute("SELECT value FROM meta WHERE key = 'nonce'").fetchone()
    assert nonce is None  # the old formula: no nonce was added, so its ballots and lot draws stay as they were


def test_a_folder_copied_to_an_auditor_still_verifies(published: Path, tmp_path: Path) -> None:
    """The recorded paths are gone, the files lie beside the selection file: found there, not missing."""
    auditor = tmp_path / "auditor"
    auditor.mkdir()
    for name in ("selection.t10", "selection-results.xlsx", "selection-report.pdf"):
        for file in (published.with_name(name), published.with_name(name + ".sha256")):
            if file.exists():
                shutil.move(file, auditor / file.name)
    code, out = verified(auditor / "selection.t10")
    assert code == 0, out
    assert "✓ anchor in selection-report.pdf" in out
