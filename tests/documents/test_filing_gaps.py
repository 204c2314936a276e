"""What a filing still lacks is said before printing (issue 11, item 8): 调解仲裁法第二十八条 needs
the employer's 住所 and 法定代表人; the court's form asks for the credit code; an IOU the evidence omits
is added."""

from __future__ import annotations

from pathlib import Path

from lawgen.cli import main
from lawgen.documents.gaps import filing_gaps
from tests.support.documents_cases import assessment, assessment_of, case_data


def _gaps(data: dict) -> list[str]:
    return [gap.render("zh") for gap in filing_gaps(assessment_of(data))]


def test_a_complete_case_lacks_nothing() -> None:
    assert filing_gaps(assessment()) == []


def test_a_respondent_without_address_representative_or_credit_code() -> None:
    data = case_data()
    data["respondents"][0] = {"name": "某配送站", "role": "employer"}
    gaps = "\n".join(_gaps(data))
    assert "某配送站：住所未填写（劳动争议调解仲裁法第二十八条要求写明）" in gaps
    assert "某配送站：法定代表人或主要负责人未填写" in gaps
    assert "某配送站：统一社会信用代码未填写" in gaps


def test_the_iou_the_evidence_omits_is_added_and_said() -> None:
    gaps = [gap.render("zh") for gap in filing_gaps(assessment("wage-iou"))]
    assert any("已在证据清单中补上“工资欠条”" in gap for gap in gaps)


def test_generate_lists_the_gaps_in_the_users_language(tmp_path: Path, capsys) -> None:
    case = Path(__file__).resolve().parents[1] / "cases" / "wage-iou.json"
    assert main(["--lang", "en", "generate", str(case), "-o", str(tmp_path / "p")]) == 0
    out = capsys.readouterr().out
    assert "Fill in before printing" in out and "the evidence list now includes the IOU" in out
