"""A row of reprint buttons under a detail panel: each asks the screen what to print right now."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from present.errors import describe


class ReprintButtons(QWidget):
    """choices: (paper kind, button text, object name); key_of(kind) gives the code(s), or None."""

    def __init__(
        self,
        ctx,
        choices: list[tuple[str, str, str]],
        key_of: Callable[[str], object],
        on_error: Callable[[str], None],
        parent=None,
    ):
        super().__init__(parent)
        self.ctx, self.key_of, self.on_error = ctx, key_of, on_error
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for kind, text, object_name in choices:
            button = QPushButton(text)
            button.setObjectName(object_name)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _checked=False, k=kind: self.reprint(k))
            row.addWidget(button)
            self.buttons[kind] = button
        row.addStretch(1)

    def refresh(self) -> None:
        for kind, button in self.buttons.items():
            button.setEnabled(bool(self.key_of(kind)))

    def reprint(self, kind: str) -> None:
        key = self.key_of(kind)
        if key:
            self.ctx.print_desk.reprint(
                self.window(), kind, key, on_error=lambda exc: self.on_error(describe(exc, self.ctx.tz))
            )
