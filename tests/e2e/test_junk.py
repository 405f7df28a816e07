"""Junk at scale: a folder of thousands of junk files is collected in one pass, what a collect keeps of rejected
files is capped, the register is searched through an index, a matrix of people who are not experts is refused whole
before any of its rows becomes a ballot, and two different unreadable files are two entries of the register."""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path, PurePath

import pytest

from top10_panel.cli import main
from top10_panel.exchange.bounded import BALLOT
from top10_panel.services import collect, inbox

from .command import DEMO, ROOT, run

OLD_SCHEMA = ROOT / "tests" / "data" / "selection-schema-0001.t10"
CODES = "E01,E02,E03,E04,E05,E06,E07,E08,E09,E10,S11,S12,S13,S14,S15,S16,S17,S18,S19,S20,S21,S22,S23,S24,S25"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("junk")
    path = folder / "base.t10"
    run("new", path, "--title", "垃圾文件", "--mode", "approval")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("recusals", path, "--accept-suggested")
    return path


@pytest.fixture
def fresh(base: Path, tmp_path: Path) -> Path:
    return Path(shutil.copyfile(base, tmp_path / "s.t10"))


def register(path: Path) -> list[tuple[str, str, str, int, str]]:
    connection = sqlite3.connect(path)
    rows = connection.execute("SELECT origin, status, reason, length(raw), fingerprint FROM ballot ORDER BY id")
    out = rows.fetchall()
    connection.close()
    return out


def junk(folder: Path, count: int, size: int = 200, name: str = "junk-{0:05d}.t10vote") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = [folder / name.format(k) for k in range(count)]
    for file in files:
        file.write_bytes(os.urandom(size))
    return files


