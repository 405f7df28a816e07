"""zh_CN is complete (STYLE §8): no unfinished or empty translation, the placeholders and shortcuts kept, every
string of the app's sources in the .ts, and the shipped .qm built from exactly this .ts (`make translations`)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "top10_panel_zh_CN.ts"
QM = TS.with_suffix(".qm")
UI = ROOT / "src" / "top10_panel" / "ui"
NOT_YET = ("editor",)
"""Packages of ui/ whose strings are not in the .ts yet: the editor's window is still being built (remove it from
here when its strings are translated)."""
BIN = Path(sys.executable).parent


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name", ""), m) for context in root.iter("context") for m in context.iter("message")]


def translated(translation: ET.Element | None) -> str:
    """A message's translation; of a counted one (%n), its forms (Chinese has one) on lines of their own."""
    if translation is None:
        return ""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return "\n".join(forms) if forms else translation.text or ""


def tool(name: str) -> str:
    found = shutil.which(name, path=str(BIN)) or shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed")
    return found


def test_every_string_is_translated_with_its_placeholders_and_shortcut() -> None:
    found = messages(TS)
    assert len(found) > 150
    for context, message in found:
        source = message.findtext("source", "")
        translation = message.find("translation")
        text = translated(translation)
        assert translation is not None and text.strip(), f"{context}: {source!r} untranslated"
        assert translation.get("type") not in ("unfinished", "vanished", "obsolete"), f"{context}: {source!r}"
        assert source.count("%n") == text.count("%n"), f"{context}: the count of {source!r} is lost"
        assert sorted(re.findall(r"\{\d\}", source)) == sorted(re.findall(r"\{\d\}", text)), (context, source)
        assert source.count("&") == text.count("&"), f"{context}: the shortcut of {source!r} is lost"


def test_every_string_of_the_sources_is_in_the_ts(tmp_path: Path) -> None:
    sources = sorted(
        str(p) for p in UI.rglob("*.py") if not any(part in NOT_YET for part in p.relative_to(UI).parts[:-1])
    )
    copy = tmp_path / TS.name
    shutil.copyfile(TS, copy)
    result = subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(copy), "-no-obsolete"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    new = [(c, m.findtext("source")) for c, m in messages(copy) if m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert not new, f"strings not in the .ts (run `make translations` and translate them): {new}"
    assert len(messages(copy)) == len(messages(TS)), "strings in the .ts that the sources no longer have"


def test_the_qm_is_built_from_this_ts(tmp_path: Path) -> None:
    built = tmp_path / QM.name
    result = subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(built)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert QM.exists(), "the .qm is missing: run `make translations`"
    assert QM.read_bytes() == built.read_bytes(), "the .qm is older than the .ts: run `make translations`"
