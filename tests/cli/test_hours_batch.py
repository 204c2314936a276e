"""Batch generation reads the order records a case file names (issue 16, item 6): the packet gains the annex,
and a case whose records have a bad row is reported with the row number while the other cases go on."""

from __future__ import annotations

import json
import shutil

from lawgen.cli import main
from tests.support.paths import EXAMPLES

CASE = "08-food-delivery-order-records.json"
RECORDS = "08-order-records.csv"


def test_batch_completes_cases_from_their_records(tmp_path, capsys):
    cases = tmp_path / "cases"
    (cases / "broken").mkdir(parents=True)
    shutil.copy(EXAMPLES / CASE, cases / CASE)
    shutil.copy(EXAMPLES / RECORDS, cases / RECORDS)
    # a second case beside it whose records have an unreadable time on row 3
    broken = json.loads((EXAMPLES / CASE).read_text(encoding="utf-8"))
    broken["records"]["file"] = "broken/orders.csv"
    (cases / "another.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    lines = (EXAMPLES / RECORDS).read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace("2025-09-22 10", "2025-09-22 1O", 1)  # a letter O for a zero
    (cases / "broken" / "orders.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    code = main(["batch", str(cases), "-o", str(tmp_path / "out"), "--jobs", "1"])
    capsys.readouterr()
    assert code == 1  # some failed
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    by_file = {entry["file"]: entry for entry in report["results"]}
    assert f"{CASE[:-5]}/04-工作时间及加班计算表.docx" in by_file[CASE]["documents"]
    errors = " ".join(e["message"] for e in by_file["another.json"]["errors"])
    assert "第3行" in errors and "无法识别" in errors
