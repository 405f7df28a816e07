"""A font with Chinese glyphs that the PDF report can embed: the user's choice, else a known system font."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from fontTools.ttLib import TTCollection, TTFont, TTLibError

from top10_panel.domain.errors import InputError

FONT_VARIABLE = "TOP10_PANEL_FONT"
SAMPLE = "中国科技资源管理领域十大事件评审组长计票人监票人入选平局（）《》“”：、。0123456789ABCabc"
"""Characters a usable font must have: the report's own words, CJK punctuation, digits and Latin letters."""
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")
"""What fpdf2 embeds (it also reads .woff, which no system keeps its fonts in)."""

LINUX = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
)
WINDOWS = ("msyh.ttc", "msyh.ttf", "simhei.ttf", "simsun.ttc", "Deng.ttf")
MACOS = (
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)
INSTALL_FIX = (
    "install a Chinese font (Debian/Ubuntu: apt-get install fonts-wqy-microhei; Fedora: dnf install "
    "wqy-microhei-fonts) or set TOP10_PANEL_FONT to the path of a .ttf, .otf or .ttc font with Chinese glyphs"
)


@dataclass(frozen=True)
class FontFace:
    """A font file and, for a collection (.ttc/.otc), the face in it."""

    path: Path
    index: int = 0
    name: str = ""


def find_font() -> FontFace:
    """The font for the report: TOP10_PANEL_FONT when set, else the first known system font with Chinese glyphs."""
    chosen = os.environ.get(FONT_VARIABLE, "").strip()
    if chosen:
        path = Path(chosen).expanduser()
        face = usable_face(path)
        if face is None:
            raise InputError(
                f"{FONT_VARIABLE}={chosen} is not a font the report can embed with Chinese glyphs",
                fix=f"point {FONT_VARIABLE} at an existing .ttf, .otf or .ttc font with Chinese glyphs, or unset it",
            )
        return face
    for path in system_fonts():
        face = usable_face(path)
        if face is not None:
            return face
    raise InputError("no font with Chinese glyphs was found for the PDF report", fix=INSTALL_FIX)


def system_fonts() -> list[Path]:
    """Known font files of this platform, then what fontconfig knows, best first (they may not exist)."""
    if sys.platform.startswith("win"):
        folders = [Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts"]
        local = os.environ.get("LOCALAPPDATA")
        if local:  # fonts installed for one user only
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        paths = [folder / name for folder in folders for name in WINDOWS]
    elif sys.platform == "darwin":
        paths = [Path(p) for p in MACOS]
    else:
        paths = [Path(p) for p in LINUX]
    return paths + fontconfig_fonts()


def fontconfig_fonts() -> list[Path]:
    """Chinese fonts fontconfig knows (fc-match for Noto Sans CJK SC, then fc-list :lang=zh), when it is there."""
    found: list[Path] = []
    match = shutil.which("fc-match")
    if match:
        found += [Path(line) for line in _run([match, "-f", "%{file}", "Noto Sans CJK SC"])[:1]]
    listing = shutil.which("fc-list")
    if listing:  # sorted: the same machine picks the same font every time
        found += sorted(Path(line.rsplit(":", 1)[0]) for line in _run([listing, ":lang=zh", "file"]))
    return [path for path in found if path.suffix.lower() in FONT_SUFFIXES]


def _run(command: list[str]) -> list[str]:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def usable_face(path: Path) -> FontFace | None:
    """The face of this file to use, or None: missing, unreadable, or no face fpdf2 can embed with the glyphs."""
    if path.suffix.lower() not in FONT_SUFFIXES:
        return None
    try:
        status = path.stat()
    except OSError:
        return None
    return _face(path, status.st_mtime_ns, status.st_size) if path.is_file() else None


@functools.lru_cache(maxsize=32)
def _face(path: Path, mtime: int, size: int) -> FontFace | None:
    """Cached by the file's time and size: a font installed or replaced while the app runs is seen."""
    try:
        if path.suffix.lower() in (".ttc", ".otc"):
            faces = list(enumerate(TTCollection(str(path), lazy=True).fonts))
        else:
            faces = [(0, TTFont(str(path), lazy=True))]
        # Simplified Chinese faces first (Noto's OTC starts with JP; msyh.ttc's UI face comes second).
        for index, font in sorted(faces, key=lambda face: (-_preference(face[1]), face[0])):
            if _embeddable(font) and _covers(font):
                return FontFace(path, index, str(font["name"].getDebugName(4) or path.stem))
    except (OSError, TTLibError, KeyError, AssertionError, ValueError):
        return None
    return None


def _preference(font: TTFont) -> int:
    family = str(font["name"].getDebugName(1) or "")
    style = str(font["name"].getDebugName(2) or "")
    words = family.replace("-", " ").split()
    score = 2 if {"SC", "GB", "CN"} & set(words) or "YaHei" in family else 0
    score += 1 if style in ("Regular", "Book", "Normal", "W3") else 0
    return score - (2 if "Mono" in family or "UI" in words else 0)


def _embeddable(font: TTFont) -> bool:
    """TrueType outlines, or CID-keyed CFF (Noto Sans CJK): fpdf2 2.8 embeds these as FontFile2 / FontFile3.
    A name-keyed CFF would go in as FontFile2, which readers need not accept; CFF2 (variable) is not supported."""
    if "glyf" in font:
        return True
    if "CFF " in font:
        return getattr(font["CFF "].cff.topDictIndex[0], "ROS", None) is not None
    return False


def _covers(font: TTFont) -> bool:
    cmap = font.getBestCmap() or {}
    return all(ord(ch) in cmap for ch in SAMPLE)
