"""`showroom labels|receipt|card` write PDFs a scanner reads; refusals are one line and exit 1."""

from __future__ import annotations

from cli.main import main
from showroom.services import checkout
from tests.conftest import T0
from tests.printing import paper_tools as pdf_tools


def test_labels_on_an_a4_sheet(counter, tmp_path, capsys):
    out = tmp_path / "labels.pdf"
    assert (
        main(
            [
                "labels",
                "--data-dir",
                str(counter.store.data_dir),
                *counter.codes[:4],
                "--layout",
                "a4-3x8",
                "-o",
                str(out),
            ]
        )
        == 0
    )
    assert sorted(pdf_tools.decoded(out.read_bytes())) == sorted(counter.codes[:4])
    assert str(out) in capsys.readouterr().out


def test_receipt_and_return_receipt_of_a_loan(counter, tmp_path):
    loan = checkout.check_out(counter.uow(), counter.clerk, counter.streamer_id, counter.codes[:2], "wechat", now=T0)
    out = tmp_path / "receipt.pdf"
    assert (
        main(["receipt", "--data-dir", str(counter.store.data_dir), loan.number, "--width", "58", "-o", str(out)]) == 0
    )
    pdf = out.read_bytes()
    assert loan.number in pdf_tools.decoded(pdf)
    words = pdf_tools.text(pdf)
    assert "每日坚果" in words and "138****8000" in words and "微信" in words  # Chinese by default
    returns_out = tmp_path / "returns.pdf"
    assert (
        main(["receipt", "--data-dir", str(counter.store.data_dir), loan.number, "--returns", "-o", str(returns_out)])
        == 0
    )
    assert counter.codes[0] in pdf_tools.text(returns_out.read_bytes())


def test_member_card(counter, tmp_path):
    out = tmp_path / "card.pdf"
    assert main(["card", "--data-dir", str(counter.store.data_dir), "CS-M00001", "-o", str(out)]) == 0
    assert pdf_tools.decoded(out.read_bytes(), dpi=300) == ["CS-M00001"]


def test_unknown_code_is_refused_in_one_line_and_writes_nothing(counter, tmp_path, capsys):
    out = tmp_path / "labels.pdf"
    assert main(["labels", "--data-dir", str(counter.store.data_dir), "CS-999999", "-o", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err.strip()
    assert "CS-999999" in err and len(err.splitlines()) == 1


def test_an_empty_folder_is_not_a_showroom(tmp_path, capsys):
    assert (
        main(
            [
                "card",
                "--data-dir",
                str(tmp_path / "nothing"),
                "CS-M00001",
                "-o",
                str(tmp_path / "c.pdf"),
                "--language",
                "en",
            ]
        )
        == 1
    )
    assert "No showroom database" in capsys.readouterr().err
    assert not (tmp_path / "nothing").exists()