def test_a_folder_of_junk_files_is_sorted_in_one_pass(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Which paths are ballot files is looked up, not searched for in a list: comparisons grow with the files, not
    with their square (20,000 junk files took 78.7 s, 1,000 ballot files take 1.7 s)."""
    files = 2_000
    junk(tmp_path / "junk", files)
    compared = 0
    equal = PurePath.__eq__

    def counted(self: PurePath, other: object) -> bool:
        nonlocal compared
        compared += 1
        return equal(self, other)

    monkeypatch.setattr(PurePath, "__eq__", counted)
    assert main(["collect", str(fresh), str(tmp_path / "junk")]) == 0
    monkeypatch.undo()
    assert len(register(fresh)) == files
    assert compared < 10 * files, f"{compared:,} path comparisons for {files:,} files"


def test_past_the_cap_a_rejected_file_is_registered_without_its_bytes(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inbox, "KEPT_REJECTED", 1_000)
    files = junk(tmp_path / "big", 5, size=600, name="big-{0}.t10vote")
    done = inbox.collect_ballot_files(fresh, files)
    assert done.rejected == 5
    rows = register(fresh)
    assert [size for _, _, _, size, _ in rows] == [600, 0, 0, 0, 0]  # 600 kept; another 600 would pass 1,000
    for (origin, status, reason, _, sha), file in zip(rows, files, strict=True):
        assert origin == file.name and status == "rejected" and "not a readable ballot file" in reason
        assert sha == hashlib.sha256(file.read_bytes()).hexdigest()
    for _, _, reason, _, _ in rows[1:]:
        assert "its bytes (600 bytes) were not kept: a collect keeps at most 1000 bytes of rejected files" in reason
    assert "not kept" not in rows[0][2]
    # a later collect has a cap of its own; a file registered without its bytes is still the same file again
    again = inbox.collect_ballot_files(fresh, [files[3], *junk(tmp_path / "more", 1, size=600)])
    assert (again.unchanged, again.rejected) == (1, 1)
    assert register(fresh)[-1][3] == 600


def _plan(path: Path, query: str) -> str:
    connection = sqlite3.connect(path)
    plan = " ".join(row[-1] for row in connection.execute(f"EXPLAIN QUERY PLAN {query}"))
    connection.close()
    return plan


def _register_queries() -> list[str]:
    """The SQL the collect searches the register with, as SQLAlchemy writes it."""
    from sqlalchemy import func, select
    from sqlalchemy.dialects import sqlite

    from top10_panel.store.schema import BallotRow

    queries = [
        select(BallotRow.fingerprint),
        select(func.count()).select_from(BallotRow).where(BallotRow.fingerprint == "ab" * 32),
    ]
    dialect = sqlite.dialect()
    return [str(q.compile(dialect=dialect, compile_kwargs={"literal_binds": True})) for q in queries]


def test_the_register_is_searched_through_an_index(fresh: Path) -> None:
    for query in _register_queries():
        assert "USING COVERING INDEX ix_ballot_fingerprint" in _plan(fresh, query), query


def test_a_selection_of_the_first_schema_gets_the_index_and_still_collects(tmp_path: Path) -> None:
    from top10_panel.store import events
    from top10_panel.store.database import open_selection

    path = Path(shutil.copyfile(OLD_SCHEMA, tmp_path / "old.t10"))
    assert "ix_ballot_fingerprint" not in _plan(path, _register_queries()[0])
    before = register(path)
    done = inbox.collect_ballot_files(path, junk(tmp_path / "junk", 3))
    assert done.rejected == 3
    assert [b.name for b in tmp_path.glob("old.before-upgrade-*.t10")] == ["old.before-upgrade-0001.t10"]
    for query in _register_queries():
        assert "USING COVERING INDEX ix_ballot_fingerprint" in _plan(path, query), query
    assert register(path)[: len(before)] == before
    with open_selection(path, write=False) as selection, selection.read() as session:
        assert events.verify(session) == []  # the log intact, the upgrade in it
    again = inbox.collect_ballot_files(path, sorted((tmp_path / "junk").iterdir()))
    assert again.unchanged == 3


def _matrix(path: Path, experts: list[str]) -> Path:
    lines = ["expert," + CODES, *(f"{name}" + "," * 25 for name in experts)]  # blank ballots: no recusal met
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_matrix_of_non_experts_is_refused_whole_and_changes_nothing(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = 20_000
    matrix = _matrix(tmp_path / "strangers.csv", [f"X{k:07d}" for k in range(rows)])
    run("collect", fresh, ROOT / "resources" / "demo" / "sample-approval.csv")  # upgraded and written once
    before = fresh.read_bytes()
    votes = 0
    vote = collect._vote

    def counted(*args: object) -> object:
        nonlocal votes
        votes += 1
        return vote(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(collect, "_vote", counted)
    done = run("collect", fresh, matrix, ok=False)
    assert done.returncode == 2, done.stdout
    message = done.stderr.strip()
    assert len(message.splitlines()) == 1 and len(message) < 1000, message
    assert "row 2, column expert" in message and "'X0000000'" in message
    assert f"rows naming no expert of this selection: {rows} of {rows}" in message
    assert f"0 counted, {rows} refused: not an expert of this selection" in message
    assert votes == 0  # no row became a ballot
    assert fresh.read_bytes() == before


def test_a_few_non_experts_are_rejected_rows_and_the_summary_says_why(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(collect, "MAX_STRANGERS", 3)
    few = _matrix(tmp_path / "few.csv", ["专家01", "专家02", "专家1", "专家2"])
    done = run("collect", fresh, few)
    assert "2 accepted, 2 rejected (2 not an expert of this selection), 0 already on record" in done.stdout
    assert [(status, reason) for _, status, reason, _, _ in register(fresh)][2:] == [
        ("rejected", "unknown expert '专家1'"),
        ("rejected", "unknown expert '专家2'"),
    ]
    assert "0 accepted, 0 rejected, 4 already on record" in run("collect", fresh, few).stdout
    before = fresh.read_bytes()
    many = _matrix(tmp_path / "many.csv", ["专家03", "X1", "X2", "X3", "X4"])
    done = run("collect", fresh, many, ok=False)
    assert done.returncode == 2
    assert "rows naming no expert of this selection: 4 of 5 (the first: 'X1'); 0 counted, 4 refused" in done.stderr
    assert "row 3, column expert" in done.stderr
    assert fresh.read_bytes() == before


def test_two_different_unreadable_files_are_two_entries(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two experts' files often have one name; two empty ones, or two too large to read, in two folders, are two
    files. A byte-identical readable file is the same file whatever its name; the same file again is one entry."""
    monkeypatch.setattr(inbox, "BALLOT", dataclasses.replace(BALLOT, max_bytes=100))
    first, second = tmp_path / "from-a", tmp_path / "from-b"
    for folder in (first, second):
        folder.mkdir()
        (folder / "投票.t10vote").write_bytes(b"")
        (folder / "big.t10vote").write_bytes(os.urandom(150))
        (folder / "garbage.t10vote").write_bytes(os.urandom(50))
    (second / "copy.t10vote").write_bytes((first / "garbage.t10vote").read_bytes())
    files = sorted(first.iterdir()) + sorted(second.iterdir())
    done = inbox.collect_ballot_files(fresh, files)
    assert (done.rejected, done.unchanged) == (6, 1), done  # the copy is the same file as from-a's garbage
    rows = register(fresh)
    assert len({sha for *_, sha in rows}) == 6
    assert sorted(origin for origin, *_ in rows) == sorted(["投票.t10vote", "big.t10vote", "garbage.t10vote"] * 2)
    assert all("too large" in reason for origin, _, reason, _, _ in rows if origin == "big.t10vote")
    again = inbox.collect_ballot_files(fresh, files)
    assert (again.rejected, again.unchanged) == (0, 7)


@pytest.mark.parametrize(
    ("where", "says"),
    [
        ("candidate", "row 1, column 3: the column is headed by 100,000 characters, too many for a candidate code"),
        ("expert", "row 3, column expert: rows naming no expert of this selection: 1 of 2"),
    ],
)
def test_a_very_long_code_in_a_bare_matrix_gives_one_short_line(
    fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, says: str
) -> None:
    monkeypatch.setattr(collect, "MAX_STRANGERS", 0)
    long = "X" * 100_000
    matrix = tmp_path / "long.csv"
    if where == "candidate":
        matrix.write_text(f"expert,E01,{long}\n专家01,1,1\n", encoding="utf-8")
    else:
        matrix.write_text(f"expert,E01,E02\n专家01,1,\n{long},1,1\n", encoding="utf-8")
    before = fresh.read_bytes()
    done = run("collect", fresh, matrix, ok=False)
    message = done.stderr.strip()
    assert done.returncode == 2 and len(message.splitlines()) == 1 and len(message) < 1000, message[:300]
    assert says in message, message
    assert where == "candidate" or "(100000 characters)" in message, message  # the code quoted, cut short
    assert fresh.read_bytes() == before


def test_large_junk_files_are_let_go_one_by_one(fresh: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each junk file's bytes are freed once it is registered (none is kept here), not held until the garbage
    collector runs."""
    import tracemalloc

    monkeypatch.setattr(inbox, "KEPT_REJECTED", 0)
    size = 8 << 20
    files = junk(tmp_path / "large", 5, size=size, name="large-{0}.t10vote")
    inbox.collect_ballot_files(fresh, files[:1])  # everything imported and warmed up
    tracemalloc.start()
    try:
        done = inbox.collect_ballot_files(fresh, files[1:])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert done.rejected == 4
    assert peak < 2.5 * size, f"{peak / 2**20:.0f} MiB for four files of {size >> 20} MiB"
