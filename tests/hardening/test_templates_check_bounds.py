"""Issue 13, item 8: ``lawgen templates check`` is bounded like rendering.

Before: a 1.6 MB zip bomb (1.5 GiB document.xml) took 6.3 GB and 19 s, then a traceback; 200,000 tags
took 2.3 GB and 38 s and "passed"; deep nesting, UTF-16 and undefined entities gave tracebacks; a FIFO
named ``*.docx`` hung it; macro-enabled files passed. Each hostile template here gets its problem named,
exit status 1, no traceback, within bounded time and memory.
"""

from __future__ import annotations

import os
import struct
import time
import zipfile
from pathlib import Path

import pytest

from lawgen.documents.check import MAX_TAGS, TEMPLATE_MAX_BYTES, check_folder
from lawgen.documents.render import shipped_templates
from tests.support.cli import run_lawgen
from tests.support.forked import ForkServer

NAME = "arbitration_application.docx"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
MACRO_TYPE = "application/vnd.ms-word.document.macroEnabled.main+xml"
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
PEAK_MAX_MB = 400  # the check's whole process tree, at its largest; the bounded child alone may use 1 GiB


def _body(*paragraphs: str) -> bytes:
    runs = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{runs}</w:body>' \
           "</w:document>".encode()


def _with_dtd(declarations: bytes, text: str) -> bytes:
    declaration, body = _body(text).split(b"?>", 1)
    return declaration + b"?><!DOCTYPE w:document [" + declarations + b"]>" + body


