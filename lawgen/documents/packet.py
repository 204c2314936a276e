"""The filing packet: which documents a case needs, rendering them into a folder, and reading them back.

Which documents (the routes decide, see ``packet_documents``):
- 劳动人事争议仲裁申请书 when arbitration is a route and there is no award yet;
- 民事起诉状（劳动争议纠纷） when there is an award (the worker sues after it) or a direct-suit route
  (wage IOU, breached wage mediation agreement); before an award it would be premature, so it is left out;
- 劳动保障监察投诉书 only when labor inspection is a route;
- 证据清单 and 程序对比表 always;
- 授权委托书 only when the case has an agent;
- 给劳动者的一页说明 (the worker's summary, not filed) always.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lawgen.documents import context
from lawgen.documents.render import render_custom_docx, render_docx, template_path
from lawgen.files import make_private_dir, write_bytes_atomic, write_text_atomic
from lawgen.i18n import Msg, msg
from lawgen.law import Assessment, Route

MARKER = ".lawgen-packet.json"
MARKER_FORMAT = "lawgen.packet/1"


@dataclass(frozen=True)
class DocumentSpec:
    kind: str  # the template's stem and the context builder's name
    title: str  # the document's Chinese name
    file_name: str  # as the worker sees it: 01-劳动人事争议仲裁申请书.docx
    build_context: Callable[[Assessment], dict]

    def template(self, templates_dir: Path | None = None) -> Path:
        return template_path(self.kind, templates_dir)


TITLES = {
    "arbitration_application": "劳动人事争议仲裁申请书",
    "court_complaint": "民事起诉状（劳动争议纠纷）",
    "inspection_complaint": "劳动保障监察投诉书",
    "evidence_list": "证据清单",
    "procedure_sheet": "程序对比表",
    "power_of_attorney": "授权委托书",
    "summary": "给劳动者的一页说明",
}


class PacketConflict(RuntimeError):
    """The output folder holds files this case did not write; ``--force`` overwrites them."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


def packet_documents(assessment: Assessment) -> list[DocumentSpec]:
    """The documents this case's routes call for, in filing order, with their file names."""
    routes = assessment.routes
    procedure = assessment.case.procedure
    kinds = []
    if Route.arbitration in routes and procedure.arbitration is None:
        kinds.append("arbitration_application")
    if procedure.arbitration is not None or any(r in routes for r in context.DIRECT_SUIT_ROUTES):
        kinds.append("court_complaint")
    if Route.labor_inspection in routes:
        kinds.append("inspection_complaint")
    kinds += ["evidence_list", "procedure_sheet"]
    if assessment.case.agent is not None:
        kinds.append("power_of_attorney")
    kinds.append("summary")  # every packet: the worker's own page, not filed
    return [
        DocumentSpec(kind, TITLES[kind], f"{number:02d}-{TITLES[kind]}.docx", context.BUILDERS[kind])
        for number, kind in enumerate(kinds, start=1)
    ]


def render_document(spec: DocumentSpec, assessment: Assessment, templates_dir: Path | None = None) -> bytes:
    template = spec.template(templates_dir)
    custom = templates_dir is not None and template.parent == Path(templates_dir)
    render = render_custom_docx if custom else render_docx
    return render(template, spec.build_context(assessment))


