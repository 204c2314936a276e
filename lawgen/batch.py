"""Batch generation: every case file of a folder into its own packet folder, in parallel, with a report.

Each worker process prepares the templates once (``start_worker``) and then turns case files into packets
(``generate_case``). Outcomes come back in file-name order while later cases are still being generated, and
only a small record per case is kept (never the cases or assessments), so memory stays flat however many
cases there are. A case with errors is reported and skipped; it never stops the others.

PDF conversion comes after, in a few LibreOffice processes (each one takes many documents; starting one
costs more than converting a page).
"""

from __future__ import annotations

import datetime as dt
import math
import multiprocessing
import os
import shutil
import tempfile
import unicodedata
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from lawgen.case import CaseError, InvalidCase, load_case
from lawgen.commands.common import missing_parameter
from lawgen.i18n import msg
from lawgen.law import MissingParameter, assess
from lawgen.law.parameters import ParameterBook

CASE_SUFFIX = ".json"
REPORT_NAME = "report.json"
REPORT_FORMAT = "lawgen.batch-report/1"
# LibreOffice converts a few documents a second and convert_to_pdf gives each process 300 s: stay well
# inside that, and keep the PDF progress bar moving.
PDF_DOCUMENTS_PER_PROCESS = 60
# Cases handed to the workers ahead of the one being reported: enough to keep every worker busy.
CASES_AHEAD_PER_JOB = 4


@dataclass(frozen=True)
class Settings:
    """What every case of one batch shares; sent once to each worker."""

    out_dir: Path
    on: dt.date | None = None
    book: ParameterBook = field(default_factory=ParameterBook)
    force: bool = False
    templates_dir: Path | None = None


