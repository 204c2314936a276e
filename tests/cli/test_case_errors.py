"""Every bad input the case-format spec lists: ``lawgen check`` exits 2 and names the field; no traceback."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.case_builder import case_dict
from tests.support.cli import run_check

ID = {"name": "林小海", "gender": "男", "id_number": "35020319980512001X"}  # valid GB 11643 number, a man
RESPONDENT = {"name": "厦门速达即时配送服务有限公司", "role": "outsourcer"}



def write_case(tmp_path: Path, **changes) -> Path:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case_dict(**changes), ensure_ascii=False), encoding="utf-8")
    return path


# (id, changes to the base case, the path the error must name, a word the message must contain)
BAD = [
    ("float-money", {"employment": {"monthly_wage": 6000.5}}, "employment.monthly_wage", "引号"),
    ("negative-money", {"claims": [{"kind": "deposit_refund", "amount": "-100"}]}, "claims[0].amount",
     "负数"),
    ("three-decimals", {"claims": [{"kind": "deposit_refund", "amount": "100.123"}]}, "claims[0].amount",
     "两位小数"),
    ("non-numeric-money", {"claims": [{"kind": "deposit_refund", "amount": "一百"}]}, "claims[0].amount",
     "有效的金额"),
    ("id-check-digit", {"worker": {**ID, "id_number": "350203199805120011"}}, "worker.id_number", "校验码"),
    ("id-birth-date", {"worker": {**ID, "birth_date": "1998-05-13"}}, "worker.birth_date", "1998-05-12"),
    ("id-gender", {"worker": {**ID, "gender": "女"}}, "worker.gender", "男"),
    ("credit-code", {"respondents": [{**RESPONDENT, "credit_code": "91350203MA34K7Q2Y1"}]},
     "respondents[0].credit_code", "校验码"),
    ("reversed-claim-dates", {"claims": [{"kind": "unpaid_wages", "from": "2026-08-31", "to": "2026-07-01",
                                          "amount": "100"}]}, "claims[0].to", "from"),
    ("reversed-employment", {"employment": {"end_date": "2025-01-01"}}, "employment.end_date", "start_date"),
    ("end-after-prepared", {"employment": {"end_date": "2026-12-01"}}, "employment.end_date", "prepared_on"),
    ("missing-end-reason", {"employment": {"end_reason": None}}, "employment.end_reason", "end_reason"),
    ("typo-nested", {"worker": {**ID, "nmae": "林"}}, "worker.nmae", "拼写"),
    ("typo-top-level", {"claim": []}, "claim", "拼写"),
    ("unknown-occupation", {"worker": {**ID, "occupation": "driver"}}, "worker.occupation", "ride_hailing"),
    ("unknown-claim-kind", {"claims": [{"kind": "wages", "amount": "1"}]}, "claims[0].kind", "unpaid_wages"),
    ("claim-kind-not-text", {"claims": [{"kind": ["unpaid_wages"], "amount": "1"}]}, "claims[0].kind",
     "unpaid_wages"),
    ("unknown-end-reason", {"employment": {"end_reason": "fired"}}, "employment.end_reason", "dismissed"),
    ("unknown-region", {"region": "999999"}, "region", "999999"),
    ("bad-date", {"prepared_on": "2026-13-01"}, "prepared_on", "日期"),
    ("field-not-for-kind", {"claims": [{"kind": "deposit_refund", "amount": "1", "days": 3}]},
     "claims[0].days", "deposit_refund"),
    ("missing-required-for-kind", {"claims": [{"kind": "unused_annual_leave"}]}, "claims[0].days", "必须"),
    # 劳动合同法第八十七条: damages replace severance; both at once is a case error.
    ("severance-and-damages", {"claims": [{"kind": "severance"}, {"kind": "unlawful_termination"}]},
     "claims[1].kind", "第八十七条"),
]


@pytest.mark.parametrize(("changes", "path", "word"), [row[1:] for row in BAD], ids=[row[0] for row in BAD])
def test_bad_case_exits_2_naming_the_field(tmp_path, changes, path, word):
    result = run_check(write_case(tmp_path, **changes), "--json")
    assert result.returncode == 2, result.stdout + result.stderr
    errors = json.loads(result.stdout)["errors"]
    assert all(set(e) == {"path", "message"} for e in errors)
    assert path in [e["path"] for e in errors]
    assert word in next(e["message"] for e in errors if e["path"] == path)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("raw", "word"),
    [
        (b'{"format": "lawgen.case/1", "region": ', "JSON"),
        ('{"format": "lawgen.case/1", "worker": {"name": "林小海"}}'.encode("gbk"), "UTF-8"),
        (b"[1, 2]", "JSON"),
    ],
    ids=["malformed-json", "not-utf-8", "not-an-object"],
)
def test_unreadable_file_exits_2(tmp_path, raw, word):
    path = tmp_path / "case.json"
    path.write_bytes(raw)
    result = run_check(path, "--json")
    assert result.returncode == 2
    (error,) = json.loads(result.stdout)["errors"]
    assert error["path"] == "" and word in error["message"]


def test_missing_file_exits_2(tmp_path):
    result = run_check(tmp_path / "absent.json", fresh_process=True)  # the status reaches the shell
    assert result.returncode == 2
    assert "absent.json" in result.stderr and "Traceback" not in result.stderr


def test_errors_without_json_go_to_stderr_one_per_line(tmp_path):
    path = write_case(tmp_path, employment={"monthly_wage": 6000.5}, worker={**ID, "occupation": "driver"})
    result = run_check(path)
    assert result.returncode == 2 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert "请修改后重试" in lines[0]
    assert any(line.strip().startswith("- employment.monthly_wage:") for line in lines)
    assert any(line.strip().startswith("- worker.occupation:") for line in lines)


def test_english_messages(tmp_path):
    path = write_case(tmp_path, employment={"monthly_wage": 6000.5}, worker={**ID, "gender": "女"})
    result = run_check(path, "--json", lang="en")
    assert result.returncode == 2
    messages = {e["path"]: e["message"] for e in json.loads(result.stdout)["errors"]}
    assert messages["employment.monthly_wage"].startswith("Write amounts as quoted text")
    assert "ID number" in messages["worker.gender"]
    assert not any("\u4e00" <= ch <= "\u9fff" for text in messages.values() for ch in text if ch != "男")
