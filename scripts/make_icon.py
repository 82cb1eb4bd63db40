"""Draws the app icon: a sample tag with Code 128-like bars on a teal tile.

Run once when the design changes; the PNG and ICO it writes are committed (assets/icons/):
    .venv/bin/python scripts/make_icon.py assets/icons
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = 1024  # drawn large, then scaled down with a good filter so the small sizes stay clean
TEAL, WHITE, INK, RED = (0, 121, 107, 255), (255, 255, 255, 255), (33, 33, 33, 255), (229, 57, 53, 255)
BARS = (2, 1, 1, 2, 1, 4, 1, 1, 3, 2, 2, 1, 2, 3, 1, 1, 2, 2, 3, 1, 1, 2)  # bar, space, bar, ... in modules


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((32, 32, SIZE - 32, SIZE - 32), radius=200, fill=TEAL)
    # the tag: a white card with a punched hole, tilted a little like one hanging from a product
    tag = Image.new("RGBA", (720, 520), (0, 0, 0, 0))
    card = ImageDraw.Draw(tag)
    card.rounded_rectangle((0, 0, 719, 519), radius=60, fill=WHITE)
    card.ellipse((40, 220, 120, 300), fill=(0, 0, 0, 0))
    x, module = 170, 22
    for index, width in enumerate(BARS):
        if index % 2 == 0:
            card.rectangle((x, 90, x + width * module - 1, 400), fill=INK)
        x += width * module
    card.rectangle((170, 430, 170 + 160, 470), fill=RED)  # the due-date mark
    tag = tag.rotate(-12, resample=Image.Resampling.BICUBIC, expand=True)
    image.alpha_composite(tag, ((SIZE - tag.width) // 2, (SIZE - tag.height) // 2))
    return image


def main(folder: str) -> None:
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    big = draw()
    big.resize((256, 256), Image.Resampling.LANCZOS).save(target / "showroom.png", optimize=True)
    big.save(target / "showroom.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "assets/icons")