@dataclass
class CaseOutcome:
    """What became of one case file: its packet folder and documents, or why it has none."""

    file: str
    folder: str | None = None  # below the output folder; None when nothing was written
    documents: list[str] = field(default_factory=list)  # file names inside ``folder``
    errors: list[CaseError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_json(self, lang: str) -> dict:
        return {
            "file": self.file,
            "status": "ok" if self.ok else "failed",
            "folder": self.folder,
            "documents": [f"{self.folder}/{name}" for name in self.documents],
            "errors": [error.as_json(lang) for error in self.errors],
        }


@dataclass(frozen=True)
class Task:
    source: Path
    folder: str


def default_jobs() -> int:
    """The cores this process may use."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return counter() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def case_files(source_dir: Path, out_dir: Path) -> list[Path]:
    """The folder's case files (``*.json``, any case, not hidden) in name order; not its own report."""
    report = (out_dir / REPORT_NAME).resolve()
    return sorted(
        path for path in source_dir.iterdir()
        if path.suffix.lower() == CASE_SUFFIX and not path.name.startswith(".") and path.resolve() != report
    )


def plan(files: Iterable[Path]) -> Iterator[Task | CaseOutcome]:
    """Each file's packet folder is its name without ``.json``. Two names that differ only in case (or in
    Unicode form) would share a folder on Windows and macOS: the first in name order keeps it, the later
    one is reported and skipped, so nothing is silently overwritten."""
    taken: dict[str, str] = {REPORT_NAME: REPORT_NAME}
    for path in files:
        folder = path.name[: -len(CASE_SUFFIX)]
        key = unicodedata.normalize("NFC", folder).casefold()
        if key in taken:
            yield CaseOutcome(path.name, errors=[CaseError("", msg(
                "输出文件夹 {folder} 已被 {other} 占用（文件夹名不区分大小写）；请重命名此案件文件",
                folder=folder, other=taken[key]))])
            continue
        taken[key] = path.name
        yield Task(path, folder)


# --- the worker --------------------------------------------------------------------------------------

_settings: Settings | None = None


def start_worker(settings: Settings) -> None:
    """Once per worker process: keep the settings and prepare the shipped templates. (A court's own
    templates are read only inside the bounded child process that renders them: see documents.bounded.)"""
    from lawgen.documents.fast import prepared
    from lawgen.documents.packet import TITLES
    from lawgen.documents.render import jinja_environment, template_path

    global _settings
    _settings = settings
    for kind in TITLES:
        prepared(template_path(kind), jinja_environment)


def generate_case(task: Task) -> CaseOutcome:
    """One case file into its packet folder; every failure becomes an error in the outcome."""
    from lawgen.documents.packet import PacketConflict, generate_packet
    from lawgen.documents.render import TemplateFailed

    assert _settings is not None, "start_worker() first"
    outcome = CaseOutcome(task.source.name)
    out_dir = _settings.out_dir / task.folder
    try:
        assessment = assess(load_case(task.source), on=_settings.on, book=_settings.book)
        written = generate_packet(assessment, out_dir, force=_settings.force,
                                  templates_dir=_settings.templates_dir)
        for document in written:
            # A PDF from an earlier run no longer matches its document; --pdf makes a new one.
            document.with_suffix(".pdf").unlink(missing_ok=True)
    except InvalidCase as error:
        outcome.errors = error.errors
    except MissingParameter as error:
        # As lawgen check says it: values only later, the date is what to change; none, the region.
        field = ("--on" if _settings.on else "prepared_on") if error.first else "region"
        outcome.errors = [CaseError(field, missing_parameter(error))]
    except (PacketConflict, TemplateFailed) as error:
        outcome.errors = [CaseError("", error.message)]
    except OSError as error:
        outcome.errors = [CaseError("", msg("无法写入文件夹 {folder}：{detail}", folder=str(out_dir),
                                            detail=error.strerror or ""))]
    except Exception as error:  # a bug must not stop the other cases, nor print the case's data
        outcome.errors = [CaseError("", msg("内部错误（{kind}），请报告此问题", kind=type(error).__name__))]
    else:
        outcome.folder, outcome.documents = task.folder, [path.name for path in written]
    return outcome


# --- running the batch ---------------------------------------------------------------------------------

def generate_all(files: list[Path], settings: Settings, jobs: int) -> Iterator[CaseOutcome]:
    """Every case file's outcome, in the order given, generated by ``jobs`` processes."""
    planned = list(plan(files))
    jobs = max(1, min(jobs, sum(isinstance(item, Task) for item in planned)))
    if jobs == 1:  # no process to start: the work happens here
        start_worker(settings)
        yield from (generate_case(item) if isinstance(item, Task) else item for item in planned)
        return
    with ProcessPoolExecutor(jobs, mp_context=_process_context(), initializer=start_worker,
                             initargs=(settings,)) as pool:
        yield from _in_order(pool, planned, ahead=jobs * CASES_AHEAD_PER_JOB)


def _process_context() -> multiprocessing.context.BaseContext:
    # Not fork: the progress display runs a thread, and forking a process with threads can deadlock.
    # A fork server has lawgen imported once, so each worker starts fast.
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["lawgen.batch", "lawgen.documents.packet", "lawgen.documents.fast"])
        return context
    return multiprocessing.get_context("spawn")


def _in_order(pool: Executor, planned: list[Task | CaseOutcome], ahead: int) -> Iterator[CaseOutcome]:
    """Submit at most ``ahead`` cases beyond the one awaited, so finished outcomes never pile up."""
    waiting: deque[tuple[Task | CaseOutcome, Future[CaseOutcome] | None]] = deque()
    for item in planned:
        waiting.append((item, _submit(pool, item)))
        if len(waiting) > ahead:
            yield _outcome(*waiting.popleft())
    while waiting:
        yield _outcome(*waiting.popleft())


def _submit(pool: Executor, item: Task | CaseOutcome) -> Future[CaseOutcome] | None:
    if isinstance(item, CaseOutcome):
        return None
    try:
        return pool.submit(generate_case, item)
    except BrokenProcessPool:
        return None


