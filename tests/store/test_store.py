"""The selection file: event log chain, write lock, versions, crash safety."""

from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from top10_panel.domain.errors import InputError
from top10_panel.services.demo import build_demo
from top10_panel.store import events
from top10_panel.store.database import head_revision, open_selection

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "data" / "selection-schema-0001.t10"
SCRIPT = Path(sys.executable).parent / "top10-panel"


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    return build_demo(tmp_path / "demo")


def problems(path: Path) -> list[str]:
    with open_selection(path, write=False) as selection, selection.read() as session:
        return events.verify(session)


def edit(path: Path, sql: str) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute(sql)
    connection.close()


def test_the_log_of_a_fresh_selection_is_intact(demo: Path) -> None:
    assert problems(demo) == []
    with open_selection(demo, write=False) as selection, selection.read() as session:
        kinds = [row.kind for row in session.scalars(events.select(events.EventRow).order_by(events.EventRow.seq))]
    assert kinds == [
        "selection created",
        "introduction changed",
        "candidates imported",
        "experts imported",
        "recusals reviewed",
        "rules locked",
        "packages issued",
        "ballots collected",  # the signed ballot files
        "register counted",
        "ballots collected",  # the paper over-vote, a matrix row
        "register counted",
    ]


def _seq(path: Path, kind: str, newest: bool = False) -> int:
    """The first entry of the kind in the log (with ``newest``, the last)."""
    connection = sqlite3.connect(path)
    try:
        query = f"SELECT {'max' if newest else 'min'}(seq) FROM event WHERE kind = ?"
        return int(connection.execute(query, (kind,)).fetchone()[0])
    finally:
        connection.close()


def test_an_edited_entry_shows(demo: Path) -> None:
    seq = _seq(demo, "candidates imported")
    edit(demo, f"UPDATE event SET payload = replace(payload, 'E01', 'E99') WHERE seq = {seq}")
    assert problems(demo) == [f"event {seq} (candidates imported) was changed after it was written"]


def test_a_deleted_entry_shows(demo: Path) -> None:
    edit(demo, "DELETE FROM event WHERE seq = 2")
    assert "entries 2–2 of the event log are missing" in problems(demo)


def test_deleting_the_newest_entry_shows(demo: Path) -> None:
    newest = _seq(demo, "register counted", newest=True)
    edit(demo, f"DELETE FROM event WHERE seq = {newest}")
    assert any(
        p.startswith(f"the newest events of the log are missing or changed (the log ended at {newest}:")
        for p in problems(demo)
    ), problems(demo)


def test_a_second_writer_is_refused_and_changes_nothing(demo: Path) -> None:
    before = demo.read_bytes()
    with open_selection(demo):
        with pytest.raises(InputError, match="open for writing in another Top10 Panel window or command"):
            open_selection(demo)
        done = subprocess.run(
            [str(SCRIPT), "import-experts", str(demo), str(demo.parent / "experts.csv")], capture_output=True, text=True
        )
        assert done.returncode == 2 and "open for writing in another" in done.stderr
    assert demo.read_bytes() == before
    with open_selection(demo):  # released on close
        pass


def test_a_file_from_a_newer_version_is_refused_unchanged(demo: Path) -> None:
    edit(demo, "UPDATE alembic_version SET version_num = '9999'")
    before = demo.read_bytes()
    done = subprocess.run([str(SCRIPT), "tally", str(demo)], capture_output=True, text=True)
    assert done.returncode == 2
    assert "made by a newer version of Top10 Panel" in done.stderr and "update Top10 Panel" in done.stderr
    assert demo.read_bytes() == before


def test_the_first_schema_still_opens_and_counts(tmp_path: Path) -> None:
    """A file written by the first schema version, kept as it was made, opens after every later change."""
    path = tmp_path / "old.t10"
    shutil.copyfile(FIXTURE, path)
    done = subprocess.run([str(SCRIPT), "tally", str(path), "--json"], capture_output=True, text=True, check=True)
    assert '"open": [\n    "E10",\n    "S11"\n  ]' in done.stdout
    backups = list(tmp_path.glob("old.before-upgrade-*.t10"))
    if head_revision() == "0001":
        assert backups == []
    else:  # migrated: backed up first, and the upgrade is in the log
        assert [b.name for b in backups] == ["old.before-upgrade-0001.t10"]
        assert problems(path) == []
    assert problems(path) == []


def _big_list(path: Path, rows: int) -> None:
    lines = ["编号,标题,日期,摘要,来源,类别"]
    lines += [
        f'X{k:05d},候选事件 {k},2020-01-01,"摘要 {k}，{"长文本" * 5}",来源单位 {k % 50},类别{k % 3}'
        for k in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _state(path: Path) -> tuple[str, int]:
    connection = sqlite3.connect(path)  # a hot journal left by the kill is rolled back here, as on any open
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        count = connection.execute("SELECT count(*) FROM candidate").fetchone()[0]
    finally:
        connection.close()
    return integrity, count


def test_killed_imports_leave_all_or_nothing(tmp_path: Path) -> None:
    """SIGKILL at random moments of a large import, 20 times: never a damaged file, never half an import."""
    rows = 4_000
    big = tmp_path / "big.csv"
    _big_list(big, rows)
    base = tmp_path / "base.t10"
    subprocess.run([str(SCRIPT), "new", str(base), "--title", "压力测试", "--mode", "approval"], check=True)
    timing = tmp_path / "timing.t10"
    shutil.copyfile(base, timing)
    started = time.perf_counter()
    subprocess.run([str(SCRIPT), "import-candidates", str(timing), str(big)], check=True, capture_output=True)
    duration = time.perf_counter() - started
    rng = random.Random(2020)
    outcomes = {0: 0, rows: 0}
    for attempt in range(20):
        path = tmp_path / f"run{attempt}.t10"
        shutil.copyfile(base, path)
        process = subprocess.Popen(
            [str(SCRIPT), "import-candidates", str(path), str(big)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.1, 1.1) * duration)
        process.kill()
        process.wait()
        integrity, count = _state(path)
        assert integrity == "ok", f"attempt {attempt}"
        assert count in outcomes, f"attempt {attempt}: {count} of {rows} candidates"
        outcomes[count] += 1
        assert problems(path) == []
    assert outcomes[0] and outcomes[rows], f"the kills should land both before and after the commit: {outcomes}"


def test_migration_files_follow_the_naming_the_app_relies_on() -> None:
    """Opening a file reads the known revisions from the file names (NNNN_what.py), without importing Alembic."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from top10_panel.store.database import MIGRATIONS, _revisions

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    scripts = ScriptDirectory.from_config(config)
    assert sorted(s.revision for s in scripts.walk_revisions()) == _revisions()
    assert scripts.get_current_head() == head_revision()


def test_the_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    """Alembic's comparison of a migrated file with the ORM models finds nothing to change."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from top10_panel.domain.rules import Mode, Rules
    from top10_panel.services.selection import new_selection
    from top10_panel.store.schema import Base

    path = tmp_path / "fresh.t10"
    new_selection(path, "比较", Rules(mode=Mode.APPROVAL))
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []
