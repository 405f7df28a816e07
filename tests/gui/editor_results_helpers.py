"""What the tests of the collection, results and publish pages share: a writer that runs each job at once, a
selection with a deadline and its packages, ballot files (a bad one among them), a drop, the Chinese translation
and screenshots."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, QPointF, Qt, QTranslator, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tests.samples import reject_suggested
from top10_panel.domain.rules import Mode, Rules
from top10_panel.exchange.ballot_files import Ballot, ballot_bytes, read_package, sign
from top10_panel.resources import resource
from top10_panel.services.ballots import issue, vote
from top10_panel.services.selection import import_candidates, import_experts, new_selection
from top10_panel.ui.i18n import CHINESE, ENGLISH, Translations

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "resources" / "demo"
DEADLINE = "2020-12-20T18:00"
BEFORE_DEADLINE = datetime(2020, 12, 10, 9, 0)
SCREEN = (1366, 768)


class Immediate:
    """A writer that runs each job at once on the calling thread (STYLE §4, Picard's FakeThreadPool)."""

    def __init__(self) -> None:
        self.jobs = 0

    def run(self, job: Callable[[], Any], done: Callable[[Any], None], failed: Callable[[BaseException], None]) -> None:
        self.jobs += 1
        try:
            result = job()
        except Exception as error:
            failed(error)
        else:
            done(result)


def make_selection(folder: Path, *, deadline: str = DEADLINE, max_picks: int = 10) -> tuple[Path, dict[str, Path]]:
    """The demo's candidates and 27 experts, an approval selection with a deadline, its packages issued."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "selection.t10"
    rules = Rules(mode=Mode.APPROVAL, max_picks=max_picks, deadline=deadline)
    new_selection(path, "2020年度中国科技资源管理领域十大事件", rules, year=2020)
    import_candidates(path, DEMO / "candidates-2020.csv")
    import_experts(path, DEMO / "experts.csv")
    reject_suggested(path)
    issued = issue(path, folder / "packages")
    return path, {read_package(p).expert: p for p in issued.packages}


def copy_selection(made: tuple[Path, dict[str, Path]], folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copyfile(made[0], folder / made[0].name))


def cast(packages: dict[str, Path], folder: Path, votes: dict[str, list[str]]) -> list[Path]:
    """Ballot files voted through the expert's side of the services, one per expert."""
    return [vote(packages[name], {"approve": codes}, folder / f"{name}.t10vote").path for name, codes in votes.items()]


def signed_over_vote(package: Path, codes: list[str], out: Path) -> Path:
    """A ballot the expert's side would refuse (more picks than allowed), signed by hand with the package's secret:
    the collect accepts it as genuine, and the tally voids it (多选作废)."""
    read = read_package(package)
    ballot = Ballot(read.fingerprint, 1, read.expert, 1, "2020-12-10T09:00:00+00:00", {"approve": codes})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(ballot_bytes(sign(ballot, read.secret)))
    return out


def alter(ballot: Path) -> Path:
    """Change the vote in a signed ballot file without signing it again: the signature no longer matches."""
    data = json.loads(ballot.read_text(encoding="utf-8"))
    data["vote"] = {"approve": ["S25"]}
    ballot.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return ballot


def drop(widget: QWidget, paths: list[Path]) -> bool:
    """Drag ``paths`` from a file manager onto ``widget`` and drop them; True when the drop was accepted."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(widget.rect().center())
    actions = Qt.DropAction.CopyAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point.toPoint(), actions, data, buttons, keys)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(point, actions, data, buttons, keys)
    QApplication.sendEvent(widget, event)
    return event.isAccepted()


def close_boxes() -> list[str]:
    """Close every message box open now; return their texts."""
    texts = []
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            texts.append(widget.text() + "\n" + widget.informativeText())
            widget.close()
    return texts


@contextmanager
def language(code: str) -> Iterator[None]:
    """The app's translation of ``code`` and these pages' own, installed; English again afterwards."""
    translations = Translations()
    translations.apply(code)
    ours = QTranslator(QCoreApplication.instance())
    if code != ENGLISH:
        assert ours.load(str(resource("translations", f"editor_results_{code}.qm"))), "run pyside6-lrelease"
        QCoreApplication.installTranslator(ours)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(ours)
        translations.apply(ENGLISH)


def screenshot(widget: QWidget, name: str, folder: Path) -> Path:
    """The widget at 1366×768, saved as PNG into $TOP10_SCREENSHOTS (else ``folder``)."""
    target = Path(os.environ.get("TOP10_SCREENSHOTS") or folder)
    target.mkdir(parents=True, exist_ok=True)
    widget.resize(*SCREEN)
    path = target / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path


__all__ = ["CHINESE", "ENGLISH"]
