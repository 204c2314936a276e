"""``lawgen record CASE.json EVENT --on DATE``: adds a stage of the case to its file.

The file is read and validated first; the stage goes to its one home in ``procedure`` (see
``lawgen.stage_record``); the result is validated whole and only then written, atomically and owner-only. An
invalid result is reported with the field it concerns and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json

from lawgen.case import CaseError, InvalidCase, loads_case, read_case_file
from lawgen.cli import EXIT_INVALID, EXIT_OK
from lawgen.commands.common import UsageError, report_errors, say
from lawgen.i18n import msg
from lawgen.stage_record import EVENTS, StageInput, record_stage


def _date(option: str, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError([CaseError(option, msg("日期格式应为 YYYY-MM-DD，例如 2026-11-28"))]) from None


def run(args: argparse.Namespace) -> int:
    try:
        raw = read_case_file(args.case)
        loads_case(raw)  # the file as it is must be valid: a stage is never added to a broken file
        data = json.loads(raw.decode("utf-8-sig"))
        stage = StageInput(
            event=args.event, on=_date("--on", args.on), amount=args.amount, court=args.court,
            commission=args.commission, case_number=args.case_number, mediator=args.mediator,
            pay_by=_date("--pay-by", args.pay_by), items=tuple(args.item or ()), appealed=args.appealed,
            note=args.note)
        updated, said = record_stage(data, stage, today=dt.date.today())
    except (InvalidCase, UsageError) as error:
        report_errors(error.errors, args.lang, source=str(args.case))
        return EXIT_INVALID
    from lawgen.files import NotARegularFile, write_text_atomic

    text = json.dumps(updated, ensure_ascii=False, indent=2) + "\n"
    try:
        write_text_atomic(args.case, text)
    except (NotARegularFile, OSError) as error:
        problem = msg("无法写入文件：{detail}", detail=error.strerror or "")
        report_errors([CaseError("", problem)], args.lang, source=str(args.case))
        return EXIT_INVALID
    for line in said:
        say(line.render(args.lang))
    return EXIT_OK


__all__ = ["EVENTS", "run"]
