"""Helpers for the benchmarks: seeded ballot matrices written fast, timed child processes, the machine."""

from __future__ import annotations

import json
import os
import platform
import resource
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
COMMAND = ROOT / ".venv" / "bin" / "top10-panel"
PYTHON = ROOT / ".venv" / "bin" / "python"
GENERATOR_VERSION = 1
"""Bump when the way a file is generated changes, so that old files are written again."""

Cells = npt.NDArray[np.integer[Any]]
T = TypeVar("T")


# --- ballot matrices ---------------------------------------------------------------------------------------------


def _digits(values: npt.NDArray[np.int64], width: int) -> npt.NDArray[np.uint8]:
    """Each value as ``width`` ASCII digits, zero-padded: shape (n, width)."""
    powers = 10 ** np.arange(width - 1, -1, -1, dtype=np.int64)
    return ((values[:, None] // powers) % 10 + ord("0")).astype(np.uint8)


def encode_rows(first_id: int, cells: Cells, id_width: int) -> bytes:
    """CSV lines ``E<id>,c1,...,cm``: a cell holds its number (at most two digits), 0 is written as empty.

    Vectorised: every line is laid out with room for two digits per cell, then the unused digit places are dropped.
    """
    n, m = cells.shape
    if n == 0:
        return b""
    values = cells.astype(np.int64)
    if values.min() < 0 or values.max() > 99:
        raise ValueError("cells must be whole numbers from 0 to 99")
    width = 1 + id_width + 3 * m + 1  # E + id, then ",dd" per cell, then a line break
    out = np.empty((n, width), dtype=np.uint8)
    keep = np.ones((n, width), dtype=bool)
    out[:, 0] = ord("E")
    out[:, 1 : 1 + id_width] = _digits(np.arange(first_id, first_id + n, dtype=np.int64), id_width)
    body = out[:, 1 + id_width : -1].reshape(n, m, 3)
    body[:, :, 0] = ord(",")
    body[:, :, 1] = values // 10 + ord("0")
    body[:, :, 2] = values % 10 + ord("0")
    kept = keep[:, 1 + id_width : -1].reshape(n, m, 3)
    kept[:, :, 1] = values >= 10
    kept[:, :, 2] = values >= 1
    out[:, -1] = ord("\n")
    return out[keep].tobytes()


@dataclass(frozen=True)
class Matrix:
    path: Path
    generated: bool
    seconds: float


def _marker(path: Path) -> Path:
    return path.with_name(path.name + ".meta.json")


def ensure_matrix(
    path: Path,
    params: dict[str, object],
    n: int,
    m: int,
    make_cells: Callable[[np.random.Generator, int], Cells],
    chunk: int = 100_000,
) -> Matrix:
    """Write the ballot matrix unless a file made with the same parameters (and of the recorded size) is there.

    ``make_cells(rng, rows)`` draws the next ``rows`` ballots from the seeded generator; the file is written in
    chunks, then renamed into place, and a marker beside it records the parameters and the size.
    """
    seed = params["seed"]
    assert isinstance(seed, int)
    wanted = {"generator": GENERATOR_VERSION, "n": n, "m": m, **params}
    marker = _marker(path)
    if path.exists() and marker.exists():
        try:
            recorded = json.loads(marker.read_text())
        except ValueError:
            recorded = {}
        if recorded.get("params") == wanted and recorded.get("bytes") == path.stat().st_size:
            return Matrix(path, generated=False, seconds=0.0)
    path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = np.random.default_rng(seed)
    id_width = max(6, len(str(n)))
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as out:
        header = ["expert", *(f"C{j:02d}" for j in range(1, m + 1))]
        out.write((",".join(header) + "\n").encode())
        for start in range(0, n, chunk):
            rows = min(chunk, n - start)
            out.write(encode_rows(start + 1, make_cells(rng, rows), id_width))
    tmp.replace(path)
    marker.write_text(json.dumps({"params": wanted, "bytes": path.stat().st_size}, indent=2) + "\n")
    return Matrix(path, generated=True, seconds=time.perf_counter() - started)


def random_rankings(rng: np.random.Generator, rows: int, m: int) -> Cells:
    """Complete strict rankings: row i holds the rank (1 = best) of each candidate, a random permutation of 1..m."""
    return rng.permuted(np.tile(np.arange(1, m + 1, dtype=np.int8), (rows, 1)), axis=1)


def random_approvals(rng: np.random.Generator, rows: int, m: int, p: float) -> Cells:
    """Approval ballots: each cell 1 with probability ``p``, else 0 (written empty)."""
    return (rng.random((rows, m)) < p).astype(np.int8)


# --- timing ---------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Runs:
    seconds: list[float]
    max_rss_kib: int = 0
    """The largest peak resident set of the runs (child processes only)."""

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def time_call(fn: Callable[[], T], repeat: int) -> tuple[Runs, T]:
    """Run ``fn`` ``repeat`` times in this process; the result of the last run is returned with the times."""
    seconds = []
    result: T | None = None
    for _ in range(repeat):
        result = None  # the previous run's result is freed before the next run, not during it
        started = time.perf_counter()
        result = fn()
        seconds.append(time.perf_counter() - started)
    assert result is not None
    return Runs(seconds), result


TIME = Path("/usr/bin/time")
"""GNU time reports a child's own peak memory. Without it, getrusage(RUSAGE_CHILDREN) is used: the largest of all
children so far, which on Linux also counts the benchmark's own size when it forked them, so only an upper bound."""


def run_child(argv: Sequence[str | Path], memory: bool = True, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Run a command with its output thrown away; its wall time and its peak resident set (KiB)."""
    args = [str(a) for a in argv]
    report = None
    if memory and TIME.exists():
        report = tempfile.NamedTemporaryFile(prefix="bench-time-", suffix=".txt", delete=False)
        report.close()
        args = [str(TIME), "-f", "%M", "-o", report.name, *args]
    try:
        started = time.perf_counter()
        child = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT, env=env)
        _, err = child.communicate()
        elapsed = time.perf_counter() - started
        if child.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} exited {child.returncode}: {err.decode(errors='replace')}")
        if report is not None:
            return elapsed, int(Path(report.name).read_text().split()[-1])
        if not memory:
            return elapsed, 0
        return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # KiB on Linux; an upper bound
    finally:
        if report is not None:
            Path(report.name).unlink(missing_ok=True)


def time_child(argv: Sequence[str | Path], repeat: int, memory: bool = True, env: dict[str, str] | None = None) -> Runs:
    seconds, peak = [], 0
    for _ in range(repeat):
        elapsed, rss = run_child(argv, memory, env)
        seconds.append(elapsed)
        peak = max(peak, rss)
    return Runs(seconds, peak)


def bytecode_cache_env() -> dict[str, str] | None:
    """When PYTHONDONTWRITEBYTECODE is set (as on this build machine), every command compiles numpy, pyarrow and
    top10_panel from source; a user's machine keeps .pyc files. This environment gives the child processes a
    bytecode cache under bench/data/ (nothing in .venv is touched); None when bytecode is written anyway."""
    if not os.environ.get("PYTHONDONTWRITEBYTECODE"):
        return None
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(DATA / "pycache")
    return env


# --- reporting ----------------------------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> str:
    import pyarrow

    return (
        f"nproc {len(os.sched_getaffinity(0))}, {cpu_model()}; {platform.system()} {platform.machine()}; "
        f"Python {platform.python_version()}, numpy {np.__version__}, pyarrow {pyarrow.__version__}"
    )


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"load average {one:.2f} (1 min), {five:.2f} (5 min)"


def seconds(value: float) -> str:
    if value < 1:
        return f"{value * 1000:.0f} ms" if value >= 0.01 else f"{value * 1000:.1f} ms"
    return f"{value:.2f} s"


def mib(kib: int) -> str:
    return f"{kib / 1024:.0f} MiB"


def markdown_table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    return "\n".join([line(header), "| " + " | ".join("-" * w for w in widths) + " |", *(line(r) for r in rows)])


def say(text: str = "") -> None:
    print(text, flush=True)
