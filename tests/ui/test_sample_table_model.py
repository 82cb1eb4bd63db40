"""The samples table model with no window: rows, what each role gives, and sorting by the sort role."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from PySide6.QtCore import QSortFilterProxyModel, Qt

from showroom.services.views import SampleRow
from ui.models.row_model import OVERDUE_COLOR, ROW_ROLE, SORT_ROLE
from ui.models.sample_table_model import SampleTableModel

NOW = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
TZ = ZoneInfo("Asia/Shanghai")


def row(code, value, status="in_stock", due=None, holder=None):
    return SampleRow(
        id=code,
        code=code,
        product_name="每日坚果",
        merchant_name="良品铺子",
        status=status,
        shelf="A-01",
        value_fen=value,
        received_at=NOW - timedelta(days=30),
        holder_name=holder,
        loan_number="CS-L261101001" if holder else None,
        due_at=due,
    )


def make_model(rows):
    model = SampleTableModel(TZ, clock=lambda: NOW)
    model.set_rows(rows)
    return model


def test_rows_and_display(qapp):
    model = make_model([row("CS-000001", 8000), row("CS-000002", 129900, "on_loan", NOW + timedelta(days=2), "小美")])
    assert model.rowCount() == 2
    assert model.columnCount() == 9
    assert model.headerData(SampleTableModel.DUE, Qt.Orientation.Horizontal) == "Due"
    loaned = model.index(1, 0)
    assert model.index(1, SampleTableModel.CODE).data() == "CS-000002"
    assert model.index(1, SampleTableModel.STATUS).data() == "On loan"
    assert model.index(1, SampleTableModel.HOLDER).data() == "小美"
    assert model.index(1, SampleTableModel.DUE).data() == "2026-11-22 10:00"  # local time
    assert model.index(1, SampleTableModel.VALUE).data() == "¥1,299.00"
    assert model.index(0, SampleTableModel.DUE).data() == ""
    assert loaned.data(ROW_ROLE).code == "CS-000002"
    align = model.index(0, SampleTableModel.VALUE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight


def test_overdue_due_date_is_red(qapp):
    model = make_model(
        [
            row("CS-000001", 8000, "on_loan", NOW - timedelta(hours=1), "小美"),
            row("CS-000002", 8000, "on_loan", NOW + timedelta(hours=1), "小美"),
        ]
    )
    red = model.index(0, SampleTableModel.DUE).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color() == OVERDUE_COLOR
    assert model.index(1, SampleTableModel.DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(0, SampleTableModel.CODE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_sort_role_gives_numbers_and_times(qapp):
    due = NOW + timedelta(days=1)
    model = make_model([row("CS-000001", 900, "on_loan", due, "小美"), row("CS-000002", 10000)])
    assert model.index(0, SampleTableModel.VALUE).data(SORT_ROLE) == 900
    assert model.index(0, SampleTableModel.DUE).data(SORT_ROLE) == due.timestamp()
    # a sample with no due date sorts after every dated one
    assert model.index(1, SampleTableModel.DUE).data(SORT_ROLE) > due.timestamp()


def test_proxy_sorts_values_as_numbers_not_text(qapp):
    model = make_model([row("CS-000001", 900), row("CS-000002", 10000), row("CS-000003", 2500)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(SampleTableModel.VALUE, Qt.SortOrder.AscendingOrder)
    codes = [proxy.index(r, SampleTableModel.CODE).data() for r in range(proxy.rowCount())]
    assert codes == ["CS-000001", "CS-000003", "CS-000002"]  # ¥9 < ¥25 < ¥100 (as text ¥100 < ¥25 < ¥9)
    proxy.sort(SampleTableModel.VALUE, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, SampleTableModel.CODE).data() == "CS-000002"


def test_rows_are_replaced_with_a_reset(qtbot, qapp):
    model = make_model([row("CS-000001", 900)])
    with qtbot.waitSignal(model.modelReset):
        model.set_rows([row("CS-000002", 900), row("CS-000003", 900)])
    assert [r.code for r in model.rows()] == ["CS-000002", "CS-000003"]
    assert model.find(lambda r: r.code == "CS-000003") == 1
