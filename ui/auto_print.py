"""Papers that come out by themselves after a counter action, as the settings say."""

from __future__ import annotations

from present import papers
from showroom.services.papers import return_receipts
from showroom.services.views import CheckinResult, IntakeResult, LoanReceipt


class AutoPrint:
    def __init__(self, ctx):
        self.ctx = ctx
        self.desk = ctx.print_desk

    def attach(self, checkout_screen, checkin_screen, intake_screen) -> None:
        checkout_screen.loan_recorded.connect(self.after_checkout)
        checkin_screen.returns_recorded.connect(self.after_checkin)
        intake_screen.samples_received.connect(self.after_intake)

    def after_checkout(self, receipt: LoanReceipt) -> None:
        if self.desk.settings["print.receipt.after_checkout"]:
            tz = self.ctx.tz
            self.desk.print_paper(
                "receipt",
                papers.paper_name("receipt", receipt.number),
                lambda settings: papers.checkout_receipt_pdf(receipt, settings, tz),
            )

    def after_checkin(self, result: CheckinResult) -> None:
        if not self.desk.settings["print.receipt.after_checkin"]:
            return
        tz = self.ctx.tz
        if result.elsewhere:  # other showrooms' loans: a receipt of their own, with no streamer named
            ctx, clerk = self.ctx, self.ctx.actor.name if self.ctx.actor else ""
            self.desk.print_paper(
                "receipt",
                papers.paper_name("return", [r.number or r.code for r in result.elsewhere]),
                lambda settings: papers.elsewhere_receipt_pdf(result, ctx.showroom.name, clerk, settings, tz),
            )
        if not result.loans:
            return

        def queue(receipts) -> None:
            for facts in receipts:
                self.desk.print_paper(
                    "receipt",
                    papers.return_receipt_name(facts),
                    lambda settings, f=facts: papers.return_receipt_pdf(f, settings, tz),
                )

        numbers = [loan.loan_number for loan in result.loans]
        self.ctx.call(
            return_receipts,
            numbers,
            result.returned_at,
            on_success=queue,
            on_error=lambda exc: self.desk.failed.emit(papers.paper_name("return", numbers).title, str(exc)),
        )

    def after_intake(self, result: IntakeResult) -> None:
        settings = self.desk.settings
        if settings["print.label.after_intake"]:
            self.desk.print_paper(
                "label", papers.paper_name("labels", result.codes), lambda s: papers.intake_labels_pdf(result, s)
            )
        if settings["print.slip.after_intake"]:
            ctx = self.ctx
            clerk = ctx.actor.name if ctx.actor else ""
            self.desk.print_paper(
                "slip",
                papers.paper_name("slip", result.codes),
                lambda s: papers.intake_slip_pdf(result, ctx.showroom.name, clerk, result.received_at, ctx.tz),
            )
