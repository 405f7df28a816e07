"""The file names of issued packages and forms, and writing them all or none.

An expert's name is the file name when it is one already: safe on every system, short, and unique even where case
does not count (Windows, macOS). Otherwise the file is a short safe stem plus the expert's number (``a_b-2``), which
no other expert's file can be: ``a/b``, ``a_b``, ``a:b`` and ``a?b`` are four files, and a name of 120 characters
no longer exceeds what a file system allows.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

MAX_STEM = 40
"""Characters of a file name's stem (a Chinese name is 3 bytes a character; 255 bytes is the common limit)."""
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]')
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


def _safe(name: str) -> str:
    stem = " ".join(_UNSAFE.sub("_", name).split()).strip(". ") or "expert"
    return stem if stem.split(".")[0].lower() not in _RESERVED else f"_{stem}"


def file_stems(names: list[str]) -> list[str]:
    """One file stem per expert, in order, no two the same even ignoring case."""
    numbered = [f"{_safe(name)[:MAX_STEM].rstrip('. ')}-{k}" for k, name in enumerate(names, start=1)]
    plain = [name if _safe(name) == name and len(name) <= MAX_STEM else None for name in names]
    chosen = [p or n for p, n in zip(plain, numbered, strict=True)]
    while True:
        counts = Counter(stem.casefold() for stem in chosen)
        clash = [k for k, stem in enumerate(chosen) if counts[stem.casefold()] > 1 and chosen[k] != numbered[k]]
        if not clash:
            # Numbered stems end in distinct numbers, so only a plain stem can clash, and it is numbered in turn.
            return chosen
        for k in clash:
            chosen[k] = numbered[k]


@contextlib.contextmanager
def staging(out: Path) -> Iterator[Path]:
    """A private temporary folder beside ``out`` (on the same disk) that is removed whatever happens."""
    out.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix=f".{out.name}.issuing-", dir=out.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def publish_staged(folder: Path, out: Path) -> list[Path]:
    """Move every file of ``folder`` into ``out``; when one cannot be moved, those already moved are taken back
    (an earlier file of the same name is restored), so that ``out`` holds the new set or its old content."""
    moved: list[tuple[Path, Path | None]] = []
    try:
        for file in sorted(folder.iterdir()):
            target = out / file.name
            kept = None
            if target.exists():
                kept = folder / f".old.{file.name}"
                os.replace(target, kept)
            moved.append((target, kept))
            os.replace(file, target)
    except BaseException:
        for target, kept in reversed(moved):
            with contextlib.suppress(OSError):
                if kept is not None:
                    os.replace(kept, target)
                else:
                    target.unlink(missing_ok=True)
        raise
    return [target for target, _ in moved]
