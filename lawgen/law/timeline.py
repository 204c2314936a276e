"""The case's timeline: dated steps for its facts and stage, each from a dated, cited period parameter.

劳动争议调解仲裁法第二十九条 (5 days to accept), 第三十条 (10 days to answer), 第四十三条 (45 days to the
  award,
  15 more with approval), 第四十八条、第五十条 (15 days from receipt to sue), 第四十九条 (30 days for the
    employer
  to apply to set a final award aside).
民事诉讼法第一百二十六条 (7 days to docket), 第一百六十八条 (small claims: 2 months, +1), 第一百六十四条
  (simplified:
  3 months, +1), 第一百五十二条 (ordinary: 6 months, +6), 第二百二十五条至第二百二十八条 (payment order: 5
    days to
  accept, 15 days to object).
劳动保障监察条例第十七条 (60 working days to investigate); 若干规定第十八条 (5 working days to accept).
民事诉讼法第八十五条; 民法典第二百零三条: a period ending on a rest day or holiday ends on the next working
  day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lawgen.case import Case
from lawgen.i18n import N_, Msg, msg
from lawgen.law.derived import ParameterLog
from lawgen.law.limitation import ClaimLimitation, LimitationStatus, LimitationVerdict
from lawgen.law.periods import period_end
from lawgen.law.rest_days import HolidayCalendar
from lawgen.law.routes import Route
from lawgen.law.small_claims import SmallClaimsStatus


@dataclass(frozen=True)
class TimelineStep:
    key: str  # file_arbitration, arbitration_acceptance, arbitration_award, sue_after_award, court_term, …
    title: Msg
    date: dt.date | None  # None: the step's date depends on a day not known yet; ``note`` gives the period
    estimate: bool  # the date falls in a year without a published holiday arrangement
    basis: tuple[str, ...]
    note: Msg | None = None

    def as_json(self, lang: str = "zh") -> dict:
        from lawgen.i18n import translate

        return {"key": self.key, "title": self.title.render(lang),
                "date": self.date.isoformat() if self.date else None, "estimate": self.estimate,
                "basis": [translate(b, lang) for b in self.basis],
                "note": self.note.render(lang) if self.note else None}


@dataclass(frozen=True)
class TimelineFacts:
    case: Case
    routes: tuple[Route, ...]
    limitation: LimitationVerdict
    claim_limitations: tuple[ClaimLimitation, ...]
    small_claims: SmallClaimsStatus
    inspection_until: dt.date | None
    final_items: bool  # some item may be a final award (第四十九条 applies to the employer)


class _Steps:
    def __init__(self, used: ParameterLog, calendar: HolidayCalendar) -> None:
        self.used, self.calendar, self.steps = used, calendar, []

    def n(self, name: str) -> int:
        return int(self.used.decimal(name))

    def due(self, start: dt.date, *, days: int = 0, months: int = 0) -> tuple[dt.date, bool]:
        """The last day of a period from ``start``, rolled past rest days (民事诉讼法第八十五条)."""
        day, exact = self.calendar.roll_past_rest_days(period_end(start, months=months, days=days))
        return day, not exact

    def add(self, key: str, title: Msg, basis: tuple[str, ...], day: dt.date | None = None,
            estimate: bool = False, note: Msg | None = None) -> None:
        self.steps.append(TimelineStep(key, title, day, estimate, basis, note))


def timeline(facts: TimelineFacts, used: ParameterLog, calendar: HolidayCalendar) -> tuple[TimelineStep, ...]:
    steps = _Steps(used, calendar)
    award = facts.case.procedure.arbitration
    if Route.direct_suit_wage_iou in facts.routes and award is None:
        _direct_suit(facts, steps, "wage_iou_suit", "file_iou_suit", msg("持工资欠条直接向人民法院起诉"),
                     (N_("劳动争议解释（一）第十五条"), N_("民法典第一百八十八条")))
    if Route.direct_suit_mediation_agreement in facts.routes:
        steps.add("file_mediation_suit", msg("持调解协议直接向人民法院起诉"), (N_("劳动争议解释（一）"
            "第五十一条第二款"),),
                  note=msg("尽早起诉"))
    if Route.civil_suit in facts.routes:
        _direct_suit(facts, steps, "civil", "file_civil_suit", msg("按民事纠纷向人民法院起诉"),
                     (N_("民法典第一百八十八条"),))
    if Route.arbitration in facts.routes:
        _arbitration(facts, steps)
    if Route.payment_order in facts.routes:
        steps.add("payment_order", msg("或向人民法院申请支付令"),
                  (N_("民事诉讼法第二百二十五条至第二百二十八条"), N_("劳动合同法第三十条第二款")),
                  note=msg("法院{accept}日内通知是否受理；支付令送达后债务人{objection}日内清偿或提出书面异议",
                           accept=steps.n("payment_order_acceptance_days"),
                           objection=steps.n("payment_order_objection_days")))
    if steps.steps:
        _court(facts, steps)
    if Route.labor_inspection in facts.routes:
        steps.add("file_inspection", msg("向劳动保障监察机构投诉（可与仲裁同时进行）"),
                  (N_("劳动保障监察条例第二十条"), N_("劳动保障监察条例第十七条")), facts.inspection_until,
                  note=msg("投诉之日起{accept}个工作日内决定是否受理；调查自立案之日起{days}个工作日内完成",
                           accept=steps.n("inspection_acceptance_working_days"),
                           days=steps.n("inspection_investigation_working_days")))
    return tuple(steps.steps)


def _direct_suit(facts: TimelineFacts, steps: _Steps, view_key: str, key: str, title: Msg,
                 basis: tuple[str, ...]) -> None:
    views = [v for c in facts.claim_limitations for v in c.views if v.key == view_key]
    last = min(views, key=lambda v: v.deadline) if views else None
    steps.add(key, title, basis, last.deadline if last else None, bool(last and last.estimate),
              msg("诉讼时效三年（民法典第一百八十八条）"))


def _arbitration(facts: TimelineFacts, steps: _Steps) -> None:
    award = facts.case.procedure.arbitration
    limitation = facts.limitation
    acceptance = steps.n("arbitration_acceptance_days")
    award_days, extension = steps.n("arbitration_award_days"), steps.n("arbitration_award_extension_days")
    sue_days = steps.n("sue_after_award_days")
    if award is None or award.applied_on is None and award.award_date is None and award.received_on is None:
        deadline = limitation.deadline if limitation.status is LimitationStatus.running else None
        if deadline:
            note = msg("最早的时效截止日，越早申请越好")
        elif limitation.status is LimitationStatus.expired:
            note = msg("时效已届满的，仍可申请，时效一般须由对方提出抗辩")
        else:
            note = msg("在职期间拖欠劳动报酬的不受一年限制；离职后一年内")
        steps.add("file_arbitration", msg("申请劳动仲裁"), (N_("劳动争议调解仲裁法第二十七条"),), deadline,
                  limitation.estimate, note)
    accepted_by = None
    if award is not None and award.applied_on is not None and award.award_date is None:
        accepted_by, estimate = steps.due(award.applied_on, days=acceptance)
        steps.add("arbitration_acceptance", msg("仲裁委员会决定是否受理"),
                  (N_("劳动争议调解仲裁法第二十九条"),),
                  accepted_by, estimate, msg("收到申请之日起{days}日内；不予受理或逾期未决定的，可向法院起诉",
                                             days=acceptance))
    elif award is None or award.award_date is None:
        steps.add("arbitration_acceptance", msg("仲裁委员会决定是否受理"),
                  (N_("劳动争议调解仲裁法第二十九条"),),
                  note=msg("收到申请之日起{days}日内；不予受理或逾期未决定的，可向法院起诉", days=acceptance))
    if award is None or award.award_date is None:
        steps.add("arbitration_answer", msg("被申请人答辩"), (N_("劳动争议调解仲裁法第三十条"),),
                  note=msg("收到申请书副本之日起{days}日内", days=steps.n("arbitration_answer_days")))
        accepted = award.accepted_on if award is not None else None
        start = accepted or accepted_by
        award_by, estimate = steps.due(start, days=award_days) if start else (None, False)
        steps.add("arbitration_award", msg("仲裁裁决"), (N_("劳动争议调解仲裁法第四十三条"),), award_by,
                  estimate,
                  msg("受理之日起{days}日内，经批准可延长不超过{extension}日；逾期未裁决的，可向法院起诉",
                      days=award_days, extension=extension))
    if award is not None and award.received_on is not None:
        sue_by, estimate = steps.due(award.received_on, days=sue_days)
        steps.add("sue_after_award", msg("不服裁决，向人民法院起诉"), (N_("劳动争议调解仲裁法第四十八条、"
                                                                          "第五十条"),),
                  sue_by, estimate, msg("收到裁决书之日起{days}日内", days=sue_days))
        if facts.final_items:
            steps.add("employer_set_aside", msg("用人单位可申请撤销终局裁决"), (N_("劳动争议调解仲裁法第四十"
                "九条"),),
                      note=msg("用人单位只能自收到裁决书之日起{days}日内向中级人民法院申请撤销，不能起诉",
                               days=steps.n("employer_set_aside_days")))
    else:
        steps.add("sue_after_award", msg("不服裁决，向人民法院起诉"), (N_("劳动争议调解仲裁法第四十八条、"
                                                                          "第五十条"),),
                  note=msg("收到裁决书之日起{days}日内", days=sue_days))


def _court(facts: TimelineFacts, steps: _Steps) -> None:
    status = facts.small_claims
    small = (steps.n("small_claims_term_months"), steps.n("small_claims_extension_months"))
    simple = (steps.n("simplified_term_months"), steps.n("simplified_extension_months"))
    ordinary = (steps.n("ordinary_term_months"), steps.n("ordinary_extension_months"))
    steps.add("court_docketing", msg("法院决定是否立案"), (N_("民事诉讼法第一百二十六条"),),
              note=msg("收到起诉状之日起{days}日内", days=steps.n("court_docketing_days")))
    if status is SmallClaimsStatus.applies:
        note = msg("适用小额诉讼程序：立案之日起{months}个月内审结，可延长{extension}个月；一审终审",
                   months=small[0], extension=small[1])
        basis = (N_("民事诉讼法第一百六十五条"), N_("民事诉讼法第一百六十八条"))
    elif status is SmallClaimsStatus.by_agreement:
        note = msg("双方约定适用小额诉讼程序的{small}个月审结；否则适用简易程序{simple}个月", small=small[0],
                   simple=simple[0])
        basis = (N_("民事诉讼法第一百六十五条第二款"), N_("民事诉讼法第一百六十四条"))
    else:
        note = msg("简易程序{simple}个月（可延长{simple_extension}个月），"
                   "或普通程序{ordinary}个月（可延长{ordinary_extension}个月）",
                   simple=simple[0], simple_extension=simple[1], ordinary=ordinary[0],
                   ordinary_extension=ordinary[1])
        basis = (N_("民事诉讼法第一百六十四条"), N_("民事诉讼法第一百五十二条"))
    steps.add("court_term", msg("法院审理"), basis, note=note)
