"""The announcement and the 公示 notice end to end (SPEC §5.8, issue 18): the demo's announcement read back has the
form of the 2020 edition, Word/WPS can restyle it, LibreOffice prints it with its Chinese, the notice lists the
chosen with its period and contact, an unsettled list is never printed, and `verify` fails (exit 3) when a title or
the order of the announcement was changed after export, even with its sidecar made again."""

from __future__ import annotations

import csv
import hashlib
import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader

from top10_panel.exchange.announcement_docx import date_words, read_announcement, read_notice_list

from .command import DEMO, run

SEED = Path("/work/shared/seed/2020-top10-events.txt")
Announced = tuple[Path, list[str], dict[str, object]]
"""The selection, its publication order, and what the refusals on the way said."""
CONTACT = "《中国科技资源导刊》编辑部，电话 010-58882345，邮箱 office@example.cn"


def candidates() -> dict[str, dict[str, str]]:
    with (DEMO / "candidates-2020.csv").open(encoding="utf-8-sig") as file:
        return {row["编号"]: row for row in csv.DictReader(file)}


def order(done: subprocess.CompletedProcess[str]) -> list[str]:
    return re.search(r"publication order: (.*)", done.stdout).group(1).split()  # type: ignore[union-attr]


def sidecar_again(path: Path) -> None:
    """What someone covering a change would do: write the sidecar anew."""
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    path.with_name(path.name + ".sha256").write_text(f"{digest}  {path.name}\n")


@pytest.fixture(scope="module")
def announced(tmp_path_factory: pytest.TempPathFactory) -> Announced:
    """The demo, refused an announcement while its tie is open, the tie settled for the 2020 edition's tenth event
    by the chair, the workbook and report exported, a notice refused without its rules, then the announcement and
    the notice; with what the refusals said and whether they left the file as it was."""
    folder = tmp_path_factory.mktemp("announced")
    run("demo", folder)
    selection = folder / "demo-2020.t10"
    out = folder / "announcement.docx"
    before = selection.read_bytes()
    refused = {"tie": run("export", selection, "--docx", out, ok=False)}
    unchanged = selection.read_bytes() == before and not out.exists()
    tied = json.loads(run("tally", selection, "--json").stdout)["open"]
    assert "E10" in tied
    chair = ",".join(["E10", *(code for code in tied if code != "E10")])
    run("settle", selection, "--chair", chair, "--by", "评审组长", "--reason", "演示：2020 年度的第十个事件")
    run("export", selection)
    before = selection.read_bytes()
    refused["notice"] = run("export", selection, "--docx", out, "--notice", ok=False)
    refused["usage"] = run("export", selection, "--notice", ok=False)
    unchanged = unchanged and selection.read_bytes() == before and not out.exists()
    run("rules", selection, "--notice-until", "2021-01-11", "--notice-contact", CONTACT, "--reason", "公示安排")
    done = run("export", selection, "--docx", out, "--notice")
    return selection, order(done), {"refused": refused, "unchanged": unchanged}


def test_the_demo_announcement_has_the_seed_form(announced: Announced) -> None:
    selection, codes, _ = announced
    read = read_announcement(selection.parent / "announcement.docx")
    by_code = candidates()
    assert read.title == "2020年度中国科技资源管理领域十大事件（演示）"
    seed = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = next(k for k, line in enumerate(seed) if line.startswith("（1）"))
    assert "".join(read.introduction) == "".join(seed[1:first])
    assert len(read.introduction) == 2
    assert [event.number for event in read.events] == list(range(1, 11))
    assert [event.title for event in read.events] == [by_code[code]["标题"] for code in codes]
    seed_titles = {re.sub(r"^（\d+）", "", line) for line in seed if re.match(r"^（\d+）", line)}
    assert {event.title for event in read.events} == seed_titles
    for event, code in zip(read.events, codes, strict=True):
        date = re.sub(r"\s+", "", date_words(by_code[code]["日期"]))
        assert re.sub(r"\s+", "", event.paragraphs[0]).startswith(date), event.title
        assert "\n".join(event.paragraphs) == by_code[code]["摘要"].strip()


def test_the_announcement_can_be_restyled_and_prints_on_a4(
    announced: Announced,
) -> None:
    document = docx.Document(str(announced[0].parent / "announcement.docx"))
    used = {paragraph.style.name for paragraph in document.paragraphs}
    assert used == {"Title", "Heading 1", "导语", "事件正文"}
    for name in ("Normal", "Title", "Heading 1", "导语", "事件正文"):
        fonts = document.styles[name].element.rPr.rFonts
        assert fonts.get(qn("w:eastAsia")) in {"宋体", "黑体", "楷体"}, name
        assert fonts.get(qn("w:eastAsiaTheme")) is None, name
    for name in ("导语", "事件正文"):
        assert document.styles[name].base_style.name == "Normal"
    assert {p.runs[0].font.name for p in document.paragraphs if p.runs} == {None}  # direct formatting: none
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert "PAGE" in "".join(t.text for t in section.footer._element.iter(qn("w:instrText")))
    core = document.core_properties
    assert core.title == "2020年度中国科技资源管理领域十大事件（演示）" and core.author == ""
    assert core.identifier.startswith("top10-panel anchor: log head ")  # the anchor, read back by verify


