"""What several commands share: reading a case and the parameter options, and reporting errors."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tomllib
from pathlib import Path

from lawgen.case import Case, CaseError, InvalidCase, load_case
from lawgen.files import os_error_text
from lawgen.i18n import Msg, msg
from lawgen.law.parameters import InvalidOverride, MissingParameter, ParameterBook
from lawgen.law.rest_days import HolidayFileError, load_holiday_file, parse_arrangement
from lawgen.lenient import NO_SUCH_DAY
from lawgen.text import terminal_text


class UsageError(Exception):
    """Bad options: reported like case errors, exit status 2."""

    def __init__(self, errors: list[CaseError]) -> None:
        super().__init__("; ".join(e.render() for e in errors))
        self.errors = errors


# The one date form the README gives for a date option (``date.fromisoformat`` alone also takes 20261101
# and the ISO week date 2026-W44-1, which no volunteer means).
_OPTION_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def option_date(option: str, value: str | None) -> dt.date | None:
    """A date option (``--on``, ``--pay-by``) as ``YYYY-MM-DD``, a real day within the years a case may
    hold; None when not given."""
    from lawgen.case import DATE_MAX, DATE_MIN, ERROR_MESSAGES

    if value is None:
        return None
    if not _OPTION_DATE.fullmatch(value):
        raise UsageError([CaseError(option, msg("日期格式应为 YYYY-MM-DD，例如 2026-11-28"))])
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError([CaseError(option, msg(NO_SUCH_DAY, date=value))]) from None
    if not DATE_MIN <= day <= DATE_MAX:
        raise UsageError([CaseError(option, msg(ERROR_MESSAGES["date_out_of_range"], first=DATE_MIN.year,
                                                last=DATE_MAX.year))])
    return day


def judging_date(args: argparse.Namespace) -> dt.date | None:
    return option_date("--on", getattr(args, "on", None))  # «--on ""» is an error, not «not given»


def parameter_book(args: argparse.Namespace) -> ParameterBook:
    """The parameters with the user's overrides: first the --params file, then each --set."""
    book = ParameterBook()
    pairs: list[tuple[str, str, str, str]] = []  # (option, name, value, source)
    if getattr(args, "params", None):
        try:
            data = tomllib.loads(Path(args.params).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            detail = os_error_text(error) if isinstance(error, OSError) else str(error)
            problem = msg("无法读取参数文件：{detail}", detail=detail)
            raise UsageError([CaseError("--params", problem)]) from None
        book = _holidays(book, "--params", lambda: tuple(
            parse_arrangement(t, f"holidays[{i}]") for i, t in enumerate(_tables(data.get("holidays")))))
        # Where a value came from, when its entry names no source: the option itself, in any language.
        file_source = f"--params {Path(args.params).name}"
        for name, entry in (data.get("parameters") or {}).items():
            if isinstance(entry, dict):
                source = str(entry.get("source") or file_source)
                pairs.append(("--params", name, str(entry.get("value", "")), source))
            else:
                pairs.append(("--params", name, str(entry), file_source))
    for path in getattr(args, "holidays", None) or []:
        book = _holidays(book, "--holidays", lambda path=path: load_holiday_file(Path(path)))
    for item in getattr(args, "overrides", []) or []:
        name, _, value = item.partition("=")
        pairs.append(("--set", name.strip(), value.strip(), "--set"))
    known = book.known_names()
    for option, name, value, source in pairs:
        if name not in known:
            raise UsageError([CaseError(option, msg("未知参数 {name}；可用参数：{names}", name=name,
                                                    names="、".join(sorted(known))))])
        try:
            book = book.with_override(name, value, source)
        except InvalidOverride:
            raise UsageError([CaseError(option, msg("参数 {name} 的值应为非负数字", name=name))]) from None
    return book


def _tables(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, list) and all(isinstance(v, dict) for v in value):
        return value
    raise HolidayFileError("holidays", msg("应为节假日安排表的列表（[[holidays]]）"))


def _holidays(book: ParameterBook, option: str, read) -> ParameterBook:
    """A holiday file is checked whole before any of it is used; an error names the field."""
    try:
        return book.with_holidays(read())
    except HolidayFileError as error:
        where = f"{option} {error.path}".strip()
        raise UsageError([CaseError(where, error.message)]) from None


def missing_parameter(error: MissingParameter) -> Msg:
    """The law's message, and how this command line supplies the value."""
    return msg("{message}（可用 --set {name}=数值 或 --params 文件提供）", message=error.message(),
               name=error.name)


def read_case(path: Path, with_records: bool = False, args: argparse.Namespace | None = None) -> Case:
    """The case file; ``with_records``: completed by the order records it names (see lawgen.records)."""
    case = load_case(path)
    if with_records and case.records is not None:
        from lawgen.records.attach import with_records as complete

        case = complete(case, Path(path).parent, parameter_book(args) if args else None,
                        judging_date(args) if args else None)
    return case


def report_errors(
    errors: list[CaseError], lang: str, as_json: bool = False, source: str | None = None
) -> None:
    """Errors go to standard error as lines (or to standard output as JSON with --json)."""
    if as_json:
        print(json.dumps({"errors": [e.as_json(lang) for e in errors]}, ensure_ascii=False, indent=2))
        return
    if errors and all(e.path.startswith("--") for e in errors):  # the command's options, not the case file
        heading = msg("命令选项有误，请修改后重试：")
    elif source is None:
        heading = msg("案件文件有误，请修改后重试：")
    else:
        heading = msg("{source} 有误，请修改后重试：", source=source)
    say(heading.render(lang), error=True)
    for error in errors:
        say(f"  - {error.render(lang)}", error=True)


def say(text: object, error: bool = False) -> None:
    """Print a line that may hold what a user typed (a file name, a region code): controls are shown as
    escapes, so a name cannot recolour the terminal, retitle it or hide what precedes it."""
    print(terminal_text(text), file=sys.stderr if error else sys.stdout)


__all__ = ["InvalidCase", "UsageError", "judging_date", "missing_parameter", "option_date", "parameter_book",
           "read_case", "report_errors", "say"]
