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
