"""The PDF report: every chosen title, tie-break step, open tie, tracker and signature line is there as text a
reader can copy; the Chinese font is embedded; the same publication gives the same bytes; no font, a clear error."""

from __future__ import annotations

import hashlib
import random
import re
import shutil
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.samples import sample_publication, seed_candidates
from top10_panel.domain.errors import InputError
from top10_panel.domain.people import Candidate
from top10_panel.domain.publication import Publication, Recount, RegisterLine, recount, vote_text
from top10_panel.domain.rules import Mode, Rules
from top10_panel.domain.votes import Vote
from top10_panel.exchange import fonts
from top10_panel.exchange.labels import label
from top10_panel.exchange.report_pdf import report_bytes, write_report
from top10_panel.exchange.report_words import Words

LANGUAGES = ("zh", "en")
SIGNATURES = ("计票人", "监票人", "评审组长")


def flat(text: str) -> str:
    """Text without any white space: a title wrapped over two lines of a table cell reads as one again."""
    return re.sub(r"\s+", "", text)


def texts(path: Path) -> dict[str, str]:
    """The report's text as pypdf extracts it, and as poppler's pdftotext does where it is installed."""
    out = {"pypdf": "\n".join(page.extract_text() for page in PdfReader(path).pages)}
    if shutil.which("pdftotext"):
        done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
        out["pdftotext"] = done.stdout.decode("utf-8")
    return out


def expected(publication: Publication) -> list[str]:
    """What the report must say, whatever its layout."""
    result, words = publication.result, Words(publication.language)
    titles = {r.candidate.code: r.candidate.title for r in result.ranking}
    wanted = [titles[code] for code in publication.order]
    for step in result.tie_breaks:
        wanted += [step.rule, words.rule(step.rule), words.join(step.among)]
    for tie in result.open_ties:
        wanted += [words.join(tie.among), label("ways_to_settle", publication.language)]
        wanted += [words.rule(tie.waiting_for)] if tie.waiting_for else []
    wanted += [tracker for tracker, _ in publication.tally_sheet]
    wanted += [*SIGNATURES, result.fingerprint]
    return wanted


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("mode", list(Mode))
@pytest.mark.parametrize("seed", ["2020-12-31", None], ids=["settled", "open"])
def test_the_report_says_everything(tmp_path: Path, mode: Mode, language: str, seed: str | None) -> None:
    publication = sample_publication(mode, language, seed=seed)
    path = tmp_path / "report.pdf"
    write_report(path, publication)
    if mode is Mode.APPROVAL and seed is None:
        assert publication.result.open_ties, "the sample leaves a tie at the cut open"
    if mode is Mode.APPROVAL and seed is not None:
        assert any(step.rule == "lot" for step in publication.result.tie_breaks)
    for reader, text in texts(path).items():
        missing = [item for item in expected(publication) if flat(item) not in flat(text)]
        assert not missing, f"{reader} does not find {missing}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_lot_can_be_recomputed_from_what_the_report_prints(tmp_path: Path, language: str) -> None:
    publication = sample_publication(Mode.APPROVAL, language)
    path = tmp_path / "report.pdf"
    write_report(path, publication)
    text = flat(texts(path)["pypdf"])
    step = next(step for step in publication.result.tie_breaks if step.rule == "lot")
    code, value = step.values[0]
    printed = f"{publication.result.fingerprint}:{publication.recount.seed}:{code}"
    assert hashlib.sha256(printed.encode()).hexdigest() == value
    assert flat(printed) in text and str(value) in text


