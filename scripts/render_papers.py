"""Renders every paper the counter prints, in Chinese, to PNGs for the docs.

    .venv/bin/python scripts/render_papers.py docs/screenshots [--zh translations.json]

Words come from a JSON of English → Chinese when given (or /work/tr/printing.json when present),
else from the app's Qt translation file, so the pictures show the paper the counter really gets.
Needs poppler's pdftoppm on PATH.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from printing import specimens  # noqa: E402
from printing.cards import build_member_cards  # noqa: E402
from printing.labels import build_labels  # noqa: E402
from printing.receipts import build_checkout_receipt, build_return_receipt, standard_copies  # noqa: E402
from printing.slips import build_intake_slip  # noqa: E402
from printing.words import Translate  # noqa: E402

DEFAULT_JSON = Path("/work/tr/printing.json")
TS_FILE = ROOT / "assets" / "translations" / "showroom_zh_CN.ts"


def chinese(json_path: Path | None) -> Translate:
    words: dict[str, str] = {}
    if json_path and json_path.is_file():
        words = json.loads(json_path.read_text(encoding="utf-8"))
    elif TS_FILE.is_file():
        for message in ElementTree.parse(TS_FILE).iter("message"):
            source, translation = message.findtext("source"), message.findtext("translation")
            if source and translation:
                words.setdefault(source, translation)
    return lambda context, text: words.get(text, text)


def papers(tr: Translate) -> dict[str, tuple[bytes, int]]:
    """File stem → (PDF, dpi to render at): roll paper at the printer's 203 dpi, A4 smaller."""
    return {
        "print-label-50x30": (build_labels(specimens.labels()[:1], "thermal-50x30", tr), 203),
        "print-labels-a4-3x8": (build_labels(specimens.labels() * 6, "a4-3x8", tr), 110),
        "print-member-card": (build_member_cards([specimens.member_card()], tr, dpi=300), 203),
        "print-receipt-checkout-80mm": (build_checkout_receipt(specimens.checkout(), 80, tr, standard_copies(tr)), 203),
        "print-receipt-checkout-58mm": (build_checkout_receipt(specimens.checkout(signed=False), 58, tr), 203),
        "print-receipt-return-80mm": (build_return_receipt(specimens.return_receipt(), 80, tr), 203),
        "print-receipt-return-damaged-80mm": (build_return_receipt(specimens.damaged_return_receipt(), 80, tr), 203),
        "print-intake-slip": (build_intake_slip(specimens.intake_slip(12), tr), 110),
    }


def render(pdf: bytes, dpi: int, target: Path) -> None:
    """First page only: it is what a reader of the docs needs to see."""
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "paper.pdf"
        source.write_bytes(pdf)
        stem = Path(scratch) / "page"
        first_page = ["-f", "1", "-l", "1", "-singlefile"]
        subprocess.run(["pdftoppm", "-r", str(dpi), "-png", *first_page, source, stem], check=True)
        target.write_bytes(stem.with_suffix(".png").read_bytes())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--zh", type=Path, default=DEFAULT_JSON, help="JSON of English → Chinese words")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for stem, (pdf, dpi) in papers(chinese(args.zh)).items():
        render(pdf, dpi, args.out / f"{stem}.png")
        print(args.out / f"{stem}.png")


if __name__ == "__main__":
    main()
