"""Hostile and broken input files, opened the one bounded way (exchange.bounded): refused by name, before they are
read whole or inflated. The bombs are built here, small, against caps made small for the test."""

from __future__ import annotations

import json
import os
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from top10_panel.domain.errors import InputError
from top10_panel.exchange import bounded
from top10_panel.exchange.ballot_files import read_ballot, read_package
from top10_panel.exchange.bounded import BALLOT, LIST, check_zip, read_bounded, walk
from top10_panel.exchange.lists import read_candidates
from top10_panel.services.issue_files import file_stems

SMALL = replace(LIST, max_bytes=1 << 20, max_inflated=2 << 20, max_part=1 << 20, max_entries=20)


def refused(call: object, *args: object) -> InputError:
    with pytest.raises(InputError) as caught:
        call(*args)  # type: ignore[operator]
    return caught.value


def test_a_symlink_is_refused_by_name_and_never_followed(tmp_path: Path) -> None:
    private = tmp_path / "private.txt"
    private.write_text("secret")
    link = tmp_path / "ballot.t10vote"
    link.symlink_to(private)
    error = refused(read_bounded, link, BALLOT)
    assert "symbolic link" in error.problem and "secret" not in error.message


def test_a_link_to_a_device_and_a_fifo_are_refused_without_reading(tmp_path: Path) -> None:
    zero = tmp_path / "zero.t10vote"
    zero.symlink_to("/dev/zero")
    assert "symbolic link" in refused(read_bounded, zero, BALLOT).problem
    assert "device" in refused(read_bounded, Path("/dev/zero"), BALLOT).problem
    fifo = tmp_path / "pipe.t10vote"
    os.mkfifo(fifo)
    assert "named pipe" in refused(read_bounded, fifo, BALLOT).problem  # returns at once: never opened for reading


def test_a_folder_walk_lists_links_and_pipes_and_enters_no_linked_folder(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "sub" / "a.t10vote").write_text("{}")
    (inbox / "l.t10vote").symlink_to(inbox / "sub" / "a.t10vote")
    os.mkfifo(inbox / "p.t10vote")
    (inbox / "loop").symlink_to(tmp_path)
    found = walk(inbox)
    assert [p.relative_to(inbox).as_posix() for p in found] == ["l.t10vote", "loop", "p.t10vote", "sub/a.t10vote"]


def test_size_cap_per_kind(tmp_path: Path) -> None:
    big = tmp_path / "list.csv"
    big.write_bytes(b"code,title\n" + b"C1,x\n" * 300_000)
    assert "too large" in refused(read_bounded, big, SMALL).problem


def test_an_over_long_line_is_refused_with_its_row_while_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounded, "MAX_LINE", 1000)
    path = tmp_path / "m.csv"
    path.write_bytes(b"expert,C1\n" + b"a,1\n" * 5 + b"b," + b"1" * 5000 + b"\n")
    error = refused(read_bounded, path, LIST)
    assert error.where.row == 7 and "longer than" in error.problem


def _bomb(path: Path, part: str, size: int, *, entries: int = 1) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(part, "w") as stream:
            for _ in range(size >> 16):
                stream.write(b"<c><v>0</v></c>" * 4096 + b"0" * 4096)
        for k in range(entries - 1):
            archive.writestr(f"xl/extra{k}.xml", b"<x/>")
    return path


def test_zip_bombs_are_refused_from_the_directory(tmp_path: Path) -> None:
    inflating = _bomb(tmp_path / "a.xlsx", "xl/worksheets/sheet1.xml", 4 << 20)
    assert "inflate" in refused(check_zip, inflating.read_bytes(), SMALL, inflating).problem
    ratio = _bomb(tmp_path / "b.xlsx", "xl/worksheets/sheet1.xml", 2 << 20)
    error = refused(check_zip, ratio.read_bytes(), replace(SMALL, max_part=8 << 20, max_inflated=8 << 20), ratio)
    assert "times" in error.problem and "zip bomb" in error.problem
    many = _bomb(tmp_path / "c.xlsx", "xl/worksheets/sheet1.xml", 1 << 16, entries=30)
    assert "parts" in refused(check_zip, many.read_bytes(), SMALL, many).problem


def test_a_shared_strings_bomb_is_counted_while_it_inflates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bounded, "MAX_STRINGS", 1000)
    path = tmp_path / "s.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"<sst>" + b"".join(b"<si><t>%d</t></si>" % k for k in range(600_000)))
    assert "different texts" in refused(check_zip, path.read_bytes(), LIST, path).problem


