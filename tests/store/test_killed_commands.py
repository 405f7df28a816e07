"""SPEC §4 'a crash at any moment leaves the file consistent', §8 'Safe': export, settle, rules, advance and a large
import, each killed by SIGKILL at exact moments spread over its run — in the middle of a transaction whose pages
already spilled into the file (a hot journal left beside it), at its commit, between the files of an export. After
each kill the command opens the file as it is (no repair by the test): it undoes the cut change and says so, the
file holds all of the change or none of it, its log is intact, and an export is either wholly published or not at
all (verify passes)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.e2e.command import DEMO, run
from top10_panel.store import events
from top10_panel.store.database import open_selection

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
"""A rollback journal that holds a change to undo starts with these bytes (SQLite's file format, §4.1)."""


def journal_path(path: Path) -> Path:
    return path.with_name(f"{path.name}-journal")


ROOT = Path(__file__).resolve().parents[2]
KILLS = 4
"""Kills spread over each command's SQL statements, besides at its last, after it, and (export) between the files
moved in place."""


def _child(when: str, at: int, argv: list[str | Path]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tests.store.kill_child", when, str(at), "--", *map(str, argv)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _argv(template: list[str], path: Path) -> list[str | Path]:
    """The command's arguments for the copy at ``path``: FILE is the selection, BIG the list beside it."""
    places: dict[str, str | Path] = {"FILE": path, "BIG": path.with_name("big.csv")}
    return [places.get(part, part) for part in template]


def _counts(template: list[str], path: Path) -> tuple[int, int]:
    done = _child("count", 0, _argv(template, path))
    assert done.returncode == 0, done.stderr
    words = done.stderr.split()
    return int(words[words.index("statements") + 1]), int(words[words.index("replaces") + 1])


def _rows(path: Path) -> dict[str, int]:
    """Rows per table, read without touching the file (the journal is left to the command)."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] for table in tables}
    finally:
        connection.close()


def _hot(path: Path) -> bool:
    journal = journal_path(path)
    return journal.is_file() and journal.read_bytes()[: len(JOURNAL_MAGIC)] == JOURNAL_MAGIC


def _demo(folder: Path) -> Path:
    run("demo", folder)
    return folder / "demo-2020.t10"


def _settled_demo(folder: Path) -> Path:
    path = _demo(folder)
    run("settle", path, "--lot-source", "福彩3D 2020-12-31 开奖号码", "--by", "编辑部")
    run("settle", path, "--lot", "2020-12-31 福彩3D 123", "--by", "编辑部")
    return path


def _lot_recorded(folder: Path) -> Path:
    path = _demo(folder)
    run("settle", path, "--lot-source", "福彩3D 2020-12-31 开奖号码", "--by", "编辑部")
    return path


def _two_stages(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "two-stage.t10"
    run("new", path, "--title", "两轮评选", "--mode", "approval", "--screening", "12")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("collect", path, DEMO / "sample-approval.csv")
    return path


def _empty(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "big.t10"
    run("new", path, "--title", "压力测试", "--mode", "approval")
    lines = ["编号,标题,日期,摘要,来源,类别"]
    lines += [
        f'X{k:05d},候选事件 {k},2020-01-01,"摘要 {k}，{"长文本" * 20}",来源单位 {k % 50},类别{k % 3}'
        for k in range(4000)
    ]
    (folder / "big.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


CASES: dict[str, tuple[Callable[[Path], Path], list[str]]] = {
    "export": (_settled_demo, ["export", "FILE"]),
    "settle": (_lot_recorded, ["settle", "FILE", "--lot", "2020-12-31 福彩3D 123", "--by", "编辑部"]),
    "rules": (_demo, ["rules", "FILE", "--seats", "9", "--max-picks", "9", "--reason", "编委会决定增加一席"]),
    "advance": (_two_stages, ["advance", "FILE"]),
    "import": (_empty, ["import-candidates", "FILE", "BIG"]),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_command_killed_at_any_moment_leaves_all_or_nothing(tmp_path: Path, name: str) -> None:
    make, argv = CASES[name]
    base = make(tmp_path / "base")
    before = _rows(base)
    whole = tmp_path / "whole"
    shutil.copytree(base.parent, whole)
    statements, replaces = _counts(argv, whole / base.name)
    after = _rows(whole / base.name)
    assert after != before, "the command should change the file"
    moments = sorted(
        {*(1 + k * (statements - 1) // KILLS for k in range(KILLS)), statements - 1, statements, statements + 1}
    )
    kills = [("statement", n) for n in moments] + [("replace", n) for n in range(1, replaces)]
    seen = {"before": 0, "after": 0, "undone": 0}
    for when, at in kills:
        copy = tmp_path / f"{when}-{at}"
        shutil.copytree(base.parent, copy)
        path = copy / base.name
        killed = _child(when, at, _argv(argv, path))
        assert killed.returncode == -9, f"{when} {at}: not killed ({killed.returncode}) {killed.stderr}"
        hot = _hot(path)
        opener = ["rules", path] if name == "import" else ["tally", path, "--json"]  # no tally without candidates
        opened = run(*opener, ok=False)  # the command opens the file just as the kill left it
        assert opened.returncode == 0, f"{when} {at}: {opened.stderr}"
        assert ("has been undone" in opened.stderr) == hot, f"{when} {at}: {opened.stderr}"
        assert not _hot(path)
        seen["undone"] += hot
        rows = _rows(path)
        assert rows in (before, after), f"{when} {at}: half a change {rows}"
        seen["before" if rows == before else "after"] += 1
        with open_selection(path, write=False) as selection, selection.read() as session:
            assert events.verify(session) == []
        assert sqlite3.connect(path).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        if name == "export":
            published = [copy / "demo-2020-results.xlsx", copy / "demo-2020-report.pdf"]
            verified = run("verify", path, ok=False)
            if rows == after:  # recorded: the files still aside are moved in place, and the set checks out
                assert verified.returncode == 0, f"{when} {at}: {verified.stdout}{verified.stderr}"
                assert all(file.is_file() for file in published)
            else:  # not recorded: nothing is published, nothing half
                assert verified.returncode == 2 and "nothing has been published" in verified.stderr
                assert not any(file.exists() for file in published)
            assert not list(copy.glob(".*.exporting")) or rows == before
    assert seen["before"] and seen["after"], seen
    if name in ("import", "export"):  # transactions larger than the page cache
        assert seen["undone"], f"no kill landed inside a spilled transaction: {seen}"
