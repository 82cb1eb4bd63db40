"""First start on an empty data folder: language, the showroom, its first administrator, printers, and
optionally HQ. Finish saves showroom, admin and settings in one transaction in the database lane; enrolment
with HQ follows through the sync runner (network, off the GUI thread) and may fail without undoing it.

With HQ at hand, the first page also offers the other way in: recover this showroom from HQ (a new PC for a
counter that is gone), on a page of its own (ui.dialogs.recover_page) that finishes into the login as well.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from present import i18n
from present.errors import describe
from showroom.services import setup
from showroom.settings import BY_KEY
from ui.dialogs.recover_page import RecoverPage
from ui.dialogs.setup_pages import (
    AdminPage,
    HqPage,
    LanguagePage,
    PrintersPage,
    ShowroomPage,
    SummaryPage,
    WizardPage,
    translate,
)
from ui.preferences import LANGUAGE, Preferences
from ui.settings.printing_page import layout_title, width_title
from ui.tasks import Lane, TaskRunner
from ui.widgets.accessibility import name_qt_parts, named

BUTTONS = {
    QWizard.WizardButton.BackButton: ("setupBack", lambda: translate("SetupWizard", "< Back")),
    QWizard.WizardButton.NextButton: ("setupNext", lambda: translate("SetupWizard", "Next >")),
    QWizard.WizardButton.FinishButton: ("setupFinish", lambda: translate("SetupWizard", "Finish")),
    QWizard.WizardButton.CancelButton: ("setupCancel", lambda: translate("SetupWizard", "Cancel")),
}


class SetupWizard(QWizard):
    """`runner` is the session's ui.sync_runner.SyncRunner (None: the HQ page is not offered)."""

    def __init__(self, tasks: TaskRunner, uow_factory, prefs: Preferences, runner=None, parent=None):
        super().__init__(parent)
        self.tasks, self.uow_factory, self.prefs, self.runner = tasks, uow_factory, prefs, runner
        self.admin = None  # the Actor, once the showroom is set up
        self.set_up_done = False  # from then on, closing the wizard keeps the showroom
        self._busy = False
        self.caught_up_lines: list[str] = []  # an enrolment that found more of this showroom at HQ
        self.setObjectName("setupWizard")
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.language_page = LanguagePage(prefs.get(LANGUAGE), self.choose_language, offer_recovery=runner is not None)
        self.showroom_page = ShowroomPage()
        self.admin_page = AdminPage()
        self.printers_page = PrintersPage({key: spec.default for key, spec in BY_KEY.items()})
        self.hq_page = HqPage()
        self.summary_page = SummaryPage(self.summary_text)
        self.recover_page = RecoverPage()
        self.pages: list[WizardPage] = [self.language_page, self.showroom_page, self.admin_page, self.printers_page]
        if runner is not None:
            self.pages.append(self.hq_page)
        self.pages.append(self.summary_page)
        if runner is not None:
            self.pages.append(self.recover_page)  # reached from the first page only (nextId)
        for page in self.pages:
            self.addPage(page)
        for which, (name, _text) in BUTTONS.items():
            named(self.button(which), name)
        self.resize(640, 480)
        self.retranslate()
        name_qt_parts(self)

    def retranslate(self) -> None:
        self.setWindowTitle(translate("SetupWizard", "Set up this showroom"))
        for which, (_name, text) in BUTTONS.items():
            self.setButtonText(which, text())
            self.button(which).setAccessibleName(text().strip("<> "))
        for page in self.pages:
            page.retranslate()

    def nextId(self) -> int:
        page = self.currentPage()
        if page is self.summary_page or page is self.recover_page:
            return -1
        if page is self.language_page and self.language_page.recovering():
            return self.pages.index(self.recover_page)
        return super().nextId()

    def choose_language(self, code: str) -> None:
        """Saved for this PC at once; every page is redrawn in it."""
        self.prefs.set(LANGUAGE, code)
        i18n.install(code)
        self.retranslate()

    def summary_text(self) -> str:
        room, admin, printers = self.showroom_page, self.admin_page, self.printers_page.settings()
        lines = [
            translate("SetupWizard", "Language: {language}").format(
                language=i18n.LANGUAGES.get(self.prefs.get(LANGUAGE), "")
            ),
            translate("SetupWizard", "Showroom: {name} ({code}), {city}").format(
                name=room.name.text().strip(), code=room.code.text(), city=room.city.text().strip()
            ),
            translate("SetupWizard", "Administrator: {name}").format(name=admin.admin.text().strip()),
            translate("SetupWizard", "Labels: {printer}, {layout}").format(
                printer=self.printers_page.label_printer.currentText(),
                layout=layout_title(printers["print.label.layout"]),
            ),
            translate("SetupWizard", "Receipts: {printer}, {width}").format(
                printer=self.printers_page.receipt_printer.currentText(),
                width=width_title(printers["print.receipt.width_mm"]),
            ),
        ]
        if self.runner is not None:
            lines.append(
                translate("SetupWizard", "HQ: connect to {url}").format(url=self.hq_page.url.text())
                if self.hq_page.wanted()
                else translate("SetupWizard", "HQ: not now (Sync → Connect to HQ… later)")
            )
        return "\n".join(lines)

    # -- finishing --------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.set_up_done and not self._busy:
            super().accept()
            return
        if self._busy:
            return
        if self.runner is not None and self.currentPage() is self.recover_page:
            self._recover()
            return
        room, admin = self.showroom_page, self.admin_page
        args = (room.code.text(), room.name.text(), room.city.text(), admin.admin.text(), admin.pin.text())
        settings = self.printers_page.settings()
        self._set_busy(True)
        self.summary_page.say(translate("SetupWizard", "Setting up…"))
        self.tasks.run(
            Lane.DB,
            lambda: setup.set_up_showroom(self.uow_factory(), *args, settings=settings),
            self._set_up,
            self._refused,
        )

    def _set_up(self, actor) -> None:
        self.admin, self.set_up_done = actor, True
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        if self.runner is None or not self.hq_page.wanted():
            self._set_busy(False)
            super().accept()
            return
        self.summary_page.say(translate("SetupWizard", "The showroom is set up. Connecting to HQ…"))
        self.runner.caught_up.connect(self._caught_up)
        self.runner.enrolled.connect(self._enrolled)
        self.runner.enrol_failed.connect(self._enrol_failed)
        self.runner.enrol(self.hq_page.url.text(), self.hq_page.code.text().strip())

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        self.summary_page.say(describe(exc), error=True)

    def _caught_up(self, lines: list[str]) -> None:
        self.caught_up_lines = lines

    def _enrolled(self, _enrolment) -> None:
        self._disconnect_runner()
        self._set_busy(False)
        if not self.caught_up_lines:
            super().accept()
            return
        self.summary_page.say("\n\n".join(self.caught_up_lines))  # HQ had more of it: read before it closes
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("SetupWizard", "Close"))

    def _enrol_failed(self, exc: Exception) -> None:
        self._disconnect_runner()
        self._set_busy(False)
        self.summary_page.say(
            translate(
                "SetupWizard",
                "The showroom is set up, but connecting to HQ failed: {problem} Connect later "
                "with Sync → Connect to HQ….",
            ).format(problem=describe(exc)),
            error=True,
        )
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("SetupWizard", "Close"))

    def _disconnect_runner(self) -> None:
        self.runner.caught_up.disconnect(self._caught_up)
        self.runner.enrolled.disconnect(self._enrolled)
        self.runner.enrol_failed.disconnect(self._enrol_failed)

    # -- recovering from HQ ---------------------------------------------------------------------------
    def _recover(self) -> None:
        self._set_busy(True)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.recover_page.started()
        self.runner.progress.connect(self.recover_page.progressed)
        self.runner.recovered.connect(self._recovered)
        self.runner.recover_failed.connect(self._recover_failed)
        self.runner.recover(*self.recover_page.answers())

    def _recovered(self, recovery, lines: list[str]) -> None:
        self._stop_listening()
        self.set_up_done = True  # from here, closing the wizard goes on to the login
        self._set_busy(False)
        self.recover_page.finished(recovery, lines)
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("SetupWizard", "Go to login"))

    def _recover_failed(self, exc: Exception) -> None:
        self._stop_listening()
        self._set_busy(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(True)
        self.recover_page.refused(exc)  # nothing was written: the code or the address can be corrected

    def _stop_listening(self) -> None:
        self.runner.progress.disconnect(self.recover_page.progressed)
        self.runner.recovered.disconnect(self._recovered)
        self.runner.recover_failed.disconnect(self._recover_failed)

    def reject(self) -> None:
        if self._busy:
            return  # a transaction or an enrolment is under way; its answer decides
        if self.set_up_done:
            super().accept()  # the showroom exists now: closing is finishing
            return
        super().reject()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(not busy)