def test_a_nul_byte_in_a_list_is_refused_with_its_row(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes("编号,标题\nC01,甲\n".encode() + b"x" * 9000 + b"\nC02,\x00\n")
    error = refused(read_candidates, path)
    assert "NUL" in error.problem and error.where.row == 4


def test_look_alike_codes_are_refused_with_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("编号,标题\nC01,甲\nC0\u200b1,乙\n", encoding="utf-8")
    error = refused(read_candidates, path)
    assert "invisible" in error.problem and error.where.row == 3 and error.where.column
    path.write_text("编号,标题\n\u202eC02,甲\n", encoding="utf-8")
    assert "U+202E" in refused(read_candidates, path).problem


def _ballot(tmp_path: Path, **fields: object) -> Path:
    body = {"format": "top10-panel ballot", "version": 1, "fingerprint": "f", "rules_version": 1, "expert": "e"}
    body |= {"revision": 1, "time": "t", "vote": {}, "mac": "m", **fields}
    path = tmp_path / "b.t10vote"
    path.write_text(json.dumps(body))
    return path


def test_deep_and_non_numeric_json_is_a_damaged_ballot_not_a_crash(tmp_path: Path) -> None:
    deep = tmp_path / "deep.t10vote"
    deep.write_bytes(b"[" * 200_000 + b"]" * 200_000)
    assert "nested" in refused(read_ballot, deep).problem
    # brackets inside strings are text, not nesting
    _ballot(tmp_path, expert="[" * 100)
    assert read_ballot(tmp_path / "b.t10vote")[0].expert == "[" * 100
    for raw in (b'{"a": NaN}', b'{"a": Infinity}', b'{"a": 1e4000}', b'{"a": ' + b"9" * 5000 + b"}"):
        (tmp_path / "n.t10vote").write_bytes(raw)
        assert "damaged" in refused(read_ballot, tmp_path / "n.t10vote").problem


def test_a_revision_outside_one_to_a_million_is_damaged(tmp_path: Path) -> None:
    for revision in (0, -5, 2**63, 10**6 + 1):
        assert "damaged" in refused(read_ballot, _ballot(tmp_path, revision=revision)).problem
    assert read_ballot(_ballot(tmp_path, revision=10**6))[0].revision == 10**6


def test_a_ballot_saved_again_with_a_bom_reads_the_same(tmp_path: Path) -> None:
    path = _ballot(tmp_path)
    plain = read_ballot(path)[0]
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert read_ballot(path)[0] == plain


@pytest.mark.parametrize("secret", ["", "xyz", "0" * 31, 5])
def test_a_package_with_an_empty_or_non_hex_secret_is_refused(tmp_path: Path, secret: object) -> None:
    package = {
        "format": "top10-panel ballot package",
        "version": 1,
        "title": "t",
        "stage": "final",
        "rules": {"mode": "approval"},
        "rules_version": 1,
        "candidates": [],
        "expert": {"name": "e", "secret": secret},
        "fingerprint": "f",
    }
    path = tmp_path / "p.t10pkg"
    path.write_text(json.dumps(package))
    assert "damaged" in refused(read_package, path).problem
    package["expert"] = {"name": "e", "secret": "ab" * 32}
    path.write_text(json.dumps(package))
    assert read_package(path).secret == "ab" * 32


def test_package_file_names_never_collide_nor_run_too_long() -> None:
    names = ["a/b", "a_b", "a:b", "a?b", "A_B", "张三", "x" * 120, "a_b-2", "CON", "."]
    stems = file_stems(names)
    assert len({s.casefold() for s in stems}) == len(names)
    assert all(len(s) <= 50 and "/" not in s and ":" not in s and "?" not in s for s in stems)
    assert stems[5] == "张三"


def test_a_message_quoting_a_huge_value_stays_one_readable_line() -> None:
    error = InputError("unknown column '" + "X" * 200_000 + "'\n", fix="rename it")
    assert len(error.message) < 400 and "200002 characters" in error.message and "\n" not in error.message


def test_issue_files_are_moved_all_or_none(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from top10_panel.services import issue_files

    out = tmp_path / "out"
    out.mkdir()
    (out / "b.t10pkg").write_text("old b")
    with pytest.raises(OSError), issue_files.staging(out) as folder:
        for name in ("a", "b", "c"):
            (folder / f"{name}.t10pkg").write_text(f"new {name}")
        real = os.replace

        def failing(source: object, target: object) -> None:
            if str(target).endswith("c.t10pkg"):
                raise OSError(28, "No space left on device")
            real(source, target)  # type: ignore[arg-type]

        monkeypatch.setattr(issue_files.os, "replace", failing)
        issue_files.publish_staged(folder, out)
    assert sorted(p.name for p in out.iterdir()) == ["b.t10pkg"] and (out / "b.t10pkg").read_text() == "old b"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # the staging folder is gone
