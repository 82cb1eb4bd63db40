"""Settings of this PC's window, each declared once with its type, default and translated label.

Kept beside the database (`ui.ini` in the data directory) so that each showroom folder is whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Pref:
    key: str
    type: type
    default: Any
    label: Callable[[], str]


LANGUAGE = Pref("ui/language", str, "zh_CN", lambda: translate("Preferences", "Language"))
LAST_STAFF = Pref("ui/last_staff", str, "", lambda: translate("Preferences", "Last staff member"))
WINDOW_GEOMETRY = Pref("ui/window_geometry", bytes, b"", lambda: translate("Preferences", "Window size"))


class Preferences:
    def __init__(self, data_dir: Path):
        self._qs = QSettings(str(Path(data_dir) / "ui.ini"), QSettings.Format.IniFormat)

    def get(self, pref: Pref) -> Any:
        value = self._qs.value(pref.key, pref.default)
        if pref.type is bytes:
            return bytes(value) if value else pref.default
        return pref.type(value) if value is not None else pref.default

    def set(self, pref: Pref, value: Any) -> None:
        self._qs.setValue(pref.key, value)
        self._qs.sync()
