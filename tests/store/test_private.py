"""The selection file holds every expert's signing key: it, its before-upgrade backup, its lock sidecar and the
error log are readable by their owner alone, and the error log quotes no vote, key or SQL parameter (issue 12)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.services.ballots import issue, vote
from top10_panel.services.selection import import_candidates, import_experts, new_selection
from top10_panel.store.database import head_revision
from top10_panel.store.lock import lock_path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
FIXTURE = ROOT / "tests" / "data" / "selection-schema-0001.t10"
SCRIPT = Path(sys.executable).parent / "top10-panel"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; on Windows the user's folder")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask() -> object:
    """The common 022 umask, under which a file made without care is readable by everyone."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_selection_and_its_lock_are_private(tmp_path: Path, loose_umask: object) -> None:
    path = tmp_path / "s.t10"
    new_selection(path, "十大事件", Rules(mode=Mode.APPROVAL))
    assert mode(path) == 0o600
    import_candidates(path, DEMO / "candidates-2020.csv")
    assert mode(path) == 0o600 and mode(lock_path(path)) == 0o600


def test_a_file_made_readable_by_others_becomes_private_at_its_next_write(tmp_path: Path, loose_umask: object) -> None:
    path = tmp_path / "s.t10"
    new_selection(path, "十大事件", Rules(mode=Mode.APPROVAL))
    os.chmod(path, 0o644)
    if lock_path(path).exists():
        os.chmod(lock_path(path), 0o644)
    import_candidates(path, DEMO / "candidates-2020.csv")
    assert mode(path) == 0o600 and mode(lock_path(path)) == 0o600


@pytest.mark.skipif(head_revision() == "0001", reason="no migration, no backup")
def test_the_before_upgrade_backup_is_private(tmp_path: Path, loose_umask: object) -> None:
    path = tmp_path / "old.t10"
    shutil.copyfile(FIXTURE, path)
    os.chmod(path, 0o644)
    subprocess.run([str(SCRIPT), "tally", str(path)], capture_output=True, check=True)
    (backup,) = tmp_path.glob("old.before-upgrade-*.t10")
    assert mode(backup) == 0o600


def test_an_internal_error_leaves_a_private_log_without_votes_keys_or_sql_parameters(
    tmp_path: Path, loose_umask: object
) -> None:
    path = tmp_path / "s.t10"
    new_selection(path, "十大事件", Rules(mode=Mode.APPROVAL))
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    reject_suggested(path)
    package = next(p for p in issue(path, tmp_path / "packages").packages if p.name.startswith("专家07"))
    ballot = vote(package, {"approve": ["E05", "S13"]}, tmp_path / "07.t10vote").path
    secret = sqlite3.connect(path).execute("SELECT secret FROM expert WHERE name = '专家07'").fetchone()[0]
    connection = sqlite3.connect(path)  # a fault below the services: every insert into the register fails
    connection.execute("CREATE TRIGGER fault BEFORE INSERT ON ballot BEGIN SELECT RAISE(ABORT, 'disk fault'); END")
    connection.commit()
    connection.close()
    state = tmp_path / "state"
    env = {**os.environ, "XDG_STATE_HOME": str(state)}
    done = subprocess.run([str(SCRIPT), "collect", str(path), str(ballot)], capture_output=True, text=True, env=env)
    assert done.returncode == 1 and "internal error" in done.stderr
    log = state / "top10-panel" / "error.log"
    assert str(log) in done.stderr
    assert mode(log) == 0o600 and mode(log.parent) == 0o700
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "IntegrityError" in text  # where it happened stays
    for leak in ("E05", "S13", "approve", secret, ballot.read_text(encoding="utf-8")[:40], "disk fault"):
        assert leak not in text and leak not in done.stderr, leak
