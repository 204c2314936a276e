"""Where a case stands after its first filing, and the next deadline from there.

The stage is the latest step the case file records (``procedure``: events, arbitration, mediation, suit,
payments, enforcement). Each stage has its own deadlines, each from a dated, cited period parameter:

劳动争议调解仲裁法第二十七条第二款: a demand to the employer interrupts the one-year limitation; it restarts.
第二十九条 (5 days to accept), 第四十三条 (45 days to the award).
第四十八条 (the worker, a final award) and 第五十条 (either party, any other award): 15 days from receipt to
  sue; 第五十条: an award not sued against takes effect when those days run out; 第四十七条: a final award is
  effective from the day it is made.
第四十九条: 30 days from its receipt for the employer to apply to set a final award aside.
第十六条: a mediation agreement on wages not honoured by its due date supports a payment order.
民事诉讼法第一百七十一条 (15 days from service to appeal); 第二百四十七条、第二百四十八条 (enforcement of a
  judgment, of an award; 调解仲裁法第五十一条);
  第二百五十条 (two years to apply for enforcement, from the last day of the performance period, or from the
  day the decision took effect when it sets none).
民事诉讼法第八十五条; 民法典第二百零三条: a period ending on a rest day or holiday ends on the next working
  day.

Where the day a period runs from is not known exactly (the employer's receipt, the day a judgment took
effect), the earliest plausible day is used and the deadline says it is an estimate: late is lost, early is
only early.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from lawgen.case import Case, ClaimKind, EventKind
from lawgen.i18n import N_, Msg, msg, translate
from lawgen.law.derived import ParameterLog
from lawgen.law.periods import ONE_DAY, period_end
from lawgen.law.rest_days import HolidayCalendar
from lawgen.law.timeline import TimelineStep
from lawgen.money import plain

FILE_STEPS = ("file_arbitration", "file_iou_suit", "file_civil_suit")
# Enforcement of an award (民事诉讼法第二百四十八条; 调解仲裁法第五十一条) or of a judgment (第二百四十七条),
# within the period of 第二百五十条.
AWARD_ENFORCEMENT = (N_("民事诉讼法第二百四十八条"), N_("劳动争议调解仲裁法第五十一条"),
                     N_("民事诉讼法第二百五十条"))
JUDGMENT_ENFORCEMENT = (N_("民事诉讼法第二百四十七条"), N_("民事诉讼法第二百五十条"))


class Stage(StrEnum):
    """The latest step of a case, in the order a case goes through them."""

    not_filed = "not_filed"  # nothing done yet
    demanded = "demanded"  # 已催告: a demand for payment sent to the employer
    mediated = "mediated"  # 已达成调解协议
    applied = "applied"  # 已申请仲裁
    accepted = "accepted"  # 仲裁已受理
    heard = "heard"  # 已开庭
    awarded = "awarded"  # 已作出裁决 (not yet received)
    award_received = "award_received"  # 已收到裁决书
    sued = "sued"  # 已起诉
    judged = "judged"  # 已判决
    enforcement = "enforcement"  # 已申请强制执行
    paid = "paid"  # 已全部支付


STAGE_TITLES: dict[Stage, str] = {
    Stage.not_filed: N_("尚未申请"),
    Stage.demanded: N_("已催告用人单位"),
    Stage.mediated: N_("已达成调解协议"),
    Stage.applied: N_("已申请仲裁"),
    Stage.accepted: N_("仲裁已受理"),
    Stage.heard: N_("仲裁已开庭"),
    Stage.awarded: N_("已作出仲裁裁决"),
    Stage.award_received: N_("已收到仲裁裁决书"),
    Stage.sued: N_("已向法院起诉"),
    Stage.judged: N_("法院已判决"),
    Stage.enforcement: N_("已申请强制执行"),
    Stage.paid: N_("已全部支付"),
}


@dataclass(frozen=True)
class Deadline:
    """A dated step of the current stage: the worker's own deadline, or a date the worker should watch."""

    key: str  # file_arbitration, sue_after_award, employer_set_aside, appeal, apply_enforcement, …
    title: Msg
    date: dt.date | None  # None: it runs from a day not recorded yet (``note`` says which)
    estimate: bool  # the holiday arrangement of that year is unknown, or its start day is the earliest guess
    basis: tuple[str, ...]
    note: Msg | None = None
    worker_acts: bool = True  # the worker loses something when it passes (False: the other side's, a court's)

    def days_left(self, on: dt.date) -> int | None:
        return (self.date - on).days if self.date else None

    def as_json(self, on: dt.date, lang: str = "zh") -> dict:
        return {"key": self.key, "title": self.title.render(lang),
                "date": self.date.isoformat() if self.date else None, "estimate": self.estimate,
                "days_left": self.days_left(on), "worker_acts": self.worker_acts,
                "basis": [translate(b, lang) for b in self.basis],
                "note": self.note.render(lang) if self.note else None}


