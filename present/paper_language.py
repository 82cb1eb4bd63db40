"""Papers have their own language: a report can be printed in Chinese from an English UI, or the reverse."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QTranslator

from present import i18n
from printing.words import Translate, untranslated

PAPER_LANGUAGES = ("zh_CN", "en")


@cache
def _translator(language: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(str(i18n.TRANSLATIONS_DIR / f"showroom_{language}.qm")) else None


def paper_translate(language: str) -> Translate:
    """translate(context, text) in `language`, whatever the window shows; English is the source."""
    translator = None if language == "en" else _translator(language)
    if translator is None:
        return untranslated
    return lambda context, text: translator.translate(context, text) or text
