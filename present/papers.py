"""Turns the services' facts into printing data and PDF bytes: stored values translated, UTC made
local, phones masked. Shared by the window and the command line; needs Qt only for translation.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from kernel.phone import mask_phone
from present import labels
from printing.documents import (
    CheckoutReceiptData,
    IntakeLine,
    IntakeSlipData,
    LabelData,
    LentLine,
    MemberCardData,
    ReceiptHeader,
    RefundLine,
    ReturnedLine,
    ReturnReceiptData,
    StillOutLine,
)
from showroom.photo_files import thumbnail_jpeg
from showroom.services.papers import LabelFacts, MemberCardFacts, ReturnReceiptFacts
from showroom.services.views import CheckinResult, IntakeResult, LoanReceipt

MAX_PRINTED_PHOTOS = 3  # more stay at the counter: the receipt is proof, not an album
translate = QCoreApplication.translate


@dataclass(frozen=True)
class PaperName:
    """What a paper is called: `file` starts its file name when it is filed in a folder (the same in every
    language: "return-CS-L261206001"), `title` is what the status bar and the preview say ("Return receipt
    CS-L261206001")."""

    file: str
    title: str


def paper_name(document: str, keys: str | Sequence[str]) -> PaperName:
    """document: receipt (check-out) | return | label | labels | slip | card | packing; keys: what it is about."""
    keys = [keys] if isinstance(keys, str) else list(dict.fromkeys(keys))
    document = "labels" if document == "label" and len(keys) > 1 else document
    shown = keys[0] if len(keys) == 1 else (", ".join(keys) if len(keys) <= 3 else f"{keys[0]}–{keys[-1]}")
    title = {
        "receipt": translate("Papers", "Check-out receipt {key}"),
        "return": translate("Papers", "Return receipt {key}"),
        "label": translate("Papers", "Label {key}"),
        "labels": translate("Papers", "Labels {key}"),
        "slip": translate("Papers", "Intake slip {key}"),
        "card": translate("Papers", "Member card {key}"),
        "packing": translate("Papers", "Packing slip {key}"),
    }[document].format(key=shown)
    return PaperName("-".join([document, *(keys if len(keys) <= 3 else (keys[0], keys[-1]))]), title)


def return_receipt_name(facts: ReturnReceiptFacts) -> PaperName:
    """Named by the loans whose samples came back (a visit may return samples of several loans)."""
    return paper_name(
        "return", [line.loan_number for line in facts.returned] or facts.closed_loans or [facts.member_code]
    )


def default_terms() -> str:
    return translate(
        "Papers",
        "Samples stay the property of their merchants. Return them by the due date in the "
        "condition received; a lost or damaged sample is charged at its sample value.",
    )


def labels_pdf(facts: list[LabelFacts], settings: dict) -> bytes:
    from printing.labels import build_labels  # reportlab: loaded with the first paper, not at start

    data = [LabelData(f.code, f.product_name, f.merchant_name, f.shelf) for f in facts]
    return build_labels(data, layout=settings["print.label.layout"], translate=translate)


def intake_labels_pdf(result: IntakeResult, settings: dict) -> bytes:
    from printing.labels import build_labels

    data = [LabelData(code, result.product.name, result.product.merchant_name, result.shelf) for code in result.codes]
    return build_labels(data, layout=settings["print.label.layout"], translate=translate)


def intake_slip_pdf(result: IntakeResult, showroom_name: str, clerk_name: str, at, tz: tzinfo) -> bytes:
    from printing.slips import build_intake_slip

    return build_intake_slip(
        IntakeSlipData(
            showroom_name=showroom_name,
            at=at.astimezone(tz),
            clerk_name=clerk_name,
            merchant_name=result.product.merchant_name,
            lines=tuple(IntakeLine(code, result.product.name, result.shelf) for code in result.codes),
        ),
        translate=translate,
    )


def checkout_receipt_pdf(receipt: LoanReceipt, settings: dict, tz: tzinfo) -> bytes:
    from printing.receipts import build_checkout_receipt, standard_copies

    override = ""
    if receipt.override_by:
        override = translate("Papers", "Approved by {manager}: {reason}").format(
            manager=receipt.override_by, reason=receipt.override_reason
        )
    data = CheckoutReceiptData(
        header=ReceiptHeader(
            receipt.showroom_name,
            receipt.opened_at.astimezone(tz),
            receipt.staff_name,
            receipt.streamer_name,
            mask_phone(receipt.streamer_phone),
            receipt.member_code,
        ),
        loan_number=receipt.number,
        lines=tuple(
            LentLine(line.sample_code, line.product_name, line.merchant_name, line.value_fen) for line in receipt.lines
        ),
        due_at=receipt.due_at.astimezone(tz),
        deposit_fen=receipt.deposit_fen,
        deposit_method_label=labels.deposit_method(receipt.deposit_method),
        terms=settings["receipt.terms"] or default_terms(),
        signature_png=receipt.signature_png,
        override_note=override,
        deposit_calculation=receipt.deposit_calculation,
    )
    copies = standard_copies(translate) if settings["print.receipt.two_copies"] else ()
    return build_checkout_receipt(data, width_mm=settings["print.receipt.width_mm"], translate=translate, copies=copies)


def return_receipt_pdf(facts: ReturnReceiptFacts, settings: dict, tz: tzinfo) -> bytes:
    from printing.receipts import build_return_receipt

    data = ReturnReceiptData(
        header=ReceiptHeader(
            facts.showroom_name,
            facts.returned_at.astimezone(tz),
            facts.staff_name,
            facts.streamer_name,
            mask_phone(facts.streamer_phone),
            facts.member_code,
        ),
        returned=tuple(
            ReturnedLine(
                r.code,
                r.product_name,
                r.loan_number,
                labels.condition(r.condition),
                r.days_late,
                r.note,
                tuple(thumbnail_jpeg(p) for p in r.photo_paths[:MAX_PRINTED_PHOTOS]),
            )
            for r in facts.returned
        ),
        still_out=tuple(
            StillOutLine(s.code, s.product_name, s.loan_number, s.due_at.astimezone(tz), s.days_overdue > 0)
            for s in facts.still_out
        ),
        refunds=tuple(RefundLine(r.loan_number, r.amount_fen, labels.deposit_method(r.method)) for r in facts.refunds),
        closed_loans=tuple(facts.closed_loans),
    )
    return build_return_receipt(data, width_mm=settings["print.receipt.width_mm"], translate=translate)


def elsewhere_receipt_pdf(result: CheckinResult, showroom_name: str, clerk: str, settings: dict, tz: tzinfo) -> bytes:
    """The return receipt of samples of other showrooms' loans taken back here: what came back, and that the
    lending showroom refunds the deposit (showroom/services/returns_elsewhere.py). No streamer: none is known."""
    from printing.receipts import build_return_receipt

    held = translate("Receipt", "— (received for showroom {showroom})")
    data = ReturnReceiptData(
        header=ReceiptHeader(showroom_name, result.returned_at.astimezone(tz), clerk, "", "", ""),
        returned=tuple(
            ReturnedLine(
                r.code,
                r.product_name,
                held.format(showroom=r.lender) if r.held else f"{r.number} ({r.lender})",
                labels.condition(r.condition),
                0,
                photos=_damage_photos(r.condition, r.photo_paths),
            )
            for r in result.elsewhere
        ),
        refunded_elsewhere=tuple((r.number, r.lender) for r in result.elsewhere if not r.held),
    )
    return build_return_receipt(data, width_mm=settings["print.receipt.width_mm"], translate=translate)


def _damage_photos(condition: str, paths: tuple[str, ...]) -> tuple[bytes, ...]:
    """Thumbnails printed under a line not in good condition (a good one's photo stays at the counter)."""
    if condition == "good":
        return ()
    return tuple(thumbnail_jpeg(p) for p in paths[:MAX_PRINTED_PHOTOS])


def member_card_pdf(facts: MemberCardFacts) -> bytes:
    from printing.cards import build_member_cards, platform_handle

    s = facts.streamer
    handle = platform_handle(labels.platform(s.platform), s.handle or "")
    return build_member_cards(
        [MemberCardData(facts.showroom_name, s.name, handle, labels.tier(s.tier), s.member_code)], translate=translate
    )
