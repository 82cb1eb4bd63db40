"""The packing slip of a parcel from the services' view: couriers and methods translated, times local, the
streamer's phone masked (the slip travels in the parcel). Shared by the window and the command line."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from kernel.phone import mask_phone
from present import labels, mailing_text
from printing.documents import PackedLine, PackingSlipData
from showroom.services.mailing_views import ShipmentView

translate = QCoreApplication.translate
SLIP_SIZES = ("thermal-100x150", "a4")


def packing_slip_data(view: ShipmentView, tz: tzinfo) -> PackingSlipData:
    ref = view.transfer_ref
    shown_ref = ref if len(ref) <= 8 else f"{ref[:4]}…{ref[-4:]}"  # enough to find it, not to reuse it
    return PackingSlipData(
        showroom_name=view.showroom_name,
        loan_number=view.number,
        streamer_name=view.streamer_name,
        phone_masked=mask_phone(view.streamer_phone),
        recipient=view.recipient,
        destination=f"{view.province}{view.city}{view.address}",
        courier_label=mailing_text.courier(view.courier),
        waybill=view.waybill,
        shipped_at=view.shipped_at.astimezone(tz),
        due_at=view.due_at.astimezone(tz),
        post_days=view.post_days,
        return_transit_days=view.return_transit_days,
        deposit_fen=view.deposit_fen,
        deposit_label=translate("Mailing", "{method} transfer {ref}").format(
            method=labels.deposit_method(view.deposit_method), ref=shown_ref
        ),
        return_address=view.return_address,
        return_instructions=view.return_instructions,
        lines=tuple(PackedLine(x.code, x.product_name, x.merchant_name, x.value_fen) for x in view.lines),
    )


def packing_slip_pdf(view: ShipmentView, tz: tzinfo, size: str = "thermal-100x150") -> bytes:
    from printing.packing_slip import build_packing_slip  # reportlab: loaded with the first paper, not at start

    return build_packing_slip(packing_slip_data(view, tz), size, translate=translate)
