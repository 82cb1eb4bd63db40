"""The shared catalog: a file is checked row by row before anything is imported; edits reach the counters."""

from __future__ import annotations

import io
import re

from openpyxl import Workbook
from sqlalchemy import func, select

from db.models import Product
from hq.models import AuditEntry, CatalogImport, Change, NetProduct

GOOD_CSV = (
    "merchant,name,sample_value,retail_price,ean\n"
    "湘味坊,剁椒酱 500g,12.50,29.90,6901234567892\n"
    "湘味坊,腊肉 礼盒,88,168,\n"
)
BAD_ROW = "湘味坊,,abc,10,6901234567890\n"  # no name, not a number, a wrong check digit


def products(hq) -> int:
    with hq.sessions() as s:
        return s.scalar(select(func.count()).select_from(NetProduct))


def upload(b, name: str, data: bytes):
    return b.post("/console/catalog/imports", files={"file": (name, data)}, from_page="/console/catalog")


def test_a_good_file_is_previewed_then_imported_and_reaches_the_counters(hq, cs, browser):
    b = browser("wang", "operator")
    answer = upload(b, "新品.csv", GOOD_CSV.encode("utf-8-sig"))
    assert answer.status_code == 303
    preview = b.get(answer.headers["location"])
    assert "2 行可以导入，0 行有错误" in preview.text and "剁椒酱 500g" in preview.text
    assert products(hq) == 0  # nothing until accepted
    done = b.post(answer.headers["location"] + "/accept", {}, from_page=answer.headers["location"])
    assert done.status_code == 200 and "已导入 2 个商品" in done.text
    assert products(hq) == 2
    cs.sync(hq.transport)
    uow = cs.uow()
    with uow.read():
        assert uow.session.scalar(select(Product.name).where(Product.ean == "6901234567892")) == "剁椒酱 500g"


def test_a_file_with_a_bad_row_imports_nothing_until_the_good_rows_are_accepted(hq, browser):
    b = browser("wang", "operator")
    answer = upload(b, "混合.csv", (GOOD_CSV + BAD_ROW).encode())
    preview = b.get(answer.headers["location"]).text
    assert "2 行可以导入，1 行有错误" in preview
    assert "缺少 商品" in preview and "样品价值：不是数字：abc" in preview and "条码 6901234567890 无效" in preview
    page = answer.headers["location"]
    refused = b.post(page + "/accept", {}, from_page=page)
    assert refused.status_code == 400 and "勾选" in refused.text and products(hq) == 0
    accepted = b.post(page + "/accept", {"good_rows_only": "yes"}, from_page=page)
    assert accepted.status_code == 200 and products(hq) == 2
    twice = b.post(page + "/accept", {"good_rows_only": "yes"}, from_page=page)
    assert twice.status_code == 400 and products(hq) == 2
    with hq.sessions() as s:
        assert s.scalar(select(CatalogImport.state)) == "imported"
        assert s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "catalog_imported")).count('"skipped": 1')


def test_an_xlsx_file_with_chinese_headers(hq, browser):
    book = Workbook()
    sheet = book.active
    sheet.append(["商家", "商品名称", "样品价值", "佣金比例", "条码"])
    sheet.append(["栖木家居", "香薰蜡烛", 45, 20, "6901234567892"])
    sheet.append(["栖木家居", "香薰蜡烛 大号", "60.5", "15.5", None])
    data = io.BytesIO()
    book.save(data)
    b = browser("wang", "operator")
    answer = upload(b, "家居.xlsx", data.getvalue())
    page = answer.headers["location"]
    assert "2 行可以导入，0 行有错误" in b.get(page).text
    b.post(page + "/accept", {}, from_page=page)
    with hq.sessions() as s:
        p = s.scalar(select(NetProduct).where(NetProduct.name == "香薰蜡烛 大号"))
        assert (p.sample_value_fen, p.commission_bp) == (6050, 1550)


def test_a_gb18030_csv_as_excel_saves_it_in_china(hq, browser):
    b = browser("wang", "operator")
    answer = upload(b, "excel.csv", GOOD_CSV.encode("gb18030"))
    assert "剁椒酱 500g" in b.get(answer.headers["location"]).text


def test_a_file_already_imported_is_caught_row_by_row(hq, browser):
    b = browser("wang", "operator")
    first = upload(b, "a.csv", GOOD_CSV.encode())
    b.post(first.headers["location"] + "/accept", {}, from_page=first.headers["location"])
    again = b.get(upload(b, "a.csv", GOOD_CSV.encode()).headers["location"]).text
    assert "0 行可以导入，2 行有错误" in again and "已在商品库中" in again


def test_not_a_spreadsheet_is_refused(hq, browser):
    b = browser("wang", "operator")
    assert "请选择 .csv 或 .xlsx 文件" in upload(b, "photo.png", b"\x89PNG").text
    assert "不是 Excel 工作簿" in upload(b, "fake.xlsx", b"not a zip").text
    assert "缺少" in upload(b, "cols.csv", b"foo,bar\n1,2\n").text


def test_editing_a_product_reaches_the_counters(hq, cs, browser):
    b = browser("wang", "operator")
    first = upload(b, "a.csv", GOOD_CSV.encode())
    b.post(first.headers["location"] + "/accept", {}, from_page=first.headers["location"])
    cs.sync(hq.transport)
    with hq.sessions() as s:
        pid = s.scalar(select(NetProduct.id).where(NetProduct.ean == "6901234567892"))
    page = f"/console/catalog/products/{pid}"
    form = dict(re.findall(r'name="(\w+)" type="\w+" value="([^"]*)"', b.get(page).text))
    form.update(name="剁椒酱 1kg 家庭装", sample_value="20.00")
    answer = b.post(page, form, from_page=page)
    assert answer.status_code == 303 and "已保存" in b.get(answer.headers["location"]).text
    with hq.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Change).where(Change.key == pid)) == 2
        assert "剁椒酱 1kg 家庭装" in s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "product_edited"))
    cs.sync(hq.transport)
    uow = cs.uow()
    with uow.read():
        row = uow.session.scalar(select(Product).where(Product.id == pid))
        assert (row.name, row.sample_value_fen) == ("剁椒酱 1kg 家庭装", 2000)


def test_a_bad_edit_is_refused_and_changes_nothing(hq, browser):
    b = browser("wang", "operator")
    first = upload(b, "a.csv", GOOD_CSV.encode())
    b.post(first.headers["location"] + "/accept", {}, from_page=first.headers["location"])
    with hq.sessions() as s:
        pid = s.scalar(select(NetProduct.id).where(NetProduct.ean == "6901234567892"))
    page = f"/console/catalog/products/{pid}"
    answer = b.post(page, {"name": "x", "sample_value": "-3", "ean": "123"}, from_page=page)
    assert answer.status_code == 400
    with hq.sessions() as s:
        assert s.get(NetProduct, pid).name == "剁椒酱 500g"


def test_the_catalog_searches_by_name_merchant_and_ean(hq, browser):
    b = browser("wang", "operator")
    first = upload(b, "a.csv", GOOD_CSV.encode())
    b.post(first.headers["location"] + "/accept", {}, from_page=first.headers["location"])
    page = b.get("/console/catalog", params={"q": "6901234567892"}).text
    assert "剁椒酱 500g" in page and "腊肉" not in page
    assert "腊肉" in b.get("/console/catalog", params={"q": "湘味"}).text
