"""Hostile files through the real command: a bad file is a rejected ballot with its reason or exit 2, the genuine
ballot beside it is counted, and a refused import leaves the selection file byte for byte as it was."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from pathlib import Path

import pytest

from .command import DEMO, SCRIPT, run


@pytest.fixture(scope="module")
def issued(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "s.t10"
    run("new", path, "--title", "敌意文件", "--mode", "approval")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("recusals", path, "--accept-suggested")
    run("issue", path, "--out", folder / "out")
    return path, folder


def test_a_collect_rejects_links_pipes_and_deep_json_and_keeps_the_genuine_ballot(issued: tuple[Path, Path]) -> None:
    path, folder = issued
    package = sorted((folder / "out").glob("*.t10pkg"))[0]
    inbox = folder / "inbox"
    inbox.mkdir()
    run("vote", package, "--blank", "--out", inbox / "genuine.t10vote")
    private = folder / "private.txt"
    private.write_text("PRIVATE-CONTENT")
    (inbox / "link.t10vote").symlink_to(private)
    (inbox / "zero.t10vote").symlink_to("/dev/zero")
    os.mkfifo(inbox / "pipe.t10vote")
    (inbox / "deep.t10vote").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (inbox / "empty1.t10vote").write_bytes(b"")
    (inbox / "empty2.t10vote").write_bytes(b"")
    done = run("collect", path, inbox)
    assert "1 accepted, 6 rejected" in done.stdout, done.stdout
    connection = sqlite3.connect(path)
    rows = dict(connection.execute("SELECT origin, status || ': ' || reason FROM ballot").fetchall())
    raws = [raw for (raw,) in connection.execute("SELECT raw FROM ballot")]
    connection.close()
    assert rows["genuine.t10vote"].startswith("accepted")
    assert "symbolic link" in rows["link.t10vote"] and "symbolic link" in rows["zero.t10vote"]
    assert "named pipe" in rows["pipe.t10vote"]
    assert "nested" in rows["deep.t10vote"]
    assert rows["empty1.t10vote"].startswith("rejected") and rows["empty2.t10vote"].startswith("rejected")
    assert not any(raw and b"PRIVATE-CONTENT" in raw for raw in raws)


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("nul.csv", "编号,标题,摘要\nC01,甲,x\n".encode() + b"C9,a,b\n" * 2000 + b"C02,\x00,y\n", "NUL"),
        ("zw.csv", "编号,标题,摘要\nC01,甲,x\nC0\u200b1,乙,y\n".encode(), "invisible"),
        ("long.csv", b"\xe7\xbc\x96\xe5\x8f\xb7," + b"X" * 200_000 + b"\nC01,a\n", "cannot be read"),
    ],
)
def test_a_refused_import_is_exit_2_on_one_line_and_changes_nothing(
    issued: tuple[Path, Path], name: str, content: bytes, says: str
) -> None:
    path, folder = issued
    fresh = folder / f"fresh-{name}.t10"
    if not fresh.exists():
        run("new", fresh, "--title", "t", "--mode", "approval")
    before = fresh.read_bytes()
    bad = folder / name
    bad.write_bytes(content)
    done = run("import-candidates", fresh, bad, ok=False)
    assert done.returncode == 2 and says in done.stderr, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and len(done.stderr) < 1000
    assert fresh.read_bytes() == before


def test_vote_piped_into_head_exits_0(issued: tuple[Path, Path]) -> None:
    _, folder = issued
    package = sorted((folder / "out").glob("*.t10pkg"))[0]
    done = subprocess.run(
        f"'{SCRIPT}' vote '{package}' --blank --out '{folder / 'piped.t10vote'}' | head -c 1 >/dev/null;"
        " echo ${PIPESTATUS[0]}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
    )
    assert done.stdout.strip() == "0", done.stderr


def test_a_huge_header_cell_in_a_matrix_gives_a_short_message(issued: tuple[Path, Path]) -> None:
    _, folder = issued
    matrix = folder / "header.csv"
    matrix.write_text("expert," + "X" * 200_000 + "\n专家01,1\n", encoding="utf-8")
    done = run("tally", matrix, "--mode", "approval", ok=False)
    assert done.returncode == 2 and len(done.stderr) < 1000 and "header row" in done.stderr, done.stderr[:300]


def test_a_folder_with_good_ballots_and_a_bad_matrix_stores_nothing(issued: tuple[Path, Path]) -> None:
    """A collect is every input or none: the bad matrix is refused in one line, and the genuine ballots beside it
    are not stored either (else "nothing changed" would be untrue); without the matrix they are."""
    path, folder = issued
    packages = sorted((folder / "out").glob("*.t10pkg"))
    inbox = folder / "mixed"
    inbox.mkdir()
    for number, package in enumerate(packages[1:3], start=1):
        run("vote", package, "--blank", "--out", inbox / f"ballot{number}.t10vote")
    (inbox / "votes.csv").write_text("expert,E01,Z99\n专家01,1,1\n", encoding="utf-8")
    before = path.read_bytes()
    done = run("collect", path, inbox, ok=False)
    assert done.returncode == 2, done.stdout + done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and "Z99" in done.stderr
    assert done.stdout == ""
    assert path.read_bytes() == before
    (inbox / "votes.csv").unlink()
    assert "2 accepted" in run("collect", path, inbox).stdout


def test_the_apps_drop_of_ballots_and_a_bad_matrix_stores_nothing(issued: tuple[Path, Path]) -> None:
    """The collect page's drop (services.dashboard.collect_dropped) is every input or none, as the command is."""
    from top10_panel.domain.errors import InputError
    from top10_panel.services.dashboard import collect_dropped, sort_inbox

    path, folder = issued
    packages = sorted((folder / "out").glob("*.t10pkg"))
    drop = folder / "dropped"
    drop.mkdir()
    run("vote", packages[3], "--blank", "--out", drop / "ballot.t10vote")
    (drop / "votes.csv").write_text("expert,E01,Z98\n专家01,1,1\n", encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InputError, match="Z98"):
        collect_dropped(path, sort_inbox(sorted(drop.iterdir())))
    assert path.read_bytes() == before
    cancelled = collect_dropped(path, sort_inbox([drop / "ballot.t10vote"]), lambda done, total: False)
    assert cancelled.cancelled and path.read_bytes() == before


def test_a_very_long_code_in_a_bare_matrix_is_refused_in_one_short_line(tmp_path: Path) -> None:
    matrix = tmp_path / "votes.csv"
    matrix.write_text("expert,E01," + "C" * 100_000 + "\n专家01,1,1\n", encoding="utf-8")
    done = run("tally", matrix, "--mode", "approval", ok=False)
    assert done.returncode == 2 and done.stdout == ""
    assert len(done.stderr) < 400 and "100,000 characters" in done.stderr and "row 1, column 3" in done.stderr
