"""``lawgen batch``: every case file into its packet folder; bad ones reported and skipped; a report."""

from __future__ import annotations

import json
import os
import stat
import subprocess
from pathlib import Path

import pytest

from lawgen.case import load_case
from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK, main
from lawgen.documents.packet import document_text, generate_packet
from lawgen.law import assess
from lawgen.resources import resource_dir

EXAMPLE_FILE = resource_dir("examples") / "01-food-delivery-unlawful-dismissal.json"
EXAMPLE = json.loads(EXAMPLE_FILE.read_text(encoding="utf-8"))
PACKET = ["01-劳动人事争议仲裁申请书.docx", "02-劳动保障监察投诉书.docx", "03-证据清单.docx",
          "04-程序对比表.docx", "05-催告函.docx", "06-给劳动者的一页说明.docx"]


def write_case(folder: Path, name: str, **changes: object) -> Path:
    case = json.loads(json.dumps(EXAMPLE))
    for dotted, value in changes.items():
        target = case
        *parents, last = dotted.split("__")
        for key in parents:
            target = target[int(key)] if isinstance(target, list) else target[key]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value
    path = folder / name
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    return path


def run_batch(source: Path, out: Path, *options: str) -> int:
    return main(["--lang", "zh", "batch", str(source), "-o", str(out), *options])


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Two good cases, and one of every kind of bad one."""
    source = tmp_path / "cases"
    source.mkdir()
    write_case(source, "ZHANG.json", worker__name="张三")
    write_case(source, "Li.json", worker__name="李四", worker__phone="13900000000")
    (source / "broken.json").write_text('{"format": "lawgen.case/1",', encoding="utf-8")
    write_case(source, "bad-date.json", worker__name="王五", claims__0__from="2026-13-01")
    write_case(source, "beijing.json", region="110101")  # no minimum wage known for Beijing
    (source / "not-utf8.json").write_bytes(b'{"worker": "\xff\xfe"}')
    (source / "folder.json").mkdir()  # unreadable as a file, even for root
    write_case(source, "zhang.json", worker__name="张三丰")  # would share ZHANG's folder on Windows and macOS
    (source / "notes.txt").write_text("not a case", encoding="utf-8")
    (source / ".hidden.json").write_text("{}", encoding="utf-8")
    return source


def test_good_cases_are_generated_and_bad_ones_reported_and_skipped(mixed_folder: Path, tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "out"
    assert run_batch(mixed_folder, out, "--jobs", "2") == EXIT_FAILED

    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    counts = (report["cases"], report["succeeded"], report["failed"], report["documents"])
    assert (report["format"], counts) == ("lawgen.batch-report/1", (8, 2, 6, 12))  # 2 packets of 6 documents
    results = {result["file"]: result for result in report["results"]}
    assert [result["file"] for result in report["results"]] == sorted(results)  # name order, not finish order
    assert results["ZHANG.json"] == {"file": "ZHANG.json", "status": "ok", "folder": "ZHANG",
                                     "documents": [f"ZHANG/{name}" for name in PACKET], "errors": []}
    assert results["Li.json"]["documents"] == [f"Li/{name}" for name in PACKET]
    errors = {name: [(e["path"], e["message"]) for e in result["errors"]]
              for name, result in results.items() if result["status"] == "failed"}
    assert {name: result["folder"] for name, result in results.items() if result["status"] == "failed"} == {
        name: None for name in errors}
    assert errors["bad-date.json"] == [("claims[0].from", "不是有效的日期")]
    assert errors["broken.json"][0][0] == ""
    assert errors["broken.json"][0][1].startswith("不是有效的 JSON：第1行")
    # Beijing has no small-claims figures: the first value a verdict needs is named in words.
    assert errors["beijing.json"][0][0] == "region" and "没有已知取值" in errors["beijing.json"][0][1]
    assert errors["not-utf8.json"] == [("", "文件不是 UTF-8 编码（第12个字节处）；请在编辑器中另存为 UTF-8")]
    assert errors["folder.json"][0][1].startswith("无法读取文件")
    # The first in name order (ZHANG) keeps the folder; the later one is reported, nothing overwritten.
    assert errors["zhang.json"] == [
        ("", "输出文件夹 zhang 已被 ZHANG.json 占用（文件夹名不区分大小写）；请重命名此案件文件")]
    assert set(errors) == {"bad-date.json", "broken.json", "beijing.json", "not-utf8.json", "folder.json",
                           "zhang.json"}
    assert sorted(path.name for path in out.iterdir()) == ["Li", "ZHANG", "report.json"]

    # The packets are real, owner-only, and the same as `lawgen generate` writes.
    for folder in ("ZHANG", "Li"):
        assert sorted(p.name for p in (out / folder).glob("*.docx")) == PACKET
        assert stat.S_IMODE((out / folder).stat().st_mode) == 0o700
        assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in (out / folder).iterdir())
    assert "姓名：李四" in document_text(out / "Li" / PACKET[0])[2]
    assert stat.S_IMODE((out / "report.json").stat().st_mode) == 0o600

    err = capsys.readouterr().err
    assert "bad-date.json: claims[0].from: 不是有效的日期" in err
    assert "王五" not in err and "13900000000" not in err  # where and what, never the case's data


def test_all_good_exits_0_and_matches_lawgen_generate(tmp_path: Path) -> None:
    source = tmp_path / "cases"
    source.mkdir()
    case_file = write_case(source, "one.json", worker__name="赵六")
    write_case(source, "two.json", worker__name="孙七")
    out = tmp_path / "out"
    assert run_batch(source, out, "--jobs", "1") == EXIT_OK
    single = generate_packet(assess(load_case(case_file)), tmp_path / "single")
    for document in single:
        assert document_text(out / "one" / document.name) == document_text(document)
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert (report["succeeded"], report["failed"], report["documents"]) == (2, 0, 12)

    # Again into the same folder: the same cases are recognised and their packets rewritten.
    assert run_batch(source, out, "--jobs", "1") == EXIT_OK
    # A different case under a known name is refused (it would overwrite another worker's filings)...
    write_case(source, "two.json", worker__name="周八", worker__id_number=None)
    assert run_batch(source, out, "--jobs", "1") == EXIT_FAILED
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert [r["status"] for r in report["results"]] == ["ok", "failed"]
    assert "已有另一个案件的文书" in report["results"][1]["errors"][0]["message"]
    assert "姓名：孙七" in document_text(out / "two" / PACKET[0])[2]
    # ...unless --force.
    assert run_batch(source, out, "--jobs", "1", "--force") == EXIT_OK
    assert "姓名：周八" in document_text(out / "two" / PACKET[0])[2]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a file whatever its mode")
def test_a_file_without_read_permission_is_reported(tmp_path: Path) -> None:
    source = tmp_path / "cases"
    source.mkdir()
    write_case(source, "good.json")
    write_case(source, "locked.json").chmod(0)
    assert run_batch(source, tmp_path / "out", "--jobs", "1") == EXIT_FAILED
    report = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    assert report["results"][1]["errors"][0]["message"].startswith("无法读取文件")


@pytest.mark.parametrize("options, expected", [
    ((), "不存在"),
    (("--jobs", "0"), "--jobs 应为正整数"),
    (("--set", "no_such_parameter=1"), "未知参数"),
    (("--templates", "{missing}"), "模板文件夹"),  # a folder that does not exist (under tmp_path)
])
def test_nothing_starts_on_bad_options(tmp_path: Path, capsys: pytest.CaptureFixture,
                                       options: tuple[str, ...], expected: str) -> None:
    source = tmp_path / "cases"
    if options:
        source.mkdir()
        write_case(source, "one.json")
    options = tuple(option.format(missing=tmp_path / "no-such-folder") for option in options)
    assert run_batch(source, tmp_path / "out", *options) == EXIT_INVALID
    assert expected in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_a_folder_without_case_files_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "cases").mkdir()
    (tmp_path / "cases" / "readme.txt").write_text("", encoding="utf-8")
    assert run_batch(tmp_path / "cases", tmp_path / "out") == EXIT_INVALID
    assert "没有案件文件" in capsys.readouterr().err


@pytest.mark.slow
def test_pdf_for_packets_whose_documents_share_names(tmp_path: Path) -> None:
    """Every packet has a 01-劳动人事争议仲裁申请书.docx: one LibreOffice process converts them all, each
    PDF lands beside its own document."""
    source = tmp_path / "cases"
    source.mkdir()
    write_case(source, "one.json", worker__name="赵六")
    write_case(source, "two.json", worker__name="孙七")
    out = tmp_path / "out"
    assert run_batch(source, out, "--jobs", "1", "--pdf") == EXIT_OK
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    pdfs = [name.replace(".docx", ".pdf") for name in PACKET]
    assert report["results"][0]["documents"] == [f"one/{name}" for name in PACKET + pdfs]
    for folder, worker in (("one", "赵六"), ("two", "孙七")):
        first = out / folder / pdfs[0]
        assert first.read_bytes().startswith(b"%PDF") and stat.S_IMODE(first.stat().st_mode) == 0o600
        text = subprocess.run(["pdftotext", str(first), "-"], capture_output=True, text=True, check=True)
        assert worker in text.stdout
    assert sorted(path.name for path in out.iterdir()) == ["one", "report.json", "two"]  # no staging left


def test_a_courts_own_template_is_used_for_every_case(tmp_path: Path) -> None:
    from docx import Document

    from lawgen.documents.render import shipped_templates

    templates = tmp_path / "templates"
    templates.mkdir()
    document = Document(str(shipped_templates() / "evidence_list.docx"))
    document.add_paragraph("本院自制格式：{{ worker.name }}")
    document.save(str(templates / "evidence_list.docx"))
    source = tmp_path / "cases"
    source.mkdir()
    write_case(source, "one.json", worker__name="赵六")
    write_case(source, "two.json", worker__name="孙七")
    out = tmp_path / "out"
    assert run_batch(source, out, "--jobs", "2", "--templates", str(templates)) == EXIT_OK
    assert document_text(out / "one" / PACKET[2])[-1] == "本院自制格式：赵六"
    assert document_text(out / "two" / PACKET[2])[-1] == "本院自制格式：孙七"
    assert "本院自制格式" not in "".join(document_text(out / "two" / PACKET[0]))
