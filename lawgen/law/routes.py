"""The routes open to the worker, each with the article that opens (or closes) it.

调解仲裁法第五条: 发生劳动争议…不愿调解、调解不成或者达成调解协议后不履行的，
  可以向劳动争议仲裁委员会申请仲裁；对仲裁
  裁决不服的，除本法另有规定的外，可以向人民法院提起诉讼。
劳动争议解释（一）第十五条: 劳动者以用人单位的工资欠条为证据直接提起诉讼，诉讼请求不涉及劳动关系其他争议的，
  视为拖欠劳动
  报酬争议，人民法院按照普通民事纠纷受理。 第五十一条第二款 (a wage-only mediation agreement, likewise).
民事诉讼法第二百二十五条: 债权人请求债务人给付金钱…可以向有管辖权的基层人民法院申请支付令：（一）
  债权人与债务人没有其他
  债务纠纷的；（二）支付令能够送达债务人的。 劳动合同法第三十条第二款; 调解仲裁法第十六条.
劳动保障监察条例第二十条、第二十一条、第二十六条 (``inspection``); 人社部发〔2021〕56号: a civil relationship
  is
  governed by civil law (民法典第一百八十八条, three years).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from lawgen.case import ClaimKind, Procedure
from lawgen.i18n import Msg, msg
from lawgen.law.limitation import LimitationStatus, LimitationVerdict
from lawgen.law.relationship import Category


class Route(StrEnum):
    arbitration = "arbitration"
    labor_inspection = "labor_inspection"
    direct_suit_wage_iou = "direct_suit_wage_iou"
    direct_suit_mediation_agreement = "direct_suit_mediation_agreement"
    payment_order = "payment_order"
    civil_suit = "civil_suit"


@dataclass(frozen=True)
class RouteFacts:
    procedure: Procedure
    kinds: tuple[ClaimKind, ...]
    inspection_kinds: tuple[ClaimKind, ...]  # the claims inspection acts on (监察条例第二十六条)
    limitation: LimitationVerdict
    category: Category
    inspection_until: dt.date | None
    judged_on: dt.date
    additional_rates: tuple[str, str]  # 加付赔偿金, lowest and highest percent (劳动合同法第八十五条)


def routes(facts: RouteFacts) -> tuple[tuple[Route, ...], tuple[Msg, ...]]:
    procedure = facts.procedure
    found: list[Route] = []
    reasons: list[Msg] = []
    wage_only = all(k is ClaimKind.unpaid_wages for k in facts.kinds)
    if procedure.wage_iou and wage_only:
        found.append(Route.direct_suit_wage_iou)
        reasons.append(msg("持有工资欠条且只主张工资的，可直接起诉，无需先仲裁（劳动争议解释（一）第十五条）"))
    if procedure.mediation_agreement:
        found.append(Route.direct_suit_mediation_agreement)
        reasons.append(msg("仅就劳动报酬达成的调解协议单位不履行的，可直接起诉（劳动争议解释（一）第五十一条第二款）"))
    found.append(Route.arbitration)
    reasons.append(msg("劳动争议应先申请仲裁（劳动争议调解仲裁法第五条），仲裁不收费（第五十三条）"))
    if facts.limitation.status is LimitationStatus.expired:
        reasons.append(msg("一年仲裁时效按各种观点均已届满，但仍可申请仲裁：时效一般须由对方提出抗辩（民法典第一百九十三条）；"
                           "如曾向单位催讨、向有关部门投诉或单位同意支付，时效中断（劳动争议调解仲裁法第二十七条第二款）"))
    if facts.category is Category.civil:
        found.append(Route.civil_suit)
        reasons.append(msg("按现有情况可能属于民事关系（人社部发〔2021〕56号），可按民事纠纷向人民法院起诉，诉讼时效三年"
                           "（民法典第一百八十八条）；认为存在劳动关系的，可先申请仲裁请求确认"))
    _inspection(facts, found, reasons)
    if procedure.wage_iou or procedure.mediation_agreement:
        if procedure.respondent_missing:
            reasons.append(msg("单位下落不明、支付令无法送达的，不能申请支付令（民事诉讼法第二百二十五条第（二）项）"))
        else:
            found.append(Route.payment_order)
            reasons.append(msg("债权债务明确的，可向法院申请支付令（劳动合同法第三十条第二款；劳动争议调解仲裁法第十六条；"
                               "民事诉讼法第二百二十五条）"))
    return tuple(found), tuple(reasons)


def _inspection(facts: RouteFacts, found: list[Route], reasons: list[Msg]) -> None:
    until = facts.inspection_until
    if not facts.inspection_kinds:
        if ClaimKind.no_contract_double_wages in facts.kinds:
            reasons.append(msg("二倍工资差额属于应通过劳动争议处理程序解决的事项，劳动保障监察机构会告知申请仲裁"
                               "（劳动保障监察条例第二十一条第二款）"))
        return
    if until is not None and facts.judged_on > until:
        reasons.append(msg("违法行为已超过两年，劳动保障监察不再查处（劳动保障监察条例第二十条）"))
        return
    if facts.procedure.arbitration is not None or facts.category is Category.civil:
        return  # already in arbitration (第二十一条第二款); inspection acts on employers only (第二条)
    found.append(Route.labor_inspection)
    reasons.append(msg("拖欠工资等违法行为在两年内，可向劳动保障监察机构投诉，截至{day}（劳动保障监察条例第二十条）",
                       day=until))
    low, high = facts.additional_rates
    reasons.append(msg("请要求监察机构责令单位限期支付；单位逾期不支付的，责令按应付金额{low}%以上{high}%以下加付赔偿金"
                       "（劳动合同法第八十五条；劳动保障监察条例第二十六条）", low=low, high=high))
    if facts.category is Category.incomplete:
        # Inspection acts against an 用人单位 (监察条例第二条): a disputed relationship may be refused.
        reasons.append(msg("关系性质存在争议的，监察机构可能以不存在劳动关系为由不予受理，可同时申请仲裁"))
