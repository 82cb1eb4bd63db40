"""What the last check-in did, per loan: what came back, what is still out, the deposit refunded."""

from __future__ import annotations

from datetime import tzinfo
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser

from present import labels
from present.formatting import local_time, money
from showroom.services.views import CheckinResult, LoanAfterReturn, ReturnedElsewhere


class CheckinResultView(QTextBrowser):
    def __init__(self, tz: tzinfo, parent=None):
        super().__init__(parent)
        self._tz = tz
        self.setObjectName("checkin_result")
        self.setAccessibleName(self.tr("Result of the last check-in"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setOpenLinks(False)
        self.clear_result()

    def clear_result(self) -> None:
        self.setHtml(
            "<p style='color:#666'>{}</p>".format(
                escape(
                    self.tr(
                        "The result of each check-in shows here: what came back, what the streamer "
                        "still holds, and the deposit refunded."
                    )
                )
            )
        )

    def show_result(self, result: CheckinResult) -> None:
        parts = [
            "<p><b>{}</b></p>".format(
                escape(self.tr("Checked in at {time}").format(time=local_time(result.returned_at, self._tz)))
            )
        ]
        parts += [self._loan_html(loan) for loan in result.loans]
        parts += [self._elsewhere_html(r) for r in result.elsewhere]
        self.setHtml("".join(parts))

    def _elsewhere_html(self, r: ReturnedElsewhere) -> str:
        if r.held:
            text = self.tr("{code}: received for showroom {showroom}; HQ finds its loan when this counter syncs.")
            return f"<p>{escape(text.format(code=r.code, showroom=r.lender))}</p>"
        text = self.tr(
            "{code} {product}: loan {loan} of {showroom}, back here ({condition}); {showroom} refunds the deposit."
        )
        text = text.format(
            code=r.code,
            product=r.product_name,
            loan=r.number,
            showroom=r.lender,
            condition=labels.condition(r.condition),
        )
        return f"<p>{escape(text)}</p>"

    def _loan_html(self, loan: LoanAfterReturn) -> str:
        title = self.tr("Loan {number} — {name}").format(number=loan.loan_number, name=loan.streamer_name)
        html = [
            f"<h3>{escape(title)}</h3>",
            "<p>{}</p>".format(escape(self.tr("Returned: {codes}").format(codes=self.tr(", ").join(loan.returned)))),
        ]
        if loan.closed:
            if loan.refunded_fen:
                text = self.tr("Loan closed. Refund the deposit: {amount} by {method}.").format(
                    amount=money(loan.refunded_fen), method=labels.deposit_method(loan.refund_method)
                )
            else:
                text = self.tr("Loan closed. No deposit to refund.")
            html.append(f"<p style='color:#1b5e20; font-size:large'><b>{escape(text)}</b></p>")
        else:
            html.append("<p><b>{}</b></p>".format(escape(self.tr("Loan still open; the deposit stays held."))))
        if loan.still_out:
            html.append(
                "<p>{}</p><ul>".format(
                    escape(
                        self.tr("{name} still holds {count} sample(s):").format(
                            name=loan.streamer_name, count=len(loan.still_out)
                        )
                    )
                )
            )
            for h in loan.still_out:
                due = local_time(h.due_at, self._tz, with_time=False)
                if h.days_overdue > 0:
                    line = self.tr("{code} {product} — due {due}, {days} day(s) late").format(
                        code=h.sample_code, product=h.product_name, due=due, days=h.days_overdue
                    )
                    html.append(f"<li style='color:#c62828'><b>{escape(line)}</b></li>")
                else:
                    line = self.tr("{code} {product} — due {due}").format(
                        code=h.sample_code, product=h.product_name, due=due
                    )
                    html.append(f"<li>{escape(line)}</li>")
            html.append("</ul>")
        else:
            html.append(
                "<p>{}</p>".format(escape(self.tr("{name} holds no other samples.").format(name=loan.streamer_name)))
            )
        return "".join(html)
