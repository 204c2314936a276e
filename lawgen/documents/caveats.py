"""The procedure sheet's «需要核对的数字»: each figure lawgen could not check against an official text, said
once, in words a worker reads — what the figure is, why it is in doubt, and its source as a title and
date — under one sentence that tells the worker to confirm them at the window.

The parameter data keeps the researchers' notes beside each source («二手资料», «转载», «推定», web
addresses); a page for people keeps the title and the date and leaves the notes out.
"""

from __future__ import annotations

import re

from lawgen.documents.citations import cite
from lawgen.documents.fields import amounts_as_filed, day, money
from lawgen.labels import PARAMETER_TITLES
from lawgen.law import Assessment
from lawgen.law.parameters import ParameterValue, Status
from lawgen.text import source_title

CONFIRM = "下面这些数字没能与官方原文核对，办理时请在受理窗口问清楚；有新的官方通知的，以新通知为准。"

# Why a figure is in doubt, as a worker reads it (the status of its source in the parameter data).
DOUBT = {
    Status.secondary: "这个数字取自转载的资料，未与官方发布的原文核对",
    Status.conflict: "不同资料给出的数字不一致",
    Status.unconfirmed: "只找到非官方的资料，未能证实",
    Status.override: "这个数字是填表人按新的官方通知填写的",
}
MONEY_PARAMETERS = {"min_wage_monthly", "min_wage_hourly", "small_claims_avg_wage",
                    "small_claims_mandatory_max", "small_claims_consent_max", "avg_monthly_wage_prev_year",
                    "court_fee_labor_case", "court_fee_labor_case_simplified",
                    "court_fee_labor_case_small_claims"}
# A parameter title's unit in brackets («劳动保障监察受理期限（工作日）») and how a figure says it.
UNITS = {"工作日": "个工作日", "日": "日", "月": "个月", "年": "年", "小时": "小时", "分钟": "分钟"}
_UNIT = re.compile(r"（(工作日|日|月|年|小时|分钟)）$")
# Words of the researchers' notes, never of a source's title.
NOTE_WORDS = ("二手", "转载", "转述", "一致", "另有资料", "未找到", "未经", "未与", "证实", "推定", "推算",
              "假设", "实践", "lawgen", "数据）", "可按实际")
_BRACKETED = re.compile(r"（[^（）]*）")
_ISO_DATE = re.compile(r"\s*(\d{4})-(\d{2})-(\d{2})\s*")


def _is_note(part: str) -> bool:
    return any(word in part for word in NOTE_WORDS)


def plain_source(source: str) -> str:
    """A source by its title and date: «厦门广电网 2025-04-01《…》（与厦门日报一致）；劳动法第四十八条» ->
    «厦门广电网2025年4月1日《…》；劳动法第四十八条»."""
    title = source_title(source)
    title = _BRACKETED.sub(lambda m: "" if _is_note(m.group(0)) else m.group(0), title)
    kept = []
    for part in re.split(r"[；;]", title):
        pieces = [piece for piece in part.split("，") if piece.strip() and not _is_note(piece)]
        if pieces:
            kept.append("，".join(pieces).strip())
    title = "；".join(kept)
    return _ISO_DATE.sub(lambda m: f"{int(m[1])}年{int(m[2])}月{int(m[3])}日", title).strip()


def _figure(value: ParameterValue) -> tuple[str, str]:
    """(what the figure is, the figure): («劳动保障监察受理期限», «5个工作日»)."""
    title = str(PARAMETER_TITLES.get(value.name, value.name))
    if value.name in MONEY_PARAMETERS:
        return title, f"{money(value.value)}元"
    number = format(value.value.normalize(), "f")
    unit = _UNIT.search(title)
    if unit:
        return title[:unit.start()], f"{number}{UNITS[unit.group(1)]}"
    return title, number


def _alternatives(value: ParameterValue) -> str:
    if not value.alternatives:
        return ""
    money_figure = value.name in MONEY_PARAMETERS
    others = "、".join(f"{money(a)}元" if money_figure else format(a.normalize(), "f")
                       for a in value.alternatives)
    return f"（另有资料为{others}）"


def parameter_caveat(value: ParameterValue) -> str:
    """«月最低工资标准：2,265.00元，2025年4月1日起适用。这个数字取自转载或报道，未与官方原文核对。
    资料：……。»"""
    what, figure = _figure(value)
    year = f"{value.statistic_year}年度的数字，" if value.statistic_year else ""
    doubt = DOUBT[value.status] + _alternatives(value)
    # A date note says what the day is (a statistic's publication day): never «起适用» for it.
    note = (value.date_note or "").replace("（", "，").replace("）", "")  # no brackets in brackets
    since = f"{day(value.effective_from)}（{note}）" if note else f"{day(value.effective_from)}起适用"
    source = "" if value.status is Status.override else cite(plain_source(value.source).split("；"))
    where = f"资料：{source}。" if source else ""
    return f"{what}：{figure}，{year}{since}。{doubt}。{where}"


def fee_caveat(fee: dict) -> str:
    """The court fee lawgen worked out rather than read (legal-facts §13.9)."""
    if fee["iou"]:
        return (f"工资欠条案件的诉讼费：按财产案件标准为{fee['full']}元，"
                f"简易程序减半为{fee['simplified']}元。"
                "工资欠条案件按普通民事纠纷受理，是按这个标准收，还是按劳动争议每件10.00元收，"
                "没有找到明文规定。资料：《诉讼费用交纳办法》第十三条、第十六条。")
    return (f"小额诉讼的诉讼费：{fee['simplified']}元。简易程序减半收取有明文规定，小额诉讼是否同样减半，"
            "没有找到明文规定，这是按简易程序推算的。资料：《诉讼费用交纳办法》第十三条第（四）项、第十六条。")


def caveats(assessment: Assessment, fee: dict | None) -> list[str]:
    """The confirm-at-the-window sentence once, then one line per figure in doubt; ``fee``: the court fee
    the plan shows, None when no suit is ahead (an enforcement packet)."""
    lines = [parameter_caveat(value) for value in assessment.parameters
             if value.needs_confirmation and not value.derived_from and value.status in DOUBT]
    lines += _computation_notes(assessment)
    if fee is not None:
        lines.append(fee_caveat(fee))
    return [CONFIRM, *lines]


def _computation_notes(assessment: Assessment) -> list[str]:
    """What each claim's computation could not check or had to assume — a figure not given, such as the
    average wage the severance's 3× cap needs (劳动合同法第四十七条第二款): the sheet says it as ``check``
    does (documents.md §5), in words, each with the claim it concerns."""
    return [amounts_as_filed(f"第{claim.index + 1}项请求（{claim.title}）：{note.render('zh')}。")
            for claim in assessment.claims for note in claim.notes]

