"""``lawgen batch DIR -o OUT``: a packet for every case file in a folder, a progress bar, a report.

Exit status 0 when every case succeeded, 1 when some failed (each is reported and listed in
``OUT/report.json``), 2 when nothing could start (bad options, no case files).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from lawgen.files import os_error_text
from lawgen.i18n import Msg, msg
from lawgen.text import terminal_text

if TYPE_CHECKING:  # imported when the command runs: ``lawgen --help`` stays fast, and a one-worker batch's
    # office starts before lawgen reads its case and law modules (about half a second)
    from rich.console import Console
    from rich.progress import Progress

    from lawgen.batch import CaseOutcome, Settings
    from lawgen.case import CaseError
    from lawgen.documents.office import WarmOffice

# Generation is CPU-bound and each worker holds the prepared templates (about 90 MB resident): processes
# beyond the cores add memory, not speed (16 jobs on 2 cores took 1.4 GB). Eight keep a batch under 1 GB.
MAX_JOBS = 8


def run(args: argparse.Namespace) -> int:
    if not _jobs(args):
        return EXIT_INVALID
    office = _office_ahead(args)
    try:
        return _run(args, office)
    finally:
        if office is not None:
            office.close()


def _run(args: argparse.Namespace, office: WarmOffice | None) -> int:
    from lawgen import batch
    from lawgen.commands.common import UsageError, report_errors, say

    try:
        settings = _settings(args)
        files = batch.case_files(args.folder, args.output) if args.folder.is_dir() else None
    except UsageError as error:
        report_errors(error.errors, args.lang, source="lawgen batch")
        return EXIT_INVALID
    except OSError as error:
        return _stop(msg("无法读取文件夹 {folder}：{detail}", folder=str(args.folder),
                         detail=os_error_text(error)), args.lang)
    if files is None:
        return _stop(msg("案件文件夹 {folder} 不存在", folder=str(args.folder)), args.lang)
    if not files:
        return _stop(msg("文件夹 {folder} 中没有案件文件（*.json）", folder=str(args.folder)), args.lang)
    if args.pdf:
        from lawgen.documents.pdf import INSTALL_HINT, soffice_path

        if soffice_path() is None:  # before any work: the user asked for PDFs
            print(INSTALL_HINT, file=sys.stderr)
            return EXIT_INVALID
    from lawgen.files import make_private_dir

    try:
        make_private_dir(args.output)
    except OSError as error:
        return _stop(msg("无法写入文件夹 {folder}：{detail}", folder=str(args.output),
                         detail=os_error_text(error)), args.lang)

    started = time.perf_counter()
    outcomes: list[CaseOutcome] = []
    report_path = args.output / batch.REPORT_NAME
    try:
        _generate(files, settings, args, outcomes, office)
    except KeyboardInterrupt:  # what was done is kept, and the report says what that was
        report = batch.report_json(outcomes, args.lang, time.perf_counter() - started, args.pdf)
        report["interrupted"] = True
        _write_report(report_path, report, args.lang)
        raise
    seconds = time.perf_counter() - started

    report = batch.report_json(outcomes, args.lang, seconds, args.pdf)
    if not _write_report(report_path, report, args.lang):
        return EXIT_FAILED
    summary = msg("完成：{ok} 个案件已生成，{failed} 个有误（已跳过）；"
                  "共 {documents} 个文件，用时 {seconds} 秒。报告：{report}",
                  ok=report["succeeded"], failed=report["failed"],
                  documents=report["documents"], seconds=round(seconds, 1), report=str(report_path))
    say(summary.render(args.lang))
    return EXIT_OK if report["failed"] == 0 else EXIT_FAILED


def default_jobs() -> int:
    """The cores this process may use."""
    counter = getattr(os, "process_cpu_count", None)  # Python 3.13+
    if counter is not None:
        return counter() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def jobs_cap() -> int:
    """The most worker processes a batch starts: the cores this process may use, at most MAX_JOBS."""
    return min(MAX_JOBS, default_jobs())


def _jobs(args: argparse.Namespace) -> bool:
    """``args.jobs`` checked (False when it is not a number of processes: said), and capped (saying so) at
    what this machine can use; the cores by default."""
    cap = jobs_cap()
    if args.jobs is None:
        args.jobs = cap
    if args.jobs < 1:
        from lawgen.case import CaseError
        from lawgen.commands.common import report_errors

        report_errors([CaseError("--jobs", msg("--jobs 应为正整数"))], args.lang, source="lawgen batch")
        return False
    if args.jobs > cap:
        capped = msg("并行进程数 {jobs} 超过上限 {cap}（本机可用的 CPU 核心数，最多 8 个）：生成受 CPU 限制，"
                     "更多进程只多占内存，不会更快；按 {cap} 个运行", jobs=args.jobs, cap=cap)
        _say_error(capped, args.lang)
        args.jobs = cap
    return True


def _office_ahead(args: argparse.Namespace) -> WarmOffice | None:
    """With PDFs and one worker, the office that converts them, started first: its start (1.5–2 s) then
    runs beside lawgen's imports and first packet instead of after the imports. (Each of several workers
    starts its own, in its own process.)"""
    if not args.pdf or args.jobs != 1 or not args.folder.is_dir():
        return None
    from lawgen.documents.office import WarmOffice, office_program

    if office_program() is None:
        return None  # said below, before any work
    office = WarmOffice(prime=False)  # the first packet is ready before the office is
    office.start(wait_for_launch=True)
    return office


def _write_report(path: Path, report: dict, lang: str) -> bool:
    """Write ``report.json``; a full disk or a path that is not a file is said, not raised."""
    from lawgen.files import write_text_atomic

    try:
        write_text_atomic(path, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    except OSError as error:
        _say_error(msg("无法写入报告 {path}：{detail}（已生成的文书保留在各案件文件夹中）", path=str(path),
                       detail=os_error_text(error)), lang)
        return False
    return True


def _settings(args: argparse.Namespace) -> Settings:
    from lawgen.batch import Settings
    from lawgen.case import CaseError
    from lawgen.commands.common import UsageError, judging_date, parameter_book

    if args.templates is not None and not args.templates.is_dir():
        missing = msg("模板文件夹 {folder} 不存在", folder=str(args.templates))
        raise UsageError([CaseError("--templates", missing)])
    return Settings(out_dir=args.output, on=judging_date(args), book=parameter_book(args), force=args.force,
                    templates_dir=args.templates, pdf=args.pdf)


def _generate(files: list[Path], settings: Settings, args: argparse.Namespace,
              outcomes: list[CaseOutcome], office: WarmOffice | None) -> None:
    """Generate every case, appending each outcome as it comes (so an interruption keeps them)."""
    from lawgen.batch import generate_all

    with _progress() as progress:
        task = progress.add_task(msg("生成文书").render(args.lang), total=len(files))
        for outcome in generate_all(files, settings, args.jobs, office):
            if not outcome.ok:
                _print_errors(outcome.file, outcome.errors, args.lang, progress.console)
            outcomes.append(outcome)
            progress.advance(task)


def _progress() -> Progress:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        """Items a second (rich's own speed column counts bytes)."""

        def render(self, task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:.1f}/s" if speed else "–/s", style="progress.data.speed")

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), RateColumn(),
                    TimeRemainingColumn(), console=Console(stderr=True))


def _print_errors(file: str, errors: list[CaseError], lang: str, console: Console | None = None) -> None:
    """``b.json: claims[0].from: 日期格式应为 …`` — where and what, never the case's data."""
    from lawgen.commands.common import say

    for error in errors:
        line = f"{file}: {error.render(lang)}"
        if console is not None:
            console.print(terminal_text(line), markup=False, highlight=False, soft_wrap=True)
        else:
            say(line, error=True)


def _stop(message: Msg, lang: str) -> int:
    """Why the batch could not start, said; its exit status."""
    _say_error(message, lang)
    return EXIT_INVALID


def _say_error(message: Msg, lang: str) -> None:
    from lawgen.commands.common import say

    say(message.render(lang), error=True)
