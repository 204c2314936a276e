"""``lawgen generate``: files for workers, owner-only, never over another case's packet without --force."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK, main
from lawgen.documents.packet import MARKER, document_text
from tests.support.documents_cases import EXAMPLE, ROOT, case_data


def _write_case(folder: Path, data: dict) -> Path:
    path = folder / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_generate_writes_named_private_files_and_says_so(tmp_path: Path, capsys: pytest.CaptureFixture
                                                        ) -> None:
    out = tmp_path / "packet"
    assert main(["generate", str(EXAMPLE), "-o", str(out)]) == EXIT_OK
    printed = capsys.readouterr().out
    names = sorted(p.name for p in out.iterdir())
    assert names == [MARKER, "01-劳动人事争议仲裁申请书.docx", "02-劳动保障监察投诉书.docx",
                     "03-证据清单.docx", "04-程序对比表.docx", "05-催告函.docx", "06-给劳动者的一页说明.docx",
                     "期限提醒.ics"]
    for name in names[1:]:
        assert str(out / name) in printed
    assert (out.stat().st_mode & 0o777) == 0o700
    assert all((p.stat().st_mode & 0o777) == 0o600 for p in out.iterdir())


def test_marker_holds_no_personal_data(tmp_path: Path) -> None:
    assert main(["generate", str(EXAMPLE), "-o", str(tmp_path)]) == EXIT_OK
    marker = (tmp_path / MARKER).read_text(encoding="utf-8")
    data = case_data()
    for personal in (data["worker"]["name"], data["worker"]["id_number"], data["worker"]["phone"],
                     data["respondents"][0]["name"], data["respondents"][0]["credit_code"]):
        assert personal not in marker


def test_refuses_another_cases_folder_without_force(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "packet"
    assert main(["generate", str(EXAMPLE), "-o", str(out)]) == EXIT_OK
    before = (out / "01-劳动人事争议仲裁申请书.docx").read_bytes()
    other = case_data()
    other["worker"].update(name="张三", id_number="11010519491231002X", gender="女")
    other_path = _write_case(tmp_path, other)
    capsys.readouterr()
    assert main(["generate", str(other_path), "-o", str(out)]) == EXIT_FAILED
    assert "--force" in capsys.readouterr().err
    assert (out / "01-劳动人事争议仲裁申请书.docx").read_bytes() == before
    assert main(["generate", str(other_path), "-o", str(out), "--force"]) == EXIT_OK
    assert "张三" in "\n".join(document_text(out / "01-劳动人事争议仲裁申请书.docx"))


def test_same_case_regenerates_and_drops_documents_it_no_longer_has(tmp_path: Path) -> None:
    with_agent = case_data()
    with_agent["agent"] = {"name": "王律师"}
    assert main(["generate", str(_write_case(tmp_path, with_agent)), "-o", str(tmp_path / "p")]) == EXIT_OK
    assert (tmp_path / "p" / "05-授权委托书.docx").exists()
    assert main(["generate", str(EXAMPLE), "-o", str(tmp_path / "p")]) == EXIT_OK  # the agent is gone
    assert not (tmp_path / "p" / "05-授权委托书.docx").exists()


def test_refuses_unmarked_files_it_would_overwrite(tmp_path: Path) -> None:
    (tmp_path / "03-证据清单.docx").write_bytes(b"someone else's")
    assert main(["generate", str(EXAMPLE), "-o", str(tmp_path)]) == EXIT_FAILED
    assert (tmp_path / "03-证据清单.docx").read_bytes() == b"someone else's"


def test_invalid_case_is_reported_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    data = case_data()
    data["worker"]["id_number"] = "350203199805120011"
    assert main(["generate", str(_write_case(tmp_path, data)), "-o", str(tmp_path / "p")]) == EXIT_INVALID
    assert "worker.id_number" in capsys.readouterr().err
    assert not (tmp_path / "p").exists()


def test_custom_templates_fall_back_per_file(tmp_path: Path) -> None:
    from docx import Document

    custom = tmp_path / "court"
    custom.mkdir()
    document = Document()
    document.add_paragraph("本院证据目录：{{ worker.name }}，共{{ evidence|length }}项")
    document.save(custom / "evidence_list.docx")
    out = tmp_path / "p"
    assert main(["generate", str(EXAMPLE), "-o", str(out), "--templates", str(custom)]) == EXIT_OK
    assert document_text(out / "03-证据清单.docx") == ["本院证据目录：林小海，共3项"]
    assert "劳动人事争议仲裁申请书" in document_text(out / "01-劳动人事争议仲裁申请书.docx")


def test_pdf_without_libreoffice_keeps_the_docx_and_says_how_to_install(tmp_path: Path) -> None:
    # The child is this very interpreter (so it keeps the virtual environment and its packages), with a PATH
    # that holds no soffice: a symlink to it outside the venv would lose the venv's site-packages.
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    out = tmp_path / "p"
    env = {**os.environ, "PATH": str(empty_bin), "PYTHONPATH": str(ROOT)}
    command = [sys.executable, "-m", "lawgen", "generate", str(EXAMPLE), "-o", str(out), "--pdf"]
    result = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    assert result.returncode == EXIT_FAILED
    assert "LibreOffice" in result.stderr and "apt-get install" in result.stderr
    assert len(list(out.glob("*.docx"))) == 6 and not list(out.glob("*.pdf"))


def test_public_api_keeps_its_signature() -> None:
    """The wizard and batch call these; their signatures are a contract."""
    import inspect

    from lawgen.documents import packet

    assert str(inspect.signature(packet.generate_packet)) == (
        "(assessment: 'Assessment', out_dir: 'Path', *, pdf: 'bool' = False, force: 'bool' = False, "
        "templates_dir: 'Path | None' = None, office: 'Converter | None' = None) -> 'list[Path]'"
    )
    signature = "(assessment: 'Assessment') -> 'list[DocumentSpec]'"
    assert str(inspect.signature(packet.packet_documents)) == signature
    assert str(inspect.signature(packet.document_text)) == "(path: 'Path') -> 'list[str]'"
