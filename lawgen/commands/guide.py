"""``lawgen guide --region CODE -o FILE``: the practical small-claims guide (or ``--leaflet``) for a region
and date, as .docx and optionally PDF."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from lawgen.case import CaseError
from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from lawgen.commands.common import UsageError, judging_date, missing_parameter, parameter_book, report_errors
from lawgen.i18n import msg
from lawgen.law import MissingParameter
from lawgen.regions import UnknownRegion, resolve


def run(args: argparse.Namespace) -> int:
    from lawgen.documents.pdf import ConversionFailed, LibreOfficeMissing
    from lawgen.guide.context import GuideSourceError
    from lawgen.guide.render import write_guide

    target = Path(args.output)
    try:
        region = _region(args.region)
        on = judging_date(args) or dt.date.today()
        book = parameter_book(args)
        if target.suffix.lower() != ".docx":
            raise UsageError([CaseError("-o", msg("输出文件名应以 .docx 结尾：{name}", name=target.name))])
        if not target.parent.is_dir():
            raise UsageError([CaseError("-o", msg("输出目录不存在：{folder}", folder=str(target.parent)))])
        written = write_guide(target, region, on, book, leaflet=args.leaflet, pdf=args.pdf)
    except UsageError as error:
        report_errors(error.errors, args.lang, source=msg("命令行参数").render(args.lang))
        return EXIT_INVALID
    except MissingParameter as error:
        report_errors([CaseError("--region", missing_parameter(error))], args.lang, source="--region")
        return EXIT_INVALID
    except GuideSourceError as error:
        report_errors([CaseError("guides/", msg("模板、参数区或示例有误：{detail}", detail=str(error)))],
                      args.lang, source=msg("指南源文件").render(args.lang))
        return EXIT_INVALID
    except (LibreOfficeMissing, ConversionFailed) as error:
        print(target)  # the .docx was written before the PDF failed
        print(str(error), file=sys.stderr)
        return EXIT_FAILED
    for path in written:
        print(path)
    return EXIT_OK


def _region(code: str):
    try:
        return resolve(code.strip())
    except UnknownRegion:
        problem = msg("未知的地区代码 {code}（应为六位行政区划代码，如厦门市 350200）", code=code[:12])
        raise UsageError([CaseError("--region", problem)]) from None
