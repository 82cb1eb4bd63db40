"""Help → the counter's command barcodes (CMD-CONFIRM and the others), previewed to print or save.

The A4 sheet goes to the report printer, the labels to the label printer with its label layout.
A one-page PDF builds in a few tens of ms; it is built here, on the GUI thread, like the preview
that renders it right after (ui.paper.preview_and_print).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.widgets.accessibility import named

translate = QCoreApplication.translate


def command_sheet_actions(window: QWidget, ctx) -> list[QAction]:
    sheet = named(QAction(translate("CommandSheet", "Counter command barcodes (A4)…"), window), "commandSheetAction")
    sheet.triggered.connect(lambda: show_commands(window, ctx, "report"))
    labels = named(QAction(translate("CommandSheet", "Counter command labels…"), window), "commandLabelsAction")
    labels.triggered.connect(lambda: show_commands(window, ctx, "label"))
    return [sheet, labels]


def commands_pdf(kind: str, settings: dict) -> bytes:
    from printing.commands import (  # reportlab: with the first sheet, not at start
        build_command_labels,
        build_command_sheet,
    )

    if kind == "label":
        return build_command_labels(translate, str(settings["print.label.layout"]))
    return build_command_sheet(translate)


def show_commands(window: QWidget, ctx, kind: str) -> None:
    desk = ctx.print_desk
    desk.preview(window, kind, translate("CommandSheet", "Counter commands"), commands_pdf(kind, desk.settings))