@dataclass(frozen=True)
class StageVerdict:
    stage: Stage
    since: dt.date | None  # the day the case reached it
    deadlines: tuple[Deadline, ...]
    owed: Decimal | None  # what binds the employer: the judgment, the award, the agreement, or the claims
    paid: Decimal
    judged_on: dt.date

    @property
    def title(self) -> Msg:
        return Msg(STAGE_TITLES[self.stage])

    @property
    def filed(self) -> bool:
        """The worker has applied for arbitration or sued: the limitation's question is answered, and what
        counts now are the stage's own deadlines."""
        return self.stage not in {Stage.not_filed, Stage.demanded, Stage.mediated}

    @property
    def outstanding(self) -> Decimal | None:
        return None if self.owed is None else max(self.owed - self.paid, Decimal(0))

    @property
    def awaiting_a_date(self) -> tuple[Deadline, ...]:
        """The worker's deadlines whose day depends on a stage not recorded yet (15 days from receiving an
        award whose receipt is not recorded): possibly the nearest of all, so shown before any dated one."""
        return tuple(d for d in self.deadlines if d.date is None and d.worker_acts)

    @property
    def next_deadline(self) -> Deadline | None:
        """The earliest of the worker's deadlines not yet passed; else the earliest date to watch (the other
        side's, a body's) not yet passed; else the worker's earliest passed one (still shown: something may
        be lost, or a stage is waiting to be recorded)."""
        dated = sorted((d for d in self.deadlines if d.date), key=lambda d: d.date)
        ahead = [d for d in dated if d.date >= self.judged_on]
        mine = [d for d in ahead if d.worker_acts]
        passed = [d for d in dated if d.worker_acts]
        return (mine or ahead or passed or [None])[0]

    def as_json(self, lang: str = "zh") -> dict:
        following = self.next_deadline
        return {"stage": self.stage.value, "title": self.title.render(lang),
                "since": self.since.isoformat() if self.since else None,
                "next_deadline": following.key if following else None,
                "deadlines": [d.as_json(self.judged_on, lang) for d in self.deadlines],
                "owed": plain(self.owed) if self.owed is not None else None, "paid": plain(self.paid),
                "outstanding": plain(self.outstanding) if self.outstanding is not None else None}


class _Periods:
    def __init__(self, used: ParameterLog, calendar: HolidayCalendar) -> None:
        self.used, self.calendar = used, calendar

    def n(self, name: str) -> int:
        return int(self.used.decimal(name))

    def due(self, start: dt.date, *, days: int = 0, years: int = 0) -> tuple[dt.date, bool]:
        """The last day of a period from ``start``, rolled past rest days (民事诉讼法第八十五条); and whether
        it is an estimate (the year's holiday arrangement is unknown)."""
        day, exact = self.calendar.roll_past_rest_days(period_end(start, years=years, days=days))
        return day, not exact


