"""The annex 工作时间及加班计算表 in the packet of a case that names its order records (issue 16, item 5):
the weekly table with the hand-checkable totals, listed in the evidence list, one sentence in the facts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from lawgen.cli import main
from lawgen.documents.annex import week_label
from lawgen.documents.packet import document_text
from tests.support.paths import EXAMPLES

CASE = EXAMPLES / "08-food-delivery-order-records.json"


@pytest.fixture(scope="module")
def packet(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("packet")
    assert main(["generate", str(CASE), "-o", str(out)]) == 0
    return out


def test_the_packet_holds_the_annex_after_the_evidence_list(packet):
    names = sorted(p.name for p in packet.glob("*.docx"))
    assert names == ["01-劳动人事争议仲裁申请书.docx", "02-劳动保障监察投诉书.docx", "03-证据清单.docx",
                     "04-工作时间及加班计算表.docx", "05-程序对比表.docx", "06-催告函.docx",
                     "07-给劳动者的一页说明.docx"]


def test_the_annex_shows_each_week_and_the_totals(packet):
    text = document_text(packet / "04-工作时间及加班计算表.docx")
    joined = "\n".join(text)
    assert "计算期间：2025年9月22日至2025年10月19日" in joined and "共423单" in joined
    # week of 9.29: 国庆 10.1–10.3 statutory, 9.29–9.30 working, 10.4–10.5 weekend; the totals row
    assert ["9.29–10.5", "7", "66.17", "78.87", "2.57", "19.22", "28.38", "10.1–10.3法定休假日"] == \
        text[text.index("9.29–10.5"):text.index("9.29–10.5") + 8]
    # the year on the first week (and wherever it changes): the later weeks give month and day
    weeks = [cell for cell in text if "–" in cell and cell[0].isdigit() and "法定" not in cell]
    assert weeks == ["2025.9.22–9.28", "9.29–10.5", "10.6–10.12", "10.13–10.19"]
    assert text[text.index("合计"):text.index("合计") + 7] == ["合计", "25", "238.05", "293.42", "20.17",
                                                              "68.13", "37.75"]
    # 5400 ÷ 21.75 ÷ 8 × (20.17 × 150% + 68.13 × 200% + 37.75 × 300%) = 8682.36
    assert "＝8,682.36元" in joined
    assert "10.6法定休假日；10.7–10.8调休放假；10.11调休上班" in joined
    # the total is converted once from all the minutes: the rules say why it may differ from the weeks' sum
    assert "合计由全部时间一次换算，因此可能与各周数字相加相差0.01小时" in joined
    assert "9.28调休上班" in joined
    for machine in ("records", ".csv", "--", "waiting_allowance"):
        assert machine not in joined


def test_the_evidence_list_and_the_facts_name_it(packet):
    evidence = "\n".join(document_text(packet / "03-证据清单.docx"))
    assert "工作时间及加班计算表" in evidence and "劳动者根据平台订单记录（美团外卖）制作" in evidence
    # the records themselves are evidence too: electronic data on the worker's phone, 423 orders
    assert "平台订单记录" in evidence and "电子数据（手机）" in evidence and "423单" in evidence
    application = "\n".join(document_text(packet / "01-劳动人事争议仲裁申请书.docx"))
    assert ("申请人共工作25天，按人力资源社会保障部《新就业形态劳动者休息和劳动报酬权益保障指引》"
            "第四条计算工作时间合计238.05小时，其中工作日延长工作时间20.17小时、休息日工作68.13小时、"
            "法定休假日工作37.75小时") in application
    assert "2025年9月22日至2025年10月19日期间的加班费8,682.36元" in application


def test_a_case_whose_records_have_a_bad_row_stops_with_the_row_number(tmp_path, capsys):
    shutil.copy(CASE, tmp_path / CASE.name)
    lines = (EXAMPLES / "08-order-records.csv").read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace("2025-09-22", "2025-13-22", 1)
    (tmp_path / "08-order-records.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["generate", str(tmp_path / CASE.name), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "第6行" in err and "无法识别" in err and not (tmp_path / "out").exists()



def test_a_case_naming_its_records_by_absolute_path_gets_the_filled_annex(tmp_path):
    """As the wizard's import saves it: the records named by their full path, the case not completed first."""
    import json

    from lawgen.case import parse_case
    from lawgen.documents.packet import generate_packet
    from lawgen.law import assess

    data = json.loads(CASE.read_text(encoding="utf-8"))
    data["records"]["file"] = str((EXAMPLES / "08-order-records.csv").resolve())
    generate_packet(assess(parse_case(data)), tmp_path)
    text = document_text(tmp_path / "04-工作时间及加班计算表.docx")
    assert text[text.index("合计"):text.index("合计") + 7] == ["合计", "25", "238.05", "293.42", "20.17",
                                                              "68.13", "37.75"]


@pytest.mark.parametrize(("monday", "with_year", "label"), [
    (dt.date(2025, 9, 22), True, "2025.9.22–9.28"),
    (dt.date(2025, 9, 29), False, "9.29–10.5"),
    # a week that runs into the next year names the new year at its end
    (dt.date(2025, 12, 29), False, "12.29–2026.1.4"),
    (dt.date(2026, 1, 5), True, "2026.1.5–1.11"),
])
def test_week_labels_carry_the_year_where_a_reader_needs_it(monday, with_year, label):
    assert week_label(monday, monday + dt.timedelta(days=6), with_year) == label
