"""``lawgen hours RECORDS [--case CASE.json] [--json]``: working time and overtime from order records."""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal, InvalidOperation

from lawgen.case import CaseError, InvalidCase
from lawgen.cli import EXIT_INVALID, EXIT_OK
from lawgen.commands.common import UsageError, judging_date, parameter_book, read_case, report_errors
from lawgen.i18n import Msg, msg


def run(args: argparse.Namespace) -> int:
    from lawgen.law.parameters import MissingParameter
    from lawgen.records import RecordsError
    from lawgen.records.summary import RowsRejected, summarise_file

    try:
        book = parameter_book(args)
        on = judging_date(args)
        case = read_case(args.case) if args.case else None
        settings = _settings(args, case)
        summary = summarise_file(args.records, settings, region=case.place if case else None,
                                 on=on or (case.judged_on if case else None), book=book)
    except (InvalidCase, UsageError) as error:
        report_errors(error.errors, args.lang, as_json=args.json, source=str(args.case or args.records))
        return EXIT_INVALID
    except RowsRejected as error:
        if args.json:
            print(json.dumps({"errors": [{"path": "", "message": error.message.render(args.lang)}],
                              "problems": [{"row": p.row, "message": p.message.render(args.lang),
                                            "counted_once": p.counted_once} for p in error.problems],
                              "notices": [n.render(args.lang) for n in error.notices]},
                             ensure_ascii=False, indent=2))
        else:
            for notice in error.notices:
                print(notice.render(args.lang), file=sys.stderr)
            print(error.message.render(args.lang), file=sys.stderr)
            for problem in error.problems:
                print(f"  - {problem.render(args.lang)}", file=sys.stderr)
            if error.remedy is not None:
                print(_how_to(error.remedy).render(args.lang), file=sys.stderr)
        return EXIT_INVALID
    except RecordsError as error:
        errors = [CaseError("", error.message)]
        errors += [CaseError("", _how_to(error.remedy))] if error.remedy is not None else []
        report_errors(errors, args.lang, as_json=args.json, source=str(args.records))
        return EXIT_INVALID
    except MissingParameter as error:
        report_errors([CaseError("--on", error.message())], args.lang, as_json=args.json)
        return EXIT_INVALID
    assessment = _assessment_with_hours(case, summary, on, book) if case else None
    if args.json:
        data = summary.as_json(args.lang)
        if assessment is not None:
            claim = next((c for c in assessment.claims if c.kind.value == "overtime"), None)
            data["overtime_claim"] = (
                {"amount": str(claim.amount), "formula": claim.formula_msg.render(args.lang)}
                if claim and claim.formula_msg else None)
            data["relationship"] = assessment.as_json(args.lang)["relationship"]
            data["relationship"]["answers"] = case.relationship.model_dump()
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        from lawgen.records.report import print_summary

        print_summary(summary, args.lang, assessment)
    return EXIT_OK


def _how_to(remedy) -> Msg:
    """A records error's remedy (``records.errors.Remedy``) in this command's terms."""
    from lawgen.records.errors import Remedy

    if remedy is Remedy.skip_bad_rows:
        return msg("只计算无误的行：命令加 --skip-bad-rows")
    return msg("或用 --map 写明哪一列是什么，例如 --map accepted=开始时间")


def _settings(args: argparse.Namespace, case):
    from lawgen.records.attach import settings_of
    from lawgen.records.summary import Settings

    settings = settings_of(case) if case is not None and case.records is not None else Settings()
    mapping = dict(settings.mapping)
    for item in args.map or []:
        field, _, header = item.partition("=")
        if field.strip() not in _FIELDS or not header.strip():
            raise UsageError([CaseError("--map", msg("应写成 字段=表头，字段为：{fields}",
                                                     fields="、".join(_FIELDS)))])
        mapping[field.strip()] = header.strip()
    allowance, source = settings.allowance_minutes, settings.allowance_source
    if args.allowance is not None:
        try:
            allowance = Decimal(args.allowance)
        except InvalidOperation:
            allowance = Decimal(-1)
        if not allowance.is_finite() or not 0 <= allowance <= 240:
            raise UsageError([CaseError("--allowance", msg("宽放时间的订单间隔上限应为0到240之间的分钟数"))])
        source = None
    windows = settings.required_online
    if args.required_online:
        from lawgen.case import Records

        try:
            windows = Records(file="-", required_online=args.required_online).windows()
        except ValueError:
            raise UsageError([CaseError("--required-online",
                                        msg("在线时间应写成 11:00-13:00 这样的起止时间"))]) from None
    return Settings(mapping=mapping, sheet=args.sheet or settings.sheet, allowance_minutes=allowance,
                    allowance_source=source, required_online=windows,
                    skip_bad_rows=args.skip_bad_rows or settings.skip_bad_rows)


_FIELDS = ("order_id", "date", "accepted", "picked_up", "delivered", "fee", "platform", "station")


def _assessment_with_hours(case, summary, on, book):
    """The case assessed with the records' hours in its overtime claim (added when it has none)."""
    from lawgen.case import Claim, ClaimKind
    from lawgen.law import assess

    proposed = summary.proposed_claim()
    claims = []
    found = False
    for claim in case.claims:
        if claim.kind == ClaimKind.overtime:
            found = True
            claim = claim.model_copy(update={
                "weekday_hours": Decimal(proposed["weekday_hours"]),
                "rest_day_hours": Decimal(proposed["rest_day_hours"]),
                "holiday_hours": Decimal(proposed["holiday_hours"]), "amount": None})
        claims.append(claim)
    if not found:
        claims.append(Claim.model_validate({"kind": "overtime", "weekday_hours": proposed["weekday_hours"],
                                            "rest_day_hours": proposed["rest_day_hours"],
                                            "holiday_hours": proposed["holiday_hours"]}))
    return assess(case.model_copy(update={"claims": claims}), on=on, book=book, records=summary.indicators)


