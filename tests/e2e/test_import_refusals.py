"""Bad lists and bad selection files refused by the command as a user runs it (SPEC §5.1, §6, §7).

Every refusal: exit code 2, nothing on stdout, one line on stderr starting ``top10-panel: `` that names the file
(and, where it applies, the sheet, the row and the column) and says how to fix it (`` — ``); the selection file is
byte-for-byte unchanged and no file appears beside it except the hidden ``.NAME.t10.lock`` sidecar.
"""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from openpyxl import Workbook

SCRIPT = Path(sys.executable).parent / "top10-panel"

CANDIDATE_HEADER = ["编号", "标题", "日期", "摘要", "来源", "类别"]
EVENTS = [
    ["E01", "新型冠状病毒国家科技资源服务系统启动", "2020-01-24", "", "中国科学院微生物研究所", "资源共享"],
    [
        "E02",
        "科技部印发《关于推进国家技术创新中心建设的总体方案（暂行）》的通知",
        "2020-03-23",
        "",
        "科学技术部",
        "政策",
    ],
    ["E03", "“中国天眼”通过国家验收正式开放运行", "2020-01-11", "", "中国科学院国家天文台", "设施"],
]
E04 = ["E04", "联合国全球地理信息知识与创新中心确定落户中国", "2020-09-22", "", "自然资源部", "国际合作"]
EXPERT_HEADER = ["姓名", "单位", "邮箱", "回避"]
EXPERTS = [
    ["专家01", "清华大学", "expert01@example.org", ""],
    ["专家02", "北京大学", "expert02@example.org", "E02"],
]


ENV = dict(os.environ)


@pytest.fixture(scope="module", autouse=True)
def bytecode_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Let the commands cache their bytecode under the test's temporary folder, never in the environment.

    Where PYTHONDONTWRITEBYTECODE is set and the environment holds no bytecode, every command would compile
    SQLAlchemy and Alembic again (about a second each); with a cache the ~50 commands here take a third of that.
    """
    ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    ENV["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.mktemp("pycache"))


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(SCRIPT), *map(str, args)], capture_output=True, text=True, encoding="utf-8", env=ENV)


def csv_text(rows: list[list[str]]) -> str:
    """Plain CSV; the test rows hold no comma, quote or line break."""
    assert not any(ch in cell for row in rows for cell in row for ch in ',"\n')
    return "".join(",".join(row) + "\n" for row in rows)


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8") -> Path:
    path.write_bytes(csv_text(rows).encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list[str]], sheet: str = "名单") -> Path:
    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for row in rows:
        worksheet.append(row)
    workbook.save(path)
    return path


# ---------------------------------------------------------------------------------------------- selection files


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Selections made once by the command: blank, with the three 2020 candidates, and with two experts too.

    Each test copies one into its own folder, so that every test starts from a fresh, untouched selection.
    """
    folder = tmp_path_factory.mktemp("templates")
    blank = folder / "blank.t10"
    done = run("new", blank, "--title", "2020年度科技资源共享十大事件", "--mode", "approval", "--seats", "2")
    assert done.returncode == 0, done.stderr
    with_candidates = folder / "with-candidates.t10"
    shutil.copyfile(blank, with_candidates)
    done = run("import-candidates", with_candidates, write_csv(folder / "candidates.csv", [CANDIDATE_HEADER, *EVENTS]))
    assert done.returncode == 0, done.stderr
    with_experts = folder / "with-experts.t10"
    shutil.copyfile(with_candidates, with_experts)
    done = run("import-experts", with_experts, write_csv(folder / "experts.csv", [EXPERT_HEADER, *EXPERTS]))
    assert done.returncode == 0, done.stderr
    return {"blank": blank, "candidates": with_candidates, "experts": with_experts}


def selection_in(folder: Path, templates: dict[str, Path], state: str) -> Path:
    path = folder / "selection.t10"
    shutil.copyfile(templates[state], path)
    return path


def refused(*args: str | Path) -> str:
    """Run a command that must fail as bad input; the one line on stderr, without its end."""
    done = run(*args)
    assert done.returncode == 2, done
    assert done.stdout == "", done.stdout
    assert done.stderr.endswith("\n") and done.stderr.count("\n") == 1, done.stderr
    line = done.stderr.rstrip("\n")
    assert line.startswith("top10-panel: "), line
    assert "Traceback" not in line and "internal error" not in line, line
    assert " — " in line, f"says no fix: {line}"
    return line