def _docx(folder: Path, document: bytes | None = None, *, content_types: bytes | None = None,
          extra: dict[str, bytes] | None = None, stream_document: int = 0) -> Path:
    """The shipped template with some parts replaced; ``stream_document`` writes that many MB of spaces
    into document.xml, compressed as it goes (a zip bomb)."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / NAME
    with zipfile.ZipFile(shipped_templates() / NAME) as source, \
            zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "word/document.xml":
                if stream_document:
                    with archive.open("word/document.xml", "w", force_zip64=True) as part:
                        part.write(_body("{{ worker.name }}")[:-len("</w:body></w:document>")])
                        chunk = b" " * (1 << 20)
                        for _ in range(stream_document):
                            part.write(chunk)
                        part.write(b"</w:body></w:document>")
                    continue
                data = document if document is not None else data
            if member.filename == "[Content_Types].xml" and content_types is not None:
                data = content_types
            archive.writestr(member.filename, data)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return target


def _content_types(main: str) -> bytes:
    with zipfile.ZipFile(shipped_templates() / NAME) as source:
        return source.read("[Content_Types].xml").replace(MAIN_TYPE.encode(), main.encode())


def _lying_sizes(folder: Path) -> Path:
    """document.xml holds 8 MB of spaces but its headers say 400 bytes."""
    path = _docx(folder, _body("x" + " " * (8 << 20)))
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("word/document.xml")
    struct.pack_into("<I", data, info.header_offset + 22, 400)  # local header: uncompressed size
    central = data.rfind(b"PK\x01\x02" + data[info.header_offset + 4:info.header_offset + 6])
    central = data.find(b"word/document.xml", central) - 46
    struct.pack_into("<I", data, central + 24, 400)  # central directory: uncompressed size
    path.write_bytes(bytes(data))
    return path


_ZIP_BOMB: list[bytes] = []  # built once per process: 200 MB compressed is a second and a half of work


def _zip_bomb(folder: Path) -> Path:
    """The shipped template with 200 MB of spaces in document.xml (a zip bomb of about 200 KB)."""
    if not _ZIP_BOMB:
        _ZIP_BOMB.append(_docx(folder, stream_document=200).read_bytes())
    folder.mkdir(parents=True, exist_ok=True)
    (folder / NAME).write_bytes(_ZIP_BOMB[0])
    return folder / NAME


LAUGHS = (b'<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
          b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">')

# name -> (how to build the folder, the start of the problem reported)
HOSTILE = {
    "zip_bomb_200mb": (_zip_bomb,
                       "文档解压后过大（超过 50 MB），可能是压缩炸弹"),
    "lying_size_headers": (_lying_sizes, "不是有效的 Word 文档"),
    "tags_200000": (lambda f: _docx(f, _body("{{ worker.name }}" * 200_000)),
                    "模板中的标记过多（200000 个"),
    "xml_nesting_5000": (lambda f: _docx(f, _body("<w:r>" * 5000 + "</w:r>" * 5000)), "文档的 XML 无效"),
    "jinja_nesting_1000": (lambda f: _docx(f, _body("{% if true %}" * 1000 + "x" + "{% endif %}" * 1000)),
                           "模板嵌套过深"),
    "utf16_document": (lambda f: _docx(f, _body("{{ worker.name }}").decode().replace(
        'encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")), "文档内容不是 UTF-8 编码"),
    "utf16_declared_only": (lambda f: _docx(f, _body("x").replace(b"UTF-8", b"UTF-16")),
                            "文档内容不是 UTF-8 编码"),
    "latin1_bytes": (lambda f: _docx(f, _body("x").replace(b"x", b"\xe9")), "文档内容不是 UTF-8 编码"),
    "undefined_entity": (lambda f: _docx(f, _body("&lawgen;")), "文档的 XML 无效"),
    "external_entity": (lambda f: _docx(f, _with_dtd(b'<!ENTITY e SYSTEM "file:///etc/passwd">', "&e;")),
                        "文档的 XML 含有文档类型声明（DTD）"),
    "billion_laughs": (lambda f: _docx(f, _with_dtd(LAUGHS, "&c;")), "文档的 XML 含有文档类型声明（DTD）"),
    "macro_content_type": (lambda f: _docx(f, content_types=_content_types(MACRO_TYPE)), "这是启用宏的文档"),
    "macro_vba_project": (lambda f: _docx(f, extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}),
                          "这是启用宏的文档"),
    "fifo": (lambda f: (f.mkdir(), os.mkfifo(f / NAME)), "不是普通文件（而是管道、设备或文件夹），未检查"),
    "folder": (lambda f: (f / NAME).mkdir(parents=True), "不是普通文件（而是管道、设备或文件夹），未检查"),
    "too_large_file": (lambda f: (f.mkdir(), os.truncate(_docx(f), TEMPLATE_MAX_BYTES + 1)),
                       "模板文件过大（上限 10 MB），未检查"),
    "not_a_zip": (lambda f: (f.mkdir(), (f / NAME).write_bytes(b"PK\x03\x04 not a zip")),
                  "不是有效的 Word 文档"),
}

@pytest.fixture(scope="module")
def fork_server():
    with ForkServer() as server:
        yield server


def _check(folder: Path, server: ForkServer) -> dict:
    """``lawgen templates check`` as a process of its own (forked from a warm interpreter: see
    tests.support.forked), with its whole tree's peak memory: the kernel's account of the process and the
    children it waited for (its bounded child), read as it is reaped."""
    out, err = folder.parent / "check.out", folder.parent / "check.err"
    started = time.monotonic()
    pid = server.start(["templates", "check", str(folder)], stdout=out, stderr=err)
    code = server.wait(pid, timeout=180)
    return {"code": code, "out": out.read_text(encoding="utf-8"), "err": err.read_text(encoding="utf-8"),
            "seconds": time.monotonic() - started, "peak_mb": server.peak_kb[pid] / 1024}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_template_is_refused_clearly_and_quickly(tmp_path, name, fork_server):
    build, problem = HOSTILE[name]
    folder = tmp_path / "templates"
    build(folder)
    result = _check(folder, fork_server)
    assert result["code"] == 1, result
    assert "Traceback" not in result["err"] + result["out"]
    assert f"{NAME}: {problem}" in result["out"], result["out"]
    assert "root:" not in result["out"]  # nothing of /etc/passwd
    assert result["seconds"] < 60 and result["peak_mb"] < PEAK_MAX_MB, result


def test_the_tag_bound_is_far_above_the_shipped_templates():
    assert MAX_TAGS == 2000
    assert check_folder(shipped_templates()) == []


def test_a_template_just_under_the_tag_bound_is_checked_in_full(tmp_path):
    folder = tmp_path / "templates"
    _docx(folder, _body("{{ worker.name }}" * (MAX_TAGS - 10), "{{ worker.nmae }}"))
    started = time.monotonic()
    problems = [p.render() for p in check_folder(folder)]
    assert problems == [f"{NAME}: 使用了文书不提供的变量 worker.nmae"]
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("name", ["zip_bomb_200mb", "macro_vba_project", "macro_content_type"])
def test_generate_refuses_the_same_templates_before_opening_them(tmp_path, name):
    # A macro-enabled template would otherwise carry its macros into every filing rendered from it.
    from tests.support.paths import EXAMPLE_CASE

    build, problem = HOSTILE[name]
    build(tmp_path / "templates")
    result = run_lawgen("generate", str(EXAMPLE_CASE), "-o", str(tmp_path / "out"), "--templates",
                        str(tmp_path / "templates"))  # in this process: the message is what is tested
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"模板 {NAME} 不能使用：{problem}" in result.stderr, result.stderr
    assert not (tmp_path / "out").exists()
