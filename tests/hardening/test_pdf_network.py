"""No network from a court's template (issue 13, item 7): external images, links to local files and fields
that pull content in are rejected by ``lawgen templates check`` and never reach the office; the office
itself runs with the network off. A local HTTP server counts the requests: there must be none.
"""

from __future__ import annotations

import re
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from lawgen.documents import office
from lawgen.documents.external import external_references
from lawgen.documents.render import shipped_templates
from tests.support.cli import Ran, run_lawgen
from tests.support.paths import EXAMPLE_CASE

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SERVER = """
import http.server, sys
log = open(sys.argv[1], "a", buffering=1)
class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        log.write(self.path + "\\n")
        self.send_response(404)
        self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
"""


@pytest.fixture
def server(tmp_path: Path):
    """(address, requests log) of a local HTTP server in its own process."""
    log = tmp_path / "requests.log"
    log.touch()
    process = subprocess.Popen([sys.executable, "-c", SERVER, str(log)], stdout=subprocess.PIPE, text=True)
    port = int(process.stdout.readline())
    yield f"http://127.0.0.1:{port}", log
    process.kill()
    process.wait()


def _image(address: str) -> tuple[str, str]:
    blip = (f'<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
            'wordprocessingDrawing"><wp:extent cx="100000" cy="100000"/><wp:docPr id="900" name="x"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData '
            'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://'
            'schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="900" name="x"/>'
            f'<pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r="{R}" r:link="rIdX"/>'
            '</pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="100000" cy="100000"/></a:xfrm>'
            '<a:prstGeom prst="rect"/></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline>'
            '</w:drawing></w:r></w:p>')
    target = f"{address}/image.png"
    return blip, f'<Relationship Id="rIdX" Type="{R}/image" Target="{target}" TargetMode="External"/>'


def _hyperlink(target: str) -> tuple[str, str]:
    body = f'<w:p><w:hyperlink xmlns:r="{R}" r:id="rIdX"><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>'
    return body, f'<Relationship Id="rIdX" Type="{R}/hyperlink" Target="{target}" TargetMode="External"/>'


def _field(*pieces: str) -> tuple[str, str]:
    runs = "".join(f"<w:r><w:instrText>{piece}</w:instrText></w:r>" for piece in pieces)
    body = (f'<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>{runs}'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>结果</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return body, ""


def _simple_field(instruction: str) -> tuple[str, str]:
    return f'<w:p><w:fldSimple w:instr="{instruction}"><w:r><w:t>结果</w:t></w:r></w:fldSimple></w:p>', ""


def _hostile(kind: str, address: str) -> tuple[str, str]:
    return {
        "linked image": lambda: _image(address),
        "hyperlink to a local file": lambda: _hyperlink("file:///etc/passwd"),
        "hyperlink to a share": lambda: _hyperlink("\\\\server\\share\\x.docx"),
        "INCLUDEPICTURE split over runs": lambda: _field(" INCLUDE", f'PICTURE "{address}/f.png" \\d '),
        "INCLUDETEXT": lambda: _field(' INCLUDETEXT "/etc/passwd" '),
        "LINK": lambda: _simple_field(f" LINK Excel.Sheet.8 &quot;{address}/book.xls&quot; \\a "),
        "DDEAUTO": lambda: _field(' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" '),
    }[kind]()


HOSTILE = ["linked image", "hyperlink to a local file", "hyperlink to a share",
           "INCLUDEPICTURE split over runs", "INCLUDETEXT", "LINK", "DDEAUTO"]
HARMLESS = {
    "web hyperlink": _hyperlink("https://www.court.gov.cn/"),
    "HYPERLINK field with link in its address": _field(' HYPERLINK "https://example.cn/link/1" '),
    "page number field": _field(" PAGE "),
}


def _template(folder: Path, body: str, relationship: str) -> Path:
    """The shipped evidence list with ``body`` as its first paragraph and ``relationship`` added."""
    folder.mkdir(parents=True, exist_ok=True)
    source, target = shipped_templates() / "evidence_list.docx", folder / "evidence_list.docx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename == "word/document.xml":
                data = re.sub(rb"(<w:body[^>]*>)", lambda m: m[1] + body.encode(), data, count=1)
            elif item.filename == "word/_rels/document.xml.rels" and relationship:
                data = data.replace(b"</Relationships>", relationship.encode() + b"</Relationships>")
            copy.writestr(item, data)
    return target


def _lawgen(*args: str) -> Ran:
    return run_lawgen(*args)  # in this process: the office is started as lawgen starts it either way


@pytest.mark.parametrize("kind", HOSTILE)
def test_templates_check_rejects_external_references(tmp_path: Path, kind: str, server) -> None:
    template = _template(tmp_path / "t", *_hostile(kind, server[0]))
    assert external_references(template)
    result = _lawgen("templates", "check", str(tmp_path / "t"))
    assert result.returncode == 1
    assert "evidence_list.docx: 含有外部链接" in result.stdout
    assert "127.0.0.1" not in result.stdout + result.stderr  # the address is not repeated
    assert server[1].read_text() == ""


@pytest.mark.parametrize("kind", sorted(HARMLESS))
def test_web_links_and_ordinary_fields_pass(tmp_path: Path, kind: str) -> None:
    template = _template(tmp_path / "t", *HARMLESS[kind])
    assert external_references(template) == []
    assert external_references(shipped_templates() / "evidence_list.docx") == []


@pytest.mark.slow
@pytest.mark.skipif(office.office_program() is None, reason="LibreOffice is not installed")
def test_generate_pdf_refuses_the_linked_document_and_converts_the_others(tmp_path: Path, server) -> None:
    address, log = server
    templates = tmp_path / "t"
    _template(templates, *_image(address))
    result = _lawgen("generate", str(EXAMPLE_CASE), "-o", str(tmp_path / "q"), "--pdf", "--templates",
                     str(templates))
    assert result.returncode == 1
    assert "03-证据清单.docx 含有外部链接" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "q" / "03-证据清单.docx").exists()  # the filing itself is written
    assert not (tmp_path / "q" / "03-证据清单.pdf").exists()
    assert len(list((tmp_path / "q").glob("*.pdf"))) == 5  # the others are converted (the summary too)
    time.sleep(0.5)
    assert log.read_text() == ""


CONNECT = """
import socket, sys
try:
    connection = socket.create_connection(("127.0.0.1", int(sys.argv[1])), timeout=5)
    connection.sendall(b"GET /office HTTP/1.0\\r\\n\\r\\n")
except OSError:
    sys.exit(3)
"""


def test_the_office_runs_with_the_network_off(tmp_path: Path, server) -> None:
    if not office.network_off():
        pytest.skip("this system allows no network namespace (unshare -rn)")
    address, log = server
    port = address.rsplit(":", 1)[1]
    # What launch() starts in place of the office: a program that tries to reach the server.
    process = office.launch([sys.executable, "-c", CONNECT, port], office.office_environment(tmp_path))
    assert process.wait(timeout=60) == 3
    time.sleep(0.3)
    assert log.read_text() == ""