def refused_unchanged(selection: Path, *args: str | Path) -> str:
    """``refused``, and the selection's bytes and its folder's files are as they were."""
    folder = selection.parent
    before = selection.read_bytes()
    files_before = set(folder.iterdir())
    line = refused(*args)
    assert selection.read_bytes() == before, "the selection file changed"
    stray = {p.name for p in set(folder.iterdir()) - files_before} - {f".{selection.name}.lock"}
    assert not stray, f"files appeared: {stray}"
    return line


# ---------------------------------------------------------------------------------------------- bad lists


@dataclass(frozen=True)
class Case:
    """A bad list: how to make it in a folder, the selection it is imported into, and what the message must hold."""

    make: Callable[[Path], Path]
    command: str = "import-candidates"
    state: str = "blank"
    """'blank', 'candidates' (the three 2020 events) or 'experts' (the events and two experts)."""
    where: tuple[str, ...] = ()
    """Parts of the location the message must name besides the file: 'row 3', "sheet '名单'", a column label."""
    says: tuple[str, ...] = ()
    """Words of the problem the message must hold."""
    marks: tuple[pytest.MarkDecorator, ...] = field(default=())


def csv_list(*rows: list[str], name: str = "list.csv") -> Callable[[Path], Path]:
    return lambda folder: write_csv(folder / name, list(rows))


def xlsx_list(*rows: list[str], name: str = "list.xlsx") -> Callable[[Path], Path]:
    return lambda folder: write_xlsx(folder / name, list(rows))


