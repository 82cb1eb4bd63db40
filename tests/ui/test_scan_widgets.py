"""The counter's keyboard pieces on their own: the scan field's suffixes, the inline question, the
catcher that keeps scans out of dialogs, and the message line that keeps a burst's refusals."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout, QWidget

from ui.widgets.message_bar import MessageBar
from ui.widgets.question_bar import Choice, QuestionBar
from ui.widgets.scan_catcher import catch_scans
from ui.widgets.scan_field import ScanField


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def field_in_a_form(qtbot):
    form = QWidget()
    layout = QVBoxLayout(form)
    field, after = ScanField(), QLineEdit()
    layout.addWidget(field)
    layout.addWidget(after)
    qtbot.addWidget(form)
    form.show()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.clock = FakeClock()
    scanned, hints = [], []
    field.scanned.connect(scanned.append)
    field.enter_on_empty.connect(lambda: hints.append(True))
    return form, field, after, scanned, hints


def test_a_suffix_right_after_a_scan_is_its_tail_and_does_nothing(qtbot):
    _form, field, after, scanned, hints = field_in_a_form(qtbot)
    qtbot.keyClicks(field, "CS-000001")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    field.clock.now += 0.01  # the LF of CR+LF, 10 ms later
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # or a Tab sent after the Enter
    assert scanned == ["CS-000001"] and hints == [] and field.hasFocus()
    field.clock.now += 1  # a person, a second later
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert hints == [True] and scanned == ["CS-000001"]
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert after.hasFocus()  # Tab on the empty field still navigates


def test_tab_with_text_ends_the_scan_and_keeps_the_focus(qtbot):
    _form, field, after, scanned, _hints = field_in_a_form(qtbot)
    qtbot.keyClicks(field, "CS-000002")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert scanned == ["CS-000002"] and field.hasFocus() and field.text() == ""


def test_control_line_ends_and_a_bare_line_feed_end_a_scan(qtbot):
    _form, field, _after, scanned, _hints = field_in_a_form(qtbot)
    for code, event in (
        ("CS-000003", QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier, "\r")),
        ("CS-000004", QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, "\n")),
    ):
        qtbot.keyClicks(field, code)
        QApplication.sendEvent(field, event)
        field.clock.now += 1
    assert scanned == ["CS-000003", "CS-000004"]


def test_shift_tab_is_navigation_not_a_suffix(qtbot):
    _form, field, _after, scanned, _hints = field_in_a_form(qtbot)
    qtbot.keyClicks(field, "abc")
    qtbot.keyClick(field, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert scanned == []


def test_the_question_takes_its_keys_only_on_the_empty_field_and_never_enter(qtbot):
    field = QLineEdit()
    bar = QuestionBar()
    qtbot.addWidget(field)
    qtbot.addWidget(bar)
    bar.listen_to(field)
    chosen = []
    bar.ask(
        "?",
        [
            Choice(Qt.Key.Key_1, "keep", lambda: chosen.append(1), "keep"),
            Choice(Qt.Key.Key_2, "clear", lambda: chosen.append(2), "clear"),
        ],
    )
    qtbot.keyClick(field, Qt.Key.Key_Return)
    qtbot.keyClick(field, Qt.Key.Key_3)  # no such choice: typed as usual
    qtbot.keyClick(field, Qt.Key.Key_1)  # the field is not empty: typed as usual
    assert chosen == [] and bar.is_open() and field.text() == "31"
    field.clear()
    qtbot.keyClick(field, Qt.Key.Key_2)
    assert chosen == [2] and not bar.is_open() and field.text() == ""


def open_dialog(qtbot):
    dialog = QDialog()
    edit = QLineEdit(dialog)
    QVBoxLayout(dialog).addWidget(edit)
    qtbot.addWidget(dialog)
    caught = []
    catch_scans(dialog, caught.append)
    dialog.open()
    return dialog, edit, caught


def test_a_scan_typed_into_a_dialog_is_caught_and_a_person_still_types(qtbot):
    dialog, edit, caught = open_dialog(qtbot)
    qtbot.keyClicks(edit, "CS-000005", delay=2)
    qtbot.keyClick(edit, Qt.Key.Key_Return, delay=2)
    assert caught == ["CS-000005"] and edit.text() == "" and dialog.isVisible()
    qtbot.keyClicks(edit, "Li", delay=120)  # a person: each key reaches the field
    qtbot.waitUntil(lambda: edit.text() == "Li")
    qtbot.keyClicks(edit, "ab", delay=2)  # fast but no suffix: passed on, in order
    qtbot.waitUntil(lambda: edit.text() == "Liab")
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "Lia" and caught == ["CS-000005"]


def test_the_catcher_stops_with_its_dialog(qtbot):
    dialog, edit, caught = open_dialog(qtbot)
    dialog.reject()
    other = QLineEdit()
    qtbot.addWidget(other)
    qtbot.keyClicks(other, "CS-000006", delay=2)
    qtbot.keyClick(other, Qt.Key.Key_Return, delay=2)
    assert other.text() == "CS-000006" and caught == []


def test_a_bursts_refusals_stay_on_screen_under_later_results(qtbot):
    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show_error("CS-000001 is on loan to 大雄")
    bar.show_success("CS-000002 added")
    assert bar.kind == "error" and "大雄" in bar.text() and "CS-000002" in bar.text()
    bar.new_burst()
    bar.show_success("CS-000003 added")
    assert bar.kind == "success" and bar.text() == "CS-000003 added"
