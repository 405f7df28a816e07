"""Draws the app icon and writes it as packaging/icons/top10-panel.{png,ico,icns}.

Shapes only, no font, so every machine draws the same pixels. Run it after changing the design:
    .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import math
from pathlib import Path

from PIL import Image, ImageDraw

ICONS = Path(__file__).resolve().parent / "icons"
SIZE = 1024
RED, WHITE, GOLD = (183, 28, 28, 255), (255, 255, 255, 255), (255, 193, 7, 255)
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def star(cx: float, cy: float, outer: float, inner: float) -> list[tuple[float, float]]:
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else inner
        angle = -math.pi / 2 + k * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=200, fill=RED)
    # "1": a bar with a flag at its top, and a foot
    pen.rectangle((300, 300, 400, 780), fill=WHITE)
    pen.polygon([(400, 300), (400, 400), (240, 440), (240, 360)], fill=WHITE)
    pen.rectangle((240, 720, 460, 780), fill=WHITE)
    # "0": a ring
    pen.ellipse((500, 300, 800, 780), fill=WHITE)
    pen.ellipse((590, 400, 710, 680), fill=RED)
    # a gold star: the selected ones
    pen.polygon(star(790, 230, 130, 55), fill=GOLD)
    return image


def main() -> None:
    ICONS.mkdir(exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(ICONS / "top10-panel.png", optimize=True)
    big.save(ICONS / "top10-panel.ico", sizes=ICO_SIZES)
    big.save(ICONS / "top10-panel.icns")
    for path in sorted(ICONS.iterdir()):
        print(f"{path.relative_to(ICONS.parent.parent)}: {path.stat().st_size} bytes")


if __name__ == "__main__":
    main()
