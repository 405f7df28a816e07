"""Files saved by LibreOffice (as WPS and Excel users' colleagues do): ballot forms re-saved as .xlsx, .xls and .ods
collected with the right votes, and lists as .xls and .ods read through calamine.

One soffice run per target format converts every file of the module (each start of soffice costs seconds); the
module is skipped, saying why, where LibreOffice is not installed (tools/ensure-system.sh installs it).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from top10_panel.domain.rules import Mode
from top10_panel.exchange.ballot_form import is_ballot_form, read_form
from top10_panel.exchange.ballot_form_sheet import SHEET
from top10_panel.exchange.lists import read_candidates
from top10_panel.exchange.matrix import read_matrix

from .test_ballot_form import ROW, form

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed: tools/ensure-system.sh installs libreoffice-calc"
)
VOTES = {
    # mode: (what the expert types, the vote read back)
    Mode.APPROVAL: ({"E02": "１", "E03": "✓"}, {"approve": ["E02", "E03"]}),
    Mode.RANKING: ({"E02": 2, "E03": "１", "E04": 3}, {"rank": {"E02": 2, "E03": 1, "E04": 3}}),
    Mode.SCORE: ({"E02": 7.5, "E03": "８", "E04": 0}, {"score": {"E02": "7.5", "E03": "8", "E04": "0"}}),
}


def _soffice(folder: Path, target: str, files: list[Path]) -> None:
    out = folder / target
    out.mkdir()
    profile = (folder / "profile").as_uri()
    subprocess.run(
        [
            SOFFICE or "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Filled-in forms, a list and a matrix, each saved by LibreOffice as .xlsx, .xls and .ods."""
    folder = tmp_path_factory.mktemp("libreoffice")
    source = folder / "source"
    source.mkdir()
    files = []
    for mode, (typed, _) in VOTES.items():
        path = form(source, mode)
        workbook = load_workbook(path)
        for code, value in typed.items():
            workbook[SHEET][f"F{ROW[code]}"] = value
        workbook.save(path)
        files.append(path)
    workbook = Workbook()
    notes = workbook.active
    notes.title = "填表说明"
    notes.append(["请在第二个工作表填写候选事件。"])
    sheet = workbook.create_sheet("候选事件")
    sheet.append(["2020年度中国科技资源管理领域十大事件候选清单"])
    sheet.merge_cells("A1:D1")
    sheet.append(["序号", "事件名称", "发生时间", "分类"])
    for k, title in enumerate(["事件甲", "事件乙", "事件丙"], start=1):
        sheet.append([k, title, f"2020年{k}月24日", "政策" if k == 1 else None])
    sheet.merge_cells("D3:D4")
    sheet["A3"].number_format = "000"
    files.append(source / "list.xlsx")
    workbook.save(files[-1])
    matrix = Workbook()
    matrix.active.append(["专家", "E01", "E02"])
    matrix.active.append(["张三", "１", ""])
    matrix.active.append(["李四", "", "✓"])
    files.append(source / "matrix.xlsx")
    matrix.save(files[-1])
    for target in ("xlsx", "xls", "ods"):
        _soffice(folder, target, files)
    return folder


@pytest.mark.parametrize("target", ["xlsx", "xls", "ods"])
@pytest.mark.parametrize("mode", list(VOTES))
def test_forms_saved_by_libreoffice_are_read_with_the_right_votes(saved: Path, target: str, mode: Mode) -> None:
    path = saved / target / f"ballot-{mode}.{target}"
    assert is_ballot_form(path)
    ballot = read_form(path)
    assert (ballot.expert, ballot.rules_version, ballot.vote) == ("张三", 2, VOTES[mode][1])


@pytest.mark.parametrize("target", ["xlsx", "xls", "ods"])
def test_a_list_saved_by_libreoffice(saved: Path, target: str) -> None:
    candidates = read_candidates(saved / target / f"list.{target}")
    assert [(c.code, c.title, c.date, c.category) for c in candidates] == [
        ("001" if target == "xlsx" else "1", "事件甲", "2020-01-24", "政策"),
        ("2", "事件乙", "2020-02-24", "政策"),
        ("3", "事件丙", "2020-03-24", ""),
    ]


@pytest.mark.parametrize("target", ["xlsx", "xls", "ods"])
def test_a_matrix_saved_by_libreoffice(saved: Path, target: str) -> None:
    path = saved / target / f"matrix.{target}"
    assert not is_ballot_form(path)
    matrix = read_matrix(path, Mode.APPROVAL)
    assert matrix.profile.cells.tolist() == [[1, 0], [0, 1]]
