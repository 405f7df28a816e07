"""SPEC §8 Safe: the app killed with SIGKILL right after an edit (and while edits stream in) loses no saved edit;
restarted, it restores the draft and says so."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from top10_panel.services.drafts import load_draft, open_package

from .selections import ROOT, Made

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
TIMEOUT = 60


def environment(home: Path) -> dict[str, str]:
    """The app's settings and data folder under ``home``, offscreen, in English."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "QT_", "LC_", "LANG"))}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        QT_QPA_PLATFORM="offscreen",
        LANG="C.UTF-8",
        PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]),
    )
    (home / "runtime").mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def start(package: Path, mode: str, codes: list[str], home: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tests.gui.kill_driver", str(package), mode, *codes],
        cwd=ROOT,
        env=environment(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def saved_lines(app: subprocess.Popen[str], count: int) -> list[dict[str, object]]:
    """The votes of the first ``count`` 'saved' lines (each printed once the draft is on disk)."""
    assert app.stdout is not None
    votes = []
    while len(votes) < count:
        line = app.stdout.readline()
        if not line:
            raise AssertionError(f"the app ended before saving: {app.stderr.read() if app.stderr else ''}")
        if line.startswith("saved "):
            votes.append(json.loads(line[len("saved ") :]))
    return votes


def kill(app: subprocess.Popen[str]) -> None:
    os.kill(app.pid, signal.SIGKILL)
    app.wait(TIMEOUT)
    assert app.returncode == -signal.SIGKILL
    for stream in (app.stdout, app.stderr):
        if stream is not None:
            stream.close()


def reopen(package: Path, home: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.kill_driver", str(package), "report"],
        cwd=ROOT,
        env=environment(home),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert isinstance(report, dict)
    return report


def drafts_folder(home: Path) -> Path:
    return home / "data" / "Top10 Panel" / "top10-panel" / "drafts"


def test_killed_right_after_an_edit_the_draft_is_intact(selection: Made, tmp_path: Path) -> None:
    package = selection.package("专家18")
    app = start(package, "edit", ["E03", "S21", "E01"], tmp_path)
    try:
        votes = saved_lines(app, 3)
    finally:
        kill(app)  # right after the third edit's autosave returned
    assert votes[-1] == {"approve": ["E01", "E03", "S21"]}
    fingerprint = open_package(package).fingerprint
    draft = load_draft(drafts_folder(tmp_path), fingerprint, "专家18")
    assert draft is not None and draft.vote == votes[-1]

    report = reopen(package, tmp_path)
    assert report["vote"] == votes[-1]
    assert any(word in str(report["status"]) for word in ("restored", "已恢复"))  # in the system's language


def toggled(vote: dict[str, object], codes: list[str]) -> list[dict[str, object]]:
    """The votes after each tick of ``codes`` in turn (a tick on a picked code unticks it), starting from ``vote``."""
    picked = set(vote.get("approve", []))  # type: ignore[arg-type]
    states = []
    for code in codes:
        picked ^= {code}
        states.append({"approve": sorted(picked)} if picked else {})
    return states


def test_killed_at_random_moments_while_edits_stream_in(selection: Made, tmp_path: Path) -> None:
    package = selection.package("专家02")
    fingerprint = open_package(package).fingerprint
    codes = ["E02", "E05", "E02", "S12", "E05", "S12"]
    chance = random.Random(20201231)
    before: dict[str, object] = {}
    for _ in range(3):
        count = chance.randint(2, 12)
        app = start(package, "churn", codes, tmp_path)
        try:
            votes = saved_lines(app, count)
        finally:
            kill(app)  # while the next edit is made and saved
        expected = toggled(before, (codes * 3)[: count + 1])
        assert votes == expected[:count]
        draft = load_draft(drafts_folder(tmp_path), fingerprint, "专家02")  # never damaged: written atomically
        assert draft is not None
        assert draft.vote in (votes[-1], expected[count])  # the last reported save, or the next if it finished
        assert reopen(package, tmp_path)["vote"] == draft.vote
        before = draft.vote
