"""Batch generation: every case file of a folder into its own packet folder, in parallel, with a report.

Each worker process prepares the templates once (``start_worker``) and then turns case files into packets
(``generate_case``). Outcomes come back in file-name order while later cases are still being generated, and
only a small record per case is kept (never the cases or assessments), so memory stays flat however many
cases there are. A case with errors is reported and skipped; it never stops the others.

With ``--pdf`` each worker keeps one LibreOffice running across its packets (documents.office.WarmOffice),
so a packet costs only the layout work, and each packet is converted inside its own locked write (two
batches into one folder never mix two workers' filings). With one worker, the command starts the office
before it reads lawgen's case and law modules (commands.batch), and the next packet is rendered while the
office converts this one (``_overlapped``).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import select
import threading
import time
import unicodedata
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lawgen.case import CaseError, InvalidCase, load_case
from lawgen.commands.common import missing_parameter
from lawgen.files import os_error_text
from lawgen.i18n import msg
from lawgen.law import MissingParameter, assess
from lawgen.law.parameters import ParameterBook

if TYPE_CHECKING:
    from lawgen.documents.office import WarmOffice

CASE_SUFFIX = ".json"
REPORT_NAME = "report.json"
REPORT_FORMAT = "lawgen.batch-report/1"
# Cases handed to the workers ahead of the one being reported: enough to keep every worker busy.
CASES_AHEAD_PER_JOB = 4
# With PDFs and one worker: one packet being converted while the next is rendered (_overlapped).
PACKETS_IN_FLIGHT = 2
# How often a wait for a case looks whether its worker pool broke (_result).
LOST_CASE_POLL_SECONDS = 0.5


@dataclass(frozen=True)
class Settings:
    """What every case of one batch shares; sent once to each worker."""

    out_dir: Path
    on: dt.date | None = None
    book: ParameterBook = field(default_factory=ParameterBook)
    force: bool = False
    templates_dir: Path | None = None
    pdf: bool = False


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
_office: WarmOffice | None = None  # this worker's office (with --pdf), started with the worker


def start_worker(settings: Settings, batch_pid: int | None = None, *, prepare_ahead: bool = True) -> None:
    """Once per worker process: end with the batch process, keep the settings, start this worker's warm
    office (with --pdf) and, ``prepare_ahead``, prepare every shipped template (otherwise each is prepared
    when a packet first uses it). A court's own templates are read only inside the bounded child process
    that renders them: see documents.bounded."""
    from lawgen.documents.packet import prepare

    global _settings
    if batch_pid is not None and batch_pid != os.getpid():
        _end_with(batch_pid)
    _settings = settings
    if settings.pdf:
        worker_office().start()  # warms up while the templates are prepared and the first packet rendered
    if prepare_ahead:
        prepare()


def worker_office() -> WarmOffice:
    """This worker's warm office, ended when the worker ends (also by the parent-death signal)."""
    global _office
    if _office is None:
        from multiprocessing.util import Finalize

        from lawgen.documents.office import WarmOffice

        _office = WarmOffice(prime=False)  # the first packet is ready before the office is
        Finalize(_office, _office.close, exitpriority=10)  # a pool worker ends without atexit
    return _office


def close_worker() -> None:
    global _office
    if _office is not None:
        _office.close()
        _office = None


def _end_with(batch_pid: int) -> None:
    """End this worker as soon as the batch process is gone, however it went.

    A killed batch runs no clean-up, and its workers, children of the fork server, would wait for work
    forever; each holds the fork server's and the resource tracker's pipes open, so those stay too (about
    225 MB in all). A worker gone, the fork server and the tracker see their pipes close and exit.
    """
    try:
        handle = os.pidfd_open(batch_pid)  # Linux 5.3+: readable once the process has ended
    except ProcessLookupError:
        os._exit(1)
    except (AttributeError, OSError):
        handle = None

    def watch() -> None:
        if handle is not None:
            select.select([handle], [], [])
        else:  # no pidfd: look every second (a batch process's id is not reused while it runs)
            while _running(batch_pid):
                time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, name="lawgen-batch-watch", daemon=True).start()


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def generate_case(task: Task) -> CaseOutcome:
    """One case file into its packet folder; every failure becomes an error in the outcome."""
    from lawgen.documents.packet import PacketConflict, generate_packet, packet_files
    from lawgen.documents.pdf import ConversionFailed, LibreOfficeMissing
    from lawgen.documents.render import TemplateFailed

    assert _settings is not None, "start_worker() first"
    outcome = CaseOutcome(task.source.name)
    out_dir = _settings.out_dir / task.folder
    try:
        case = load_case(task.source)
        records = ()
        if case.records is not None:
            from lawgen.records.attach import record_indicators, with_records

            case = with_records(case, task.source.parent, _settings.book, _settings.on)
            records = record_indicators(case)
        assessment = assess(case, on=_settings.on, book=_settings.book, records=records)
        written = generate_packet(assessment, out_dir, force=_settings.force, pdf=_settings.pdf,
                                  templates_dir=_settings.templates_dir,
                                  office=worker_office() if _settings.pdf else None)
    except (ConversionFailed, LibreOfficeMissing) as error:  # the .docx are written; some PDFs are not
        outcome.folder, outcome.documents = task.folder, [path.name for path in packet_files(out_dir)]
        detail = getattr(error, "message", str(error))  # the install hint is plain text
        outcome.errors = [CaseError("", msg("PDF 转换失败（.docx 文件已生成）：{detail}", detail=detail))]
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
                                            detail=os_error_text(error)))]
    except Exception as error:  # a bug must not stop the other cases, nor print the case's data
        outcome.errors = [CaseError("", msg("内部错误（{kind}），请报告此问题", kind=type(error).__name__))]
    else:
        outcome.folder, outcome.documents = task.folder, [path.name for path in written]
    return outcome


