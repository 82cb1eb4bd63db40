"""Measuring, wrapping and drawing text on paper: every builder fits its words with these.

Paper is fixed width, so nothing here may overflow: lines are measured with the embedded font's
real advance widths (stringWidth), Chinese breaks between any two characters, Latin words stay
whole when they can, and text that does not fit is cut with an ellipsis.

Every piece of text is drawn run by run in the face of the font chain that has its glyphs
(printing.fonts.runs): canvas text by draw_text, Paragraph text through markup().
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from printing.fonts import FONT, cjk_font, runs

ELLIPSIS = "…"
LEADING = 1.22  # line height as a multiple of the font size: CJK needs a little more than Latin
BOLD_STROKE = 0.045  # stroke width per point of font size: visibly bold without filling counters


def width_of(text: str, size: float) -> float:
    cjk_font()  # registers the main face
    return sum(stringWidth(piece, font, size) for font, piece in runs(text))


def in_main_font(text: str) -> bool:
    """True when the main face alone prints the text as it is (no fallback face, nothing replaced)."""
    found = runs(text)
    return not found or (len(found) == 1 and found[0] == (FONT, text))


def markup(text: str) -> str:
    """The text as Paragraph markup: escaped, each fallback run in a <font name=...> of its face."""
    cjk_font()
    return "".join(
        escape(piece) if font == FONT else f'<font name="{font}">{escape(piece)}</font>' for font, piece in runs(text)
    )


def line_height(size: float) -> float:
    return size * LEADING


def ellipsize(text: str, width: float, size: float) -> str:
    """The text itself when it fits, else its longest head that fits followed by "…"."""
    text = " ".join(text.split())
    if width_of(text, size) <= width:
        return text
    head = _longest_fitting_head(text, width - width_of(ELLIPSIS, size), size)
    return (text[:head].rstrip() + ELLIPSIS) if head else (ELLIPSIS if width_of(ELLIPSIS, size) <= width else "")


def wrap(text: str, width: float, size: float, max_lines: int | None = None) -> list[str]:
    """Lines no wider than `width`; at most `max_lines`, the last ending in "…" when cut short."""
    rest = " ".join(text.split())
    lines: list[str] = []
    while rest:
        if max_lines is not None and len(lines) == max_lines - 1:
            lines.append(ellipsize(rest, width, size))
            break
        cut = _break_at(rest, width, size)
        lines.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return lines or [""]


def fit_size(text: str, width: float, largest: float, smallest: float) -> float:
    """The largest font size (in 0.5 pt steps) at which one line fits; `smallest` if none does."""
    size = largest
    while size > smallest and width_of(text, size) > width:
        size -= 0.5
    return max(size, smallest)


def draw_text(
    canvas: Canvas, x: float, y: float, text: str, size: float, *, bold: bool = False, align: str = "left"
) -> None:
    """One line at baseline y; x is the left edge, the centre or the right edge as `align` says.

    The font has no bold face, so bold is the same outlines filled and stroked (render mode 2).
    """
    if align == "center":
        x -= width_of(text, size) / 2
    elif align == "right":
        x -= width_of(text, size)
    obj = canvas.beginText(x, y)
    if bold:
        canvas.saveState()
        canvas.setLineWidth(size * BOLD_STROKE)
        canvas.setLineJoin(1)  # round joins: sharp strokes would spike at corners
        obj.setTextRenderMode(2)
    for font, piece in runs(text):
        obj.setFont(font, size)
        obj.textOut(piece)
    canvas.drawText(obj)
    if bold:
        canvas.restoreState()


def _longest_fitting_head(text: str, width: float, size: float) -> int:
    """How many leading characters fit in `width` (binary search: names can be long)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if width_of(text[:middle], size) <= width:
            low = middle
        else:
            high = middle - 1
    return low


def _break_at(text: str, width: float, size: float) -> int:
    """Where the first line ends: after the last space when a Latin word would be split."""
    head = _longest_fitting_head(text, width, size)
    if head >= len(text):
        return len(text)
    if head == 0:
        return 1  # a single glyph wider than the line: emit it rather than loop forever
    if _is_word_char(text[head - 1]) and _is_word_char(text[head]):
        start = head
        while start > 0 and _is_word_char(text[start - 1]):
            start -= 1
        if start > 0:  # the word does not fill the whole line: move it down whole
            return start
    return head


def _is_word_char(char: str) -> bool:
    """Latin letters and digits that belong together (750g, iPhone); CJK breaks anywhere."""
    return char.isascii() and (char.isalnum() or char in "-_.'/&%")
