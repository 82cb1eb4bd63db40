"""Edits a returned sample's condition in place with a drop-down of the translated names."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from present import labels
from showroom.domain.model import ReturnCondition


class ConditionDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setObjectName("condition_editor")
        combo.setAccessibleName(self.tr("Condition on return"))
        for condition in ReturnCondition:
            combo.addItem(labels.condition(condition.value), condition.value)
        # One pick is the whole edit: commit and close at once.
        combo.activated.connect(lambda _i: (self.commitData.emit(combo), self.closeEditor.emit(combo)))
        return combo

    def setEditorData(self, editor: QComboBox, index) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
