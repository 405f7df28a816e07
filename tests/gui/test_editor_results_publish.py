"""The publish page driven as an editor would: choose the output folder, export the workbook and the PDF (off the UI
thread), read each file's SHA-256, verify (every check ✓), see a changed file caught (✗), open the folder."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from top10_panel.services.demo import build_demo
from top10_panel.services.settle import record_lot_source, settle_by_lot
from top10_panel.ui.editor.publish_models import COL_DETAIL, COL_ITEM, COL_OK
from top10_panel.ui.editor.publish_page import PublishPage

from .editor_results_helpers import Immediate, close_boxes


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo selection with its tie settled by a public lot draw."""
    path = build_demo(tmp_path_factory.mktemp("demo") / "demo")
    record_lot_source(path, "福彩3D 2020-12-31 开奖号码")
    settle_by_lot(path, "2020-12-31", "监票人", "tie at the cut line")
    return path


class Desktop:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.opened: list[Path] = []

    def choose_folder(self, *_: object) -> Path:
        return self.folder

    def open_folder(self, folder: Path) -> None:
        self.opened.append(folder)


def checks(page: PublishPage) -> list[tuple[str, str, str]]:
    model = page.checks
    return [tuple(model.index(r, c).data() for c in (COL_OK, COL_ITEM, COL_DETAIL)) for r in range(model.rowCount())]


def test_export_then_verify_then_open_the_folder(
    qtbot: QtBot, qtmodeltester: ModelTester, demo: Path, tmp_path: Path, immediate: Immediate
) -> None:
    path = Path(shutil.copyfile(demo, tmp_path / demo.name))
    out = tmp_path / "published"
    out.mkdir()
    page = PublishPage(path)
    qtbot.addWidget(page)
    page.show()
    desktop = Desktop(out)
    page.chooser = desktop  # type: ignore[assignment]
    assert "Every seat is settled" in page.status.text() and not page.verify_button.isEnabled()
    qtbot.mouseClick(page.choose, Qt.MouseButton.LeftButton)
    assert page.folder.text() == str(out) and "demo-2020-results.xlsx" in page.names.text()
    page.anonymise.setChecked(True)

    with qtbot.waitSignal(page.changed):
        qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(page.files)
    written = page.files.files()
    assert [p.name for p, _ in written] == ["demo-2020-results.xlsx", "demo-2020-report.pdf"]
    for file, sha in written:
        assert hashlib.sha256(file.read_bytes()).hexdigest() == sha
        assert file.with_name(file.name + ".sha256").read_text(encoding="utf-8").split()[0] == sha
    assert page.files.index(0, 2).data() == written[0][1]
    sheets = load_workbook(written[0][0], read_only=True).sheetnames
    assert len(sheets) >= 5

    assert page.verify_button.isEnabled()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    qtmodeltester.check(page.checks)
    found = checks(page)
    assert found and all(ok == "✓" for ok, _, _ in found), found
    seats = next(detail for _, item, detail in found if item == "seats")
    assert len(seats.split()) == 10 and seats.startswith("E01 E03 E05")
    assert any(item == "exported file demo-2020-report.pdf" for _, item, _ in found)
    assert "Every check passed" in page.verdict.text()

    written[1][0].write_bytes(written[1][0].read_bytes() + b"\n%changed")  # a file changed after its export
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    bad = [row for row in checks(page) if row[0] == "✗"]
    assert [item for _, item, _ in bad] == ["exported file demo-2020-report.pdf"]
    assert bad[0][2].startswith("changed since the export") and "1 check failed:" in page.verdict.text()

    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert desktop.opened == [out]
    assert close_boxes() == []


def test_exporting_runs_on_the_writer_thread(qtbot: QtBot, demo: Path, tmp_path: Path) -> None:
    path = Path(shutil.copyfile(demo, tmp_path / demo.name))
    page = PublishPage(path)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        pass
    with qtbot.waitSignal(page.exported, timeout=60_000) as blocker:
        page.export()
        assert page.busy is not None and not page.export_button.isEnabled()
    assert [p.name for p, _ in blocker.args[0].files] == ["demo-2020-results.xlsx", "demo-2020-report.pdf"]
    with qtbot.waitSignal(page.verified, timeout=60_000) as blocker:
        page.verify()
    assert blocker.args[0].ok