def raw(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return make


def xlsx_with_cell(value: str, data_type: str) -> Callable[[Path], Path]:
    """A candidate workbook whose E02 title cell (B3) holds ``value`` of openpyxl type ``data_type``."""

    def make(folder: Path) -> Path:
        workbook = Workbook()
        worksheet = workbook.active
        worksheet.title = "名单"
        for row in [CANDIDATE_HEADER, *EVENTS]:
            worksheet.append(row)
        cell = worksheet["B3"]
        cell.value = value
        cell.data_type = data_type
        workbook.save(folder / "list.xlsx")
        return folder / "list.xlsx"

    return make


def truncated_xlsx(folder: Path) -> Path:
    path = write_xlsx(folder / "good.xlsx", [CANDIDATE_HEADER, *EVENTS])
    data = path.read_bytes()
    path.unlink()
    assert data[:4] == b"PK\x03\x04"
    (folder / "list.xlsx").write_bytes(data[: len(data) // 2])
    return folder / "list.xlsx"


def a_folder(folder: Path) -> Path:
    (folder / "list.csv").mkdir()
    return folder / "list.csv"


def zip_of_text(folder: Path) -> Path:
    """A zip archive that is no workbook: a text file in a zip, named .xlsx."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("list.csv", csv_text([CANDIDATE_HEADER, *EVENTS]))
    (folder / "list.xlsx").write_bytes(buffer.getvalue())
    return folder / "list.xlsx"


H, (A, B, C) = CANDIDATE_HEADER, EVENTS
LONG_TITLE = "长" * 501
CP1252 = "code,title,summary\nE04,Café,crème brûlée\n".encode("cp1252")
"""é then a comma: neither UTF-8 nor GB18030."""
NAME, EH = "'姓名' (column 1)", EXPERT_HEADER
RECUSE_COLUMN = "column '回避'"

CASES: dict[str, Case] = {
    # -- candidate lists: columns
    "missing-code-column": Case(csv_list(H[1:], A[1:]), where=("row 1",), says=("编号", "missing")),
    "missing-title-column": Case(csv_list([H[0], *H[2:]], [A[0], *A[2:]]), where=("row 1",), says=("标题", "missing")),
    "unknown-column": Case(
        csv_list([*H, "得票"], [*A, "x"]), where=("row 1", "'得票' (column 7)"), says=("unknown column", "read past")
    ),
    "duplicate-header": Case(
        csv_list([*H, "title"], [*A, "again"]), where=("row 1", "'title' (column 7)"), says=("two columns",)
    ),
    "expert-list-as-candidates": Case(csv_list(EH, EXPERTS[0]), where=("row 1", NAME), says=("expert list",)),
    # -- candidate lists: rows
    "empty-title": Case(csv_list(H, A, ["E02", "", *B[2:]]), where=("row 3", "'标题' (column 2)"), says=("title",)),
    "empty-code": Case(csv_list(H, A, ["", *B[1:]]), where=("row 3", "'编号' (column 1)"), says=("no code",)),
    "duplicate-code-in-list": Case(
        csv_list(H, A, B, ["E01", *C[1:]]), where=("row 4", "'编号' (column 1)"), says=("E01", "rows 2 and 4")
    ),
    "code-with-a-space": Case(csv_list(H, A, ["E 02", *B[1:]]), where=("row 3", "'编号' (column 1)"), says=("E 02",)),
    "title-too-long": Case(
        csv_list(H, A, ["E02", LONG_TITLE, *B[2:]]), where=("row 3", "'标题' (column 2)"), says=("501", "500")
    ),
    "code-already-in-selection": Case(
        csv_list(H, E04, C),
        state="candidates",
        where=("row 3", "'编号' (column 1)"),
        says=("E03",),
    ),
    # -- candidate lists: files
    "missing-file": Case(lambda folder: folder / "no-such-list.csv", says=("no such file",)),
    "a-folder": Case(a_folder, says=("folder",)),
    "text-named-xlsx": Case(raw("list.xlsx", csv_text([H, A]).encode()), says=("not an Excel workbook",)),
    "truncated-xlsx": Case(truncated_xlsx, says=("Excel workbook",)),
    "zip-named-xlsx": Case(zip_of_text, says=("Excel workbook",)),
    "unclosed-quote": Case(
        raw("list.csv", '编号,标题\nE01,“新型冠状病毒\nE02,"科技部印发\n'.encode()), where=("row 3",), says=("quote",)
    ),
    "old-xls": Case(raw("list.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096)), says=(".xls",)),
    "wrong-encoding": Case(raw("list.csv", CP1252), says=("UTF-8", "GB18030")),
    "binary-file": Case(raw("list.csv", bytes(range(256)) * 16), says=("not a text file",)),
    "empty-file": Case(raw("list.csv", b""), says=("empty",)),
    "blank-lines-only": Case(raw("list.csv", b"\r\n \n,,\n"), says=("blank",)),
    "header-only": Case(csv_list(H), where=("row 1",), says=("no candidates",)),
    "header-only-xlsx": Case(xlsx_list(H), where=("sheet '名单'", "row 1"), says=("no candidates",)),
    # -- candidate workbooks: cells
    "formula-cell": Case(
        xlsx_with_cell("=1+1", "f"), where=("sheet '名单'", "row 3", "column B"), says=("formula", "=1+1")
    ),
    "error-cell": Case(
        xlsx_with_cell("#N/A", "e"), where=("sheet '名单'", "row 3", "column B"), says=("error value", "#N/A")
    ),
    "empty-title-xlsx": Case(
        xlsx_list(H, A, ["E02", "", *B[2:]]), where=("sheet '名单'", "row 3", "'标题' (column B)"), says=("title",)
    ),
    # -- expert lists
    "expert-missing-name-column": Case(
        csv_list(EH[1:], EXPERTS[0][1:]),
        command="import-experts",
        state="candidates",
        where=("row 1",),
        says=("姓名", "missing"),
    ),
    "expert-listed-twice": Case(
        csv_list(EH, *EXPERTS, ["专家01", "复旦大学", "", ""]),
        command="import-experts",
        state="candidates",
        where=("row 4", NAME),
        says=("专家01", "rows 2 and 4"),
    ),
    "expert-invalid-email": Case(
        csv_list(EH, EXPERTS[0], ["专家02", "北京大学", "expert02.example.org", ""]),
        command="import-experts",
        state="candidates",
        where=("row 3", "'邮箱' (column 3)"),
        says=("expert02.example.org",),
    ),
    "expert-recused-from-unknown-code": Case(
        csv_list(EH, EXPERTS[0], ["专家02", "北京大学", "", "E02、E09"]),
        command="import-experts",
        state="candidates",
        where=("row 3", RECUSE_COLUMN),
        says=("E09",),
    ),
    "expert-recused-from-unknown-code-xlsx": Case(
        xlsx_list(EH, EXPERTS[0], ["专家02", "北京大学", "", "E02；E09"]),
        command="import-experts",
        state="candidates",
        where=("sheet '名单'", "row 3", RECUSE_COLUMN),
        says=("E09",),
    ),
    "expert-recusal-repeated": Case(
        csv_list(EH, ["专家02", "北京大学", "", "E01、E02；E01"]),
        command="import-experts",
        state="candidates",
        where=("row 2", RECUSE_COLUMN),
        says=("E01", "twice"),
    ),
    "expert-already-in-selection": Case(
        csv_list(EH, ["专家03", "复旦大学", "", ""], EXPERTS[1]),
        command="import-experts",
        state="experts",
        where=("row 3", NAME),
        says=("专家02",),
    ),
}


@pytest.mark.parametrize("case", [pytest.param(case, id=name, marks=case.marks) for name, case in CASES.items()])
def test_a_bad_list_is_refused_and_changes_nothing(case: Case, tmp_path: Path, templates: dict[str, Path]) -> None:
    selection = selection_in(tmp_path, templates, case.state)
    bad = case.make(tmp_path)
    line = refused_unchanged(selection, case.command, selection, bad)
    assert f"top10-panel: {bad}" in line, f"does not name the file first: {line}"
    for part in (*case.where, *case.says):
        assert part in line, f"{part!r} not in: {line}"


# ---------------------------------------------------------------------------------------------- bad selections


def test_new_with_a_blank_title_creates_nothing(tmp_path: Path) -> None:
    line = refused("new", tmp_path / "s.t10", "--title", "  ", "--mode", "approval")
    assert "title" in line
    assert list(tmp_path.iterdir()) == []


def test_new_over_an_existing_file_leaves_it_alone(tmp_path: Path, templates: dict[str, Path]) -> None:
    selection = selection_in(tmp_path, templates, "candidates")
    line = refused_unchanged(selection, "new", selection, "--title", "另一次评选", "--mode", "ranking")
    assert str(selection) in line and "exists" in line


def test_import_into_a_missing_selection_creates_nothing(tmp_path: Path) -> None:
    good = write_csv(tmp_path / "list.csv", [CANDIDATE_HEADER, *EVENTS])
    line = refused("import-candidates", tmp_path / "missing.t10", good)
    assert str(tmp_path / "missing.t10") in line
    assert sorted(p.name for p in tmp_path.iterdir()) == ["list.csv"]


def _random_bytes(path: Path) -> None:
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(8192)))


def _plain_sqlite(path: Path) -> None:
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("CREATE TABLE events (code TEXT PRIMARY KEY, title TEXT)")
        connection.execute("INSERT INTO events VALUES ('E01', '新型冠状病毒国家科技资源服务系统启动')")
    connection.close()


@pytest.mark.parametrize("make", [_random_bytes, _plain_sqlite], ids=["random-bytes", "plain-sqlite"])
@pytest.mark.parametrize("command", ["import-candidates", "import-experts"])
def test_a_file_that_is_not_a_selection_is_refused_untouched(
    make: Callable[[Path], None], command: str, tmp_path: Path
) -> None:
    selection = tmp_path / "selection.t10"
    make(selection)
    rows = [CANDIDATE_HEADER, *EVENTS] if command == "import-candidates" else [EXPERT_HEADER, EXPERTS[0]]
    good = write_csv(tmp_path / "list.csv", rows)
    line = refused_unchanged(selection, command, selection, good)
    assert str(selection) in line and "selection" in line


# ---------------------------------------------------------------------------------------------- good lists


def test_a_gb18030_csv_imports(tmp_path: Path, templates: dict[str, Path]) -> None:
    selection = selection_in(tmp_path, templates, "blank")
    before = selection.read_bytes()
    good = write_csv(tmp_path / "候选.csv", [CANDIDATE_HEADER, *EVENTS], encoding="gb18030")
    with pytest.raises(UnicodeDecodeError):
        good.read_bytes().decode("utf-8")
    done = run("import-candidates", selection, good)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"imported 3 candidates into {selection}\n" and done.stderr == ""
    assert selection.read_bytes() != before
    # the same codes again are refused: the import above really stored them
    assert "E01" in refused_unchanged(selection, "import-candidates", selection, good)


def test_an_xlsx_list_with_english_headers_imports(tmp_path: Path, templates: dict[str, Path]) -> None:
    selection = selection_in(tmp_path, templates, "candidates")
    good = write_xlsx(tmp_path / "more.xlsx", [["code", "title", "date", "summary", "source", "category"], E04])
    done = run("import-candidates", selection, good)
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"imported 1 candidate into {selection}\n"


def test_experts_whose_affiliation_is_a_source_get_suggested_recusals(
    tmp_path: Path, templates: dict[str, Path]
) -> None:
    selection = selection_in(tmp_path, templates, "candidates")
    experts = [
        EXPERT_HEADER,
        ["专家01", "中国科学院微生物研究所", "expert01@example.org", ""],
        ["专家02", "中国科学院国家天文台", "expert02＠example.org", "E01"],
        ["专家03", "清华大学", "", ""],
    ]
    done = run("import-experts", selection, write_csv(tmp_path / "专家.csv", experts))
    assert done.returncode == 0, done.stderr
    assert done.stdout == (
        f"imported 3 experts into {selection}; 2 recusals suggested (affiliation matches a candidate's source)\n"
    )
