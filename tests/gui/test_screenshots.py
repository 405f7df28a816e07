"""Screenshots of the ballot window in each vote mode, Chinese and English, 30 candidates, at 1366×768, and two at
200 % (QT_SCALE_FACTOR=2), taken by a real window under Xvfb (offscreen when Xvfb is missing), into the folder
given by TOP10_SCREENSHOTS (default: the test's tmp_path). A person looks at them; the test checks what a program
can: every file there, of the right size, drawn (not blank), and the app's font has every character it shows."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtGui import QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from .selections import ROOT, candidate_list
from .test_translations import TS, messages

MODES = ("approval", "ranking", "score")
TIMEOUT = 240


@pytest.fixture(scope="module")
def display() -> Iterator[dict[str, str]]:
    """An Xvfb of its own (a free display number chosen by Xvfb itself), or the offscreen platform without it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "LC_", "LANG"))}
    env.update(LANG="C.UTF-8", PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "src")]))
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        env["QT_QPA_PLATFORM"] = "offscreen"
        yield env
        return
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "2800x1700x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number.isdigit(), "Xvfb did not start"
        env.update(DISPLAY=f":{number}", QT_QPA_PLATFORM="xcb")
        yield env
    finally:
        server.terminate()
        server.wait(30)


@pytest.fixture(scope="module")
def shots(display: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    given = os.environ.get("TOP10_SCREENSHOTS")
    out = Path(given) if given else tmp_path_factory.mktemp("screenshots")
    work = tmp_path_factory.mktemp("screenshot-work")

    def shoot(*args: str, **extra: str) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "tests.gui.shoot", str(out), *args],
            cwd=ROOT,
            env={**display, **extra},
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
        assert done.returncode == 0, done.stderr

    shoot(str(work / "1x"))
    shoot(str(work / "2x"), "--only", "ranking-zh", "score-en", "--suffix", "@2x", QT_SCALE_FACTOR="2")
    return out


def drawn(path: Path, width: int, height: int) -> None:
    image = QImage(str(path))
    assert (image.width(), image.height()) == (width, height), path
    colours = {image.pixel(x, y) for x in range(0, width, 7) for y in range(0, height, 7)}
    assert len(colours) > 20, f"{path} looks blank"


@pytest.mark.parametrize("language", ["zh", "en"])
@pytest.mark.parametrize("mode", MODES)
def test_each_mode_in_each_language_at_1366_by_768(shots: Path, mode: str, language: str) -> None:
    drawn(shots / f"expert-{mode}-{language}.png", 1366, 768)


def test_the_check_and_the_receipt(shots: Path) -> None:
    for name in ("confirm", "receipt"):
        for language in ("zh", "en"):
            assert QImage(str(shots / f"expert-{name}-{language}.png")).width() > 400


def test_high_dpi_at_200_percent(shots: Path) -> None:
    drawn(shots / "expert-ranking-zh@2x.png", 2732, 1536)
    drawn(shots / "expert-score-en@2x.png", 2732, 1536)


def test_the_font_has_every_character_shown(qapp: QApplication, tmp_path: Path) -> None:
    """No tofu: the app's font (chosen for its Chinese glyphs) draws every character of the translation and of
    the candidates' text, itself and not through a fallback."""
    metrics = QFontMetrics(qapp.font())
    texts = [message.findtext("translation", "") for _, message in messages(TS)]
    texts.append(candidate_list(tmp_path, 30).read_text(encoding="utf-8"))  # the seed's events and the samples
    missing = sorted({ch for text in texts for ch in text if ch.isprintable() and not metrics.inFontUcs4(ord(ch))})
    assert not missing, f"{qapp.font().family()} has no glyph for {''.join(missing)}"
