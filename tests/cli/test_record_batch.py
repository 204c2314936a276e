"""`lawgen batch` gives each case the documents of its current stage (as ``documents_for_stage`` chooses
them) and its deadline calendar; after a judgment the first filings are left out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from lawgen.calendar import CALENDAR_FILE
from lawgen.case import load_case
from lawgen.cli import EXIT_OK, main
from lawgen.documents.packet import TITLES
from lawgen.documents.stage_documents import documents_for_stage
from lawgen.law import assess
from tests.support.paths import ROOT

CASES = ("judgment-unpaid", "final-award-unpaid", "mediation-unhonoured")


def test_batch_writes_each_case_its_stage_documents(tmp_path: Path) -> None:
    source = tmp_path / "cases"
    source.mkdir()
    for name in CASES:
        shutil.copyfile(ROOT / "tests" / "cases" / f"{name}.json", source / f"{name}.json")
    out = tmp_path / "out"
    assert main(["batch", str(source), "-o", str(out), "--jobs", "1"]) == EXIT_OK
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    for result in report["results"]:
        name = result["file"].removesuffix(".json")
        written = [Path(document).name for document in result["documents"]]
        kinds = documents_for_stage(assess(load_case(source / result["file"])))
        assert kinds, name  # each of these cases is at a stage with a document of its own
        for kind in kinds:
            assert any(file.endswith(f"-{TITLES[kind]}.docx") for file in written), (name, kind, written)
        if name == "judgment-unpaid":  # past the suit: no application, no complaint
            assert not any("仲裁申请书" in file or "起诉状" in file for file in written), written
        assert written[-1].endswith("给劳动者的一页说明.docx")  # the summary stays last
        calendar = out / name / CALENDAR_FILE
        assert not calendar.exists() or calendar.read_bytes().startswith(b"BEGIN:VCALENDAR")
