"""``lawgen record CASE.json EVENT --on DATE``: adds a stage of the case to its file.

The file is read and validated first; the stage goes to its one home in ``procedure`` (see
``lawgen.stage_record``); the result is validated whole and only then written, atomically and owner-only. An
invalid result is reported with the field it concerns and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import errno
from pathlib import Path

from lawgen.case import InvalidCase, loads_case, read_case_file_identified
from lawgen.cli import EXIT_INVALID, EXIT_OK
from lawgen.commands.common import UsageError, option_date, report_errors, say
from lawgen.exact_json import dumps_exact, loads_exact
from lawgen.files import locked_file, os_error_text, write_text_atomic
from lawgen.i18n import msg
from lawgen.stage_record import EVENTS, StageInput, record_stage


def _stage(args: argparse.Namespace) -> StageInput:
    return StageInput(
        event=args.event, on=option_date("--on", args.on), amount=args.amount, court=args.court,
        commission=args.commission, case_number=args.case_number, mediator=args.mediator,
        pay_by=option_date("--pay-by", args.pay_by), items=tuple(args.item or ()), appealed=args.appealed,
        note=args.note, replace=args.replace)


def run(args: argparse.Namespace) -> int:
    try:
        stage = _stage(args)
    except UsageError as error:
        report_errors(error.errors, args.lang, source=str(args.case))
        return EXIT_INVALID
    if Path(args.case).name in ("", ".", ".."):  # «/», «.», «»: no file to lock beside; say what reading says
        try:
            read_case_file_identified(args.case)
        except InvalidCase as error:
            report_errors(error.errors, args.lang, source=str(args.case))
            return EXIT_INVALID
    try:
        # Locked for the whole read–change–write: two records at once would each write back the file as
        # it was before the other's stage, and one stage would be lost without a word.
        with locked_file(args.case):
            return _record(args, stage)
    except OSError as error:  # the lock file cannot be made (a read-only folder, no such folder …)
        detail = os_error_text(error)
        source = str(args.case)
        missing = error.errno == errno.ENOENT
        problem = (msg("无法读取文件：{detail}", detail=detail) if missing
                   else msg("无法写入 {source}：{detail}", source=source, detail=detail))
        say(problem.render(args.lang), error=True)  # the disk's or the folder's trouble, not the case file's
        return EXIT_INVALID


def _record(args: argparse.Namespace, stage: StageInput) -> int:
    try:
        raw, identity = read_case_file_identified(args.case)
        loads_case(raw)  # the file as it is must be valid: a stage is never added to a broken file
        data = loads_exact(raw.decode("utf-8-sig"))
        updated, said = record_stage(data, stage, today=dt.date.today())
    except (InvalidCase, UsageError) as error:
        report_errors(error.errors, args.lang, source=str(args.case))
        return EXIT_INVALID
    if updated == data:  # the same stage on the same date again: nothing to write
        for line in said:
            say(line.render(args.lang))
        return EXIT_OK
    try:
        # Only over the very file that was read: another case moved to this path meanwhile is kept.
        write_text_atomic(args.case, dumps_exact(updated) + "\n", unchanged=identity)
    except OSError as error:
        problem = msg("无法写入 {source}：{detail}", source=str(args.case), detail=os_error_text(error))
        say(problem.render(args.lang), error=True)  # a full disk is not a mistake in the case file
        return EXIT_INVALID
    for line in said:
        say(line.render(args.lang))
    return EXIT_OK


__all__ = ["EVENTS", "run"]
