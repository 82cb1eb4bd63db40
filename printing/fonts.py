"""Finds and registers the CJK TrueType font every PDF embeds, so Chinese shows on any viewer.

Order: $SHOWROOM_CJK_FONT, the font shipped under assets/fonts (also inside the packaged app),
then well-known system files. reportlab embeds only TrueType outlines, so Noto CJK (.ttc with
PostScript outlines) is not a candidate.
"""
from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT = "ShowroomCJK"  # reportlab name of the regular face
BOLD = "ShowroomCJK-Bold"  # same outlines; drawn bold by a thin stroke (printing.text.draw_text)

SYSTEM_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
)


class NoCjkFont(RuntimeError):
    """No usable Chinese font: PDFs would print empty boxes, so none is made."""


def _assets_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data files here
    root = Path(frozen) if frozen else Path(__file__).resolve().parent.parent
    return root / "assets" / "fonts"


def candidates() -> list[Path]:
    found = []
    if os.environ.get("SHOWROOM_CJK_FONT"):
        found.append(Path(os.environ["SHOWROOM_CJK_FONT"]))
    found.append(_assets_dir() / "wqy-microhei.ttc")
    found.extend(Path(p) for p in SYSTEM_CANDIDATES)
    return found


def _load(path: Path) -> TTFont | None:
    try:
        return TTFont(FONT, str(path), subfontIndex=0)
    except Exception:  # a missing file or PostScript outlines: try the next one
        return None


@cache
def font_path() -> Path:
    """Registers the font once per process and says which file it is."""
    for path in candidates():
        if path.is_file() and (font := _load(path)) is not None:
            pdfmetrics.registerFont(font)
            pdfmetrics.registerFont(TTFont(BOLD, str(path), subfontIndex=0))
            pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)
            return path
    raise NoCjkFont("no CJK TrueType font found; tried: " + ", ".join(map(str, candidates())))


def cjk_font() -> str:
    """The reportlab font name to draw Chinese with (registers it on first use)."""
    font_path()
    return FONT
