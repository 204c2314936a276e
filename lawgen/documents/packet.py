"""The filing packet: which documents a case needs, rendering them into a folder, and reading them back.

Which documents (the routes decide, see ``packet_documents``):
- 劳动人事争议仲裁申请书 when arbitration is a route and there is no award yet;
- 民事起诉状（劳动争议纠纷） when there is an award (the worker sues after it) or a direct-suit route
  (wage IOU, breached wage mediation agreement); before an award it would be premature, so it is left out;
  a suit on a wage IOU is a 拖欠劳动报酬争议 heard as an ordinary civil case and is named so
  (民事起诉状（拖欠劳动报酬争议）, 劳动争议解释（一）第十五条);
- 劳动保障监察投诉书 only when labor inspection is a route;
- 证据清单 and 程序对比表 always;
- 授权委托书 only when the case has an agent;
- the documents of the case's current stage (催告函 … 强制执行申请书, ``documents_for_stage``), after the
  others and before the summary; once a suit is filed, they stand in for the first filings (application,
  complaint, inspection complaint), and while arbitration runs (applied, accepted, heard) the complaint
  waits for the award;
- 给劳动者的一页说明 (the worker's summary, not filed) always.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from lawgen.calendar import CALENDAR_FILE, case_calendar
from lawgen.documents import context
from lawgen.documents.office import WORK_PREFIX, remove_work_folder
from lawgen.documents.render import render_custom_docx, render_docx, template_path
from lawgen.documents.stage_documents import STAGE_TITLES, documents_for_stage
from lawgen.files import locked, make_private_dir, write_bytes_atomic, write_text_atomic
from lawgen.i18n import Msg, msg
from lawgen.law import Assessment, Route
from lawgen.law.stages import Stage

MARKER = ".lawgen-packet.json"
FIRST_FILINGS_DONE = frozenset({Stage.sued, Stage.judged, Stage.enforcement, Stage.paid})
ARBITRATION_RUNNING = frozenset({Stage.applied, Stage.accepted, Stage.heard})  # no award to sue against yet
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
    "working_time_annex": "工作时间及加班计算表",
    "summary": "给劳动者的一页说明",
    **STAGE_TITLES,  # the documents of the later stages (催告函 … 强制执行申请书)
}
IOU_COMPLAINT_TITLE = "民事起诉状（拖欠劳动报酬争议）"


# A file named as lawgen names a filing: 01-劳动人事争议仲裁申请书.docx, 05-授权委托书.pdf.
_TITLE_NAMES = "|".join(map(re.escape, [*TITLES.values(), IOU_COMPLAINT_TITLE]))
OUTPUT_NAME = re.compile(rf"\d{{2}}-(?:{_TITLE_NAMES})\.(?:docx|pdf)|{re.escape(CALENDAR_FILE)}")


class Converter(Protocol):
    """What turns the packet's documents into PDFs in ``out_dir`` (a warm office: documents.office)."""

    def convert(self, documents: list[Path], out_dir: Path | None = None) -> list[Path]: ...