# --- running the batch ---------------------------------------------------------------------------------

def generate_all(files: list[Path], settings: Settings, jobs: int, office: WarmOffice | None = None
                 ) -> Iterator[CaseOutcome]:
    """Every case file's outcome, in the order given, generated by ``jobs`` processes. With one, the PDFs
    come from ``office`` where the caller started one already (it is closed at the end)."""
    global _office
    planned = list(plan(files))
    jobs = max(1, min(jobs, sum(isinstance(item, Task) for item in planned)))
    if jobs == 1:  # no process to start: the work happens here
        if office is not None:
            _office = office
        # Nothing here runs beside a preparation of every template: the first packet (with PDFs, the office's
        # first document) would wait for templates it does not use.
        start_worker(settings, prepare_ahead=False)
        try:
            if settings.pdf:
                yield from _overlapped(planned)
            else:
                yield from (generate_case(item) if isinstance(item, Task) else item for item in planned)
        finally:
            close_worker()
        return
    with ProcessPoolExecutor(jobs, mp_context=_process_context(), initializer=start_worker,
                             initargs=(settings, os.getpid())) as pool:
        yield from _in_order(pool, planned, ahead=jobs * CASES_AHEAD_PER_JOB)


def _overlapped(planned: list[Task | CaseOutcome]) -> Iterator[CaseOutcome]:
    """One worker with PDFs: the next packet is rendered while the office lays out this one's documents.

    Converting one packet after another, the office would wait while lawgen renders and writes the next
    packet, and lawgen while the office lays out. Two threads keep both busy: a thread waiting for its
    PDFs holds no lock the other needs (the office runs in a process of its own, the folders are locked
    one by one), and the outcomes still come in file order.
    """
    pool = ThreadPoolExecutor(PACKETS_IN_FLIGHT, thread_name_prefix="lawgen-packet")
    try:
        yield from _in_order(pool, planned, ahead=PACKETS_IN_FLIGHT)
    finally:  # interrupted: no further case is started; the one being written ends (each is bounded)
        pool.shutdown(wait=True, cancel_futures=True)


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
            yield _outcome(*waiting.popleft(), pool)
    while waiting:
        yield _outcome(*waiting.popleft(), pool)


def _submit(pool: Executor, item: Task | CaseOutcome) -> Future[CaseOutcome] | None:
    if isinstance(item, CaseOutcome):
        return None
    try:
        return pool.submit(generate_case, item)
    except BrokenProcessPool:
        return None


def _outcome(item: Task | CaseOutcome, future: Future[CaseOutcome] | None, pool: Executor) -> CaseOutcome:
    if isinstance(item, CaseOutcome):
        return item
    try:
        if future is not None:
            return _result(future, pool)
    except (BrokenProcessPool, TimeoutError):
        pass
    # A worker was killed (out of memory, or by the user): the cases it had not finished say so.
    return CaseOutcome(item.source.name, errors=[CaseError("", msg(
        "工作进程意外退出（内存不足或被终止），本案件未生成"))])


def _result(future: Future[CaseOutcome], pool: Executor) -> CaseOutcome:
    """The future's result, or TimeoutError for a case the broken pool lost.

    A case submitted just as a worker died can be lost by CPython 3.11's pool: its manager thread marks
    the pool broken and fails the cases it holds without taking the lock ``submit`` holds, so a case added
    in between is never resolved, and waiting for it would hang the batch forever. Once the pool is broken
    no case gets a result any more: one not done then is failed or lost, and either way not generated.
    """
    while True:
        try:
            return future.result(timeout=LOST_CASE_POLL_SECONDS)
        except TimeoutError:
            if getattr(pool, "_broken", False) and not future.done():
                raise


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