def case_stage(case: Case, judged_on: dt.date, used: ParameterLog, calendar: HolidayCalendar,
               steps: tuple[TimelineStep, ...], claimed: Decimal | None = None) -> StageVerdict:
    """The stage of ``case`` on ``judged_on`` and its deadlines; ``steps`` is the case's timeline (the
    limitation deadlines before anything is filed come from it); ``claimed``: the assessed claims' total,
    what is owed before any decision (a computed claim has no amount in the case file)."""
    periods = _Periods(used, calendar)
    procedure = case.procedure
    award, suit, mediation = procedure.arbitration, procedure.suit, procedure.mediation
    owed = _owed(case, claimed)
    paid = sum((p.amount for p in procedure.payments), Decimal(0))
    demands = [e.on for e in procedure.events if e.kind is EventKind.demanded_payment]

    def verdict(stage: Stage, since: dt.date | None, deadlines: list[Deadline]) -> StageVerdict:
        return StageVerdict(stage, since, tuple(deadlines), owed, paid, judged_on)

    if owed is not None and procedure.payments and paid >= owed:
        return verdict(Stage.paid, procedure.payments[-1].on, [])
    if procedure.enforcement is not None:
        return verdict(Stage.enforcement, procedure.enforcement.applied_on, [])
    if procedure.judged:
        return verdict(Stage.judged, suit.judgment_on, _after_judgment(case, periods))
    if suit is not None and suit.filed_on is not None:
        court = next((s for s in steps if s.key == "court_term"), None)
        return verdict(Stage.sued, suit.filed_on, [Deadline(
            "judgment", msg("法院审理并判决"), None, False, court.basis if court else (),
            court.note if court else None, worker_acts=False)])
    if award is not None and award.received_on is not None:
        return verdict(Stage.award_received, award.received_on, _after_award(case, periods))
    if award is not None and award.award_date is not None:
        return verdict(Stage.awarded, award.award_date, _after_award(case, periods))
    if award is not None and (award.hearing_on or award.accepted_on):
        stage = Stage.heard if award.hearing_on else Stage.accepted
        return verdict(stage, award.hearing_on or award.accepted_on,
                       _from_timeline(steps, "arbitration_award", worker_acts=False))
    if award is not None and award.applied_on is not None:
        return verdict(Stage.applied, award.applied_on, [
            *_from_timeline(steps, "arbitration_acceptance", worker_acts=False),
            *_from_timeline(steps, "arbitration_award", worker_acts=False)])
    filing = [d for key in FILE_STEPS for d in _from_timeline(steps, key)]
    if demands:
        filing = [_restarted(d, demands[-1]) if d.key == "file_arbitration" else d for d in filing]
    if mediation is not None:
        due = [Deadline("mediation_due", msg("调解协议约定的履行期限届满"), mediation.pay_by, False,
                        (N_("劳动争议调解仲裁法第十六条"),),
                        msg("逾期不履行的，可持调解协议书向人民法院申请支付令，或申请仲裁"),
                        worker_acts=False)]
        return verdict(Stage.mediated, mediation.signed_on, due + filing)
    if demands:
        return verdict(Stage.demanded, demands[-1], filing)
    return verdict(Stage.not_filed, None, filing)


def _owed(case: Case, claimed: Decimal | None) -> Decimal | None:
    """What binds the employer: the decision or agreement, else what is claimed (as assessed when known)."""
    procedure = case.procedure
    if procedure.suit is not None and procedure.suit.amount is not None:
        return procedure.suit.amount
    if procedure.arbitration is not None and procedure.arbitration.awarded is not None:
        return procedure.arbitration.awarded
    if procedure.mediation is not None:
        return procedure.mediation.amount
    if claimed is not None and claimed > 0:
        return claimed
    amounts = [c.amount for c in case.claims if c.kind is not ClaimKind.confirm_relationship]
    return sum(amounts, Decimal(0)) if amounts and None not in amounts else None


def _from_timeline(steps: tuple[TimelineStep, ...], key: str, worker_acts: bool = True) -> list[Deadline]:
    return [Deadline(s.key, s.title, s.date, s.estimate, s.basis, s.note, worker_acts)
            for s in steps if s.key == key]


def _restarted(deadline: Deadline, demanded_on: dt.date) -> Deadline:
    """The limitation as a demand restarted it (第二十七条第二款): the timeline already counts the events."""
    return Deadline(deadline.key, deadline.title, deadline.date, deadline.estimate,
                    (*deadline.basis, N_("劳动争议调解仲裁法第二十七条第二款")),
                    msg("{on}催告用人单位，时效中断，自该日重新计算一年；请保存催告函的寄送凭证",
                        on=demanded_on))  # a date: «2026年11月1日» in Chinese, ISO in English


