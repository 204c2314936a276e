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


def test_a_money_claim_that_comes_to_nothing_is_said_before_printing() -> None:
    # An overtime claim whose hours are not known yet: 0 h × anything = 0.00 yuan, which no filing asks for.
    data = case_data()
    overtime = next(claim for claim in data["claims"] if claim["kind"] == "overtime")
    for key in [key for key in overtime if key.endswith("_hours")]:
        overtime[key] = "0"
    number = data["claims"].index(overtime) + 1
    gaps = _gaps(data)
    assert (f"请求{number}“支付加班费”的金额为0.00元：请补上计算所需的数字（如加班时数），"
            "或删去这项请求") in gaps
    assert not any("金额为0.00元" in gap for gap in [g.render("zh") for g in filing_gaps(assessment())])
