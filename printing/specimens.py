"""Realistic example papers: test prints from the settings screen, screenshots, and the tests.

A printer test page is only convincing with real-looking data: long Chinese product names,
codes of the real shape, a masked phone number, a signature.
"""

from __future__ import annotations

import io
import math
from datetime import datetime

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

SHOWROOM = "长沙直播样品间"
CHECKOUT_AT = datetime(2026, 11, 27, 14, 32)
RETURN_AT = datetime(2026, 12, 2, 10, 5)

PRODUCTS = (
    ("CS-000317", "每日坚果 混合果仁 750g礼盒装", "良品铺子旗舰店", "A-03-2", 12800),
    ("CS-000318", "手撕面包 早餐代餐 整箱1kg 奶香味", "三只松鼠官方旗舰店", "A-03-4", 3990),
    ("CS-000342", "玻尿酸补水保湿面膜 25片装 敏感肌可用", "自然堂官方旗舰店", "C-11-1", 16900),
    ("CS-000407", "无线蓝牙降噪耳机 Pro 2 长续航 入耳式", "漫步者数码专营店", "D-02-3", 39900),
)


def header(at: datetime = CHECKOUT_AT) -> ReceiptHeader:
    return ReceiptHeader(SHOWROOM, at, "王芳", "小美", "138****0000", "CS-M00001")


def labels() -> list[LabelData]:
    return [LabelData(code, name, merchant, shelf) for code, name, merchant, shelf, _ in PRODUCTS]


def member_card() -> MemberCardData:
    return MemberCardData(SHOWROOM, "小美", "抖音 @xiaomei", "金牌主播", "CS-M00001")


def checkout(signed: bool = True) -> CheckoutReceiptData:
    return CheckoutReceiptData(
        header=header(),
        loan_number="CS-L261127042",
        lines=tuple(LentLine(code, name, merchant, value) for code, name, merchant, _, value in PRODUCTS[:3]),
        due_at=datetime(2026, 11, 30, 18, 0),
        deposit_fen=30000,
        deposit_method_label="微信支付",
        terms="样品仅供直播展示使用，请于归还日期前完好归还；逾期或损坏按货值赔偿，押金在样品全部归还后退还。",
        signature_png=signature_png() if signed else None,
        override_note="",
    )


def return_receipt() -> ReturnReceiptData:
    loan = "CS-L261127042"
    return ReturnReceiptData(
        header=header(RETURN_AT),
        returned=(
            ReturnedLine("CS-000317", PRODUCTS[0][1], loan, "完好", 2),
            ReturnedLine("CS-000318", PRODUCTS[1][1], loan, "缺件", 2, note="少一袋"),
        ),
        still_out=(
            StillOutLine("CS-000342", PRODUCTS[2][1], loan, datetime(2026, 11, 30, 18, 0), True),
            StillOutLine("CS-000407", PRODUCTS[3][1], "CS-L261201007", datetime(2026, 12, 4, 18, 0), False),
        ),
        refunds=(RefundLine("CS-L261125031", 20000, "现金"),),
        closed_loans=("CS-L261125031",),
    )


def damaged_return_receipt() -> ReturnReceiptData:
    """A return with a damaged sample and the photo taken at the counter, as the receipt prints it."""
    loan = "CS-L261127042"
    return ReturnReceiptData(
        header=header(RETURN_AT),
        returned=(
            ReturnedLine("CS-000407", PRODUCTS[3][1], loan, "损坏", 0, note="左耳壳有裂痕", photos=(damage_photo(),)),
            ReturnedLine("CS-000342", PRODUCTS[2][1], loan, "完好", 0),
        ),
        still_out=(),
        refunds=(),
        closed_loans=(loan,),
    )


def damage_photo() -> bytes:
    """A stand-in for a counter photo: a grey case on a desk with a crack across it (JPEG, as a camera saves)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (480, 320), (214, 200, 178))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((90, 60, 390, 260), radius=60, fill=(236, 236, 240), outline=(120, 120, 130), width=6)
    pen.ellipse((150, 110, 230, 190), fill=(60, 60, 66))
    pen.ellipse((250, 110, 330, 190), fill=(60, 60, 66))
    crack = [(160, 70), (185, 100), (172, 125), (205, 150), (196, 178), (232, 210), (220, 250)]
    pen.line(crack, fill=(200, 30, 30), width=5, joint="curve")
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()


def intake_slip(count: int = 40) -> IntakeSlipData:
    lines = tuple(
        IntakeLine(
            f"CS-{317 + i:06d}",
            f"{PRODUCTS[i % 4][1]} 批次{i // 4 + 1}",
            f"{'ABCD'[i % 4]}-{i // 4 + 1:02d}-{i % 5 + 1}",
        )
        for i in range(count)
    )
    return IntakeSlipData(
        SHOWROOM, CHECKOUT_AT, "王芳", "良品铺子旗舰店", lines, note="样品寄存 90 天，到期联系商家取回。"
    )


def signature_png() -> bytes:
    """A pen-like squiggle, like the signature pad sends: black strokes on a transparent ground."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 200), (255, 255, 255, 0))
    pen = ImageDraw.Draw(image)
    points = [(40 + x * 5, 100 + 45 * math.sin(x / 6) * math.cos(x / 17)) for x in range(105)]
    pen.line(points, fill=(0, 0, 0, 255), width=7, joint="curve")
    pen.line([(120, 160), (470, 150)], fill=(0, 0, 0, 255), width=5)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
