"""``lawgen check CASE.json``: the assessment, as a report or as ``lawgen.assessment/1`` JSON."""

from __future__ import annotations

import argparse
import json

from lawgen.case import CaseError, InvalidCase
from lawgen.cli import EXIT_INVALID, EXIT_OK
from lawgen.commands.common import UsageError, judging_date, parameter_book, read_case, report_errors
from lawgen.commands.common import missing_parameter as missing
from lawgen.law import MissingParameter, assess
from lawgen.records.attach import record_indicators


def run(args: argparse.Namespace) -> int:
    try:
        case = read_case(args.case, with_records=True, args=args)
        assessment = assess(case, on=judging_date(args), book=parameter_book(args),
                            records=record_indicators(case))
    except (InvalidCase, UsageError) as error:
        report_errors(error.errors, args.lang, as_json=args.json, source=str(args.case))
        return EXIT_INVALID
    except MissingParameter as error:
        # Values exist, only later: the date is what to change; none at all: the region has no data yet.
        field = ("--on" if args.on else "prepared_on") if error.first else "region"
        report_errors([CaseError(field, missing(error))], args.lang, as_json=args.json)
        return EXIT_INVALID
    if args.json:
        print(json.dumps(assessment.as_json(args.lang), ensure_ascii=False, indent=2))
    else:
        from lawgen.report import print_report

        print_report(assessment, args.lang)
    return EXIT_OK
