"""Faults of the machine through the real command (issue 13): a full disk — inside SQLite and while the exported files
are written —, a file another program keeps busy, a journal left hot by a killed writer, a text damaged in the file.
Each is exit 2 in one line that says what to do, with no SQL and no vote in it, and the selection and the published
files are as they were."""

from __future__ import annotations

import errno
import hashlib
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event

from tests.e2e.command import run
from top10_panel.store import database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")
"""A rollback journal that holds a change to undo starts with these bytes (SQLite's file format, §4.1)."""


def journal_path(path: Path) -> Path:
    return path.with_name(f"{path.name}-journal")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def settled(tmp_path: Path) -> Path:
    run("demo", tmp_path)
    path = tmp_path / "demo-2020.t10"
    run("settle", path, "--lot-source", "福彩3D 2020-12-31 开奖号码", "--by", "编辑部")
    run("settle", path, "--lot", "2020-12-31 福彩3D 123", "--by", "编辑部")
    return path


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every selection file opened from now on may not grow by a page: SQLite's own 'database or disk is full'."""
    made = database._engine

    def engine(path: Path) -> Engine:
        new = made(path)

        @event.listens_for(new, "connect")
        def _no_room(connection: Any, _record: Any) -> None:
            pages = connection.execute("PRAGMA page_count").fetchone()[0]
            connection.execute(f"PRAGMA max_page_count = {pages}")

        return new

    monkeypatch.setattr(database, "_engine", engine)


def _refused_in_one_line(done: subprocess.CompletedProcess[str], words: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], done.stderr
    assert "what to do" not in lines[0] and " — " in lines[0]  # the fix follows the dash
    for leak in ("INSERT", "UPDATE", "SELECT", "[SQL", "parameters", "Traceback", "internal error"):
        assert leak not in done.stderr


def big_list(path: Path) -> Path:
    lines = ["编号,标题,日期,摘要,来源,类别"]
    lines += [
        f'X{k:05d},候选事件 {k},2020-01-01,"摘要 {k}，{"长文本" * 20}",来源单位 {k % 50},类别{k % 3}'
        for k in range(3000)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_full_disk_inside_the_file_is_exit_2_and_changes_nothing(
    tmp_path: Path, settled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = tmp_path / "fresh.t10"
    run("new", fresh, "--title", "压力测试", "--mode", "approval")
    listed = tmp_path / "listed.t10"
    run("new", listed, "--title", "演示", "--mode", "approval")
    run("import-candidates", listed, tmp_path / "candidates-2020.csv")
    run("import-experts", listed, tmp_path / "experts.csv")
    fill_the_disk(monkeypatch)
    for argv, selection in (
        (["export", settled], settled),
        (["import-candidates", fresh, big_list(tmp_path / "big.csv")], fresh),
        (["collect", listed, tmp_path / "sample-approval.csv"], listed),
    ):
        before = _digest(selection)
        _refused_in_one_line(run(*argv, ok=False), "the disk is full: nothing was changed — free some space")
        assert _digest(selection) == before
    assert not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob("*.pdf")), "nothing half-published"
    assert not list(tmp_path.glob(".*.exporting"))


def test_a_disk_that_fills_between_the_workbook_and_the_report_publishes_neither(
    settled: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run("export", settled)
    folder = settled.parent
    published = {p.name: _digest(p) for p in folder.iterdir() if p.suffix in (".xlsx", ".pdf", ".sha256")}
    assert len(published) == 4
    before = _digest(settled)
    from top10_panel.exchange import report_pdf

    def no_room(path: Path, data: bytes, *, shared: bool = False) -> None:
        path.write_bytes(data[: len(data) // 2])  # the disk fills half-way through the report
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(report_pdf, "write_atomically", no_room)
    _refused_in_one_line(run("export", settled, ok=False), "the disk is full: nothing was changed")
    assert _digest(settled) == before
    assert {p.name: _digest(p) for p in folder.iterdir() if p.suffix in (".xlsx", ".pdf", ".sha256")} == published
    assert not list(folder.glob(".*.exporting"))
    monkeypatch.undo()
    assert run("verify", settled).returncode == 0


def test_a_file_another_program_keeps_busy_is_busy_not_damaged(settled: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(settled)!r}, isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE')\n"
            "print('held', flush=True)\n"
            "time.sleep(30)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        before = _digest(settled)
        done = run("tally", settled, ok=False)
        _refused_in_one_line(done, "the selection file is busy: another program is writing it")
        assert "damaged" not in done.stderr
        assert _digest(settled) == before
    finally:
        holder.kill()
        holder.wait()
    assert run("tally", settled).returncode == 0


def _kill_inside_a_large_change(path: Path) -> None:
    """A writer killed after its change spilled into the file, before it committed: a hot journal beside it."""
    writer = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, time\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            "c.execute('PRAGMA cache_size = 1')\n"
            "c.execute('BEGIN')\n"
            "c.execute(\"UPDATE candidate SET title = title || '改', summary = summary || '改'\")\n"
            "print('spilled', flush=True)\n"
            "time.sleep(30)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert writer.stdout is not None and writer.stdout.readline().strip() == "spilled"
    writer.kill()
    writer.wait()


def hot_copy(path: Path, into: Path) -> Path:
    """A copy of the selection at ``path`` as a killed writer leaves it: changed pages in it, its journal hot."""
    shutil.copyfile(path, into)
    _kill_inside_a_large_change(into)
    assert journal_path(into).stat().st_size > 0
    assert into.read_bytes() != path.read_bytes(), "the change should have reached the file"
    return into


def test_a_hot_journal_is_rolled_back_and_said_so_not_called_damaged(tmp_path: Path, settled: Path) -> None:
    path = hot_copy(settled, tmp_path / "hot.t10")
    done = run("tally", path, ok=False)
    assert done.returncode == 0, done.stderr
    assert "damaged" not in done.stderr
    assert "a change to this file was cut short (a crash, a kill or a full disk) and has been undone" in done.stderr
    assert path.read_bytes() == settled.read_bytes(), "the file is as it was before the cut change"
    assert not journal_path(path).exists()
    again = run("tally", path)
    assert "undone" not in again.stderr and again.stdout == done.stdout


def test_a_damaged_text_in_the_file_is_exit_2_in_tally_and_verify(settled: Path) -> None:
    run("export", settled)
    connection = sqlite3.connect(settled)
    with connection:
        connection.execute("UPDATE candidate SET title = CAST(x'ff' AS TEXT) WHERE code = 'E01'")
    connection.close()
    for command in ("tally", "verify"):
        _refused_in_one_line(run(command, settled, ok=False), "the selection file is damaged — restore it")
