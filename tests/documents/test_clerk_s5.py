"""What a filing clerk found left in the packets (session 5): the award-enforcement court, the unverified
district commission, the small-claims comparison in enforcement packets, Latin words in filings.

Expectations are worked by hand from the case files in tests/cases and the article each rule applies.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from lawgen.documents.context import BUILDERS, procedure_sheet
from lawgen.documents.packet import document_text
from lawgen.documents.render import render_docx, template_path
from lawgen.documents.stage_documents import STAGE_BUILDERS
from lawgen.documents.summary import worker_answers
from lawgen.documents.terms import chinese_words
from tests.support.documents_cases import addressee, assessment_of, employer_address, variant


def _stage_text(kind: str, data: dict, tmp_path: Path) -> list[str]:
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(render_docx(template_path(kind), STAGE_BUILDERS[kind](assessment_of(data))))
    return document_text(path)


# --- 1. the award-enforcement application names the court ----------------------------------------------

@pytest.mark.parametrize(("address", "court", "in_summary"), [
    # 民事诉讼法第二百三十五条第二款: 被执行人住所地或者被执行的财产所在地人民法院. «福建省厦门市思明区…»
    # begins with 厦门市思明区 (350203), whose court lawgen holds: the application is addressed to it, and
    # the summary gives the property's court as the other choice and sends the worker to confirm it.
    ("福建省厦门市思明区湖滨南路200号", "厦门市思明区人民法院",
     ["到单位住所地的厦门市思明区人民法院申请执行，期限2年。",
      "也可以到财产所在地的法院申请，把申请书上的法院改成那个法院。", "问清楚，是不是由这个法院受理"]),
    ("厦门市湖里区金山路1号", "厦门市湖里区人民法院", ["到单位住所地的厦门市湖里区人民法院申请执行"]),
    # No city before the district: a 思明区 elsewhere cannot be ruled out; the court stays to be written in.
    ("思明区湖滨南路200号", "________人民法院",
     ["到单位住所地或财产所在地的法院（申请书上写你去的法院）申请执行", "问清楚，是不是由这个法院受理"]),
    # A district whose court lawgen does not hold, and no address.
    ("福建省福州市鼓楼区五四路1号", "________人民法院", ["申请书上写你去的法院"]),
    (None, "________人民法院", ["申请书上写你去的法院"]),
])
def test_an_awards_enforcement_is_addressed_to_the_employers_domicile_court(address, court, in_summary,
                                                                             tmp_path: Path) -> None:
    data = variant("final-award-unpaid", employer_address(address))
    text = _stage_text("enforcement_application", data, tmp_path)
    assert addressee(text) == court
    # the application still says which courts are competent, with the article
    assert ("受理法院：被执行人住所地或者被执行的财产所在地人民法院（《中华人民共和国民事诉讼法》"
            "第二百三十五条第二款）") in "\n".join(text)
    first_step = dict(worker_answers(assessment_of(data)))["第一步做什么？"]
    for part in in_summary:
        assert part in first_step, part


def test_a_recorded_enforcement_court_is_kept_and_a_judgment_goes_to_its_first_instance_court(
        tmp_path: Path) -> None:
    # judgment-unpaid: judged by 厦门市思明区人民法院 (第二百三十五条第一款: 第一审人民法院).
    judgment = variant("judgment-unpaid", employer_address("福建省厦门市湖里区金山路1号"))
    assert addressee(_stage_text("enforcement_application", judgment, tmp_path)) == "厦门市思明区人民法院"
    steps = dict(worker_answers(assessment_of(judgment)))["第一步做什么？"]
    assert "到厦门市思明区人民法院申请执行，期限2年。" in steps
    assert "问清楚" not in steps  # the first-instance court is one court: nothing to confirm


# --- 2. an unverified district commission is said where the worker reads it ---------------------------

CONFIRM = "申请仲裁前先打12333问清楚去哪个仲裁委员会（有的要到区里）；"
PLAN_NOTE = "（区级仲裁机构未经核实：去之前请确认受理的仲裁委员会和地址）"


def _addressed_to(commission: str | None) -> Callable[[dict], object]:
    def change(data: dict) -> None:
        data["procedure"]["addressees"] = {"commission": commission}
    return change


@pytest.mark.parametrize(("change", "confirm"), [
    # The example works in 思明区 (350203): lawgen holds only Xiamen's city commission (bodies.toml: 区级机构
    # 未经证实), the screen warns, and so do the summary and the plan.
    (lambda data: None, True),
    # The volunteer wrote the commission in (procedure.addressees): nothing to confirm.
    (_addressed_to("厦门市思明区劳动人事争议仲裁委员会"), False),
])
def test_an_unverified_commission_is_confirmed_before_going(change, confirm: bool) -> None:
    assessment = assessment_of(variant("example", change))
    assert any("区级仲裁机构未经证实" in note.render("zh") for note in assessment.bodies.notes) is confirm
    who = dict(worker_answers(assessment))["有问题找谁？"]
    assert (CONFIRM in who) is confirm
    assert ("地址不清楚的，打12333问" in who) is not confirm
    plan = procedure_sheet(assessment)["bodies"]
    assert plan[0].startswith("申请仲裁：")
    assert (PLAN_NOTE in plan[0]) is confirm


# --- 3. no small-claims comparison once a decision is in force -----------------------------------------

def _document(kind: str, data: dict, tmp_path: Path) -> str:
    path = tmp_path / f"{kind}.docx"
    path.write_bytes(render_docx(template_path(kind), BUILDERS[kind](assessment_of(data))))
    return "\n".join(document_text(path))


@pytest.mark.parametrize(("case", "compared", "caveat_number"), [
    # Before anything is filed: the court procedures are ahead (一、二、三 final awards, 四 small claims,
    # 五 the comparison, 六 the figures to confirm).
    ("example", True, "六"),
    # An award received, its fifteen days to sue still running (received 2026-11-20, judged 2026-11-28):
    # a suit is still ahead.
    ("award-with-agent", True, "五"),
    # A wholly final award in force, unpaid (调解仲裁法第四十七条): only enforcement is ahead.
    ("final-award-unpaid", False, "三"),
    # A judgment in force, unpaid: only enforcement.
    ("judgment-unpaid", False, "三"),
])
def test_the_plan_compares_court_procedures_only_while_a_suit_is_ahead(case, compared: bool,
                                                                       caveat_number: str,
                                                                       tmp_path: Path) -> None:
    text = _document("procedure_sheet", variant(case), tmp_path)
    for part in ("到法院后能否适用小额诉讼程序", "三种诉讼程序对比", "诉讼费：", "小额诉讼的诉讼费"):
        assert (part in text) is compared, part
    assert f"{caveat_number}、需要核对的数字" in text


# --- 4. Chinese words for «App» and «EMS» ---------------------------------------------------------------

@pytest.mark.parametrize(("typed", "filed"), [
    ("骑手App接单记录", "骑手应用程序接单记录"),
    ("配送平台APP", "配送平台应用程序"),
    ("司机端app截图", "司机端应用程序截图"),
    ("用EMS寄出催告函", "用邮政特快专递（EMS）寄出催告函"),
    # already in Chinese, and Latin names that merely contain the letters, stay as typed
    ("邮政特快专递（EMS）", "邮政特快专递（EMS）"),
    ("Apple专卖店、Happy外卖、EMSX", "Apple专卖店、Happy外卖、EMSX"),
])
def test_latin_words_are_filed_in_chinese(typed: str, filed: str) -> None:
    assert chinese_words(typed) == filed


def test_the_examples_filings_say_app_and_ems_in_chinese(tmp_path: Path) -> None:
    # examples/01 lists «骑手App接单记录» from «配送平台App»; its packet holds a demand letter.
    data = variant("example")
    evidence = _document("evidence_list", data, tmp_path)
    assert "骑手应用程序接单记录" in evidence and "配送平台应用程序" in evidence
    letter = _document("demand_letter", data, tmp_path)
    assert "☐ 邮政特快专递（EMS），邮件号" in letter and "邮政特快专递详情单" in letter
    for text in (evidence, letter, _document("arbitration_application", data, tmp_path)):
        assert not re.search(r"App|APP|(?<!（)EMS", text)
    # the summary names its first two pieces of evidence as the list does
    last_first = variant("example", lambda data: data["evidence"].reverse())
    bring = dict(worker_answers(assessment_of(last_first)))["要带什么？"]
    assert "（骑手应用程序接单记录、银行流水等）" in bring


def test_a_signed_agreements_plan_says_so_beside_the_commission_too() -> None:
    # mediation-signed: the agreement is not due yet; the plan names the payment order's court and the
    # commission to apply to if it is not honoured (调解仲裁法第十六条) — the city's, unverified.
    plan = procedure_sheet(assessment_of(variant("mediation-signed")))["bodies"]
    assert plan[-1] == f"申请仲裁：厦门市劳动人事争议仲裁委员会{PLAN_NOTE}"