def _outcome(item: Task | CaseOutcome, future: Future[CaseOutcome] | None) -> CaseOutcome:
    if isinstance(item, CaseOutcome):
        return item
    try:
        if future is not None:
            return future.result()
    except BrokenProcessPool:
        pass
    # A worker was killed (out of memory, or by the user): the cases it had not finished say so.
    return CaseOutcome(item.source.name, errors=[CaseError("", msg(
        "工作进程意外退出（内存不足或被终止），本案件未生成"))])


# --- PDF -------------------------------------------------------------------------------------------

def convert_all(outcomes: list[CaseOutcome], out_dir: Path, jobs: int,
                advance: Callable[[int], None] = lambda documents: None) -> None:
    """Convert every generated document to PDF beside it, in as few LibreOffice processes as the size
    allows, ``jobs`` at a time. A case whose conversion fails gets the error; its .docx files stay."""
    cases = [outcome for outcome in outcomes if outcome.ok and outcome.documents]
    documents = sum(len(outcome.documents) for outcome in cases)
    if not documents:
        return
    groups = max(min(jobs, len(cases)), math.ceil(documents / PDF_DOCUMENTS_PER_PROCESS))
    shares = [cases[index::groups] for index in range(groups)]
    with ThreadPoolExecutor(jobs) as threads:
        running = {threads.submit(_convert_share, share, out_dir): sum(len(case.documents) for case in share)
                   for share in shares}
        for done in as_completed(running):
            advance(running[done])


def _convert_share(cases: list[CaseOutcome], out_dir: Path) -> None:
    from lawgen.documents.pdf import ConversionFailed, LibreOfficeMissing

    try:
        _convert(cases, out_dir)
    except (ConversionFailed, LibreOfficeMissing, OSError) as error:
        if len(cases) > 1:  # find the case LibreOffice could not convert; convert the others
            for case in cases:
                _convert_share([case], out_dir)
        else:
            cases[0].errors.append(CaseError("", msg("PDF 转换失败（.docx 文件已生成）：{detail}",
                                                     detail=str(error))))


def _convert(cases: list[CaseOutcome], out_dir: Path) -> None:
    """Every packet names its documents alike (01-劳动人事争议仲裁申请书.docx …), and LibreOffice names
    each PDF after its document in one output folder: so convert numbered links to them in a private
    staging folder, and move each PDF into its packet."""
    from lawgen.documents.pdf import convert_to_pdf

    staging = Path(tempfile.mkdtemp(prefix=".lawgen-pdf-", dir=out_dir))
    try:
        sources: list[Path] = []
        targets: list[Path] = []
        for case in cases:
            for name in case.documents:
                document = out_dir / case.folder / name
                link = staging / f"{len(sources):05d}{document.suffix}"
                _link_or_copy(document, link)
                sources.append(link)
                targets.append(document.with_suffix(".pdf"))
        for produced, target in zip(convert_to_pdf(sources, out_dir=staging), targets, strict=True):
            os.replace(produced, target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    for case in cases:
        case.documents += [Path(name).with_suffix(".pdf").name for name in case.documents]


def _link_or_copy(source: Path, link: Path) -> None:
    try:
        os.link(source, link)
    except OSError:  # a file system without hard links (a FAT-formatted USB stick)
        shutil.copyfile(source, link)


# --- the report --------------------------------------------------------------------------------------

def report_json(outcomes: list[CaseOutcome], lang: str, seconds: float, pdf: bool) -> dict:
    ok = [outcome for outcome in outcomes if outcome.ok]
    return {
        "format": REPORT_FORMAT,
        "finished_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seconds": round(seconds, 3),
        "pdf": pdf,
        "cases": len(outcomes),
        "succeeded": len(ok),
        "failed": len(outcomes) - len(ok),
        "documents": sum(len(outcome.documents) for outcome in ok),
        "results": [outcome.as_json(lang) for outcome in outcomes],
    }
