"""What kind of relationship the work is: 劳动关系, 不完全符合确立劳动关系情形, or 民事关系.

劳社部发〔2005〕12号 第一条: 用人单位招用劳动者未订立书面劳动合同，但同时具备下列情形的，劳动关系成立。（一）
  用人单位和
  劳动者符合法律、法规规定的主体资格；（二）用人单位依法制定的各项劳动规章制度适用于劳动者，劳动者受用人单位的劳动管理，
  从事用人单位安排的有报酬的劳动；（三）劳动者提供的劳动是用人单位业务的组成部分。
人社部发〔2021〕56号 第一条第（二）项: 符合确立劳动关系情形的…；
  不完全符合确立劳动关系情形但企业对劳动者进行劳动管理的…；
  个人依托平台自主开展经营活动、从事自由职业等，按照民事法律调整双方的权利义务。
Both texts are secondary reproductions. Category 2 needs 劳动管理: with no management indicator the work is
civil whatever else points to labor. The weighted score only orders the categories; a person is shown the
indicators found, never a percentage of certainty. Unknown answers are left out, not counted against the
  worker.

Figures from the platform's order records (days a week, hours a day, months without a break, the share of one
platform or station) stand beside the answers as evidence for them — attendance records are among the
proofs 12号第二条 names — but never answer a question themselves: no rule turns a figure into a yes or no.
A question they bear on that is still unanswered becomes a hint to ask it with the figures at hand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from lawgen.case import Relationship
from lawgen.i18n import N_, Msg, MsgList, msg
from lawgen.law.hints import Hint, Need


class Category(StrEnum):
    labor = "labor"
    incomplete = "incomplete"
    civil = "civil"


# indicator -> (weight, the answer pointing to a labor relationship, the text when it does, when it doesn't)
INDICATORS: dict[str, tuple[int, bool, str, str]] = {
    "company_sets_schedule": (20, True, N_("单位安排排班、上线时间"), N_("工作时间由本人自主决定")),
    "company_rules_and_penalties": (
        20, True, N_("单位规章制度适用于本人，并有考核、罚款"), N_("单位规章制度不适用于本人"),
    ),
    "company_pays_worker": (15, True, N_("由单位发放报酬"), N_("报酬并非由单位发放")),
    "work_is_company_business": (
        20, True, N_("所从事工作是单位业务的组成部分"), N_("所从事工作不是单位业务的组成部分"),
    ),
    "company_equipment_or_uniform": (
        5, True, N_("使用单位提供的装备、工服或工牌"), N_("自备工具，无单位装备"),
    ),
    "can_refuse_orders": (10, False, N_("不能自主拒单"), N_("可以自主拒单而不受处罚")),
    "works_for_other_platforms": (5, False, N_("未同时为其他平台工作"), N_("同时为其他平台接单")),
    "sets_own_prices": (5, False, N_("不能自主定价"), N_("自主决定服务价格")),
}
# 12号 第一条 requires all three: management, paid work assigned by the company, part of its business.
ESSENTIAL = ("company_rules_and_penalties", "company_pays_worker", "work_is_company_business")
# 56号 category 2: 企业对劳动者进行劳动管理 — schedules set by the company, its rules and penalties applied.
MANAGEMENT = ("company_sets_schedule", "company_rules_and_penalties")
LABOR_FROM, INCOMPLETE_FROM = 70, 40


@dataclass(frozen=True)
class RecordIndicator:
    """A figure from the order records and the relationship questions (INDICATORS' keys) it bears on."""

    key: str
    label: str  # N_ text
    figures: Msg
    informs: tuple[str, ...]


@dataclass(frozen=True)
class RelationshipVerdict:
    category: Category
    score: int  # weighted share of answered indicators pointing to labor: orders the categories, never shown
    reasons: tuple[Msg, ...]
    indicators_for: int = 0  # indicators found that point to a labor relationship
    indicators_answered: int = 0
    records: tuple[RecordIndicator, ...] = ()  # beside the answers, never counted in the score
    to_ask: tuple[str, ...] = ()  # unanswered questions the records bear on

    @property
    def summary(self) -> Msg:
        """What a person reads: the indicators found, not a score."""
        return msg("已回答{answered}项用工特征，其中{found}项符合劳动关系", found=self.indicators_for,
                   answered=self.indicators_answered)


def relationship_category(answers: Relationship, written_contract: bool = False,
                          records: tuple[RecordIndicator, ...] = ()) -> RelationshipVerdict:
    """Score and category from the indicators — 劳社部发〔2005〕12号第一条; 人社部发〔2021〕56号.

    A signed labor contract is itself written proof of a labor relationship (劳动合同法第七条、第十条): it
    decides the category unless an essential indicator of 12号第一条 is answered against it. ``records``
    are shown with the reasons and name the questions still to ask; they change neither score nor category.
    """
    verdict = _from_answers(answers, written_contract)
    if not records:
        return verdict
    figures = tuple(msg("{label}：{figures}", label=Msg(r.label), figures=r.figures) for r in records)
    said = msg("订单记录显示：{items}。这些数字供核对上面的回答，不代替回答；"
               "订单记录可作为与考勤记录同类的凭证（劳社部发〔2005〕12号第二条）",
               items=MsgList(figures, "；", "; "))
    reasons = [*verdict.reasons, said]
    to_ask = tuple(name for name in INDICATORS
                   if getattr(answers, name) is None and any(name in r.informs for r in records))
    return replace(verdict, reasons=tuple(reasons), records=records, to_ask=to_ask)


def questions_to_ask(verdict: RelationshipVerdict) -> tuple[Hint, ...]:
    """A hint naming the unanswered questions the order records bear on, and the figures to ask them with."""
    if not verdict.to_ask:
        return ()
    questions = tuple(msg("“{question}”", question=Msg(INDICATORS[name][2])) for name in verdict.to_ask)
    labels = tuple(dict.fromkeys(r.label for r in verdict.records
                                 if any(name in r.informs for name in verdict.to_ask)))
    words = msg("请向劳动者核实以下情况并作答：{questions}；订单记录中的{labels}可作参考",
                questions=MsgList(questions, "、", ", "),
                labels=MsgList(tuple(Msg(x) for x in labels), "、", ", "))
    return (Hint(Need.relationship_answer, words),)


def _from_answers(answers: Relationship, written_contract: bool) -> RelationshipVerdict:
    total = pointing = count_for = count = 0
    for_labor: list[Msg] = []
    against: list[Msg] = []
    for name, (weight, labor_answer, labor_text, other_text) in INDICATORS.items():
        answer = getattr(answers, name)
        if answer is None:
            continue
        total += weight
        count += 1
        if answer == labor_answer:
            pointing += weight
            count_for += 1
            for_labor.append(Msg(labor_text))
        else:
            against.append(Msg(other_text))
    reasons: list[Msg] = []
    if for_labor:
        reasons.append(msg("支持劳动关系：{items}", items=MsgList(tuple(for_labor), "；", "; ")))
    if against:
        reasons.append(msg("不支持劳动关系：{items}", items=MsgList(tuple(against), "；", "; ")))
    missing_essential = [n for n in ESSENTIAL if getattr(answers, n) is False]
    if written_contract and not missing_essential:
        reasons.append(msg("双方订立了书面劳动合同，劳动关系有书面证明（劳动合同法第七条、第十条）"))
        score = round(100 * pointing / total) if total else 100
        return RelationshipVerdict(Category.labor, score, tuple(reasons), count_for, count)
    if total == 0:
        return RelationshipVerdict(
            Category.incomplete, 50,
            (msg("尚未回答用工情况的问题，无法判断关系性质；按“不完全符合确立劳动关系情形”提示风险"),),
        )
    score = round(100 * pointing / total)
    managed = any(getattr(answers, n) is True for n in MANAGEMENT)
    if not managed:
        category = Category.civil
        reasons.append(msg("未见单位进行劳动管理（排班、规章制度和考核）的情形：不完全符合确立劳动关系情形须以企业进行"
                           "劳动管理为前提，按现有情况属于民事关系（人社部发〔2021〕56号第一条第（二）项）；"
                           "如单位实际进行管理，请补充说明"))
    elif score >= LABOR_FROM and not missing_essential:
        category = Category.labor
        reasons.append(msg("同时具备劳动管理、有报酬的劳动、属单位业务组成部分，劳动关系成立"
                           "（劳社部发〔2005〕12号第一条）"))
    elif score >= INCOMPLETE_FROM:
        category = Category.incomplete
        reasons.append(msg("部分符合劳动关系特征：单位进行劳动管理但不完全符合确立劳动关系情形"
                           "（人社部发〔2021〕56号），确认劳动关系有一定风险"))
    else:
        category = Category.civil
        reasons.append(msg("多数特征指向自主经营，可能被认定为民事关系（人社部发〔2021〕56号），"
                           "劳动法上的请求难以得到支持"))
    return RelationshipVerdict(category, score, tuple(reasons), count_for, count)
