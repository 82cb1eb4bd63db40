"""Loads the compiled translations: ours (assets/translations) and Qt's own for standard buttons."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

log = logging.getLogger(__name__)

TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "assets" / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"

_installed: list[QTranslator] = []


def install(language: str = DEFAULT_LANGUAGE) -> bool:
    """Replace the active translators; English is the source language and needs none."""
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        QLocale.setDefault(QLocale(QLocale.Language.English))
        return True
    QLocale.setDefault(QLocale(language))
    ours = QTranslator(app)
    if not ours.load(str(TRANSLATIONS_DIR / f"showroom_{language}.qm")):
        log.warning("translation %s not found in %s (run `make translations`)", language, TRANSLATIONS_DIR)
        return False
    app.installTranslator(ours)
    _installed.append(ours)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return True
