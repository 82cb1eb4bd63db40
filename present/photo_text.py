"""Photo evidence in words: what kind of photo it is, and why one was not kept."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def kind(value: str) -> str:
    return {
        "intake": translate("Photos", "At intake"),
        "checkout": translate("Photos", "At check-out"),
        "return": translate("Photos", "At return"),
    }.get(value, value)


def refused(exc, tz=None) -> str:
    """showroom.domain.errors.PhotoRefused in words."""
    facts = {"name": "", "code": "", "number": "", "size": "", "limit": "", **exc.facts}
    facts["name"] = facts["name"] or translate("Photos", "The photo")  # a camera's photo has no file name
    words = {
        "no_file": translate("Photos", "{name} cannot be read; choose the photo again. Nothing was saved."),
        "empty": translate("Photos", "{name} is empty; choose another photo. Nothing was saved."),
        "too_large": translate(
            "Photos", "The photo is {size} MB; at most {limit} MB is kept. Choose a smaller one. Nothing was saved."
        ),
        "not_an_image": translate(
            "Photos", "{name} is not a JPEG or PNG photo (whatever its name says). Nothing was saved."
        ),
        "not_for_this_loan": translate("Photos", "Sample {code} was not lent on loan {number}. Nothing was saved."),
        "required_for_damage": translate(
            "Photos",
            "Sample {code} is marked damaged and this streamer's tier needs a photo of the damage: add one "
            "(Photo…) before confirming. Nothing was saved.",
        ),
        "required_for_damage_elsewhere": translate(
            "Photos",
            "Sample {code} of another showroom is marked damaged: its showroom has no other evidence, so a photo of "
            "the damage is needed: add one (Photo…) before confirming. Nothing was saved.",
        ),
    }
    return words.get(exc.problem, translate("Photos", "The photo was not kept.")).format(**facts)
