"""The reasons of the ballot register in the language of the published files: bad ballots of every sort collected
through the real command (a stale revision, an altered signature, a stranger's ballot, damaged and deep JSON, a
file that is no ballot, an Excel form of an unknown format version, matrix rows of an unknown or recused expert, a
held form, a decision taken on a held row, an over-vote the count holds invalid), then exported: the Chinese
workbook and report say every reason in Chinese, the reminder list too, and English output keeps them as stored."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from top10_panel.exchange.ballot_files import read_package
from top10_panel.exchange.ballot_form_sheet import META_SHEET
from top10_panel.exchange.labels import label

from .command import DEMO, run

CODES = [f"E{j:02d}" for j in range(1, 11)] + [f"S{j}" for j in range(11, 26)]
CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH = re.compile(r"\b[A-Za-z][a-z'-]* [a-z'-]+ [a-z'-]+\b")
"""Three English words in a row: a sentence left untranslated ("Top10 Panel" and "Excel 选票" are not)."""


def _picks(package: Path, n: int) -> str:
    recused = set(read_package(package).recused)
    return ",".join([code for code in CODES[:10] if code not in recused][:n])


def _row(expert: str, marked: list[str]) -> str:
    return expert + "," + ",".join("1" if code in marked else "" for code in CODES)


@pytest.fixture(scope="module")
def collected(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("reasons")
    path = folder / "s.t10"
    run("new", path, "--title", "2020年度十大事件", "--mode", "approval")
    run("import-candidates", path, DEMO / "candidates-2020.csv")
    run("import-experts", path, DEMO / "experts.csv")
    run("recusals", path, "--accept-suggested")
    run("issue", path, "--out", folder / "packages", "--forms")
    packages = sorted((folder / "packages").glob("*.t10pkg"))
    first, second, third = folder / "first", folder / "second", folder / "third"
    for package in packages[:6]:
        run("vote", package, "--approve", _picks(package, 5), "--out", first / f"{package.stem}.t10vote")
    run("collect", path, first)
    second.mkdir()
    run("vote", packages[0], "--approve", _picks(packages[0], 3), "--revision", "1", "--out", second / "stale.t10vote")
    run("vote", packages[1], "--approve", _picks(packages[1], 4), "--revision", "2", "--out", second / "newer.t10vote")
    data = json.loads((first / f"{packages[2].stem}.t10vote").read_text(encoding="utf-8"))
    data["vote"]["approve"] = data["vote"]["approve"][:-1]
    (second / "altered.t10vote").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    data = json.loads((first / f"{packages[3].stem}.t10vote").read_text(encoding="utf-8"))
    data["expert"] = "无名氏"
    (second / "stranger.t10vote").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    raw = (first / f"{packages[4].stem}.t10vote").read_bytes()
    (second / "cut.t10vote").write_bytes(raw[: len(raw) // 2])
    (second / "other.t10vote").write_text('{"hello": "world"}', encoding="utf-8")
    (second / "deep.t10vote").write_bytes(b"[" * 100_000 + b"]" * 100_000)
    (second / "empty.t10vote").write_bytes(b"")
    run("collect", path, second)
    third.mkdir()
    shutil.copy(folder / "packages" / f"{packages[0].stem}.xlsx", third / "held-form.xlsx")  # beside a signed file
    book = openpyxl.load_workbook(folder / "packages" / f"{packages[6].stem}.xlsx")
    for row in book[META_SHEET].iter_rows():
        if row[0].value == "version":
            row[1].value = 99
    book.save(third / "old-form.xlsx")
    run("collect", path, third)
    held = read_package(packages[5]).expert
    recused = next(read_package(p) for p in packages[8:] if read_package(p).recused)
    rows = ["expert," + ",".join(CODES), _row(held, CODES[:4]), _row("无名氏二", CODES[:4])]
    rows += [_row(read_package(packages[7]).expert, CODES[:12]), _row(recused.expert, list(recused.recused))]
    (folder / "matrix.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    run("collect", path, folder / "matrix.csv")
    run("decide", path, held, "--keep", "--by", "编辑部", "--reason", "以签名选票为准")
    run("export", path, "--override", "测试面板")
    return path


def _stored(path: Path) -> dict[str, str]:
    connection = sqlite3.connect(path)
    rows = dict(connection.execute("SELECT origin, reason FROM ballot WHERE reason != ''").fetchall())
    connection.close()
    return rows


def test_every_sort_of_bad_ballot_is_in_the_register(collected: Path) -> None:
    stored = " | ".join(_stored(collected).values())
    for said in (
        "is not newer than",
        "replaced by revision 2",
        "the signature does not match",
        "who is not an expert of this selection",
        "damaged or cut short",
        "this is not a ballot file",
        "nested more than",
        "format version 99",
        "beside the signed ballot file on record",
        "not counted: the ballot on record was kept, by decision of 编辑部",
        "unknown expert '无名氏二'",
        "from which the expert is recused",
    ):
        assert said in stored, said


def test_the_chinese_workbook_says_every_reason_in_chinese(collected: Path) -> None:
    book = openpyxl.load_workbook(collected.with_name("s-results.xlsx"), read_only=True)
    sheet = book[label("register", "zh")]
    rows = list(sheet.iter_rows(values_only=True))
    header = list(rows[0])
    origin, reason = header.index(label("origin", "zh")), header.index(label("reason", "zh"))
    shown = {row[origin]: str(row[reason] or "") for row in rows[1:] if row[origin]}
    stored = _stored(collected)
    assert set(stored) <= set(shown)
    for name, english in stored.items():
        assert CJK.search(shown[name]) and not ENGLISH.search(shown[name]), (english, shown[name])
    assert shown["stale.t10vote"] == "第 1 版并不比登记在案的第 1 版新"
    assert shown["stranger.t10vote"] == "来自“无名氏”的选票，此人不是本评选的专家"
    ballots = [str(cell) for row in book[label("ballots", "zh")].iter_rows(values_only=True) for cell in row if cell]
    over = [text for text in ballots if "超选" in text]
    assert over and not any(ENGLISH.search(text) for text in over), over
    assert not [text for text in ballots if "over-vote" in text]


def test_the_chinese_report_says_every_reason_in_chinese(collected: Path) -> None:
    text = "".join(page.extract_text() for page in PdfReader(collected.with_name("s-report.pdf")).pages)
    flat = re.sub(r"\s+", "", text)
    for english in _stored(collected).values():
        words = ENGLISH.search(english)
        assert words is not None and words[0].replace(" ", "") not in flat, english
    for chinese in ("签名不符", "并不比登记在案", "不是本评选的专家", "已损坏或不完整", "未知专家", "超选"):
        assert chinese in flat, chinese


def test_the_chinese_reminder_list_gives_the_reason_in_chinese(collected: Path, tmp_path: Path) -> None:
    out = tmp_path / "remind.csv"
    run("remind", collected, "--out", out)
    text = out.read_text(encoding="utf-8-sig")
    assert "选票被拒收：投给了" in text and "该专家须对其回避" in text, text
    assert "from which the expert is recused" not in text
    run("remind", collected, "--out", out, "--lang", "en")
    assert "from which the expert is recused" in out.read_text(encoding="utf-8-sig")


def test_a_refused_forms_reason_names_no_file_path(collected: Path) -> None:
    """The register keeps the file's name apart (an anonymised export leaves it out): the reason says only where in
    the form the problem is."""
    reason = next(reason for origin, reason in _stored(collected).items() if "format version 99" in reason)
    assert "old-form.xlsx" not in reason and str(collected.parent) not in reason