def generate_packet(
    assessment: Assessment,
    out_dir: Path,
    *,
    pdf: bool = False,
    force: bool = False,
    templates_dir: Path | None = None,
) -> list[Path]:
    """Render the packet into ``out_dir`` (owner-only files, each written atomically); return the paths.

    Every document is rendered before anything is written, so a broken template leaves the folder as it
    was. Raises PacketConflict when the folder holds another case's packet (unless ``force``),
    TemplateFailed for a template that cannot render, and — only after the .docx files are written —
    LibreOfficeMissing or ConversionFailed when ``pdf`` is asked for.
    """
    out_dir = Path(out_dir)
    specs = packet_documents(assessment)
    previous = _read_marker(out_dir)
    salt = previous.get("salt") if isinstance(previous.get("salt"), str) else secrets.token_hex(16)
    fingerprint = case_fingerprint(assessment, salt)
    names = [spec.file_name for spec in specs]
    if not force:
        _refuse_foreign(out_dir, previous, fingerprint, names)
    rendered = [(spec.file_name, render_document(spec, assessment, templates_dir)) for spec in specs]

    make_private_dir(out_dir)
    written = [write_bytes_atomic(out_dir / name, data) for name, data in rendered]
    if previous.get("case") == fingerprint:
        # Outputs of an earlier run this packet no longer has (a removed agent, a PDF now out of date).
        _remove_stale(out_dir, previous, names)
    _write_marker(out_dir, salt, fingerprint, names)
    if pdf:
        from lawgen.documents.pdf import convert_to_pdf

        written += convert_to_pdf(written)
        _write_marker(out_dir, salt, fingerprint, [path.name for path in written])
    return written


def case_fingerprint(assessment: Assessment, salt: str) -> str:
    """Who the case is about (worker and respondents), salted and hashed: the marker holds no personal data
    and a different case is recognised, while an edited amount is still the same case.

    A fast hash is enough: the documents beside the marker name the worker in plain text, so a slow hash
    (scrypt, tried first) protected nothing and cost three quarters of batch generation time."""
    case = assessment.case
    identity = json.dumps(
        [case.worker.id_number or case.worker.name,
         sorted(r.credit_code or r.name for r in case.respondents)],
        ensure_ascii=False,
    )
    return hashlib.sha256(bytes.fromhex(salt) + identity.encode("utf-8")).hexdigest()


def packet_files(out_dir: Path) -> list[Path]:
    """The files the last packet written to ``out_dir`` consists of (from its marker)."""
    names = _read_marker(Path(out_dir)).get("files") or []
    return [Path(out_dir) / name for name in names if isinstance(name, str) and Path(name).name == name]


def _read_marker(out_dir: Path) -> dict:
    try:
        data = json.loads((out_dir / MARKER).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("format") != MARKER_FORMAT:
        return {}
    try:
        bytes.fromhex(str(data.get("salt", "")))
    except ValueError:
        return {}
    return data


def _refuse_foreign(out_dir: Path, previous: dict, fingerprint: str, names: list[str]) -> None:
    if previous:
        if previous.get("case") != fingerprint:
            raise PacketConflict(msg("文件夹 {folder} 中已有另一个案件的文书；"
                                     "请换一个文件夹，或使用 --force 覆盖", folder=str(out_dir)))
        return
    existing = [name for name in names if (out_dir / name).exists()]
    if existing or (out_dir / MARKER).exists():
        raise PacketConflict(msg("文件夹 {folder} 中已有同名文件（{names}），无法确认属于本案；"
                                 "请换一个文件夹，或使用 --force 覆盖", folder=str(out_dir),
                                 names="、".join(existing) or MARKER))


def _remove_stale(out_dir: Path, previous: dict, current: list[str]) -> None:
    for name in previous.get("files") or []:
        if isinstance(name, str) and name not in current and Path(name).name == name:
            try:
                os.unlink(out_dir / name)
            except FileNotFoundError:
                pass


def _write_marker(out_dir: Path, salt: str, fingerprint: str, files: list[str]) -> None:
    marker = {"format": MARKER_FORMAT, "salt": salt, "case": fingerprint, "files": files}
    write_text_atomic(out_dir / MARKER, json.dumps(marker, ensure_ascii=False, indent=2) + "\n")


def document_text(path: Path) -> list[str]:
    """The text of a .docx in reading order: each non-empty paragraph, and each table cell once."""
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = Document(str(path))
    texts: list[str] = []
    for block in document.element.body.iterchildren():
        tag = block.tag.rsplit("}", 1)[-1]
        if tag == "p":
            line = Paragraph(block, document).text
            if line.strip():
                texts.append(line)
        elif tag == "tbl":
            for row in Table(block, document).rows:
                seen = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    if cell.text.strip():
                        texts.append(cell.text)
    return texts
