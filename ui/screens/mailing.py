"""Mail-out (寄样): a parcel of samples to a streamer who is not at the counter, and every parcel still out.

Left, the new parcel (ui.widgets.parcel_form): the streamer by card or phone, their delivery address (saved and
verified here), the samples scanned at scanner speed, the courier's waybill, the deposit's transfer; F12 or
"Mail out" records it and prints the packing slip. Right, the parcels still out, stuck ones in red, with their
steps: a waybill scanned into "Scan a waybill" moves its parcel on (in transit: delivered; coming back: its
samples listed to take back with their condition).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QScrollArea, QSplitter, QVBoxLayout, QWidget

from kernel.waybills import COURIERS
from present import mailing_text, tracking_text
from present.errors import describe
from present.mailing_papers import packing_slip_pdf
from present.papers import paper_name
from showroom.courier_tracking import TrackingError, TrackingErrorKind
from showroom.services import checkout, streamers
from showroom.services.delivery_address import delivery_address, set_delivery_address
from showroom.services.mailing import ParcelRequest, mail_out
from showroom.services.mailing_views import ShipmentView, list_shipments
from showroom.services.parcel_steps import WaybillScanned, mark_delivered, record_return_shipped, scan_waybill
from showroom.services.parcel_tracking import apply_tracking, ask_couriers, asker, parcels_on_their_way, tracker
from showroom.services.returns import ReturnRequest, check_in
from ui.models.parcel_model import ParcelTableModel
from ui.tasks import Lane
from ui.widgets.accessibility import name_qt_parts
from ui.widgets.counter_buttons import CONFIRM_KEY
from ui.widgets.message_bar import MessageBar
from ui.widgets.parcel_form import ParcelForm
from ui.widgets.parcel_receive import ParcelReceive
from ui.widgets.scan_field import ScanField
from ui.widgets.tables import RowTableView, section_title


class MailingScreen(QWidget):
    parcel_mailed = Signal(object)  # ShipmentView

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mailing_screen")
        self.streamer_id: str | None = None
        self._scans_out = 0  # sample scans not answered yet: confirming waits for them ("Enter waits for scans")
        self._confirm_after_scans = False
        self.message = MessageBar(self)
        self.message.setObjectName("mailing_message")
        self.message.setAccessibleName(self.tr("Mail-out messages"))
        self.form = ParcelForm(self)
        self.form.streamer_scanned.connect(self._find_streamer)
        self.form.sample_scanned.connect(self._add_sample)
        self.form.save_address_requested.connect(self._save_address)
        self.mail_button = QPushButton(self.tr("Mail out and print the slip (F12)"), self)
        self.mail_button.setObjectName("mailing_confirm")
        self.mail_button.setAccessibleName(self.tr("Mail out"))
        self.mail_button.clicked.connect(lambda _c=False: self.confirm())
        self.model = ParcelTableModel(ctx.tz, self)
        self.table = RowTableView(self.model, "mailing_parcels", self.tr("Parcels still out"), self)
        self.waybill_scan = ScanField(
            self.tr("Scan a waybill or a packing slip: in transit → delivered; coming back → take back"), self
        )
        self.waybill_scan.setObjectName("mailing_waybill_scan")
        self.waybill_scan.setAccessibleName(self.tr("Waybill scan field"))
        self.waybill_scan.scanned.connect(self._waybill_scanned)
        self.return_courier = QComboBox(self)
        self.return_courier.setObjectName("mailing_return_courier")
        self.return_courier.setAccessibleName(self.tr("Return courier"))
        for code in COURIERS:
            self.return_courier.addItem(mailing_text.courier(code), code)
        self.return_waybill = ScanField(self.tr("Return waybill the streamer sent"), self)
        self.return_waybill.setObjectName("mailing_return_waybill")
        self.return_waybill.setAccessibleName(self.tr("Return waybill"))
        self.return_waybill.scanned.connect(lambda text: self._return_shipped(text))
        self.receive = ParcelReceive(self)
        self.receive.receive_requested.connect(self._take_back)
        self._lay_out()
        ctx.bus.changed.connect(self._on_changed)
        name_qt_parts(self)

    def _lay_out(self) -> None:
        scroll = QScrollArea(self)  # the form is taller than a 1366x768 counter screen leaves
        scroll.setObjectName("mailing_form_scroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        left = QWidget(self)
        lv = QVBoxLayout(left)
        lv.addWidget(scroll, 1)
        lv.addWidget(self.mail_button)
        right = QWidget(self)
        rv = QVBoxLayout(right)
        rv.addWidget(section_title(self.tr("Parcels still out")))
        rv.addWidget(self.waybill_scan)
        rv.addWidget(self.table, 1)
        steps = QHBoxLayout()
        delivered = QPushButton(self.tr("Delivered"), self)
        delivered.setObjectName("mailing_delivered")
        delivered.setAccessibleName(self.tr("Mark delivered"))
        delivered.clicked.connect(lambda _c=False: self._delivered())
        track = QPushButton(self.tr("Check tracking"), self)
        track.setObjectName("mailing_track")
        track.setAccessibleName(self.tr("Check tracking"))
        track.clicked.connect(lambda _c=False: self.check_tracking())
        slip = QPushButton(self.tr("Print slip"), self)
        slip.setObjectName("mailing_print_slip")
        slip.setAccessibleName(self.tr("Print packing slip"))
        slip.clicked.connect(lambda _c=False: self._print_selected())
        for widget in (delivered, self.return_courier, self.return_waybill, slip, track):
            steps.addWidget(widget)
        rv.addLayout(steps)
        rv.addWidget(self.receive)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([420, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)

    @staticmethod
    def screen_title() -> str:
        return QCoreApplication.translate("MailingScreen", "Mail-out")

    def activate(self) -> None:
        self.refresh()
        self.form.streamer_field.setFocus()

    def _on_changed(self, _topics: set) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self.ctx.call(list_shipments, on_success=self.model.set_rows, on_error=self._error)

    def keyPressEvent(self, event) -> None:
        if event.key() == CONFIRM_KEY and not event.isAutoRepeat():
            self.confirm()
        else:
            super().keyPressEvent(event)

    # -- the new parcel ----------------------------------------------------------------------------
    def _find_streamer(self, text: str) -> None:
        self.ctx.call(streamers.find_streamer, text, on_success=self._on_streamer, on_error=self._error)

    def _on_streamer(self, view) -> None:
        self.streamer_id = view.id
        self.form.streamer_label.setText(f"{view.name} · {view.phone}")
        self.ctx.call(delivery_address, view.id, on_success=self._on_address, on_error=self._error)

    def _on_address(self, address) -> None:
        self.form.show_address(address)
        if address is None or address.verified_at is None:
            self.message.show_info(self.tr("Enter the delivery address and confirm it with the streamer."))
        self.form.samples_field.setFocus()

    def _save_address(self) -> None:
        if self.streamer_id is None:
            self.message.show_error(self.tr("Find the streamer first."))
            return
        self.ctx.call_as_actor(
            set_delivery_address,
            self.streamer_id,
            self.form.entered_address(),
            self.form.verified.isChecked(),
            on_success=lambda a: self.message.show_success(self.tr("Address saved.")),
            on_error=self._error,
        )

    def _add_sample(self, code: str) -> None:
        self._scans_out += 1

        def added(line) -> None:
            if line.code not in self.form.codes():
                self.form.add_sample(line.code, f"{line.code}  {line.product_name}")
            self._scan_answered()

        def refused(exc: Exception) -> None:
            self._confirm_after_scans = False  # a refused sample: the clerk looks before anything is mailed
            self._error(exc)
            self._scan_answered()

        self.ctx.call(checkout.scan_for_checkout, code, self.form.codes(), on_success=added, on_error=refused)

    def _scan_answered(self) -> None:
        self._scans_out -= 1
        if self._scans_out == 0 and self._confirm_after_scans:
            self._confirm_after_scans = False
            self.confirm()

    def confirm(self) -> None:
        if self._scans_out:
            self._confirm_after_scans = True
            return
        if self.streamer_id is None:
            self.message.show_error(self.tr("Find the streamer first."))
            return
        request = ParcelRequest(
            self.streamer_id,
            self.form.codes(),
            self.form.courier.currentData(),
            self.form.waybill_text,
            self.form.method.currentData(),
            self.form.transfer_ref.text(),
        )
        self.message.show_info(self.tr("Recording the parcel…"))
        self.ctx.call_as_actor(mail_out, request, on_success=self._on_mailed, on_error=self._error)

    def _on_mailed(self, view: ShipmentView) -> None:
        self.message.show_success(
            self.tr("Parcel {number} recorded: {count} sample(s) by {courier} {waybill}.").format(
                number=view.number,
                count=len(view.lines),
                courier=mailing_text.courier(view.courier),
                waybill=view.waybill,
            )
        )
        self.form.clear_parcel()
        self.print_slip(view)
        self.parcel_mailed.emit(view)
        self.refresh()

    def print_slip(self, view: ShipmentView) -> None:
        size, tz = self.form.slip_size.currentData(), self.ctx.tz
        self.ctx.print_desk.print_paper(
            "slip", paper_name("packing", view.number), lambda _settings: packing_slip_pdf(view, tz, size)
        )

    # -- parcels out -------------------------------------------------------------------------------
    def _selected(self) -> ShipmentView | None:
        parcel = self.table.selected_row()
        if parcel is None:
            self.message.show_error(self.tr("Choose a parcel in the list first."))
        return parcel

    def _delivered(self) -> None:
        if (parcel := self._selected()) is not None:
            self.ctx.call_as_actor(mark_delivered, parcel.number, on_success=self._on_step, on_error=self._error)

    def _return_shipped(self, waybill: str) -> None:
        if (parcel := self._selected()) is not None:
            courier = self.return_courier.currentData()
            self.ctx.call_as_actor(
                record_return_shipped, parcel.number, courier, waybill, on_success=self._on_step, on_error=self._error
            )

    def _print_selected(self) -> None:
        if (parcel := self._selected()) is not None:
            self.print_slip(parcel)

    def _on_step(self, view: ShipmentView) -> None:
        self.message.show_success(
            self.tr("Parcel {number}: {state}.").format(number=view.number, state=mailing_text.state(view.state))
        )
        self.return_waybill.clear()
        self.refresh()

    def _waybill_scanned(self, waybill: str) -> None:
        self.ctx.call_as_actor(scan_waybill, waybill, on_success=self._on_waybill, on_error=self._error)

    def _on_waybill(self, answer: WaybillScanned) -> None:
        if answer.outcome == "to_receive":
            self.receive.show_parcel(answer.parcel)
            self.message.show_info(
                self.tr("Parcel {number} is back: check each sample.").format(number=answer.parcel.number)
            )
        elif answer.outcome == "delivered":
            self._on_step(answer.parcel)
        else:
            self.message.show_info(self.tr("Parcel {number} is received already.").format(number=answer.parcel.number))

    def _take_back(self) -> None:
        chosen = self.receive.chosen()
        if not chosen:
            self.message.show_error(self.tr("No sample of the parcel is marked as in it."))
            return
        returns = [ReturnRequest(code, condition) for code, condition in chosen]
        self.ctx.call_as_actor(check_in, returns, on_success=self._on_taken_back, on_error=self._error)

    def _on_taken_back(self, result) -> None:
        [loan] = result.loans or [None]
        self.receive.done()
        if loan is not None and loan.closed:
            text = self.tr("Parcel {number} received; deposit {amount} to refund by transfer.")
            self.message.show_success(text.format(number=loan.loan_number, amount=f"¥{loan.refunded_fen / 100:.2f}"))
        elif loan is not None:
            text = self.tr("{count} sample(s) of {number} taken back; {left} still with the streamer.")
            self.message.show_success(
                text.format(count=len(loan.returned), number=loan.loan_number, left=len(loan.still_out))
            )
        self.refresh()

    # -- automatic tracking (off unless a manager turned it on) ---------------------------------------
    def check_tracking(self) -> None:
        self.ctx.call(tracker, on_success=self._on_tracker, on_error=self._error)

    def _on_tracker(self, config) -> None:
        if config is None:
            self.message.show_info(self.tr("Automatic tracking is off (Settings, Samples by courier)."))
            return
        self.message.show_info(self.tr("Asking the courier-tracking service…"))

        def ask(parcels) -> None:  # the network in a lane of its own: scans never wait behind it
            self.ctx.tasks.run(
                Lane.TRACKING,
                lambda: ask_couriers(asker(config), parcels),
                lambda found: self.ctx.call_as_actor(
                    apply_tracking, found, on_success=self._on_tracked, on_error=self._error
                ),
                self._error,
            )

        self.ctx.call(parcels_on_their_way, on_success=ask, on_error=self._error)

    def _on_tracked(self, result) -> None:
        text = self.tr("Tracking: {delivered} parcel(s) delivered, {back} back at the door to scan in.").format(
            delivered=len(result.delivered), back=len(result.back_at_the_door)
        )
        if result.unavailable:
            why = tracking_text.problem(TrackingError(TrackingErrorKind(result.unavailable)))
            text += " " + self.tr("Some parcels got no answer: {why}").format(why=why)
        self.message.show_success(text)
        self.refresh()

    def _error(self, exc: Exception) -> None:
        self.message.show_error(describe(exc, self.ctx.tz))
