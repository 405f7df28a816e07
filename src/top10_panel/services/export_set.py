"""An export is one set — the workbook, the report, the announcement, their sidecars and the selection's record of
them — published all together or not at all. Each file is written under a hidden name beside its place; the record
is committed; only then are the files moved in place. A kill or a full disk before the commit leaves the published
files as they were; after it, the files still to move are moved by the next export or verify (rolled forward)."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

SUFFIX = ".exporting"


def staged(final: Path) -> Path:
    """The hidden name a file is written under before it is moved to ``final``."""
    return final.with_name(f".{final.name}{SUFFIX}")


def sidecar(final: Path) -> Path:
    return final.with_name(f"{final.name}.sha256")


class ExportSet:
    """The files of one export, written aside until ``move_in``."""

    def __init__(self) -> None:
        self._finals: list[Path] = []

    def stage(self, final: Path) -> Path:
        """Where to write the file that will become ``final``."""
        self._finals.append(final)
        path = staged(final)
        path.unlink(missing_ok=True)
        return path

    def where(self, final: Path) -> Path:
        """Where the file that will become ``final`` is now."""
        return staged(final) if final in self._finals else final

    def discard(self) -> None:
        for final in self._finals:
            staged(final).unlink(missing_ok=True)

    def move_in(self) -> None:
        """Each file to its place, a sidecar before its file: a file in place always has its own sidecar."""
        for final in sorted(self._finals, key=lambda f: not f.name.endswith(".sha256")):
            os.replace(staged(final), final)


def finish_interrupted(entries: Iterable[dict[str, str]]) -> None:
    """Move in the files of a recorded export that were still aside when it was cut short; a file aside that is not
    the one on record is an export cut short before its record, and is deleted."""
    for entry in entries:
        final = Path(entry["path"])
        aside = staged(final)
        try:
            if not aside.is_file() or aside.is_symlink():
                continue
            if hashlib.sha256(aside.read_bytes()).hexdigest() == entry.get("sha256"):
                if staged(sidecar(final)).is_file():
                    os.replace(staged(sidecar(final)), sidecar(final))
                os.replace(aside, final)
            else:
                aside.unlink()
                staged(sidecar(final)).unlink(missing_ok=True)
        except OSError:
            continue  # moved at a later verify or export; verify meanwhile reports the file as it is
