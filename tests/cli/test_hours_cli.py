"""``lawgen hours``: the summary of an order-records file, and every bad input of issue 16 reported with its
row number and what to fix — never a traceback."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from lawgen.cli import main
from tests.support.paths import EXAMPLES

HEADER = "订单号,接单时间,取货时间,送达时间,配送费,平台,站点\n"
GOOD = [
    "A1,2026-03-02 09:00,2026-03-02 09:10,2026-03-02 13:00,6.50,美团,湖里站",
    "A2,2026-03-02 14:00,,2026-03-02 19:00,7.00,美团,湖里站",
]


def write(tmp_path: Path, lines: list[str], name: str = "orders.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes((HEADER + "\n".join(lines) + "\n").encode(encoding))
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["--lang", "zh", "hours", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def hours_json(capsys, *args: str) -> dict:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


def test_a_good_file_gives_the_summary(tmp_path, capsys):
    """09:00–13:00 and 14:00–19:00 on a Monday (gap 60 min > 20): 9 h worked, 1 h beyond 8 at 150%."""
    data = hours_json(capsys, str(write(tmp_path, GOOD)))
    assert data["format"] == "lawgen.hours/1"
    assert (data["worked_hours"], data["overtime_hours"]["weekday"]) == ("9.00", "1.00")
    assert data["proposed_claim"] == {"kind": "overtime", "from": "2026-03-02", "to": "2026-03-02",
                                      "weekday_hours": "1.00", "rest_day_hours": "0.00",
                                      "holiday_hours": "0.00"}
    assert data["income"] == "13.50" and data["problems"] == []


@pytest.mark.parametrize(("bad_row", "says"), [
    ("B1,2026-03-02 25:61,,2026-03-02 19:00,5,美团,湖里站", "接单时间无法识别"),  # never quoted (s7-gatk)
    ("B1,昨天下午,,2026-03-02 19:00,5,美团,湖里站", "无法识别"),
    ("B1,2026-03-02 15:00,,2026-03-02 14:00,5,美团,湖里站", "送达时间早于接单时间"),
    ("B1,2026-03-01 08:00,,2026-03-02 09:00,5,美团,湖里站", "超过24小时"),
    ("B1,2026-03-02 15:00,,,5,美团,湖里站", "缺少送达时间"),
    ("B1,2026-03-02 15:00,,2026-03-02 15:30,五元,美团,湖里站", "收入不是金额"),
    ("B1,2026-03-02 15:00,2026-03-02 16:00,2026-03-02 15:30,5,美团,湖里站", "取货时间不在"),
])
def test_a_bad_row_is_reported_with_its_number_and_nothing_is_counted_without_agreement(
        tmp_path, capsys, bad_row, says):
    path = write(tmp_path, [GOOD[0], bad_row, GOOD[1]])
    code, out, err = run(capsys, str(path))
    assert code == 2 and out == ""
    assert "第3行" in err and says in err and "--skip-bad-rows" in err
    assert "Traceback" not in err
    # the volunteer agrees: the good rows are counted, the bad one is still listed
    data = hours_json(capsys, str(path), "--skip-bad-rows")
    assert data["orders_counted"] == 2 and data["worked_hours"] == "9.00"
    assert [p["row"] for p in data["problems"]] == [3]


def test_a_duplicate_order_is_counted_once_and_named(tmp_path, capsys):
    data = hours_json(capsys, str(write(tmp_path, [GOOD[0], GOOD[1], GOOD[0]])))
    assert data["orders_counted"] == 2 and data["worked_hours"] == "9.00"
    same = "与第2行是同一单，只计一次；如确是两单，请核对订单号或时间"
    assert data["problems"] == [{"row": 4, "message": same, "counted_once": True}]


def test_a_gbk_file_is_read_and_the_volunteer_told(tmp_path, capsys):
    data = hours_json(capsys, str(write(tmp_path, GOOD, encoding="gbk")))
    assert data["worked_hours"] == "9.00" and data["mapping"]["accepted"] == "接单时间"
    assert any("GBK" in notice for notice in data["notices"])


def test_dates_as_people_write_them_and_a_date_column(tmp_path, capsys):
    """2026/3/2 9:00, 2026年3月2日 13时00分 …; a transcribed sheet with a date column and times alone, the
    last order running past midnight (22:30 to 00:30: 1.5 h on Monday, 0.5 h on Tuesday)."""
    path = tmp_path / "handwritten.csv"
    path.write_text("日期,开始时间,结束时间,收入\n"
                    "2026/3/2,9:00,13:00,20\n"
                    "2026年3月2日,14：00,19:00,20\n"
                    "2026.03.02,22:30,0:30,10\n", encoding="utf-8")
    data = hours_json(capsys, str(path))
    assert [(d["day"], d["worked_hours"]) for d in data["days"]] == [("2026-03-02", "10.50"),
                                                                     ("2026-03-03", "0.50")]
    assert data["overtime_hours"]["weekday"] == "2.50"  # 10.5 − 8 on Monday


def test_a_column_mapping_for_headers_lawgen_does_not_know(tmp_path, capsys):
    path = tmp_path / "didi.csv"
    path.write_text("行程编号,乘客上车,乘客下车,实收\nD1,2026-03-02 08:00,2026-03-02 17:30,300\n",
                    encoding="utf-8")
    code, _, err = run(capsys, str(path))
    assert code == 2 and "没有找到表头" in err
    data = hours_json(capsys, str(path), "--map", "accepted=乘客上车", "--map", "delivered=乘客下车",
                      "--map", "fee=实收")
    assert (data["worked_hours"], data["overtime_hours"]["weekday"], data["income"]) == ("9.50", "1.50",
                                                                                        "300.00")


def test_an_xlsx_with_several_sheets(tmp_path, capsys):
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active.title = "说明"
    workbook.active.append(["本表为平台导出的订单"])
    sheet = workbook.create_sheet("订单")
    sheet.append(["订单号", "接单时间", "送达时间", "配送费"])
    import datetime as dt

    sheet.append(["X1", dt.datetime(2026, 3, 7, 10, 0), dt.datetime(2026, 3, 7, 13, 0), 12.5])
    other = workbook.create_sheet("上月")
    other.append(["订单号", "接单时间", "送达时间", "配送费"])
    other.append(["Y1", "2026-02-02 10:00", "2026-02-02 11:00", "5"])
    path = tmp_path / "orders.xlsx"
    workbook.save(path)
    data = hours_json(capsys, str(path))
    assert data["sheet"] == "订单" and data["overtime_hours"]["rest_day"] == "3.00"  # a Saturday: 200%
    assert any("3张工作表" in notice and "订单" in notice for notice in data["notices"])
    data = hours_json(capsys, str(path), "--sheet", "上月")
    assert data["first_day"] == "2026-02-02" and data["worked_hours"] == "1.00"
    code, _, err = run(capsys, str(path), "--sheet", "去年")
    assert code == 2 and "没有名为“去年”的工作表" in err


JUNK = {
    "10 MB of random bytes": lambda: os.urandom(10 * 1024 * 1024),
    "a zip header then junk": lambda: b"PK\x03\x04" + os.urandom(4096),
    "a PDF": lambda: b"%PDF-1.7\n" + os.urandom(100),
    "prose, no header": lambda: ("这不是表格，只是一段文字。\n" * 20_000).encode("utf-8"),
}


@pytest.mark.parametrize("junk", JUNK, ids=list(JUNK))
def test_junk_is_refused_with_what_to_do(tmp_path, capsys, junk):
    path = tmp_path / "orders.csv"
    path.write_bytes(JUNK[junk]())
    code, out, err = run(capsys, str(path))
    assert code == 2 and out == "" and "Traceback" not in err
    assert "CSV" in err or "表头" in err


def test_a_missing_file(tmp_path, capsys):
    code, _, err = run(capsys, str(tmp_path / "nothing.csv"))
    assert code == 2 and "无法读取订单记录文件" in err


def test_with_the_case_the_overtime_pay_and_the_minimum_wage(capsys):
    """The example: 4 weeks of records; the case's monthly wage 5,400 gives the hourly base
    5,400 ÷ 21.75 ÷ 8 = 31.0345; × (20.17 × 1.5 + 68.13 × 2 + 37.75 × 3 = 279.765) = 8,682.36."""
    data = hours_json(capsys, str(EXAMPLES / "08-order-records.csv"), "--case",
                      str(EXAMPLES / "08-food-delivery-order-records.json"))
    assert data["overtime_hours"] == {"weekday": "20.17", "rest_day": "68.13", "holiday": "37.75",
                                      "total": "126.05"}
    assert data["overtime_claim"]["amount"] == "8682.36"
    # income per hour far below Xiamen's hourly minimum (23.5, secondary source) in both months
    assert [m["below_hourly_minimum"] for m in data["months"]] == [True, True]
    assert data["relationship"]["category"] == "labor"


def test_the_text_report_in_english(capsys):
    code = main(["--lang", "en", "hours", str(EXAMPLES / "08-order-records.csv")])
    out = capsys.readouterr().out
    assert code == 0 and "Traceback" not in out
    assert "20.17" in out


def test_each_interface_says_how_to_agree_or_name_the_columns_in_its_own_terms(tmp_path, capsys):
    """The command names its options; a case file, its records' keys (as the error's field)."""
    records = EXAMPLES / "08-order-records.csv"
    lines = records.read_text(encoding="utf-8").splitlines()
    lines[3] = lines[3].replace("2025-09-22", "2025-09-32", 1)
    (tmp_path / records.name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    case = tmp_path / "case.json"
    case.write_bytes((EXAMPLES / "08-food-delivery-order-records.json").read_bytes())
    assert main(["--lang", "zh", "check", str(case)]) == 2
    err = capsys.readouterr().err
    assert "records.skip_bad_rows: 写 true 则只计算无误的行" in err and "--" not in err
    code, _, err = run(capsys, str(tmp_path / records.name))
    assert code == 2 and "只计算无误的行：命令加 --skip-bad-rows" in err
    (tmp_path / records.name).write_text("订单号,金额\nMT1,5\n", encoding="utf-8")
    assert main(["--lang", "zh", "check", str(case)]) == 2
    err = capsys.readouterr().err
    assert "records.mapping: 或在此写明每一列的含义" in err and "--" not in err
    code, _, err = run(capsys, str(tmp_path / records.name))
    assert code == 2 and "或用 --map 写明哪一列是什么" in err and "records.mapping" not in err
