"""A form dialog that saves through one service call and shows the service's refusal inline.

Save does not close the dialog: it runs the use case on the DB worker, and only its success closes
it (`saved` carries the result). Tests fill the fields and call `accept()`; no exec() needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout, QWidget

from present.errors import describe
from showroom.domain.errors import InvalidInput, ShowroomError
from ui.widgets.accessibility import name_qt_parts
from ui.widgets.tables import message_label, show_message


class ServiceDialog(QDialog):
    saved = Signal(object)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.result_value: Any = None
        self._busy = False
        self._field_widgets: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.error_label = message_label("errorLabel")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("cancelButton")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def add_field(
        self, label: str, widget: QWidget, object_name: str, accessible_name: str, service_field: str | None = None
    ) -> QWidget:
        """A labelled row; `service_field` is the InvalidInput field that points back at it."""
        widget.setObjectName(object_name)
        widget.setAccessibleName(accessible_name)
        self.form.addRow(label, widget)
        if service_field:
            self._field_widgets[service_field] = widget
        return widget

    def showEvent(self, event) -> None:
        name_qt_parts(self)  # the subclass has added its fields by now
        super().showEvent(event)

    # -- saving -----------------------------------------------------------------------------------
    def submit(self) -> None:
        """Read the fields and call `self.run(service, ...)`; may raise a ShowroomError first."""
        raise NotImplementedError

    def accept(self) -> None:
        if self._busy:
            return
        show_message(self.error_label, "")
        try:
            self.submit()
        except ShowroomError as exc:
            self.show_error(exc)

    def run(self, service: Callable[..., Any], *args, **kwargs) -> None:
        self._set_busy(True)
        self.ctx.call_as_actor(service, *args, on_success=self._on_saved, on_error=self._on_failed, **kwargs)

    def _on_saved(self, result: Any) -> None:
        self._set_busy(False)
        self.result_value = result
        self.saved.emit(result)
        super().accept()

    def _on_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        self.show_error(exc)

    def show_error(self, exc: BaseException) -> None:
        show_message(self.error_label, describe(exc, self.ctx.tz), error=True)
        widget = self._field_widgets.get(exc.field) if isinstance(exc, InvalidInput) else None
        if widget is not None:
            widget.setFocus()

    def error_text(self) -> str:
        return self.error_label.text()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.save_button.setEnabled(not busy)
