"""Tables to files: CSV (UTF-8 with a BOM, so Excel shows Chinese) and XLSX (bold header, widths, money).

Pure: headers and rows in, bytes out. A cell is str, int, float, date, datetime (already local) or Fen
(integer fen, written as yuan with two decimals: a number in XLSX, "1234.50" in CSV).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

FORMATS = ("csv", "xlsx")


class Fen(int):
    """Money in integer fen, marked so that exports write it in yuan."""

    def yuan_text(self) -> str:
        sign = "-" if self < 0 else ""
        yuan, rest = divmod(abs(int(self)), 100)
        return f"{sign}{yuan}.{rest:02d}"


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Fen):
        return value.yuan_text()
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def to_csv(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_text(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _width(value: object) -> int:
    """Columns sized for CJK too: a Chinese character is about two Latin ones wide."""
    text = _text(value)
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def to_xlsx(headers: Sequence[str], rows: Sequence[Sequence[object]], title: str = "Sheet") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    book = Workbook()
    sheet = book.active
    sheet.title = (title or "Sheet")[:31]
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E8EDF3")
    widths = [_width(h) for h in headers]
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, Fen):
                cell.value = int(value) / 100
                cell.number_format = "#,##0.00"
            elif isinstance(value, datetime):
                cell.value = value.replace(tzinfo=None)
                cell.number_format = "yyyy-mm-dd hh:mm"
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = "yyyy-mm-dd"
            else:
                cell.value = value
            if c <= len(widths):
                widths[c - 1] = max(widths[c - 1], _width(value))
    for c, w in enumerate(widths, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=c).column_letter].width = min(max(w + 2, 6), 60)
    sheet.freeze_panes = "A2"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def format_of(path: Path | str) -> str | None:
    suffix = Path(path).suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else None


def table_bytes(path: Path | str, headers: Sequence[str], rows: Sequence[Sequence[object]], title: str = "") -> bytes:
    """The file's bytes in the format its extension names (.csv or .xlsx)."""
    kind = format_of(path)
    if kind == "csv":
        return to_csv(headers, rows)
    if kind == "xlsx":
        return to_xlsx(headers, rows, title)
    raise ValueError(f"unknown export format: {path}")
