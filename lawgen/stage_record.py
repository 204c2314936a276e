"""Recording a stage of a case (a demand, an award, a payment …) in its case-file data, at its one home.

Used by ``lawgen record`` and the register's dialog. It works on the decoded JSON object, so everything else
in the file stays as the user wrote it; the result is validated whole (``parse_case``) before it is returned,
and an invalid result raises ``InvalidCase`` naming the field: nothing is half-recorded.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass
from typing import Any

from lawgen.case import CaseError, ClaimKind, InvalidCase, parse_case
from lawgen.i18n import N_, Msg, msg


@dataclass(frozen=True)
class StageInput:
    event: str  # a key of EVENTS
    on: dt.date | None
    amount: str | None = None  # money as typed ("6000", "6000.50")
    court: str | None = None
    commission: str | None = None
    case_number: str | None = None
    mediator: str | None = None
    pay_by: dt.date | None = None
    items: tuple[str, ...] = ()  # award items: "unpaid_wages=12000:final" or "overtime=3000"
    appealed: bool = False
    note: str | None = None
    replace: bool = False  # the user said to replace a date already recorded for this stage


# Each event: its title, and the options it takes beyond --on (required ones first, marked by "!").
EVENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "demanded": (N_("已向用人单位催告（主张权利）"), ("note",)),
    "applied": (N_("申请劳动仲裁"), ("commission", "case_number")),
    "accepted": (N_("仲裁委员会受理"), ("case_number",)),
    "hearing": (N_("仲裁开庭"), ()),
    "award": (N_("仲裁裁决作出"), ("items", "pay_by", "case_number")),
    "award_received": (N_("收到仲裁裁决书"), ()),
    "mediation": (N_("达成调解协议"), ("!amount", "pay_by", "mediator")),
    "suit": (N_("向人民法院起诉"), ("court", "case_number")),
    "judgment": (N_("法院判决"), ("amount", "pay_by", "appealed")),
    "judgment_received": (N_("收到判决书"), ()),
    "judgment_effective": (N_("判决生效"), ()),
    "paid": (N_("用人单位付款"), ("!amount", "note")),
    "enforcement": (N_("申请强制执行"), ("court", "case_number")),
}
OPTION_NAMES = {"amount": "--amount", "court": "--court", "commission": "--commission",
                "case_number": "--case-number", "mediator": "--mediator", "pay_by": "--pay-by",
                "items": "--item", "appealed": "--appealed", "note": "--note"}


def event_title(event: str) -> Msg:
    return Msg(EVENTS[event][0])


REPLACE_OPTION = "--replace"  # the option that says a recorded stage's date is to be changed


def _refuse(path: str, message: Msg) -> InvalidCase:
    return InvalidCase([CaseError(path, message)])


def _check_options(stage: StageInput) -> None:
    if stage.event not in EVENTS:
        raise _refuse("EVENT", msg("未知的阶段 {event}；可用：{events}", event=stage.event[:40],
                                   events="、".join(EVENTS)))
    if stage.on is None:
        raise _refuse("--on", msg("须填写日期"))
    allowed = {name.lstrip("!") for name in EVENTS[stage.event][1]}
    for name, option in OPTION_NAMES.items():
        value = getattr(stage, name)
        if value not in (None, (), False, "") and name not in allowed:
            raise _refuse(option, msg("阶段 {event} 不使用此项", event=stage.event))
    for name in EVENTS[stage.event][1]:
        if name.startswith("!") and getattr(stage, name[1:]) in (None, ""):
            raise _refuse(OPTION_NAMES[name[1:]], msg("阶段 {event} 须填写此项", event=stage.event))


def _items(texts: tuple[str, ...]) -> list[dict[str, Any]]:
    items = []
    for text in texts:
        kind, _, rest = text.partition("=")
        amount, _, final = rest.partition(":")
        known = kind.strip() in ClaimKind.__members__
        if not known or not amount.strip() or final.strip() not in ("", "final"):
            raise _refuse("--item", msg("裁决项目应写成 请求类别=金额 或 请求类别=金额:final（终局），"
                                        "例如 unpaid_wages=12000:final；请求类别：{kinds}",
                                        kinds="、".join(ClaimKind.__members__)))
        items.append({"kind": kind.strip(), "amount": amount.strip(), "final": final.strip() == "final"})
    return items


def record_stage(data: dict[str, Any], stage: StageInput, today: dt.date) -> tuple[dict[str, Any], list[Msg]]:
    """A copy of the case data with the stage recorded, validated; and what to tell the user."""
    _check_options(stage)
    if stage.on > today:
        raise _refuse("--on", msg("不能晚于今天：只记录已经发生的事"))
    data = copy.deepcopy(data)
    on = stage.on.isoformat()
    said = [msg("已记录：{title}（{on}）", title=event_title(stage.event), on=on)]
    prepared = data.get("prepared_on")
    if isinstance(prepared, str) and prepared < on:
        # Deadlines are judged on prepared_on, which may not precede a recorded stage.
        data["prepared_on"] = on
        said.append(msg("文书制作日期（prepared_on）由{old}改为{new}", old=prepared, new=on))
    procedure = data.setdefault("procedure", {})
    if not isinstance(procedure, dict):
        raise InvalidCase([CaseError("procedure", msg("应为对象（{{...}}）"))])

    def block(name: str) -> dict[str, Any]:
        value = procedure.get(name)
        if not isinstance(value, dict):
            value = procedure[name] = {}
        return value

    def put(target: dict[str, Any], key: str, value: Any) -> None:
        if value not in (None, "", [], False):
            target[key] = value

    event, pay_by = stage.event, stage.pay_by.isoformat() if stage.pay_by else None
    recorded = _recorded_date(procedure, event)
    if recorded == on:
        said[0] = msg("“{title}”已记录为{on}，日期相同，未改动", title=event_title(event), on=on)
    elif recorded is not None and not stage.replace:
        # A stage happens once: another date is a correction the user must ask for, never a silent overwrite.
        raise _refuse(REPLACE_OPTION, msg(
            "“{title}”已记录为{old}，与这次的{new}不同，没有改动；确认要改为{new}，请明确选择替换",
            title=event_title(event), old=recorded, new=on))
    elif recorded is not None:
        said[0] = msg("已将“{title}”的日期由{old}改为{new}", title=event_title(event), old=recorded, new=on)
    if event == "demanded":
        events = procedure.setdefault("events", [])
        entry = {"kind": "demanded_payment", "on": on}
        put(entry, "note", stage.note)
        # Events are kept in date order: the new one goes after every event of its day or before.
        position = sum(1 for e in events if isinstance(e, dict) and str(e.get("on", "")) <= on)
        events.insert(position, entry)
    elif event in ("applied", "accepted", "hearing", "award", "award_received"):
        arbitration = block("arbitration")
        field = {"applied": "applied_on", "accepted": "accepted_on", "hearing": "hearing_on",
                 "award": "award_date", "award_received": "received_on"}[event]
        arbitration[field] = on
        put(arbitration, "commission", stage.commission)
        put(arbitration, "case_number", stage.case_number)
        put(arbitration, "pay_by", pay_by)
        if stage.items:
            arbitration["items"] = _items(stage.items)
    elif event == "mediation":
        mediation = procedure["mediation"] = {"signed_on": on, "amount": stage.amount}
        put(mediation, "pay_by", pay_by)
        put(mediation, "mediator", stage.mediator)
    elif event in ("suit", "judgment", "judgment_received", "judgment_effective"):
        suit = block("suit")
        field = {"suit": "filed_on", "judgment": "judgment_on", "judgment_received": "judgment_received_on",
                 "judgment_effective": "effective_on"}[event]
        suit[field] = on
        put(suit, "court", stage.court)
        put(suit, "case_number", stage.case_number)
        put(suit, "amount", stage.amount)
        put(suit, "pay_by", pay_by)
        if event == "judgment":
            suit["appealed"] = stage.appealed
        if event == "judgment_effective":
            suit["appealed"] = False  # effective: no appeal pending (an appeal's judgment took effect)
    elif event == "paid":
        payments = procedure.setdefault("payments", [])
        entry = {"on": on, "amount": stage.amount}
        put(entry, "note", stage.note)
        position = sum(1 for p in payments if isinstance(p, dict) and str(p.get("on", "")) <= on)
        payments.insert(position, entry)
    elif event == "enforcement":
        enforcement = procedure["enforcement"] = {"applied_on": on}
        put(enforcement, "court", stage.court)
        put(enforcement, "case_number", stage.case_number)
    try:
        parse_case(data)  # raises InvalidCase naming the field: nothing is returned to write
    except InvalidCase as error:
        raise InvalidCase([_in_words(e) for e in error.errors]) from None
    return data, said


def _recorded_date(procedure: dict[str, Any], event: str) -> str | None:
    """The date already recorded for a stage that happens once (not a demand or a payment, which repeat)."""
    path = next((p for p, e in STAGE_DATES.items() if e == event), None)
    if path is None:
        return None
    _, block, field = path.split(".")
    value = procedure.get(block)
    recorded = value.get(field) if isinstance(value, dict) else None
    return str(recorded) if recorded not in (None, "") else None


# Each stage's date in the case, by the stage's name: «仲裁委员会受理的日期不能早于申请劳动仲裁的日期», not
# «procedure.arbitration.accepted_on: 不能早于 applied_on».
STAGE_DATES = {
    "procedure.arbitration.applied_on": "applied", "procedure.arbitration.accepted_on": "accepted",
    "procedure.arbitration.hearing_on": "hearing", "procedure.arbitration.award_date": "award",
    "procedure.arbitration.received_on": "award_received", "procedure.mediation.signed_on": "mediation",
    "procedure.suit.filed_on": "suit", "procedure.suit.judgment_on": "judgment",
    "procedure.suit.judgment_received_on": "judgment_received",
    "procedure.suit.effective_on": "judgment_effective",
    "procedure.enforcement.applied_on": "enforcement",
}


def _stage_named(path: str, near: str = "") -> str | None:
    """The stage whose date ``path`` is (a sibling field name is read within ``near``'s block)."""
    if "." not in path and near:
        path = f"{near.rsplit('.', 1)[0]}.{path}"
    return STAGE_DATES.get(path)


def _in_words(error: CaseError) -> CaseError:
    """A stage date's error said with the stages' names, on the date recorded (``--on``)."""
    from lawgen.case import ERROR_MESSAGES

    stage = _stage_named(error.path)
    if stage is None:
        return error
    before = error.message.template == ERROR_MESSAGES["date_before"]
    other = error.message.params.get("other") if before else None
    earlier = _stage_named(str(other), error.path) if other else None
    if earlier is not None:
        return CaseError("--on", msg("“{stage}”的日期不能早于“{earlier}”的日期", stage=event_title(stage),
                                     earlier=event_title(earlier)))
    return CaseError("--on", msg("“{stage}”的日期：{problem}", stage=event_title(stage),
                                 problem=error.message))
