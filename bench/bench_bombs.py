"""Hostile files through the real command: each bomb built here, then the command that meets it run as a child
process; its time, exit code and peak memory (the child's own maximum resident set, from wait4) are printed.

    .venv/bin/python bench/bench_bombs.py [--junk 20000] [--strangers 1000000]

The collects go into one selection, one after the other: the growth of the selection file is printed beside each.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import COMMAND, ROOT, bytecode_cache_env, machine, markdown_table, say  # noqa: E402

DEMO = ROOT / "resources" / "demo"


_MEASURE = """
import os, subprocess, sys, time
start = time.perf_counter()
process = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
err = process.stderr.read(400)
process.stderr.close()
_, status, usage = os.wait4(process.pid, 0)
line = err.decode("utf-8", "replace").splitlines()
print(time.perf_counter() - start, os.waitstatus_to_exitcode(status), usage.ru_maxrss)
print(line[0] if line else "")
"""


def child(argv: Sequence[str | Path]) -> tuple[float, int, int, str]:
    """Seconds, exit code, peak resident memory (KiB) and the first line of stderr of one run of the command.

    The command is started by a small Python of its own: a child forked from this process (which built the bombs)
    would count this process's memory as its own peak."""
    done = subprocess.run(
        [sys.executable, "-c", _MEASURE, *map(str, argv)],
        capture_output=True,
        text=True,
        env=bytecode_cache_env(),
        check=True,
    )
    figures, _, said = done.stdout.partition("\n")
    elapsed, code, peak = figures.split()
    return float(elapsed), int(code), int(peak), said.strip()


def xlsx_bomb(path: Path, inflated: int) -> Path:
    """A workbook whose one sheet inflates to ``inflated`` bytes of cells (written streaming, never held)."""
    row = b'<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>' * 1024
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/workbook.xml", b'<workbook><sheets><sheet name="s" sheetId="1"/></sheets></workbook>')
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            stream.write(b"<worksheet><sheetData>")
            for _ in range(inflated // len(row)):
                stream.write(row)
            stream.write(b"</sheetData></worksheet>")
    return path


def shared_strings_bomb(path: Path, count: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("xl/workbook.xml", b'<workbook><sheets><sheet name="s" sheetId="1"/></sheets></workbook>')
        with archive.open("xl/sharedStrings.xml", "w", force_zip64=True) as stream:
            stream.write(b"<sst>")
            block = b"<si><t>a</t></si>" * 10_000
            for _ in range(count // 10_000):
                stream.write(block)
            stream.write(b"</sst>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<worksheet><sheetData/></worksheet>")
    return path


def one_line_csv(path: Path, size: int) -> Path:
    with path.open("wb") as out:
        out.write(b"expert,")
        chunk = b"C" * (1 << 20)
        for _ in range(size >> 20):
            out.write(chunk)
    return path


def strangers_matrix(path: Path, rows: int) -> Path:
    """An approval matrix of the demo's 25 candidates whose every row names someone who is not an expert."""
    header = "expert," + ",".join([f"E{k:02d}" for k in range(1, 11)] + [f"S{k}" for k in range(11, 26)])
    line = ",1,,1,,,1" + "," * 19 + "\n"
    with path.open("w", encoding="utf-8") as out:
        out.write(header + "\n")
        for start in range(0, rows, 100_000):
            out.write("".join(f"X{k:07d}{line}" for k in range(start, min(rows, start + 100_000))))
    return path


def selection(folder: Path) -> Path:
    path = folder / "s.t10"
    for argv in (
        ["new", path, "--title", "bombs", "--mode", "approval"],
        ["import-candidates", path, DEMO / "candidates-2020.csv"],
        ["import-experts", path, DEMO / "experts.csv"],
        ["recusals", path, "--accept-suggested"],
        ["issue", path, "--out", folder / "out"],
    ):
        subprocess.run([str(COMMAND), *map(str, argv)], check=True, capture_output=True)
    return path


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--junk", type=int, default=20_000)
    parser.add_argument("--strangers", type=int, default=1_000_000)
    args = parser.parse_args()
    say(f"Measured on {machine()}")
    rows = []
    with tempfile.TemporaryDirectory(dir=ROOT / "bench") as temporary:
        folder = Path(temporary)
        path = selection(folder)
        cases: list[tuple[str, list[str | Path], Path]] = []
        bomb = xlsx_bomb(folder / "bomb.xlsx", 1100 << 20)
        cases.append(
            (
                f"`tally` of an .xlsx ({bomb.stat().st_size >> 20} MiB) inflating to 1.1 GB",
                ["tally", bomb, "--mode", "approval"],
                bomb,
            )
        )
        strings = shared_strings_bomb(folder / "strings.xlsx", 3_000_000)
        cases.append(
            (
                f"`tally` of a shared-strings bomb ({strings.stat().st_size >> 10} KiB, 3M texts)",
                ["tally", strings, "--mode", "approval"],
                strings,
            )
        )
        line = one_line_csv(folder / "line.csv", 200 << 20)
        cases.append(("`tally` of a 200 MB one-line CSV matrix", ["tally", line, "--mode", "approval"], line))
        deep = folder / "deep"
        deep.mkdir()
        (deep / "deep.t10vote").write_bytes(b"[" * (15 << 20) + b"]" * (15 << 20))
        cases.append(("`collect` of a 30 MB deeply nested .t10vote", ["collect", path, deep], deep))
        junk = folder / "junk"
        junk.mkdir()
        for k in range(args.junk):
            (junk / f"junk-{k:05d}.t10vote").write_bytes(os.urandom(200))
        cases.append((f"`collect` of {args.junk:,} junk .t10vote files", ["collect", path, junk], junk))
        big = folder / "big"
        big.mkdir()
        for k in range(5):
            (big / f"big-{k}.t10vote").write_bytes(os.urandom(31 << 20))
        cases.append(("`collect` of five 31 MB junk .t10vote files", ["collect", path, big], big))
        cases.append(("`collect` of those 20,000 junk files again (all on record)", ["collect", path, junk], junk))
        matrix = strangers_matrix(folder / "strangers.csv", args.strangers)
        cases.append(
            (
                f"`collect` of a {args.strangers:,}-row matrix ({matrix.stat().st_size >> 20} MiB) of non-experts",
                ["collect", path, matrix],
                matrix,
            )
        )
        for label, argv, _ in cases:
            before = path.stat().st_size
            elapsed, code, peak, said = child([COMMAND, *argv])
            grown = path.stat().st_size - before
            say(
                f"{label}: {elapsed:.2f} s, exit {code}, peak {peak / 1024:.0f} MiB, selection {grown / 2**20:+.1f} MiB"
                f" — {said[:160]}"
            )
            rows.append((label, f"{elapsed:.2f} s", f"{peak / 1024:.0f} MiB", str(code), f"{grown / 2**20:+.1f} MiB"))
    say()
    say(markdown_table(("hostile input", "time", "peak memory", "exit", "selection file"), rows))


if __name__ == "__main__":
    main()