class PacketConflict(RuntimeError):
    """The output folder holds files this case did not write; ``--force`` overwrites them."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


def packet_documents(assessment: Assessment) -> list[DocumentSpec]:
    """The documents this case's routes call for, in filing order, with their file names."""
    routes = assessment.routes
    procedure = assessment.case.procedure
    # Once a suit is filed (or the case is past it), the first filings are behind the case: its stage's
    # documents stand in for them.
    stage = assessment.stage.stage if assessment.stage is not None else None
    filed = stage in FIRST_FILINGS_DONE
    kinds = []
    if not filed and Route.arbitration in routes and procedure.arbitration is None:
        kinds.append("arbitration_application")
    # After an award, a complaint only within its fifteen days (调解仲裁法第四十八条、第五十条).
    if not filed and stage not in ARBITRATION_RUNNING and not assessment.time_to_sue_passed and (
            procedure.arbitration is not None or any(r in routes for r in context.DIRECT_SUIT_ROUTES)):
        kinds.append("court_complaint")
    if not filed and Route.labor_inspection in routes:
        kinds.append("inspection_complaint")
    kinds.append("evidence_list")
    if assessment.case.records is not None:  # the case names its order records (lawgen.records)
        kinds.append("working_time_annex")
    kinds.append("procedure_sheet")
    if assessment.case.agent is not None:
        kinds.append("power_of_attorney")
    kinds += documents_for_stage(assessment)  # after the filings' own papers: the numbers of those stay
    kinds.append("summary")  # every packet: the worker's own page, not filed
    titles = {**TITLES, "court_complaint": IOU_COMPLAINT_TITLE} if context.iou_suit(assessment) else TITLES
    return [
        DocumentSpec(kind, titles[kind], f"{number:02d}-{titles[kind]}.docx", context.BUILDERS[kind])
        for number, kind in enumerate(kinds, start=1)
    ]


def prepare() -> None:
    """What the first packet of a process would otherwise pay for, done ahead (a batch worker's start, the
    wizard when a case opens): the shipped templates read, patched and compiled (documents.fast)."""
    from lawgen.documents.fast import prepared
    from lawgen.documents.render import jinja_environment

    for kind in TITLES:
        prepared(template_path(kind), jinja_environment)


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
    office: Converter | None = None,
) -> list[Path]:
    """Render the packet into ``out_dir`` (owner-only files, each written atomically); return the paths
    of its documents (and PDFs). The case's calendar (lawgen.calendar) is written beside them when it has a
    deadline ahead; ``packet_files`` lists it too.

    Every document is rendered before anything is written, so a broken template leaves the folder as it
    was. The folder is locked for the whole write (the check for another case's packet, the documents,
    the PDFs, the marker), so two runs into one folder never mix two workers' filings: the second waits,
    then finds the first's packet. The marker is written first and names every file the folder may hold
    until the write ends, so a kill or a full disk midway leaves a packet that a rerun of the same case
    completes, and whose files a run with ``--force`` removes.

    Raises PacketConflict when the folder holds another case's packet (unless ``force``), TemplateFailed
    for a template that cannot render, and — only after the .docx files are written — LibreOfficeMissing
    or ConversionFailed when ``pdf`` is asked for. ``office`` converts the PDFs when given (a warm office,
    see documents.office); otherwise one LibreOffice process converts the packet.
    """
    out_dir = Path(out_dir)
    specs = packet_documents(assessment)
    names = [spec.file_name for spec in specs]
    rendered = [(spec.file_name, render_document(spec, assessment, templates_dir)) for spec in specs]
    # the worker's phone calendar: a file beside the documents
    deadlines = case_calendar(assessment, documents=[spec.kind for spec in specs])
    files = names + [CALENDAR_FILE] if deadlines else names

    make_private_dir(out_dir)
    with locked(out_dir):
        _remove_leftover_work(out_dir)
        previous = _read_marker(out_dir)
        salt = previous.get("salt") if isinstance(previous.get("salt"), str) else secrets.token_hex(16)
        fingerprint = case_fingerprint(assessment, salt)
        if not force:
            _refuse_foreign(out_dir, previous, fingerprint)
        leftovers = [name for name in _earlier_outputs(out_dir, previous) if name not in files]
        planned = files + [pdf_name(name) for name in names] if pdf else files
        # Marker first: until the last step it also claims the earlier files it is about to remove.
        _write_marker(out_dir, salt, fingerprint, planned + [n for n in leftovers if n not in planned])
        for name in leftovers:
            _unlink(out_dir / name)
        written = [write_bytes_atomic(out_dir / name, data) for name, data in rendered]
        if deadlines:
            write_bytes_atomic(out_dir / CALENDAR_FILE, deadlines)
        try:
            if pdf:
                _convert(list(written), out_dir, office, written)
        finally:
            _write_marker(out_dir, salt, fingerprint, [path.name for path in written]
                          + ([CALENDAR_FILE] if deadlines else []))
    return written


