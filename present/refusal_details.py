"""The details inside refusals, worded: a value that breaks its rule (InvalidInput, EventInvalid: by their
`problem` key) and why a streamer may not borrow (Block: also on the streamer's panel and the check-out
banner). present/errors.py words the refusals themselves. Context "Errors", as zh_CN has it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kernel.events import EventInvalid
from present import labels
from showroom.domain import errors as e
from showroom.domain.reasons import StatusReason

translate = QCoreApplication.translate


def _out_of_range(exc: e.InvalidInput | EventInvalid) -> str:
    """A term with bounds (a tier's loan days, a deposit in fen): say the bounds, money as money."""
    low, high = getattr(exc, "minimum", None), getattr(exc, "maximum", None)
    if exc.field.endswith("_fen") and low is not None and high is not None:
        low, high = f"¥{low / 100:,.2f}", f"¥{high / 100:,.2f}"
    return translate("Errors", "{field} must be from {minimum} to {maximum}.").format(
        field=labels.field(exc.field), minimum=low, maximum=high
    )


def _unusable(exc: e.UnusableCharacter) -> str:
    """A character typed or pasted that no record may keep: which field, which character, where."""
    return translate(
        "Errors",
        "{field} holds a character that cannot be saved or printed ({character}, "
        "character {position}). Please remove it and type the text again.",
    ).format(field=labels.field(exc.field), character=exc.value, position=exc.position)


def invalid_value(exc: e.InvalidInput | EventInvalid) -> str:
    if isinstance(exc, e.UnusableCharacter):
        return _unusable(exc)
    field = labels.field(exc.field)
    if exc.problem == "out_of_range" and getattr(exc, "minimum", None) is not None:
        return _out_of_range(exc)
    problems = {
        "required": translate("Errors", "{field} is required."),
        "too_long": translate("Errors", "{field} is too long (at most {value} characters)."),
        "not_mobile": translate("Errors", "{value} is not a mainland mobile number (11 digits starting with 1)."),
        "not_phone": translate(
            "Errors",
            "{value} is not a phone number: give a mobile, a landline with its area "
            "code (0731-88886666) or a 400/800 number.",
        ),
        "bad_checksum": translate("Errors", "{value} is not a valid product barcode (check digit wrong)."),
        "not_money": translate("Errors", "{field} must be an amount of money of zero or more."),
        "percent_range": translate("Errors", "{field} must be between 0 and 100 %."),
        "quantity_range": translate("Errors", "Quantity must be between 1 and {value}."),
        "pin_format": translate("Errors", "A PIN is 4 to 12 digits."),
        "site_code": translate("Errors", "A showroom code is 2 to 4 capital letters, e.g. CS."),
        "in_past": translate("Errors", "{field} cannot be in the past."),
        "loan_closed": translate("Errors", "Loan {value} is already closed."),
        "too_large": translate("Errors", "{field} is too large."),
        "not_later": translate("Errors", "The new due date must be after the current one ({value})."),
        "unchanged": translate("Errors", "Nothing to change: it is already so."),
        "no_deposit_held": translate("Errors", "No deposit is held for loan {value}; record a charge instead."),
        "nothing_owed": translate("Errors", "Nothing is owed to {value} any more."),
        "end_before_start": translate("Errors", "The last day of the period ({value}) is before the first."),
        "in_future": translate("Errors", "The period starts in the future ({value})."),
        "period_too_long": translate("Errors", "A report covers at most {value} days."),
        "unknown_choice": translate("Errors", "{field}: {value} is not one of the choices."),
        "pins_differ": translate("Errors", "The two PINs are not the same. Please type the new PIN twice."),
        "not_url": translate("Errors", "{value} is not a web address (e.g. http://hq.example.com:8400)."),
    }
    template = problems.get(exc.problem, translate("Errors", "{field} is not valid: {value}"))
    return template.format(field=field, value=exc.value if exc.value is not None else "")


def _block(block: e.Block) -> str:
    reason = labels.status_reason(StatusReason(block.reason, block.reason_key, block.reason_params))
    if block.kind == "blacklisted":
        return translate("Errors", "blacklisted: {reason}").format(reason=reason)
    if block.kind == "suspended":
        return translate("Errors", "suspended: {reason}").format(reason=reason)
    if block.kind == "overdue":
        return translate("Errors", "holds {count} overdue sample(s)").format(count=block.count)
    if block.kind == "over_limit":
        return translate("Errors", "would hold {count} samples, over the tier limit of {limit}").format(
            count=block.count, limit=block.limit
        )
    if block.kind == "deposit_waived":
        return translate("Errors", "the deposit would be waived")
    return block.kind


def describe_blocks(blocks: list[e.Block]) -> str:
    return translate("Errors", "; ").join(_block(b) for b in blocks)  # Chinese uses a full-width ；
