"""`showroom labels|receipt|card`: the counter's papers as PDF files, for back-office printing."""

from __future__ import annotations

from pathlib import Path

from cli.common import command_parser, open_store, run, write_output
from printing.labels import LAYOUTS


def labels_main(argv: list[str]) -> int:
    p = command_parser("labels", "Sample labels (Code 128) as a PDF")
    p.add_argument("codes", nargs="+", metavar="CODE", help="sample codes, e.g. CS-000317")
    p.add_argument("--layout", choices=sorted(LAYOUTS), help="label size or A4 sheet (default: the showroom's setting)")
    p.add_argument("-o", "--output", type=Path, required=True)
    args = p.parse_args(argv)

    def body() -> int:
        from present.papers import labels_pdf
        from showroom.services.papers import label_facts
        from showroom.services.settings import read_settings

        store = open_store(args.data_dir)
        settings = read_settings(store.uow())
        if args.layout:
            settings["print.label.layout"] = args.layout
        return write_output(args.output, labels_pdf(label_facts(store.uow(), args.codes), settings))

    return run(args.language, body)


def receipt_main(argv: list[str]) -> int:
    p = command_parser("receipt", "A loan's check-out receipt (or its return receipt) as a PDF")
    p.add_argument("loan_number", metavar="LOAN_NUMBER")
    p.add_argument("--returns", action="store_true", help="the return receipt: what came back and what is still out")
    p.add_argument("--width", type=int, choices=[80, 58], help="paper width in mm (default: the showroom's setting)")
    p.add_argument("-o", "--output", type=Path, required=True)
    args = p.parse_args(argv)

    def body() -> int:
        from present.papers import checkout_receipt_pdf, return_receipt_pdf
        from showroom.services.checkout import loan_receipt
        from showroom.services.common import local_tz
        from showroom.services.papers import return_receipts
        from showroom.services.settings import read_settings

        store = open_store(args.data_dir)
        settings = read_settings(store.uow())
        if args.width:
            settings["print.receipt.width_mm"] = args.width
        uow = store.uow()
        with uow.read():
            tz = local_tz(uow)
        if args.returns:
            pdf = return_receipt_pdf(return_receipts(store.uow(), [args.loan_number])[0], settings, tz)
        else:
            pdf = checkout_receipt_pdf(loan_receipt(store.uow(), args.loan_number), settings, tz)
        return write_output(args.output, pdf)

    return run(args.language, body)


def card_main(argv: list[str]) -> int:
    p = command_parser("card", "A streamer's member card (85.6 × 54 mm) as a PDF")
    p.add_argument("member_code", metavar="MEMBER_CODE")
    p.add_argument("-o", "--output", type=Path, required=True)
    args = p.parse_args(argv)

    def body() -> int:
        from present.papers import member_card_pdf
        from showroom.services.papers import member_card_facts

        store = open_store(args.data_dir)
        return write_output(args.output, member_card_pdf(member_card_facts(store.uow(), args.member_code)))

    return run(args.language, body)
