"""``lawgen generate CASE.json -o DIR``: the filing packet as .docx (and PDF with ``--pdf``)."""

from __future__ import annotations

import argparse
import sys

from lawgen.case import CaseError, InvalidCase
from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from lawgen.commands.common import UsageError, judging_date, parameter_book, read_case, report_errors, say
from lawgen.commands.common import missing_parameter as missing
from lawgen.files import os_error_text
from lawgen.i18n import msg
from lawgen.law import MissingParameter, assess
from lawgen.records.attach import record_indicators


def run(args: argparse.Namespace) -> int:
    from lawgen.documents.packet import PacketConflict, generate_packet, packet_files
    from lawgen.documents.pdf import ConversionFailed, LibreOfficeMissing
    from lawgen.documents.render import TemplateFailed

    try:
        case = read_case(args.case, with_records=True, args=args)
        assessment = assess(case, on=judging_date(args), book=parameter_book(args),
                            records=record_indicators(case))
    except (InvalidCase, UsageError) as error:
        report_errors(error.errors, args.lang, source=str(args.case))
        return EXIT_INVALID
    except MissingParameter as error:
        report_errors([CaseError("region", missing(error))], args.lang)
        return EXIT_INVALID
    if args.templates is not None and not args.templates.is_dir():
        _fail(msg("模板文件夹 {folder} 不存在", folder=str(args.templates)), args.lang)
        return EXIT_INVALID
    try:
        written = generate_packet(assessment, args.output, pdf=args.pdf, force=args.force,
                                  templates_dir=args.templates)
    except (PacketConflict, TemplateFailed) as error:
        _fail(error.message, args.lang)
        return EXIT_FAILED
    except LibreOfficeMissing as error:
        _print_written(args, packet_files(args.output))  # the .docx are written; only the PDFs are not
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    except ConversionFailed as error:
        _fail(error.message, args.lang)
        return EXIT_FAILED
    except OSError as error:
        _fail(msg("无法写入文件夹 {folder}：{detail}", folder=str(args.output), detail=os_error_text(error)),
              args.lang)
        return EXIT_FAILED
    _print_written(args, packet_files(args.output) or written)  # the calendar beside the documents too
    _print_gaps(args, assessment)
    return EXIT_OK


def _print_gaps(args: argparse.Namespace, assessment) -> None:
    """What the filings still lack: printed as blank lines, to be filled in by hand before filing."""
    from lawgen.documents.gaps import filing_gaps

    gaps = filing_gaps(assessment)
    if gaps:
        print(msg("打印前请补上（文书上留有空行）：").render(args.lang))
        for gap in gaps:
            print(f"  - {gap.render(args.lang)}")


def _print_written(args: argparse.Namespace, paths: list) -> None:
    say(msg("已生成 {count} 个文件：", count=len(paths)).render(args.lang))
    for path in paths:
        say(f"  {path}")


def _fail(message, lang: str) -> None:
    say(message.render(lang), error=True)