def test_the_chinese_font_is_embedded_as_a_subset(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    write_report(path, sample_publication(Mode.RANKING, "zh"))
    reader = PdfReader(path)
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/Type0"
            descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor or "/FontFile3" in descriptor
            assert str(font["/BaseFont"]).split("+")[0].strip("/").isupper()  # a subset's tag


def test_the_same_publication_gives_the_same_bytes(tmp_path: Path) -> None:
    publication = sample_publication(Mode.SCORE, "en")
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    write_report(first, publication)
    time.sleep(1.1)  # a clock read anywhere in the writer would show in the bytes
    write_report(second, publication)
    assert first.read_bytes() == second.read_bytes()
    assert PdfReader(first).metadata["/CreationDate"].startswith("D:20201231120000+08")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first.pdf", "second.pdf"], "no temporary file is left"


def test_an_anonymised_register_names_nobody(tmp_path: Path) -> None:
    publication = sample_publication(Mode.APPROVAL, "zh", anonymised=True)
    path = tmp_path / "report.pdf"
    write_report(path, publication)
    text = flat(texts(path)["pypdf"])
    register = text[text.index(flat(label("register", "zh"))) :]
    assert not [line.voter for line in publication.register if line.voter and line.voter in register]
    assert ".t10vote" not in text
    assert flat(label("report_register_anonymised", "zh")) in text


def test_page_numbers_and_the_fingerprint_in_every_footer(tmp_path: Path) -> None:
    publication = sample_publication(Mode.RANKING, "en")
    path = tmp_path / "report.pdf"
    write_report(path, publication)
    pages = PdfReader(path).pages
    for number, page in enumerate(pages, start=1):
        text = page.extract_text()
        assert f"Page {number} of {len(pages)}" in text
        assert publication.result.fingerprint[:16] in text


def big_publication(candidates: int = 60, experts: int = 1000) -> Publication:
    """60 candidates with long titles, 1,000 ranked ballots, a tally sheet and a register of 1,000 lines."""
    seeds = seed_candidates()
    chosen = tuple(
        Candidate(f"C{k:02d}", f"{seeds[k % len(seeds)].title}——第 {k} 项候选事件的较长标题", category=f"类别{k % 3}")
        for k in range(1, candidates + 1)
    )
    codes = [c.code for c in chosen]
    rng = random.Random(60)
    votes: list[tuple[str, Vote]] = []
    for k in range(experts):
        picks = rng.sample(codes[:20], 6) + rng.sample(codes, 4)
        votes.append((f"专家{k:04d}", {"rank": {code: r for r, code in enumerate(dict.fromkeys(picks), start=1)}}))
    rules = Rules(mode=Mode.RANKING, tie_break=("pairwise", "first_choices", "lot"))
    fp = hashlib.sha256(b"big").hexdigest()
    source = Recount(rules, chosen, tuple(votes), fingerprint=fp, seed="2020-12-31", invited=experts + 10)
    result = recount(source)
    trackers = [hashlib.sha256(voter.encode()).hexdigest() for voter, _ in votes]
    register = tuple(
        RegisterLine("2020-12-20T09:00:00", voter, "file", f"{voter}.t10vote", 1, "accepted", "", tracker, tracker)
        for (voter, _), tracker in zip(votes, trackers, strict=True)
    )
    sheet = tuple(
        sorted((t, vote_text(Mode.RANKING, vote, codes)) for t, (_, vote) in zip(trackers, votes, strict=True))
    )
    base = sample_publication(Mode.RANKING)
    return replace(base, recount=source, result=result, order=result.top, register=register, tally_sheet=sheet)


def test_sixty_candidates_and_a_thousand_ballots_still_make_a_report(tmp_path: Path) -> None:
    publication = big_publication()
    path = tmp_path / "big.pdf"
    started = time.perf_counter()
    write_report(path, publication)
    took = time.perf_counter() - started
    pages = len(PdfReader(path).pages)
    print(f"\n60 candidates, {len(publication.tally_sheet)} tally-sheet lines: {pages} pages in {took:.1f} s")
    text = flat(texts(path)["pypdf"])
    assert all(tracker in text for tracker, _ in publication.tally_sheet)
    assert all(flat(r.candidate.title) in text for r in publication.result.ranking)


def test_no_font_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(fonts.FONT_VARIABLE, raising=False)
    monkeypatch.setattr(fonts, "system_fonts", lambda: [])
    path = tmp_path / "report.pdf"
    with pytest.raises(InputError) as error:
        write_report(path, sample_publication())
    assert "apt-get install fonts-wqy-microhei" in error.value.message
    assert fonts.FONT_VARIABLE in error.value.message
    assert not path.exists() and not list(tmp_path.iterdir())


def test_the_font_variable_comes_first_and_must_be_a_font(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    found = fonts.find_font()
    monkeypatch.setattr(fonts, "system_fonts", lambda: [])
    monkeypatch.setenv(fonts.FONT_VARIABLE, str(found.path))
    assert fonts.find_font() == found
    not_a_font = tmp_path / "notes.ttf"
    not_a_font.write_text("not a font")
    for wrong in (not_a_font, tmp_path / "missing.ttc"):
        monkeypatch.setenv(fonts.FONT_VARIABLE, str(wrong))
        with pytest.raises(InputError, match=fonts.FONT_VARIABLE):
            fonts.find_font()


NOTO = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


@pytest.mark.skipif(not NOTO.exists() or not shutil.which("pdftotext"), reason="no Noto Sans CJK or no pdftotext")
def test_a_cff_collection_gives_its_simplified_chinese_face(tmp_path: Path) -> None:
    """Noto Sans CJK has CFF outlines, which fpdf2 embeds as FontFile3. pypdf 6 misreads the encoding CMap fpdf2
    writes for them, so the text is checked with poppler's pdftotext, as a reader's viewer would copy it."""
    face = fonts.usable_face(NOTO)
    assert face is not None and face.name == "Noto Sans CJK SC"  # face 2: the collection starts with JP and KR
    path = tmp_path / "noto.pdf"
    path.write_bytes(report_bytes(sample_publication(Mode.APPROVAL, "zh"), face))
    missing = [item for item in expected(sample_publication()) if flat(item) not in flat(texts(path)["pdftotext"])]
    assert not missing


@pytest.mark.parametrize("width", [20.0, 33.3, 47.0, 61.5, 95.0])
def test_lines_break_where_a_chinese_reader_expects(width: float) -> None:
    """Every line fits; nothing is lost; no line starts with a closing mark or ends with an opening one;
    Latin words stay whole; a long hash is cut anywhere."""
    from top10_panel.exchange.report_layout import NO_END, NO_START, Report

    doc = Report(sample_publication(), fonts.find_font())
    doc.set_font("cjk", size=9)
    samples = [
        "发改委发布《关于加快构建全国一体化大数据中心协同创新体系的指导意见》，“中国天眼”通过国家验收。",
        "Head-to-head among the tied (Copeland within the group), then first choices; each step recorded.",
        "E04>E01,E02>E09>E10>S11>S12>S13>E05>E06>E07>E08>E03",
        "评选指纹 " + hashlib.sha256(b"x").hexdigest() * 2,
    ]
    for text in samples:
        lines = doc.lines(text, width)
        assert all(doc.get_string_width(line) <= width for line in lines)
        assert flat("".join(lines)) == flat(text)
        assert not [line for line in lines[1:] if line[:1] in NO_START]
        assert not [line for line in lines[:-1] if line[-1:] in NO_END]
    if width > 30:  # wide enough for any of its words
        assert [word for line in doc.lines(samples[1], width) for word in line.split()] == samples[1].split()


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_result_short_of_the_quorum_is_provisional(tmp_path: Path, language: str) -> None:
    sample = sample_publication(Mode.SCORE, language)
    source = replace(sample.recount, invited=100)
    publication = replace(sample, recount=source, result=recount(source))
    assert publication.result.quorum is not None and not publication.result.quorum.met
    path = tmp_path / "report.pdf"
    write_report(path, publication)
    text = flat(texts(path)["pypdf"]).lower()
    for key in ("provisional", "report_provisional_quorum", "quorum_not_met", "mode_score"):
        assert flat(label(key, language)).lower() in text
