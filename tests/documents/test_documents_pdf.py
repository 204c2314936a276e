"""Real LibreOffice: every document converts to PDF, hostile text included (slow, still run in CI). The
documents go through the run's warm office (conftest): what is tested is what the PDFs hold; how a single
``lawgen generate --pdf`` starts its own office is tested in tests/hardening/test_pdf_faults.py."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from docx import Document

from lawgen.documents.packet import document_text, generate_packet
from tests.support.documents_cases import assessment, assessment_of, case_data

pytestmark = pytest.mark.slow

HOSTILE_NAME = "林<小>&海\"'🙂"
CONTROL = "\x00\x07\x0b\x1b\x7f"
CLOSING_LINES = ("证据详见所附", "以上证据的复印件附后")  # the closing's own first line


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


@pytest.mark.parametrize("case", ["example", "award-with-agent", "wage-iou"])
def test_every_document_converts_to_pdf(case: str, tmp_path: Path, warm_office) -> None:
    written = generate_packet(assessment(case), tmp_path, pdf=True, office=warm_office)
    documents = [p for p in written if p.suffix == ".docx"]
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert [p.stem for p in pdfs] == [p.stem for p in documents]
    for pdf in pdfs:
        assert pdf.read_bytes().startswith(b"%PDF")
        assert (pdf.stat().st_mode & 0o777) == 0o600
        text = _pdf_text(pdf)
        assert "林小海" in text
        pages = text.count("\f")
        # the footer's page fields, updated on every page: 第1页共N页 … 第N页共N页
        assert re.search(rf"第\s*1\s*页\s*共\s*{pages}\s*页", text)
        assert re.search(rf"第\s*{pages}\s*页\s*共\s*{pages}\s*页", text)
        # no page holds only the closing: the last paragraphs before 此致 keep with it (keep-with-next)
        closing_page = next((page for page in text.split("\f") if "此致" in page), None)
        if closing_page is not None:
            before = [line.strip() for line in closing_page.split("此致")[0].splitlines() if line.strip()]
            assert [line for line in before if not line.startswith(CLOSING_LINES)], pdf.name
    total = "40,500.00" if case != "wage-iou" else "12,000.00"
    assert total in _pdf_text(pdfs[0])


def test_hostile_text_gives_valid_documents_libreoffice_opens(tmp_path: Path, warm_office) -> None:
    data = case_data()
    data["worker"]["name"] = HOSTILE_NAME + CONTROL
    data["respondents"][0]["name"] = "<w:p>速达&amp;公司</w:t>{{ x }}{% if %}"
    long_line = "外卖" * 2500  # 5,000 characters in one paragraph
    data["facts"] = f"第一段{CONTROL}含<&>\"'🛵\n\n{long_line}\n最后一段"
    data["evidence"][0]["name"] = "截图<1>&\"2\""
    written = generate_packet(assessment_of(data), tmp_path, pdf=True, office=warm_office)
    application = tmp_path / "01-劳动人事争议仲裁申请书.docx"
    Document(str(application))  # python-docx opens it
    text = document_text(application)
    assert f"姓名：{HOSTILE_NAME}　　性别：男" in text[2]
    assert "第一段含<&>\"'🛵" in text
    assert long_line in text
    assert "最后一段" in text
    assert any("<w:p>速达&amp;公司</w:t>{{ x }}{% if %}" in line for line in text)
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert len(pdfs) == len(written) // 2
    assert "最后一段" in _pdf_text(tmp_path / "01-劳动人事争议仲裁申请书.pdf")
