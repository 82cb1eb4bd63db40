"""The fonts every PDF embeds, so that every character of a name prints on any viewer and printer.

The main face is a CJK TrueType font: $SHOWROOM_CJK_FONT, the one shipped under assets/fonts (also
inside the packaged app), then well-known system files. reportlab embeds only TrueType outlines, so
Noto CJK (.ttc with PostScript outlines) is not a candidate.

It lacks rare characters that people do have in their names (CJK Extension A and B, 𠮷) and emoji,
which would print as blank space. A chain of fallback faces, shipped too, covers them: each character
is drawn in the first face of the chain that has its glyph (see `runs`); one that no face has is
printed as a visible mark, never as a gap, and the entry dialogs warn about it (`unprintable`).
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
from functools import cache
from pathlib import Path
from typing import NamedTuple

from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont

FONT = "ShowroomCJK"  # reportlab name of the regular face
BOLD = "ShowroomCJK-Bold"  # same outlines; drawn bold by a thin stroke (printing.text.draw_text)
MISSING_MARK = "\ufffd"  # "�": printed for a character no face has; the main face has it

SYSTEM_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "C:/Windows/Fonts/simhei.ttf",
    "C:/Windows/Fonts/simsun.ttc",
    "/System/Library/Fonts/STHeiti Medium.ttc",
)


class Fallback(NamedTuple):
    name: str  # reportlab's name for it
    places: tuple[str, ...]  # a file under assets/fonts, or a system path; the first found is used


# In order: Symbola before the Extension faces so that every emoji comes from one face.
# Symbola (3 MB) ships with the app. The Extension faces are large (HanaMinA 23 MB, HanaMinB 31 MB),
# so they are taken from the system: Debian's fonts-hanazono (scripts/install-system-deps.sh), or on a
# Chinese Windows SimSun (Extension A) and SimSun-ExtB. Without them a rare character prints as a
# visible mark and the entry dialogs say so.
FALLBACKS = (
    Fallback(
        "ShowroomSymbols",
        (
            "Symbola_hint.ttf",
            "/usr/share/fonts/truetype/ancient-scripts/Symbola_hint.ttf",
            "C:/Windows/Fonts/seguisym.ttf",
        ),
    ),
    Fallback("ShowroomExtA", ("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf", "C:/Windows/Fonts/simsun.ttc")),
    Fallback("ShowroomExtB", ("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf", "C:/Windows/Fonts/simsunb.ttf")),
)
SHIPPED_FALLBACKS = ("Symbola_hint.ttf",)  # under assets/fonts; the self-test checks they travel with the app


def _astral_to_unicode_cmap(fontname: str, subset: list[int], _original=ttfonts.makeToUnicodeCMap) -> str:
    """reportlab 5.1 writes a character past U+FFFF (𠮷, emoji) into the ToUnicode map as five hex
    digits, which viewers misread (pdftotext gave "₻" for 𠮷): write it as its UTF-16 pair instead,
    so the PDF's text can be searched and copied."""
    return re.sub(
        r"<([0-9A-F]{2})> <([0-9A-F]{5,6})>",
        lambda m: f"<{m[1]}> <{chr(int(m[2], 16)).encode('utf-16-be').hex().upper()}>",
        _original(fontname, subset),
    )


ttfonts.makeToUnicodeCMap = _astral_to_unicode_cmap  # read by name when a PDF is written


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


def _load(name: str, path: Path) -> TTFont | None:
    try:
        return TTFont(name, str(path), subfontIndex=0)
    except Exception:  # a missing file or PostScript outlines: try the next one
        return None


def _register(name: str, bold: str, path: Path) -> TTFont:
    face = _load(name, path)
    pdfmetrics.registerFont(face)
    if bold != name:
        pdfmetrics.registerFont(TTFont(bold, str(path), subfontIndex=0))
    # a <b> inside a Paragraph looks the family up: every face needs one
    pdfmetrics.registerFontFamily(name, normal=name, bold=bold, italic=name, boldItalic=bold)
    return face


@cache
def _main_face() -> tuple[Path, TTFont]:
    for path in candidates():
        if path.is_file() and _load(FONT, path) is not None:
            return path, _register(FONT, BOLD, path)
    raise NoCjkFont("no CJK TrueType font found; tried: " + ", ".join(map(str, candidates())))


def font_path() -> Path:
    """Registers the main font once per process and says which file it is."""
    return _main_face()[0]


def cjk_font() -> str:
    """The reportlab font name to draw Chinese with (registers it on first use)."""
    font_path()
    return FONT


@cache
def fallback_faces() -> tuple[tuple[str, Path], ...]:
    """(reportlab name, file) of each fallback face found, in chain order; registered on first use.

    Loaded only when a text has a character the main face lacks (each takes ~0.15 s to read).
    """
    found = []
    for fallback in FALLBACKS:
        for path in (_assets_dir() / place for place in fallback.places):  # an absolute place stays itself
            if path.is_file() and _load(fallback.name, path) is not None:
                _register(fallback.name, fallback.name, path)
                found.append((fallback.name, path))
                break
    return tuple(found)


def is_ignorable(char: str) -> bool:
    """Characters that only steer rendering: variation selectors, joiners, skin tones, controls.

    A monochrome print has no colour emoji to select or join, and Symbola draws these as labelled
    boxes ("VS16"), so they are left out rather than looked up.
    """
    code = ord(char)
    return (
        unicodedata.category(char) in ("Cf", "Cc")
        or 0xFE00 <= code <= 0xFE0F
        or 0xE0100 <= code <= 0xE01EF
        or 0x1F3FB <= code <= 0x1F3FF
    )


@cache
def font_for(char: str) -> str | None:
    """The first face of the chain that has a glyph for `char`; None when none has."""
    code = ord(char)
    if code in _main_face()[1].face.charToGlyph:
        return FONT
    for name, _path in fallback_faces():
        if code in pdfmetrics.getFont(name).face.charToGlyph:
            return name
    return None


def runs(text: str) -> list[tuple[str, str]]:
    """The text as (font name, piece) runs, each piece drawn in a face that has all its glyphs.

    Characters no face has become MISSING_MARK in the main face; ignorable ones are dropped.
    """
    found: list[tuple[str, str]] = []
    for char in text:
        if char.isspace():
            font = FONT  # as before: line breaks are the caller's business
        elif is_ignorable(char):
            continue
        elif (font := font_for(char)) is None:
            font, char = FONT, MISSING_MARK
        if found and found[-1][0] == font:
            found[-1] = (font, found[-1][1] + char)
        else:
            found.append((font, char))
    return found


def unprintable(text: str) -> list[str]:
    """The distinct characters of `text` that no face can print, in order of appearance."""
    missing: list[str] = []
    for char in text:
        if not (char.isspace() or is_ignorable(char)) and char not in missing and font_for(char) is None:
            missing.append(char)
    return missing
