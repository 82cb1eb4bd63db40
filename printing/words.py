"""Words on paper go through the app's translator, which the caller hands in.

printing/ knows nothing about Qt, so a builder takes `translate(context, text)`; the UI and the
command line pass QCoreApplication.translate, and `make lupdate` scans printing/ for these calls
(always written literally as translate("Context", "Text") so lupdate finds them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from showroom.domain.policy import DepositCalculation

Translate = Callable[[str, str], str]


def untranslated(context: str, text: str) -> str:
    return text


def money(fen: int) -> str:
    """Integer fen on paper: ¥1,234.50 (a minus sign in front when negative)."""
    sign = "-" if fen < 0 else ""
    yuan, rest = divmod(abs(fen), 100)
    return f"{sign}¥{yuan:,}.{rest:02d}"


def when(moment: datetime) -> str:
    """A local time (the caller converts from UTC) as the counter writes it."""
    return moment.strftime("%Y-%m-%d %H:%M")


def day(value: date | datetime) -> str:
    return value.strftime("%Y-%m-%d")


def exact_money(centifen: int) -> str:
    """An exact share in hundredths of a fen: ¥179.91, or ¥40.7385 when it falls between two fen."""
    whole, rest = divmod(centifen, 100)
    return money(whole) if not rest else f"{money(whole)}{rest:02d}".rstrip("0")


def rounding_name(rounding: str, translate: Translate = untranslated) -> str:
    return {
        "fen": translate("Deposit", "rounded up to the fen"),
        "yuan": translate("Deposit", "rounded up to the whole yuan"),
        "ten_yuan": translate("Deposit", "rounded up to ¥10"),
    }.get(rounding, rounding)


def deposit_working(calc: DepositCalculation, translate: Translate = untranslated) -> str:
    """How the tier's rule reached the deposit, on screen and on paper alike:
    "30% × ¥599.70 = ¥179.91 → ¥180.00 (rounded up to the whole yuan)"."""
    if calc.rule == "percent_of_value":
        working = f"{calc.rate}% × {money(calc.value_fen)} = {exact_money(calc.share_centifen)}"
    elif calc.rule == "per_sample":
        working = f"{calc.samples} × {money(calc.rate)} = {exact_money(calc.share_centifen)}"
    else:
        return translate("Deposit", "no deposit on this tier")
    if not calc.rounded:
        return working
    return translate("Deposit", "{working} → {deposit} ({rounding})").format(
        working=working, deposit=money(calc.deposit_fen), rounding=rounding_name(calc.rounding, translate)
    )