def _after_award(case: Case, periods: _Periods) -> list[Deadline]:
    award = case.procedure.arbitration
    sue_days, set_aside_days = periods.n("sue_after_award_days"), periods.n("employer_set_aside_days")
    final_only = bool(award.items) and all(item.final for item in award.items)
    basis = ((N_("劳动争议调解仲裁法第四十八条"),) if final_only
             else (N_("劳动争议调解仲裁法第四十八条"), N_("劳动争议调解仲裁法第五十条")))
    deadlines: list[Deadline] = []
    if award.received_on is None:
        deadlines.append(Deadline("sue_after_award", msg("不服裁决，向人民法院起诉"), None, False, basis,
                                  msg("收到裁决书之日起{days}日内；请记录收到裁决书的日期", days=sue_days)))
    else:
        sue_by, estimate = periods.due(award.received_on, days=sue_days)
        effect = (msg("收到裁决书之日起{days}日内；终局裁决自作出之日起生效", days=sue_days) if final_only
                  else msg("收到裁决书之日起{days}日内；期满不起诉的，裁决书发生法律效力", days=sue_days))
        deadlines.append(Deadline("sue_after_award", msg("不服裁决，向人民法院起诉"), sue_by, estimate, basis,
                                  effect))
        if award.final:
            # 第四十九条 counts from the employer's own receipt, not recorded: the worker's is the earliest.
            set_aside_by, _ = periods.due(award.received_on, days=set_aside_days)
            deadlines.append(Deadline(
                "employer_set_aside", msg("用人单位可申请撤销终局裁决"), set_aside_by, True,
                (N_("劳动争议调解仲裁法第四十九条"),),
                msg("用人单位自收到裁决书之日起{days}日内可向中级人民法院申请撤销，不能起诉；"
                    "按劳动者收到之日估算", days=set_aside_days), worker_acts=False))
    deadlines.append(_enforcement_after_award(case, periods))
    return deadlines


def _enforcement_after_award(case: Case, periods: _Periods) -> Deadline:
    award = case.procedure.arbitration
    title = msg("单位不履行的，申请强制执行")
    years = periods.n("enforcement_application_years")
    if award.pay_by is not None:
        start, guessed = award.pay_by, False
        # a note a person reads in the calendar as in the plan: the date said plainly, not in brackets
        note = msg("裁决书规定的履行期限最后一日是{day}，自该日起{years}年", day=award.pay_by, years=years)
    elif award.final:
        start, guessed = award.award_date, False  # 第四十七条: effective from the day it is made
        note = msg("终局裁决自作出之日起生效，裁决书未规定履行期限的，自该日起{years}年", years=years)
    elif award.received_on is not None:
        # 第五十条: effective when the 15 days to sue have run out (the worker's receipt: the earliest).
        sue_by, _ = periods.due(award.received_on, days=periods.n("sue_after_award_days"))
        start, guessed = sue_by + ONE_DAY, True
        note = msg("裁决自起诉期限届满生效（按劳动者收到裁决书之日估算），自生效之日起{years}年；"
                   "期间内已起诉的，裁决不生效，执行判决", years=years)
    else:
        return Deadline("apply_enforcement", title, None, False, AWARD_ENFORCEMENT,
                        msg("自裁决生效之日起{years}年；请记录收到裁决书的日期", years=years))
    day, estimate = periods.due(start, years=years)
    return Deadline("apply_enforcement", title, day, estimate or guessed, AWARD_ENFORCEMENT, note)


def _after_judgment(case: Case, periods: _Periods) -> list[Deadline]:
    suit = case.procedure.suit
    years = periods.n("enforcement_application_years")
    deadlines: list[Deadline] = []
    if suit.appealed:
        return [Deadline("appeal_judgment", msg("二审审理"), None, False,
                         (N_("民事诉讼法第一百七十一条"),),
                         msg("一审判决已上诉，尚未生效；二审判决生效后请记录生效日期"), worker_acts=False)]
    if suit.effective_on is None and suit.judgment_received_on is not None:
        appeal_by, estimate = periods.due(suit.judgment_received_on, days=periods.n("appeal_days"))
        deadlines.append(Deadline(
            "appeal", msg("不服一审判决，上诉"), appeal_by, estimate, (N_("民事诉讼法第一百七十一条"),),
            msg("判决书送达之日起{days}日内向上一级人民法院上诉；小额诉讼的判决一审终审，不能上诉",
                days=periods.n("appeal_days"))))
    title = msg("单位不履行的，申请强制执行")
    if suit.pay_by is not None:
        start, guessed = suit.pay_by, False
        note = msg("判决书规定的履行期限最后一日是{day}，自该日起{years}年", day=suit.pay_by, years=years)
    elif suit.effective_on is not None:
        start, guessed = suit.effective_on, False
        note = msg("判决未规定履行期限的，自生效之日起{years}年", years=years)
    else:
        # Not recorded: the earliest it can have taken effect is its service (small claims: 一审终审).
        start, guessed = suit.judgment_received_on or suit.judgment_on, True
        note = msg("自判决生效之日起{years}年；生效日期未记录，按最早可能的送达之日估算", years=years)
    day, estimate = periods.due(start, years=years)
    deadlines.append(Deadline("apply_enforcement", title, day, estimate or guessed, JUDGMENT_ENFORCEMENT,
                              note))
    return deadlines
