"""Dated, cited parameters: a date before any value is an error; overrides are used and reported;
values that are not statute carry a warning (legal-facts: "How lawgen must treat these facts")."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal

import pytest

from lawgen.law import MissingParameter, ParameterBook
from lawgen.law.parameters import InvalidOverride
from lawgen.regions import resolve
from tests.support.case_builder import assessed, case_dict
from tests.support.cli import run_check

XIAMEN = resolve("350203")


@pytest.mark.parametrize(
    ("name", "on", "value", "status"),
    [
        ("min_wage_monthly", "2025-03-31", "2030", "secondary"),  # 厦门 before the rise
        ("min_wage_monthly", "2025-04-01", "2265", "secondary"),  # from 2025-04-01
        ("paid_days_per_month", "2026-11-28", "21.75", "statute"),  # 劳社部发〔2008〕3号, national
        ("small_claims_avg_wage", "2026-11-28", "112377", "conflict"),  # Fujian's 2024 figure
    ],
)
def test_lookup_walks_district_city_province_national(name, on, value, status):
    found = ParameterBook().lookup(name, XIAMEN, dt.date.fromisoformat(on))
    assert (found.value, found.status.value) == (Decimal(value), status)
    assert found.source


def test_date_before_any_value_is_an_error():
    # Xiamen's first known minimum wage is from 2022-01-01 (and that start is itself unconfirmed).
    with pytest.raises(MissingParameter) as caught:
        ParameterBook().lookup("min_wage_monthly", XIAMEN, dt.date(2021, 6, 1))
    assert caught.value.name == "min_wage_monthly"
    assert "2022-01-01" in caught.value.message().render()


def test_region_without_values_is_an_error():
    with pytest.raises(MissingParameter):
        ParameterBook().lookup("min_wage_monthly", resolve("110000"), dt.date(2026, 11, 28))


def test_assessment_on_an_unknown_date_fails_clearly(tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case_dict(), ensure_ascii=False), encoding="utf-8")
    result = run_check(path, "--json", "--on", "2021-06-01")
    assert result.returncode == 2
    (error,) = json.loads(result.stdout)["errors"]
    assert error["path"] == "--on"
    # The law names the value in words; the command line adds its own option (--set name=…).
    assert "没有已知取值" in error["message"] and "--set" in error["message"]


def test_region_without_data_fails_clearly(tmp_path):
    # Beijing (110000) has no minimum wage in lawgen's parameter files: the region is what lacks data.
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case_dict(region="110105"), ensure_ascii=False), encoding="utf-8")
    result = run_check(path, "--json")
    assert result.returncode == 2
    (error,) = json.loads(result.stdout)["errors"]
    assert error["path"] == "region" and "110105" in error["message"]


@pytest.mark.parametrize("value", ["abc", "-1", "NaN"])
def test_bad_override_value(value):
    with pytest.raises(InvalidOverride):
        ParameterBook().with_override("min_wage_monthly", value)


def test_override_is_used_and_reported():
    book = ParameterBook().with_override("min_wage_monthly", "2500", "厦门市人社局通知（测试）")
    result = assessed(book=book)
    assert result.final_award.cap == Decimal("30000.00")  # 12 × 2500
    used = result.parameter("min_wage_monthly")
    assert used.status == "override" and used.source == "厦门市人社局通知（测试）"
    assert any("月最低工资标准" in w.render() and "2,500.00元" in w.render() for w in result.warnings)


def test_set_and_params_file_on_the_command_line(tmp_path):
    path = tmp_path / "case.json"
    # 15 years at 30000 (2011-07-01..2026-06-30), severance claimed.
    path.write_text(json.dumps(case_dict(
        employment={"start_date": "2011-07-01", "end_date": "2026-06-30", "monthly_wage": "30000",
                    "end_reason": "mutual"},
        claims=[{"kind": "severance"}]), ensure_ascii=False), encoding="utf-8")
    params = tmp_path / "overrides.toml"
    params.write_text('[parameters]\n'
                      'avg_monthly_wage_prev_year = { value = "9000", source = "厦门市统计公报" }\n',
                      encoding="utf-8")
    # 劳动合同法第四十七条第二款: 3 × 9000 = 27000 × 12 years = 324000.00.
    from_file = json.loads(run_check(path, "--json", "--params", str(params)).stdout)
    assert from_file["total"] == "324000.00"
    used = next(p for p in from_file["parameters"] if p["name"] == "avg_monthly_wage_prev_year")
    assert (used["status"], used["source"]) == ("override", "厦门市统计公报")
    # --set wins over the file: 3 × 12000 = 36000 ≥ 30000, no cap: 15 × 30000 = 450000.00.
    both = json.loads(run_check(path, "--json", "--params", str(params), "--set",
                                "avg_monthly_wage_prev_year=12000").stdout)
    assert both["total"] == "450000.00"
    assert any("本市上年度职工月平均工资" in w for w in both["warnings"])


@pytest.mark.parametrize(("option", "value"),
                         [("--set", "no_such_parameter=1"), ("--set", "min_wage_monthly=x")])
def test_bad_set_option_exits_2(tmp_path, option, value):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case_dict(), ensure_ascii=False), encoding="utf-8")
    result = run_check(path, "--json", option, value)
    assert result.returncode == 2
    assert json.loads(result.stdout)["errors"][0]["path"] == "--set"


def test_non_statute_parameters_are_warned_and_statute_ones_are_not():
    result = assessed()
    warnings = [w.render() for w in result.warnings]
    # min_wage_monthly is [secondary]; the Fujian average wage is [conflict] with 112185 as the alternative.
    # Warnings name parameters in words (lawgen.labels), never by their ids.
    assert any("月最低工资标准" in w and "请以官方通知为准" in w for w in warnings)
    assert any("上年度就业人员年平均工资" in w and "112185" in w for w in warnings)
    assert not any("终局裁决上限月数" in w for w in warnings)
    assert not any(re.search(r"[a-z]+_[a-z]+", w) for w in warnings)
    # The thresholds derived from that average (民诉法解释第二百七十二条) are explained once, with both
    # figures: 112377 × 50% = 56188.50 and 112185 × 50% = 56092.50, not warned about again.
    assert not any(w.startswith("小额诉讼标的额上限") for w in warnings)
    assert any("56,188.50" in r.render() and "56,092.50" in r.render() for r in result.small_claims.reasons)
    json_parameters = {p["name"]: p for p in result.as_json()["parameters"]}
    assert json_parameters["small_claims_mandatory_max"]["status"] == "conflict"
    assert json_parameters["final_award_cap_months"]["status"] == "statute"