def test_the_notice_lists_the_chosen_with_its_period_and_contact(
    announced: Announced,
) -> None:
    selection, codes, _ = announced
    notice = selection.parent / "announcement-notice.docx"
    by_code = candidates()
    assert read_notice_list(notice) == tuple((n, by_code[c]["标题"]) for n, c in enumerate(codes, start=1))
    text = "\n".join(p.text for p in docx.Document(str(notice)).paragraphs)
    assert "关于2020年度中国科技资源管理领域十大事件（演示）评选结果的公示" in text
    assert "至2021年1月11日止" in text and CONTACT in text
    assert (selection.parent / "announcement-notice.docx.sha256").is_file()


def test_verify_passes_checks_the_announcement_and_keeps_the_earlier_files(
    announced: Announced,
) -> None:
    done = run("verify", announced[0])
    assert "✓ exported announcement.docx: unchanged; its 10 titles in the published order" in done.stdout
    assert "✓ exported announcement-notice.docx" in done.stdout
    assert "✓ exported demo-2020-results.xlsx" in done.stdout and "✓ exported demo-2020-report.pdf" in done.stdout


@pytest.fixture
def kept(announced: Announced) -> Iterator[Path]:
    """The published folder, its two documents put back as exported after the test."""
    folder = announced[0].parent
    names = ("announcement.docx", "announcement-notice.docx")
    saved = {name: ((folder / name).read_bytes(), (folder / f"{name}.sha256").read_bytes()) for name in names}
    yield folder
    for name, (document, sidecar) in saved.items():
        (folder / name).write_bytes(document)
        (folder / f"{name}.sha256").write_bytes(sidecar)


def test_verify_fails_when_the_order_or_a_title_changed_after_export(kept: Path) -> None:
    for change in ("order", "title", "notice order"):
        target = kept / ("announcement-notice.docx" if change == "notice order" else "announcement.docx")
        original = target.read_bytes()
        document = docx.Document(str(target))
        if change == "notice order":
            first, second = (document.tables[0].rows[k].cells[1] for k in (1, 2))
            first.paragraphs[0].runs[0].text, second.paragraphs[0].runs[0].text = second.text, first.text
        else:
            headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
            if change == "order":
                one, two = headings[0].runs[0], headings[1].runs[0]
                one.text, two.text = "（1）" + two.text[3:], "（2）" + one.text[3:]
            else:
                headings[2].runs[0].text = headings[2].runs[0].text + "（修订）"
        document.save(str(target))
        sidecar_again(target)
        done = run("verify", kept / "demo-2020.t10", ok=False)
        assert done.returncode == 3, (change, done.stdout)
        assert f"✗ exported {target.name}: event " in done.stdout, change
        target.write_bytes(original)


def test_verify_accepts_an_announcement_restyled_for_print(kept: Path) -> None:
    target = kept / "announcement.docx"
    document = docx.Document(str(target))
    document.styles["事件正文"].font.size = docx.shared.Pt(10.5)
    document.paragraphs[1].runs[0].text = "编者按：" + document.paragraphs[1].runs[0].text
    document.save(str(target))
    done = run("verify", kept / "demo-2020.t10")
    assert "✓ exported announcement.docx: edited since export" in done.stdout


def test_an_open_tie_or_a_notice_without_its_rules_is_refused(
    announced: Announced,
) -> None:
    said = announced[2]
    refused: dict[str, subprocess.CompletedProcess[str]] = said["refused"]  # type: ignore[assignment]
    assert all(done.returncode == 2 and len(done.stderr.splitlines()) == 1 for done in refused.values())
    assert re.search(r"the tie among [ES]\d\d(, [ES]\d\d)+ is open", refused["tie"].stderr)
    assert "needs the objection period's end and a contact" in refused["notice"].stderr
    assert "--notice goes with --docx" in refused["usage"].stderr
    assert said["unchanged"]


def test_libreoffice_prints_the_announcement_with_its_chinese(announced: Announced, tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not list(Path(soffice).resolve().parent.glob("libswlo.*")):
        pytest.skip("LibreOffice Writer is not installed: apt-get install libreoffice-writer")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path)]
        + [str(announced[0].parent / "announcement.docx")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(tmp_path / "announcement.pdf").pages)
    by_code = candidates()
    for n, code in enumerate(announced[1], start=1):
        assert f"（{n}）{by_code[code]['标题'].replace(' ', '')}" in text
    assert "时间是最伟大的书写者" in text
