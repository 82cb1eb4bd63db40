"""Log a reminder: how the streamer was reached, what came of it, a note. Any clerk may log one."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

from showroom.domain.reminder import ReminderChannel, ReminderOutcome
from showroom.services import reminders
from showroom.services.overdue_views import OverdueLine
from ui.models.overdue_model import reminder_channel, reminder_outcome
from ui.widgets.service_dialog import ServiceDialog


class ReminderDialog(ServiceDialog):
    """`saved` carries the ReminderView."""

    def __init__(self, ctx, line: OverdueLine, parent=None):
        super().__init__(ctx, parent)
        self.line = line
        self.setWindowTitle(self.tr("Log a reminder"))
        self.setObjectName("reminderDialog")
        self.form.addRow(self.tr("Streamer"), QLabel(f"{line.streamer_name}  {line.phone}"))
        self.form.addRow(self.tr("Loan"), QLabel(line.loan_number))
        self.channel = self.add_field(
            self.tr("How"), QComboBox(), "reminderChannelCombo", self.tr("How the streamer was reached"), "channel"
        )
        for channel in ReminderChannel:
            self.channel.addItem(reminder_channel(channel.value), channel.value)
        self.outcome = self.add_field(
            self.tr("Outcome"), QComboBox(), "reminderOutcomeCombo", self.tr("What came of it"), "outcome"
        )
        for outcome in ReminderOutcome:
            self.outcome.addItem(reminder_outcome(outcome.value), outcome.value)
        self.note_edit = self.add_field(self.tr("Note"), QLineEdit(), "reminderNoteEdit", self.tr("Note"), "note")
        self.note_edit.setPlaceholderText(self.tr("e.g. will bring it back on Saturday"))

    def submit(self) -> None:
        self.run(
            reminders.log_reminder,
            self.line.streamer_id,
            self.channel.currentData(),
            self.outcome.currentData(),
            self.note_edit.text(),
            loan_number=self.line.loan_number,
        )
