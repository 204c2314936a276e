"""A case that names its order records: the summary, and the case with what the records give it.

The overtime claim takes the records' hours only where it gives none (the volunteer's figures win), the
evidence list gains the annex, the facts gain one sentence with the totals. Nothing is written back.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from lawgen.case import Case, CaseError, ClaimKind, Evidence, InvalidCase
from lawgen.i18n import msg
from lawgen.law.parameters import ParameterBook
from lawgen.law.relationship import RecordIndicator
from lawgen.records.errors import RecordsError, Remedy
from lawgen.records.summary import RecordsSummary, RowsRejected, Settings, summarise_file

ANNEX_TITLE = "工作时间及加班计算表"
RECORDS_TITLE = "平台订单记录"
MAX_LISTED_PROBLEMS = 50


def settings_of(case: Case) -> Settings:
    records = case.records
    assert records is not None
    return Settings(
        mapping=dict(records.mapping),
        sheet=records.sheet,
        allowance_minutes=records.waiting_allowance_minutes,
        allowance_source=records.allowance_source,
        required_online=records.windows(),
        skip_bad_rows=records.skip_bad_rows,
    )


def records_path(case: Case, case_dir: Path) -> Path:
    assert case.records is not None
    return (Path(case_dir) / case.records.file).resolve()


def case_summary(case: Case, case_dir: Path, book: ParameterBook | None = None,
                 on: dt.date | None = None) -> RecordsSummary:
    """The records' summary; a file that cannot be used becomes case errors on ``records``."""
    path = records_path(case, case_dir)
    try:
        stat = path.stat()
        book = book or ParameterBook()
        on = on or case.judged_on
        settings = settings_of(case)
        key = (str(path), stat.st_mtime_ns, stat.st_size, repr(settings), case.region, on,
               repr(sorted(book.overrides.items())))
        if key not in _CACHE:
            if len(_CACHE) >= 32:
                _CACHE.clear()
            _CACHE[key] = summarise_file(path, settings, region=case.place, on=on, book=book)
        return _CACHE[key]
    except FileNotFoundError:
        missing = msg("找不到订单记录文件 {name}（应与案件文件放在同一文件夹，或写明相对位置）",
                      name=case.records.file)
        raise InvalidCase([CaseError("records.file", missing)]) from None
    except RowsRejected as error:
        problems = [p for p in error.problems if not p.counted_once]
        errors = [CaseError("records", error.message)]
        errors += [CaseError("records", msg("第{row}行：{problem}", row=p.row, problem=p.message))
                   for p in problems[:MAX_LISTED_PROBLEMS]]
        if len(problems) > MAX_LISTED_PROBLEMS:
            more = msg("另有{count}行有误未列出", count=len(problems) - MAX_LISTED_PROBLEMS)
            errors.append(CaseError("records", more))
        raise InvalidCase(errors + _how_to(error)) from None
    except RecordsError as error:
        raise InvalidCase([CaseError("records.file", error.message), *_how_to(error)]) from None


def _how_to(error: RecordsError) -> list[CaseError]:
    """A records error's remedy in the case file's terms: the key to write, as the error's field."""
    if error.remedy is Remedy.skip_bad_rows:
        return [CaseError("records.skip_bad_rows", msg("写 true 则只计算无误的行"))]
    if error.remedy is Remedy.name_columns:
        return [CaseError("records.mapping", msg("或在此写明每一列的含义，例如 \"accepted\": \"开始时间\""))]
    return []


# One summary per file version and settings: the packet's annex reads the one the case was completed with.
_CACHE: dict[tuple, RecordsSummary] = {}
_ATTACHED: dict[str, RecordsSummary] = {}  # resolved records path -> the summary last attached from it


def with_records(case: Case, case_dir: Path, book: ParameterBook | None = None,
                 on: dt.date | None = None) -> Case:
    """The case as the records complete it (unchanged when it names none)."""
    if case.records is None:
        return case
    summary = case_summary(case, case_dir, book, on)
    path = str(records_path(case, case_dir))
    _ATTACHED[path] = summary
    claims = []
    for claim in case.claims:
        if claim.kind == ClaimKind.overtime and not any(
            h is not None for h in (claim.weekday_hours, claim.rest_day_hours, claim.holiday_hours)
        ):
            update = {"weekday_hours": summary.overtime.weekday, "rest_day_hours": summary.overtime.rest_day,
                      "holiday_hours": summary.overtime.holiday}
            if claim.from_ is None and summary.first_day:
                update["from_"] = max(summary.first_day, case.employment.start_date)
            if claim.to is None and summary.last_day:
                update["to"] = min(summary.last_day, case.employment.end_date or case.judged_on)
            claim = claim.model_copy(update=update)
        claims.append(claim)
    evidence = [e for e in case.evidence if e.name not in (ANNEX_TITLE, RECORDS_TITLE)]
    evidence += [Evidence(**entry) for entry in annex_evidence(summary)]
    records = case.records.model_copy(update={"file": path})  # so the packet's annex finds the summary
    return case.model_copy(update={"claims": claims, "evidence": evidence,
                                   "facts": facts_with_totals(case.facts, summary), "records": records})


def attached_summary(case: Case) -> RecordsSummary | None:
    """The summary ``with_records`` completed this case with; for a case that names its records by an
    absolute path (the wizard's import) and was not completed, read now. None for a case without records,
    or whose records cannot be read (the annex is then a blank form)."""
    if case.records is None:
        return None
    if case.records.file in _ATTACHED:
        return _ATTACHED[case.records.file]
    if not Path(case.records.file).is_absolute():
        return None
    try:
        return case_summary(case, Path(case.records.file).parent)
    except InvalidCase:
        return None


def record_indicators(case: Case) -> tuple[RecordIndicator, ...]:
    """The relationship figures of the case's order records, for ``assess`` to show beside the answers."""
    summary = attached_summary(case)
    return summary.indicators if summary is not None and summary.days else ()


def annex_evidence(summary: RecordsSummary) -> list[dict]:
    """The evidence-list entries the records bring, as the case file writes them: the order records
    themselves (electronic data, on the worker's phone) and the annex computed from them."""
    platforms = "、".join(_platforms(summary))
    source = f"平台订单记录（{platforms}）" if platforms else "平台订单记录"
    return [
        {"name": RECORDS_TITLE, "source": f"{platforms or '平台'}导出", "electronic": True, "carrier": "手机",
         "proves": f"劳动者每单接单、完成的时间（工作{len(summary.days)}天、{summary.orders}单）"},
        {"name": ANNEX_TITLE, "source": f"劳动者根据{source}制作",
         "proves": "劳动者的工作时间及加班时数的计算", "original": True},
    ]


def facts_with_totals(facts: str | None, summary: RecordsSummary) -> str | None:
    """The facts with the one sentence of totals added (once)."""
    sentence, facts = summary.totals_sentence(), facts or ""
    if sentence and sentence not in facts:
        facts = f"{facts}\n{sentence}" if facts else sentence
    return facts or None


def _platforms(summary: RecordsSummary) -> list[str]:
    for indicator in summary.indicators:
        if indicator.key == "platform_share":
            return [str(indicator.figures.params["name"])]
    return []