def pdf_name(document_name: str) -> str:
    return Path(document_name).with_suffix(".pdf").name


def _convert(documents: list[Path], out_dir: Path, office: Converter | None, written: list[Path]) -> None:
    """The packet's PDFs beside their documents, added to ``written`` (those converted before a failure
    too). The office works in a hidden folder inside ``out_dir``, never in the system's temporary folder:
    a kill leaves the worker's filings only where the packet is, and the next run removes them."""
    from lawgen.documents.pdf import ConversionFailed, convert_to_pdf

    convert = office.convert if office is not None else convert_to_pdf
    try:
        written += convert(documents, out_dir)
    except ConversionFailed as error:
        written += error.produced
        raise


def case_fingerprint(assessment: Assessment, salt: str) -> str:
    """Who the case is about (worker and respondents), hashed: the marker holds no personal data and a
    different case is recognised, while an edited amount is still the same case.

    Keyed (HMAC-SHA256) with the secret in the user's data folder (lawgen.keys): a salted SHA-256 of the
    ID with the salt beside it was reversed by trying every ID number. Where no key can be kept, the ID is
    left out and the name stands in: the documents beside the marker name the worker anyway."""
    from lawgen.keys import packet_key

    case = assessment.case
    key = packet_key()
    identity = json.dumps(
        [(case.worker.id_number if key else None) or case.worker.name,
         sorted(r.credit_code or r.name for r in case.respondents)],
        ensure_ascii=False,
    ).encode("utf-8")
    if key is None:
        return hashlib.sha256(bytes.fromhex(salt) + identity).hexdigest()
    return hmac.new(key, bytes.fromhex(salt) + identity, hashlib.sha256).hexdigest()


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


def _refuse_foreign(out_dir: Path, previous: dict, fingerprint: str) -> None:
    if previous:
        if previous.get("case") != fingerprint:
            raise PacketConflict(msg("文件夹 {folder} 中已有另一个案件的文书；"
                                     "请换一个文件夹，或使用 --force 覆盖", folder=str(out_dir)))
        return
    existing = _earlier_outputs(out_dir, previous)
    if existing or (out_dir / MARKER).exists():
        raise PacketConflict(msg("文件夹 {folder} 中已有同名文件（{names}），无法确认属于本案；"
                                 "请换一个文件夹，或使用 --force 覆盖", folder=str(out_dir),
                                 names="、".join(existing) or MARKER))


def _earlier_outputs(out_dir: Path, previous: dict) -> list[str]:
    """Files an earlier packet left here: those its marker names, and any file named as lawgen names a
    filing (``05-授权委托书.pdf``) even without a marker (a marker lost, a packet copied in by hand)."""
    named = [name for name in previous.get("files") or []
             if isinstance(name, str) and Path(name).name == name and name != MARKER]
    try:
        found = [entry.name for entry in os.scandir(out_dir) if OUTPUT_NAME.fullmatch(entry.name)]
    except FileNotFoundError:
        found = []
    return sorted(name for name in dict.fromkeys(named + found) if (out_dir / name).exists())


def _unlink(path: Path) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _write_marker(out_dir: Path, salt: str, fingerprint: str, files: list[str]) -> None:
    marker = {"format": MARKER_FORMAT, "salt": salt, "case": fingerprint, "files": files}
    write_text_atomic(out_dir / MARKER, json.dumps(marker, ensure_ascii=False, indent=2) + "\n")


def _remove_leftover_work(out_dir: Path) -> None:
    """Work folders of a run that was killed (the lock is ours, so none is in use)."""
    for entry in os.scandir(out_dir):
        if entry.name.startswith(WORK_PREFIX) and entry.is_dir(follow_symlinks=False):
            remove_work_folder(Path(entry.path))  # and the pipe its killed office left in /tmp


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
