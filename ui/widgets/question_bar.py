"""A question asked inline at the counter, never in a popup that would take the scanner's keys.

The scan field keeps the focus. The clerk answers with a key no scanner suffix produces (1, 2, Esc
on the empty scan field) or a button; Enter answers nothing. While the bar is open the screen holds
scans and replays them once the question is answered.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton

KEY_NAMES = {Qt.Key.Key_1: "1", Qt.Key.Key_2: "2", Qt.Key.Key_3: "3", Qt.Key.Key_Escape: "Esc"}


@dataclass(frozen=True)
class Choice:
    key: Qt.Key
    label: str
    action: Callable[[], None]
    name: str  # object name of its button, for tests and screen readers


class QuestionBar(QFrame):
    answered = Signal()  # after the chosen action ran

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("question_bar")
        self.setProperty("counterQuestion", True)  # the screen renames it; the style follows the property
        self.setStyleSheet(
            'QFrame[counterQuestion="true"] { background:#fff8e1; border:2px solid #f0b400; border-radius:6px; }'
        )
        self.text = QLabel(self)
        self.text.setObjectName("question_text")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.text.setFont(font)
        self._layout = QHBoxLayout(self)
        self._layout.addWidget(self.text, 1)
        self._choices: list[Choice] = []
        self._buttons: list[QPushButton] = []
        self.hide()

    def ask(self, question: str, choices: list[Choice]) -> None:
        """Shows the question with one button per choice; the first choice is the safe one."""
        self._clear_buttons()
        self.text.setText(question)
        self._choices = list(choices)
        for index, choice in enumerate(self._choices):
            button = QPushButton(f"{KEY_NAMES[choice.key]} · {choice.label}", self)
            button.setObjectName(choice.name)
            button.setAccessibleName(choice.label)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the scan field keeps the keyboard
            if index == 0:
                button.setStyleSheet("font-weight:bold;")
            button.clicked.connect(lambda _checked=False, key=choice.key: self.answer(key))
            self._layout.addWidget(button)
            self._buttons.append(button)
        self.show()

    def is_open(self) -> bool:
        return bool(self._choices)

    def question(self) -> str:
        return self.text.text() if self.is_open() else ""

    def answer(self, key: Qt.Key) -> bool:
        """Runs the choice bound to `key`; False when no question is open or no choice has that key."""
        choice = next((c for c in self._choices if c.key == key), None)
        if choice is None:
            return False
        self.close_question()
        choice.action()
        self.answered.emit()
        return True

    def close_question(self) -> None:
        self._choices = []
        self._clear_buttons()
        self.hide()

    def listen_to(self, field: QLineEdit) -> None:
        """The answer keys, typed on the empty `field`, answer the open question."""
        self._field = field
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and self.is_open()
            and not self._field.text()
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            return self.answer(event.key())
        return False

    def _clear_buttons(self) -> None:
        for button in self._buttons:
            self._layout.removeWidget(button)
            button.deleteLater()
        self._buttons = []
