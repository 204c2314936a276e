"""Issue 13, item 3: ``lawgen export --redact`` is irreversible, and the redacted file still loads.

Before: the birth date, the gender, the ID's region and its check character were kept (46 candidates
left for the ID), and ID or phone numbers typed into ``facts`` or ``evidence[].source`` passed through.
"""

from __future__ import annotations

import json
import re

import pytest

from lawgen.case import load_case, loads_case
from lawgen.cli import main
from lawgen.documents.packet import document_text, generate_packet
from lawgen.law import assess
from lawgen.redact import mask_numbers_in_text
from tests.support.paths import EXAMPLE_CASE

ID_NUMBER = "35020319980512001X"  # the example worker's
PHONE = "13812345678"
OTHER_ID = "11010519491231002X"  # GB 11643's own example

# Free text as people type it -> what the redacted copy says (hand-masked: each digit, and X, becomes *).
FREE_TEXT = [
    (f"申请人身份证号{ID_NUMBER}。", "申请人身份证号******************。"),
    ("身份证号 110105 19491231 002x", "身份证号 ****** ******** ****"),
    ("老身份证110105491231002", "老身份证***************"),
    ("手机13812345678", "手机***********"),
    ("手机 138 1234 5678 或 138-1234-5678", "手机 *** **** **** 或 ***-****-****"),
    ("电话+86 13812345678", "电话+** ***********"),
    ("站长电话0592-5550000，（0592）5550000", "站长电话****-*******，（****）*******"),
    ("工资卡6222 0212 3456 7890 123", "工资卡**** **** **** **** ***"),
    ("工资卡6222021234567890", "工资卡****************"),
    ("全角３５０２０３１９９８０５１２００１Ｘ", "全角******************"),
    # Left alone: amounts, dates, a case number, a credit code, a short number.
    ("欠薪12000.00元，2026-07-01至2026-08-31", "欠薪12000.00元，2026-07-01至2026-08-31"),
    ("2026-07-01 2026-08-31", "2026-07-01 2026-08-31"),
    ("厦劳人仲案字〔2026〕123号", "厦劳人仲案字〔2026〕123号"),
    ("信用代码91350203MA34K7Q2YY", "信用代码91350203MA34K7Q2YY"),
    ("工号 20251", "工号 20251"),
]


@pytest.mark.parametrize(("text", "masked"), FREE_TEXT)
def test_numbers_in_free_text_are_masked(text, masked):
    assert mask_numbers_in_text(text) == masked


def _hostile_case() -> dict:
    """The example case with the worker's ID and phone typed into every kind of free text."""
    data = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
    data["worker"]["birth_date"] = "1998-05-12"
    data["facts"] += f"申请人身份证号{ID_NUMBER}，手机{PHONE}，工资卡6222021234567890。"
    data["evidence"][0]["source"] = f"申请人手机（{PHONE}）"
    data["evidence"][0]["proves"] = f"站长用{OTHER_ID}登记"
    data["evidence"][0]["name"] = f"{PHONE}的聊天记录"
    data["employment"]["workplace"] = f"配送站（站长 {PHONE[:3]} {PHONE[3:7]} {PHONE[7:]}）"
    data["respondents"][0]["legal_representative"] = f"陈某（{OTHER_ID}）"
    data["procedure"]["arbitration"] = {"commission": "厦门市劳动人事争议仲裁委员会",
                                        "outcome": f"裁决书写明申请人{ID_NUMBER}"}
    data["notes"] = {"phone": PHONE}
    return data


def _export(tmp_path, data: dict) -> tuple[str, dict]:
    source, out = tmp_path / "case.json", tmp_path / "shared.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert main(["export", str(source), "-o", str(out), "--redact"]) == 0
    text = out.read_text(encoding="utf-8")
    return text, json.loads(text)


def test_nothing_of_the_id_or_phone_is_left_anywhere(tmp_path):
    text, redacted = _export(tmp_path, _hostile_case())
    # (The ID's first six digits are also the case's district, which the review needs: not a secret here.)
    for secret in (ID_NUMBER, ID_NUMBER[6:14], ID_NUMBER[14:], OTHER_ID, OTHER_ID[6:14],
                   PHONE, PHONE[3:7], "6222021234567890", "1998-05-12"):
        assert secret not in text, secret
    worker = redacted["worker"]
    assert worker["id_number"] == "*" * 18  # no region, no check character
    assert "birth_date" not in worker and "ethnicity" not in worker
    assert worker["phone"] == "138******78"  # the structured phone keeps 3 + 2 digits to tell numbers apart
    # What a reviewer needs stays: the company's credit code, amounts, dates, the district.
    assert redacted["respondents"][0]["credit_code"] == "91350203MA34K7Q2YY"
    assert redacted["claims"][0] == {"kind": "unpaid_wages", "from": "2026-07-01", "to": "2026-08-31",
                                     "amount": "12000.00"}
    assert worker["address"] == "福建省厦门市思明区****"


def test_no_run_of_digits_long_enough_to_identify_is_left(tmp_path):
    text, _ = _export(tmp_path, _hostile_case())
    assert re.findall(r"\d{11,}", text) == []


def test_the_redacted_file_loads_assesses_and_generates(tmp_path):
    _, redacted = _export(tmp_path, _hostile_case())
    case = loads_case(json.dumps(redacted, ensure_ascii=False))
    assert case.worker.id_redacted and case.worker.born_on is None
    original = assess(loads_case(json.dumps(_hostile_case(), ensure_ascii=False)))
    assessment = assess(case)
    assert assessment.total == original.total  # the amounts do not depend on what was masked
    written = generate_packet(assessment, tmp_path / "packet")
    texts = "\n".join(line for path in written for line in document_text(path))
    assert ID_NUMBER not in texts and PHONE not in texts and "None" not in texts


def test_a_file_redacted_the_old_way_still_loads(tmp_path):
    data = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
    data["worker"]["id_number"] = "350203***********X"  # what export --redact wrote before issue 13
    path = tmp_path / "old.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert load_case(path).worker.id_redacted


def test_redacting_twice_changes_nothing(tmp_path):
    _, once = _export(tmp_path, _hostile_case())
    (tmp_path / "again").mkdir()
    _, twice = _export(tmp_path / "again", once)
    assert twice == once
