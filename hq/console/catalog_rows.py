"""Catalog rows from a spreadsheet: the columns a file may use, and what makes a row importable.

The columns of `showroom-hq catalog-import` (merchant, name, sample_value_fen, ...: money in fen) are accepted,
and so are friendlier ones in yuan, in English or Chinese (样品价值 12.50). A CSV saved by Excel in China is
often GB18030, not UTF-8: both are read.
"""

from __future__ import annotations

import csv
import io
from decimal import Decimal, InvalidOperation
from pathlib import PurePath

from hq.console.i18n import N_
from kernel.codes import clean_scan, ean_checksum_ok

MAX_BYTES = 5 * 2**20
MAX_ROWS = 5000
MONEY_MAX_FEN = 10**10
TEXT_LIMITS = {"merchant": 200, "name": 300, "brand": 100, "category": 100, "spec": 200}
MONEY = ("sample_value_fen", "retail_price_fen", "live_price_fen")
# header (lower-cased) -> (field, unit): "fen" and "bp" are whole numbers, "yuan" and "pct" may have decimals
HEADERS = {
    "merchant": ("merchant", None),
    "商家": ("merchant", None),
    "name": ("name", None),
    "商品": ("name", None),
    "商品名称": ("name", None),
    "brand": ("brand", None),
    "品牌": ("brand", None),
    "category": ("category", None),
    "类目": ("category", None),
    "spec": ("spec", None),
    "规格": ("spec", None),
    "ean": ("ean", None),
    "条码": ("ean", None),
    "sample_value_fen": ("sample_value_fen", "fen"),
    "sample_value": ("sample_value_fen", "yuan"),
    "样品价值": ("sample_value_fen", "yuan"),
    "retail_price_fen": ("retail_price_fen", "fen"),
    "retail_price": ("retail_price_fen", "yuan"),
    "零售价": ("retail_price_fen", "yuan"),
    "live_price_fen": ("live_price_fen", "fen"),
    "live_price": ("live_price_fen", "yuan"),
    "直播价": ("live_price_fen", "yuan"),
    "commission_bp": ("commission_bp", "bp"),
    "commission_pct": ("commission_bp", "pct"),
    "佣金比例": ("commission_bp", "pct"),
}
REQUIRED = ("merchant", "name", "sample_value_fen")
_SPELLED = {"merchant": "merchant / 商家", "name": "name / 商品名称", "sample_value_fen": "sample_value / 样品价值"}
# what a column is called in a refusal (a message key: the page shows it in the reader's language)
COLUMN = {
    "merchant": N_("Merchant"),
    "name": N_("Product"),
    "brand": N_("Brand"),
    "category": N_("Category"),
    "spec": N_("Spec"),
    "ean": N_("EAN"),
    "sample_value_fen": N_("Sample value"),
    "retail_price_fen": N_("Retail price"),
    "live_price_fen": N_("Live price"),
    "commission_bp": N_("Commission"),
}


class FileRefused(Exception):
    def __init__(self, key: str, **args):
        super().__init__(key)
        self.key, self.params = key, args


def read_table(filename: str, data: bytes) -> list[tuple[int, dict[str, str]]]:
    """(line number, {header: cell text}) for every non-empty row of a .csv or .xlsx file."""
    if len(data) > MAX_BYTES:
        raise FileRefused(N_("The file is larger than {mb} MB."), mb=MAX_BYTES // 2**20)
    suffix = PurePath(filename or "").suffix.lower()
    if suffix == ".csv":
        table = _csv_rows(data)
    elif suffix == ".xlsx":
        table = _xlsx_rows(data)
    else:
        raise FileRefused(N_("Choose a .csv or .xlsx file."))
    if not table:
        raise FileRefused(N_("The file is empty."))
    header = [str(h or "").strip().lower() for h in table[0]]
    known = {HEADERS[h][0] for h in header if h in HEADERS}
    missing = [f for f in REQUIRED if f not in known]
    if missing:
        raise FileRefused(
            N_("The first row must name the columns; missing: {columns}."),
            columns=", ".join(_SPELLED[f] for f in missing),
        )
    rows = []
    for line, cells in enumerate(table[1:], start=2):
        values = {h: ("" if c is None else str(c)).strip() for h, c in zip(header, cells) if h in HEADERS}
        if any(values.values()):
            rows.append((line, values))
    if len(rows) > MAX_ROWS:
        raise FileRefused(N_("At most {n} rows per file."), n=MAX_ROWS)
    return rows


def _csv_rows(data: bytes) -> list[list[str]]:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise FileRefused(N_("The file is neither UTF-8 nor GB18030 text."))
    return [row for row in csv.reader(io.StringIO(text))]


def _xlsx_rows(data: bytes) -> list[list]:
    from openpyxl import load_workbook

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a file that is not a workbook
        raise FileRefused(N_("The file is not an Excel workbook.")) from None
    try:
        sheet = book.worksheets[0]
        return [list(r) for r in sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2)]
    finally:
        book.close()


def _number(text: str, unit: str) -> int:
    cleaned = text.replace(",", "").replace("¥", "").replace("￥", "").replace("%", "").strip()
    value = Decimal(cleaned)
    scaled = value * 100 if unit in ("yuan", "pct") else value
    if scaled != scaled.to_integral_value():
        raise InvalidOperation
    return int(scaled)


def check_row(raw: dict[str, str]) -> tuple[dict, list[tuple[str, dict]]]:
    """The row's values (money in fen, commission in basis points) and its errors, each (message key, args)."""
    values: dict = {
        "retail_price_fen": 0,
        "live_price_fen": 0,
        "commission_bp": 0,
        "brand": "",
        "category": "",
        "spec": "",
        "ean": None,
    }
    errors: list[tuple[str, dict]] = []
    for header, text in raw.items():
        field, unit = HEADERS[header]
        if unit is None:
            values[field] = text
            continue
        if not text:
            continue
        try:
            values[field] = _number(text, unit)
        except (InvalidOperation, ValueError):
            errors.append((N_("{column}: not a number: {value}"), {"column": COLUMN[field], "value": text[:30]}))
    for field in REQUIRED:
        if values.get(field) in (None, ""):
            errors.append((N_("{column} is missing"), {"column": COLUMN[field]}))
    for field, limit in TEXT_LIMITS.items():
        if len(values.get(field) or "") > limit:
            errors.append((N_("{column}: longer than {n} characters"), {"column": COLUMN[field], "n": limit}))
        if "\x00" in (values.get(field) or ""):
            errors.append((N_("{column}: holds a NUL character"), {"column": COLUMN[field]}))
    for field in MONEY:
        v = values.get(field)
        if isinstance(v, int) and not 0 <= v <= MONEY_MAX_FEN:
            errors.append((N_("{column}: out of range"), {"column": COLUMN[field]}))
    if not 0 <= values.get("commission_bp", 0) <= 10000:
        errors.append((N_("{column}: out of range"), {"column": COLUMN["commission_bp"]}))
    ean = values.get("ean")
    if ean:
        ean = clean_scan(ean)
        values["ean"] = ean
        if not ean_checksum_ok(ean):
            errors.append(
                (N_("EAN {ean}: not a valid barcode (8, 12, 13 or 14 digits with its check digit)"), {"ean": ean[:20]})
            )
    else:
        values["ean"] = None
    return values, errors
