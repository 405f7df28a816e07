"""The packaging files agree with the app: the files it opens are the ones the installers associate with it.

Building and starting the bundle is `make bundle bundle-check` (packaging/bundle-check.sh), not a test here.
"""

from __future__ import annotations

import configparser
import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest

from top10_panel.ui.files import PACKAGE_SUFFIX, SELECTION_SUFFIX

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"
OPENED = {SELECTION_SUFFIX, PACKAGE_SUFFIX}


def _launcher() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bundle_launcher", PACKAGING / "launcher.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], []),
        (["C:\\Users\\专家\\专家01.t10pkg"], ["open", "C:\\Users\\专家\\专家01.t10pkg"]),
        (["/home/editor/2020.T10"], ["open", "/home/editor/2020.T10"]),
        (["tally", "x.t10"], ["tally", "x.t10"]),
        (["--version"], ["--version"]),
        (["ballots.csv"], ["ballots.csv"]),
    ],
)
def test_a_lone_double_clicked_file_is_opened(argv: list[str], expected: list[str]) -> None:
    assert _launcher().command_line(argv) == expected


def test_the_launcher_opens_what_the_app_opens() -> None:
    assert set(_launcher().OPENED_SUFFIXES) == OPENED


def _mime_types() -> dict[str, str]:
    root = ET.parse(PACKAGING / "top10-panel-mime.xml").getroot()
    return {
        node.attrib["type"]: glob.attrib["pattern"].removeprefix("*")
        for node in root.iter(f"{MIME}mime-type")
        for glob in node.iter(f"{MIME}glob")
    }


def test_linux_desktop_entry_claims_the_mime_types_of_both_files() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keep the keys' case: MimeType, Exec
    entry.read(PACKAGING / "top10-panel.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    types = _mime_types()
    assert set(types.values()) == OPENED
    assert set(filter(None, desktop["MimeType"].split(";"))) == set(types)
    assert desktop["Exec"].split()[-1] == "%f"  # one file, which packaging/launcher.py turns into `open FILE`
    assert (PACKAGING / "icons" / f"{desktop['Icon']}.png").is_file()


def test_windows_installer_associates_both_files_with_the_windowed_exe() -> None:
    script = (PACKAGING / "windows" / "top10-panel.iss").read_text(encoding="utf-8")
    associated = set(re.findall(r'Subkey: "Software\\Classes\\(\.\w+)"', script))
    assert associated == OPENED
    commands = re.findall(r'shell\\open\\command"; .*ValueData: "(.*)"$', script, flags=re.MULTILINE)
    assert commands and all('{app}\\{#AppExe}"" ""%1""' in command for command in commands)
    assert '#define AppExe "top10-panel-app.exe"' in script


def test_macos_bundle_declares_both_files() -> None:
    spec = (PACKAGING / "top10-panel.spec").read_text(encoding="utf-8")
    declared = set(re.findall(r'\("org\.top10panel\.\w+", "[^"]+", "(\w+)"', spec))
    assert {f".{suffix}" for suffix in declared} == OPENED


def test_icons_for_every_platform() -> None:
    for name in ("top10-panel.png", "top10-panel.ico", "top10-panel.icns"):
        assert (PACKAGING / "icons" / name).stat().st_size > 1000
