"""Every setting, declared once: key, type, default, allowed values and a translatable label.

The labels are English sources marked for Qt's lupdate with QT_TRANSLATE_NOOP (a plain function
here: the core has no Qt); the UI translates them with the "Settings" context.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    return text


@dataclass(frozen=True)
class SettingSpec:
    key: str
    kind: type  # bool | int | str
    default: object
    label: str
    choices: tuple = ()  # allowed values, when the setting is a choice
    minimum: int | None = None
    maximum: int | None = None
    valid: Callable[[object], bool] | None = None  # a further check of the value (e.g. a known time zone)
    editable: bool = True  # False: set once (at set-up), never by the Settings dialog


DEFAULT_TIMEZONE = "Asia/Shanghai"


def is_time_zone(name: object) -> bool:
    """An IANA time zone this PC knows (times are UTC in the database, local in this zone on screen)."""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        return False
    return True


# Papers the counter prints; each has its own printer and copies (label rolls and receipt rolls
# sit in different printers).
DOCUMENT_KINDS = ("label", "receipt", "card", "slip", "report")
LABEL_LAYOUTS = ("thermal-50x30", "thermal-40x30", "thermal-60x40", "a4-3x8", "a4-3x7")
RECEIPT_WIDTHS = (80, 58)

_KIND_LABELS = {
    "label": QT_TRANSLATE_NOOP("Settings", "Sample labels"),
    "receipt": QT_TRANSLATE_NOOP("Settings", "Receipts"),
    "card": QT_TRANSLATE_NOOP("Settings", "Member cards"),
    "slip": QT_TRANSLATE_NOOP("Settings", "Intake slips"),
    "report": QT_TRANSLATE_NOOP("Settings", "Reports"),
}


def kind_label(kind: str) -> str:
    return _KIND_LABELS[kind]


SPECS: tuple[SettingSpec, ...] = (
    # The showroom's time zone, chosen at set-up: due dates, days late and papers count in it.
    SettingSpec(
        "timezone",
        str,
        DEFAULT_TIMEZONE,
        QT_TRANSLATE_NOOP("Settings", "Time zone"),
        valid=is_time_zone,
        editable=False,
    ),
    *(
        SettingSpec(f"print.{kind}.printer", str, "", QT_TRANSLATE_NOOP("Settings", "Printer"))
        for kind in DOCUMENT_KINDS
    ),
    *(
        SettingSpec(f"print.{kind}.copies", int, 1, QT_TRANSLATE_NOOP("Settings", "Copies"), minimum=1, maximum=5)
        for kind in DOCUMENT_KINDS
    ),
    SettingSpec(
        "print.label.layout", str, "thermal-50x30", QT_TRANSLATE_NOOP("Settings", "Label layout"), choices=LABEL_LAYOUTS
    ),
    SettingSpec(
        "print.receipt.width_mm",
        int,
        80,
        QT_TRANSLATE_NOOP("Settings", "Receipt paper width (mm)"),
        choices=RECEIPT_WIDTHS,
    ),
    SettingSpec(
        "print.receipt.two_copies",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Print two copies of a check-out receipt (showroom and streamer)"),
    ),
    SettingSpec(
        "print.receipt.after_checkout",
        bool,
        True,
        QT_TRANSLATE_NOOP("Settings", "Print a receipt after each check-out"),
    ),
    SettingSpec(
        "print.receipt.after_checkin", bool, True, QT_TRANSLATE_NOOP("Settings", "Print a receipt after each check-in")
    ),
    SettingSpec(
        "print.label.after_intake", bool, True, QT_TRANSLATE_NOOP("Settings", "Print labels right after intake")
    ),
    SettingSpec(
        "print.slip.after_intake",
        bool,
        False,
        QT_TRANSLATE_NOOP("Settings", "Print an intake slip for the merchant after intake"),
    ),
    SettingSpec("receipt.terms", str, "", QT_TRANSLATE_NOOP("Settings", "Terms printed on check-out receipts")),
    # A poor on-time record lends on the terms of the tier below; 0 % switches the rule off.
    SettingSpec(
        "reliability.min_on_time_percent",
        int,
        0,
        QT_TRANSLATE_NOOP("Settings", "Lower a streamer's limits below this on-time rate (%, 0 = never)"),
        minimum=0,
        maximum=100,
    ),
    SettingSpec(
        "reliability.min_samples",
        int,
        5,
        QT_TRANSLATE_NOOP("Settings", "…once they have returned at least this many samples"),
        minimum=1,
        maximum=1000,
    ),
    # Samples by courier: what the packing slip says about sending back, and the courier-tracking aggregator
    # (off until a manager turns it on with the showroom's own key; the counter never waits on it).
    SettingSpec("mailing.return_address", str, "", QT_TRANSLATE_NOOP("Settings", "Return address for parcels")),
    SettingSpec(
        "mailing.return_instructions",
        str,
        "",
        QT_TRANSLATE_NOOP("Settings", "Return instructions printed on packing slips"),
    ),
    SettingSpec("mailing.tracking_on", bool, False, QT_TRANSLATE_NOOP("Settings", "Track parcels automatically")),
    SettingSpec("mailing.tracking_url", str, "", QT_TRANSLATE_NOOP("Settings", "Tracking service address")),
    SettingSpec("mailing.tracking_customer", str, "", QT_TRANSLATE_NOOP("Settings", "Tracking service customer id")),
    SettingSpec("mailing.tracking_key", str, "", QT_TRANSLATE_NOOP("Settings", "Tracking service key")),
    # Daily online copies of the database; an empty folder means "backups" inside the data folder.
    SettingSpec("backup.folder", str, "", QT_TRANSLATE_NOOP("Settings", "Backup folder")),
    SettingSpec("backup.keep", int, 14, QT_TRANSLATE_NOOP("Settings", "Daily backups to keep"), minimum=1, maximum=365),
)

BY_KEY = {spec.key: spec for spec in SPECS}

# The Settings dialog shows one page per group of editable settings; a setting's group is the first part of its key.
GROUPS = {
    "print": QT_TRANSLATE_NOOP("Settings", "Printing"),
    "receipt": QT_TRANSLATE_NOOP("Settings", "Receipt terms"),
    "reliability": QT_TRANSLATE_NOOP("Settings", "Streamer reliability"),
    "backup": QT_TRANSLATE_NOOP("Settings", "Backups"),
    "mailing": QT_TRANSLATE_NOOP("Settings", "Samples by courier"),
}


def group_of(key: str) -> str:
    return key.split(".", 1)[0]


def specs_in(group: str) -> tuple[SettingSpec, ...]:
    return tuple(spec for spec in SPECS if spec.editable and group_of(spec.key) == group)


def parse(spec: SettingSpec, text: str) -> object:
    """A stored text back to its typed value; anything unreadable falls back to the default."""
    try:
        if spec.kind is bool:
            value = text == "1"
        elif spec.kind is int:
            value = int(text)
        else:
            value = text
    except ValueError:
        return spec.default
    return value if is_allowed(spec, value) else spec.default


def is_allowed(spec: SettingSpec, value: object) -> bool:
    if not isinstance(value, spec.kind) or (spec.kind is int and isinstance(value, bool)):
        return False
    if spec.choices and value not in spec.choices:
        return False
    if spec.minimum is not None and value < spec.minimum:
        return False
    if spec.maximum is not None and value > spec.maximum:
        return False
    if spec.kind is str and len(value) > 2000:
        return False
    return spec.valid is None or spec.valid(value)


def render(value: object) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)
