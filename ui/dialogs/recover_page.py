"""The first-run wizard's other way in: "Recover this showroom from HQ" on a new PC (showroom/sync/recover.py).

The page asks for HQ's address, a one-time code and the first administrator's new PIN (HQ never holds
PINs); Finish rebuilds the showroom in the sync lane (ui.sync_runner.SyncRunner.recover) while a progress bar
says how far the replay is, then says what came back and who needs a new PIN before the login.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar

from present import labels
from present.errors import describe
from showroom.domain.errors import InvalidInput
from showroom.services.common import required_text
from showroom.services.hq_address import checked_url
from ui.dialogs.setup_pages import WizardPage, checked_pins, translate
from ui.widgets.accessibility import named
from ui.widgets.tables import show_message

SHOW_PROGRESS_AFTER_MS = 500  # quick answers (a refused code) never flash a progress bar


def stage_text(stage: str, done: int, total: int) -> str:
    if stage == "catch_up":
        return translate("RecoverPage", "Replaying this showroom's history from HQ: {done} of {total} events").format(
            done=done, total=total
        )
    if stage == "push":
        return translate("RecoverPage", "Sending to HQ: {done} of {total}").format(done=done, total=total)
    return translate("RecoverPage", "Receiving the network's catalog and streamers: {done} of {total}").format(
        done=done, total=total
    )


class RecoverPage(WizardPage):
    def __init__(self):
        super().__init__("recoverPage")
        self.url = self.row(lambda: labels.field("hq_url"), QLineEdit(), "recoverUrlEdit")
        self.url.setPlaceholderText("http://hq.example.com:8400")
        self.code = self.row(lambda: labels.field("enrol_code"), QLineEdit(), "recoverCodeEdit")
        self.pin = self.row(lambda: labels.field("admin_pin"), QLineEdit(), "recoverPin")
        self.pin_again = self.row(lambda: translate("SetupWizard", "The PIN again"), QLineEdit(), "recoverPinAgain")
        for edit in (self.pin, self.pin_again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
            edit.setMaxLength(12)
        self.stage = named(QLabel(), "recoverStage")
        self.bar = named(QProgressBar(), "recoverProgress")
        self.form.addRow(self.stage)
        self.form.addRow(self.bar)
        self.outcome = named(QLabel(), "recoverOutcome")
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(self.outcome)
        self.working = False
        self.reveal = QTimer(self)  # a child: never fires into a page already gone
        self.reveal.setSingleShot(True)
        self.reveal.setInterval(SHOW_PROGRESS_AFTER_MS)
        self.reveal.timeout.connect(lambda: self._show_progress(self.working))
        self._show_progress(False)

    def retranslate(self) -> None:
        super().retranslate()
        self.setTitle(translate("RecoverPage", "Recover this showroom from HQ"))
        self.intro.setText(
            translate(
                "RecoverPage",
                "This PC takes the place of a counter that is gone: HQ's copy of the showroom's loans, "
                "returns, streamers, samples, staff and settings is replayed here, and the old PC is "
                "disconnected. Ask HQ operations for a one-time code. HQ never holds PINs: give the "
                "first administrator a new one here.",
            )
        )
        self.code.setPlaceholderText(translate("SetupWizard", "one-time code from HQ, e.g. K7QHM-2XD9P"))
        self.bar.setAccessibleName(translate("RecoverPage", "Recovery progress"))

    def initializePage(self) -> None:
        super().initializePage()
        self.outcome.clear()

    def validatePage(self) -> bool:
        if self.working:
            return False
        try:
            self.url.setText(checked_url(self.url.text()))
            required_text("enrol_code", self.code.text(), 100)
        except InvalidInput as exc:
            return self.refuse(exc, self.url if exc.field == "hq_url" else self.code)
        return checked_pins(self, self.pin, self.pin_again)

    def answers(self) -> tuple[str, str, str]:
        return self.url.text(), self.code.text().strip(), self.pin.text()

    # -- while it runs ------------------------------------------------------------------------------------
    def started(self) -> None:
        self.working = True
        self._enable_fields(False)
        show_message(self.message, translate("RecoverPage", "Recovering from HQ…"))
        self.stage.setText(translate("RecoverPage", "Asking HQ…"))
        self.bar.setRange(0, 0)  # busy until HQ says how much there is
        self.reveal.start()

    def progressed(self, stage: str, done: int, total: int) -> None:
        self.stage.setText(stage_text(stage, done, total))
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def finished(self, recovery, lines: list[str]) -> None:
        self.working = False
        self._show_progress(False)
        show_message(
            self.message,
            translate(
                "RecoverPage", "Showroom {code} ({name}) is recovered from HQ; the old PC is disconnected."
            ).format(code=recovery.enrolment.showroom_code, name=recovery.enrolment.showroom_name),
        )
        said = [
            *lines,
            translate("RecoverPage", "{admin} logs in with the PIN given here.").format(admin=recovery.admin_name),
        ]
        if recovery.pins_to_reset:
            said.append(
                translate(
                    "RecoverPage",
                    "These accounts need a new PIN from an administrator (File → Staff…), as HQ never holds "
                    "PINs: {names}.",
                ).format(names=", ".join(recovery.pins_to_reset))
            )
        said.append(
            translate("RecoverPage", "This PC's own settings (printers, paper, backups) start from the defaults.")
        )
        self.outcome.setText("\n\n".join(said))

    def refused(self, exc: Exception) -> None:
        self.working = False
        self._show_progress(False)
        self._enable_fields(True)
        show_message(self.message, describe(exc), error=True)

    def _enable_fields(self, on: bool) -> None:
        for edit in (self.url, self.code, self.pin, self.pin_again):
            edit.setEnabled(on)

    def _show_progress(self, on: bool) -> None:
        self.stage.setVisible(on)
        self.bar.setVisible(on)
