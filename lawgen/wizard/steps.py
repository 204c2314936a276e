"""The wizard's steps as data: which fields each shows, how a typed value becomes case JSON, what it owns.

No Textual here. A screen renders a ``Step``; the step says what to show (``fields``, ``items``), how to
collect (``to_json``) and how to validate (``step_errors``: the case's own errors under the paths it owns).
All labels are Chinese msgids, translated when shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from lawgen.case import CLAIM_FIELDS, CaseError, ClaimKind
from lawgen.i18n import N_, Msg, msg
from lawgen.labels import CLAIM_KIND_LABELS, END_REASON_ANSWERS, OCCUPATION_LABELS, RESPONDENT_ROLE_LABELS
from lawgen.lenient import read_code, read_date, read_money
from lawgen.wizard.draft import case_errors, get_path, has_prefix, set_path


class Kind(StrEnum):
    text = "text"
    long_text = "long_text"
    date = "date"
    money = "money"
    hours = "hours"
    integer = "integer"
    choice = "choice"  # one of ``choices``
    answer = "answer"  # 是 / 否 / not answered: true, false or absent
    flag = "flag"  # a check box: true or absent
    id_number = "id_number"
    credit_code = "credit_code"
    phone = "phone"
    region = "region"


@dataclass(frozen=True)
class FieldSpec:
    key: str  # path under the step's object (or the list item)
    label: str
    kind: Kind = Kind.text
    required: bool = False
    choices: tuple[tuple[str, str], ...] = ()  # (JSON value, label)
    placeholder: str = ""
    terms: tuple[str, ...] = ()  # glossary terms explained beside the field (wizard.glossary)
    note: str = ""  # a line always shown under the field: how to fill it in


@dataclass(frozen=True)
class ListSpec:
    path: str  # "respondents"
    item_label: str  # "被申请人 {n}"
    fields: tuple[FieldSpec, ...]
    add_label: str
    min_items: int = 0


@dataclass(frozen=True)
class Step:
    id: str
    title: str
    intro: str
    help: str  # "learn more": why it matters and what the law says, plain Chinese (Markdown)
    fields: tuple[FieldSpec, ...] = ()  # keys are absolute paths
    items: ListSpec | None = None
    owns: tuple[str, ...] = ()  # the case paths whose errors belong to this step
    objects: tuple[str, ...] = field(default=())  # objects that exist once the step is shown
    questions: bool = False  # the fields are yes/no questions: answer box first, then the question
    # asked only when the answers so far call for it (no end date: no question how it ended)
    shown_when: Callable[[dict[str, Any]], bool] | None = None

    def prepare(self, draft: dict[str, Any]) -> None:
        """Make the step's objects exist, so a missing field is reported by name, not as a missing object."""
        for path in self.objects:
            if not isinstance(get_path(draft, path), dict):
                set_path(draft, path, {})
        if self.items and not isinstance(get_path(draft, self.items.path), list):
            set_path(draft, self.items.path, [{} for _ in range(self.items.min_items)])


def to_json(kind: Kind, raw: Any) -> Any:
    """What a widget holds -> what the case file holds; an empty answer is absent. Text that does not parse
    is kept as typed, so nothing is lost and the case's validation names the problem."""
    if kind is Kind.flag:
        return True if raw else None
    if kind is Kind.answer:
        return {"yes": True, "no": False}.get(raw)
    if raw is None:
        return None
    if kind is Kind.long_text:
        return raw if raw.strip() else None
    text = str(raw).strip()
    if not text:
        return None
    if kind is Kind.integer and re.fullmatch(r"\d{1,9}", text):
        return int(text)
    if kind in (Kind.id_number, Kind.credit_code):
        return read_code(text)
    if kind is Kind.money:
        return read_money(text)
    if kind is Kind.date:
        return read_date(text)
    return text


def to_widget(kind: Kind, value: Any) -> Any:
    """The case file's value -> what the widget shows."""
    if kind is Kind.flag:
        return bool(value)
    if kind is Kind.answer:
        return {True: "yes", False: "no"}.get(value)
    if kind is Kind.choice:
        return value
    return "" if value is None else str(value)


def step_errors(step: Step, draft: dict[str, Any]) -> list[CaseError]:
    return [e for e in case_errors(draft) if any(has_prefix(e.path, owned) for owned in step.owns)]


DATE = N_("例如 2026-03-10")  # a placeholder in words, not a format mask

# --- choices -----------------------------------------------------------------------------------------

YES_NO = (("yes", N_("是")), ("no", N_("否")))  # the answers of a Kind.answer field without choices
GENDERS = (("男", N_("男")), ("女", N_("女")))
# The labels live in lawgen.labels (one home for every enum label); the wizard only chooses the order.
OCCUPATIONS = tuple((key, OCCUPATION_LABELS[key]) for key in (
    "food_delivery", "instant_delivery", "courier", "ride_hailing", "truck_driver", "designated_driver",
    "other"))
ROLES = tuple(RESPONDENT_ROLE_LABELS.items())
END_REASONS = tuple(END_REASON_ANSWERS.items())
# 加付赔偿金 needs a recorded missed payment order, which the wizard does not ask for yet.
WIZARD_SKIPS = {"additional_compensation"}
CLAIM_KINDS = tuple((key, label) for key, label in CLAIM_KIND_LABELS.items() if key not in WIZARD_SKIPS)
AUTHORITIES = (("general", N_("一般授权")), ("special", N_("特别授权")))
ORIGINAL = (("yes", N_("原件")), ("no", N_("复印件")))
# An electronic record's form, asked directly (a chat record marked 复印件 printed as «电子数据（手机）»):
# the value is the case's ``carrier``, printed as chosen, «电子数据（截图打印）».
ELECTRONIC_FORMS = (("原件在手机上", N_("原件在手机上")), ("打印件", N_("打印件")),
                    ("截图打印", N_("截图打印")))

OVERTIME = (N_("加班费"),)
# The worker's usual hours, asked on the work step: the case format has no field for them, so they are
# kept in the case's free ``notes`` (ignored by lawgen); they suggest an overtime claim and fill its helper.
HOURS_A_DAY, DAYS_A_WEEK = "notes.wizard_schedule.hours_a_day", "notes.wizard_schedule.days_a_week"
# One facts text goes into every filing: the application (申请人/被申请人), the complaint to the inspectorate
# (投诉人/被投诉单位), the court complaint (原告/被告). Neutral words fit all; party words are converted
# per filing (documents.terms.speak_as).
FACTS_NOTE = N_("请用“劳动者”“用人单位”来写，每份文书都适用；写成“申请人”“被申请人”的，"
                "投诉书、起诉状会换成各自的称谓（投诉人、原告）。不要写“我”。")
# Claim fields by key; a claim shows those its kind takes (lawgen.case.CLAIM_FIELDS).
CLAIM_FIELD_SPECS = {
    "from": FieldSpec("from", N_("期间自"), Kind.date, placeholder=DATE),
    "to": FieldSpec("to", N_("期间至"), Kind.date, placeholder=DATE),
    "weekday_hours": FieldSpec("weekday_hours", N_("工作日加班（小时）"), Kind.hours, terms=OVERTIME),
    "rest_day_hours": FieldSpec("rest_day_hours", N_("休息日加班（小时）"), Kind.hours, terms=OVERTIME),
    "holiday_hours": FieldSpec("holiday_hours", N_("节假日加班（小时）"), Kind.hours, terms=OVERTIME),
    "days": FieldSpec("days", N_("未休年休假天数"), Kind.hours),
    "title": FieldSpec("title", N_("请求名称")),
    "basis": FieldSpec("basis", N_("依据")),
    "amount": FieldSpec("amount", N_("金额（元）"), Kind.money, placeholder=N_("例如 6000"),
                        terms=(N_("终局裁决"),)),
}
COMPUTED_AMOUNT_LABEL = N_("主张金额（可不填）")
CLAIM_KIND_FIELD = FieldSpec("kind", N_("请求类型"), Kind.choice, required=True, choices=CLAIM_KINDS,
                             terms=(N_("终局裁决"), N_("先行仲裁")))


def claim_fields(kind: str | None) -> tuple[FieldSpec, ...]:
    """The fields a claim of this kind shows: its kind, then the fields the case format allows for it."""
    if kind not in ClaimKind.__members__:
        return (CLAIM_KIND_FIELD,)
    allowed, required = CLAIM_FIELDS[ClaimKind(kind)]
    fields = [CLAIM_KIND_FIELD]
    for key, spec in CLAIM_FIELD_SPECS.items():
        if key not in allowed:
            continue
        if key == "amount" and key not in required:
            spec = FieldSpec("amount", COMPUTED_AMOUNT_LABEL, Kind.money, terms=spec.terms)
        fields.append(FieldSpec(spec.key, spec.label, spec.kind, key in required, spec.choices,
                                spec.placeholder, spec.terms))
    return tuple(fields)


# --- the steps ---------------------------------------------------------------------------------------

STEPS: tuple[Step, ...] = (
    Step(
        id="start",
        title=N_("开始"),
        intro=N_(
            "请劳动者带上：身份证；单位或站点的名称（最好有营业执照或“国家企业信用信息公示系统”截图）；"
            "劳动合同（如有）；工资流水、App接单记录、排班和罚款的聊天记录截图；辞退的通知或录音。"
            "没有的可以先跳过，随时保存。先填写在哪里工作。"
        ),
        help=N_(
            "**为什么要填工作地点？** 劳动争议由劳动合同履行地或用人单位所在地的仲裁委员会管辖"
            "（劳动争议调解仲裁法第二十一条）。地点也决定当地最低工资、小额诉讼标的额上限等数字。\n\n"
            "输入区县名称（例如 思明区、湖里区），重名的按↓从列表中选；也可以输入六位行政区划代码"
            "（厦门市 350200，思明区 350203）。"
        ),
        fields=(FieldSpec("region", N_("工作地点（区县）"), Kind.region, required=True,
                          placeholder=N_("例如 思明区 或 350203")),),
        owns=("region",),
    ),
    Step(
        id="worker",
        title=N_("劳动者"),
        intro=N_("申请人（劳动者）的身份信息，按身份证填写。"),
        help=N_(
            "**为什么要这些信息？** 仲裁申请书须写明劳动者的姓名、性别、年龄、职业、工作单位和住所"
            "（劳动争议调解仲裁法第二十八条）。\n\n"
            "身份证号码最后一位是校验码，填错一位就会提示；号码也会核对出生日期和性别。"
            "电话用于仲裁委和法院通知开庭，请填能接通的号码。"
        ),
        fields=(
            FieldSpec("worker.name", N_("姓名"), required=True),
            FieldSpec("worker.gender", N_("性别"), Kind.choice, required=True, choices=GENDERS),
            FieldSpec("worker.id_number", N_("公民身份号码"), Kind.id_number, placeholder=N_("18位")),
            FieldSpec("worker.ethnicity", N_("民族"), placeholder=N_("例如 汉族")),
            FieldSpec("worker.phone", N_("联系电话"), Kind.phone),
            FieldSpec("worker.address", N_("住所")),
            FieldSpec("worker.occupation", N_("职业"), Kind.choice, choices=OCCUPATIONS),
        ),
        owns=("worker",),
        objects=("worker",),
    ),
    Step(
        id="respondents",
        title=N_("被申请人"),
        intro=N_("为谁干活、谁发工资、谁管理：配送站、外包公司、平台都可以列上，写明各自的角色。"),
        help=N_(
            "**告谁？** 骑手常常说不清自己的“老板”是谁。工资由谁发、谁排班罚款、合同或协议上盖谁的章，"
            "这些单位都可以列为被申请人；劳务派遣的，派遣单位和用工单位为共同当事人"
            "（劳动争议调解仲裁法第二十二条）。\n\n"
            "统一社会信用代码可在“国家企业信用信息公示系统”查到，18位，最后一位是校验码。"
            "每多一个被申请人，申请书要多交一份副本。"
        ),
        items=ListSpec(
            path="respondents",
            item_label=N_("被申请人 {n}"),
            add_label=N_("添加被申请人"),
            min_items=1,
            fields=(
                FieldSpec("name", N_("名称"), required=True, terms=(N_("被申请人"),)),
                FieldSpec("role", N_("角色"), Kind.choice, required=True, choices=ROLES,
                          terms=(N_("被申请人"),)),
                FieldSpec("credit_code", N_("统一社会信用代码"), Kind.credit_code,
                          terms=(N_("统一社会信用代码"),)),
                FieldSpec("legal_representative", N_("法定代表人/负责人"), terms=(N_("法定代表人"),)),
                FieldSpec("representative_title", N_("职务")),
                FieldSpec("address", N_("住所地")),
                FieldSpec("phone", N_("电话"), Kind.phone),
            ),
        ),
        owns=("respondents",),
    ),
    Step(
        id="work",
        title=N_("工作期间"),
        intro=N_("什么时候开始干，什么时候结束（还在干的不填离职日期），在哪个站点，平时干多久。"),
        help=N_(
            "**入职日期**是第一天接单或上班的日子，不是签合同的日子。日期可以写成 2025-03-10、2025/3/10 "
            "或 2025年3月10日。\n\n"
            "**离职日期**是劳动关系结束的日子：被辞退的写通知之日，自己不干的写最后一天。"
            "它决定仲裁时效从哪天起算（劳动争议调解仲裁法第二十七条）。"
        ),
        fields=(
            FieldSpec("employment.start_date", N_("入职日期"), Kind.date, required=True, placeholder=DATE),
            FieldSpec("employment.end_date", N_("离职日期（在职不填）"), Kind.date, placeholder=DATE,
                      terms=(N_("仲裁时效"),)),
            FieldSpec("employment.workplace", N_("工作地点（站点）")),
            FieldSpec(HOURS_A_DAY, N_("每天大概干几个小时"), Kind.hours, placeholder=N_("例如 10"),
                      terms=OVERTIME),
            FieldSpec(DAYS_A_WEEK, N_("一周干几天"), Kind.integer, placeholder=N_("例如 6"), terms=OVERTIME),
        ),
        owns=("employment.start_date", "employment.end_date", "employment.workplace"),
        objects=("employment",),
    ),
    Step(
        id="ending",
        title=N_("怎么结束的"),
        intro=N_("劳动关系是怎么结束的？按劳动者说的经过选。"),
        help=N_(
            "**怎么结束的**决定能主张什么：单位违法辞退的，可要求二倍经济补偿的赔偿金（劳动合同法第八十七条）；"
            "因单位欠薪、不缴社保而辞职的，可要求经济补偿（第三十八条、第四十六条）；"
            "本人辞职的，一般没有经济补偿。"
        ),
        fields=(
            FieldSpec("employment.end_reason", N_("怎么结束的"), Kind.choice, required=True,
                      choices=END_REASONS, terms=(N_("经济补偿"), N_("违法解除赔偿金"))),
        ),
        owns=("employment.end_reason",),
        objects=("employment",),
        shown_when=lambda draft: bool(get_path(draft, "employment.end_date")),
    ),
    Step(
        id="pay",
        title=N_("合同与工资"),
        intro=N_("有没有签书面合同，每月工资多少。"),
        help=N_(
            "**月工资**按离职前十二个月的平均应得工资填写（不满十二个月按实际月数），"
            "它是经济补偿、赔偿金和加班费的计算基数（劳动合同法第四十七条）。"
            "可以写 6000、6000元 或 6,000。\n\n"
            "**没签书面合同**的，入职满一个月后单位应付二倍工资，最多十一个月（劳动合同法第八十二条）。"
            "入职一个月以后才签的，「签了书面劳动合同吗」答「是」，再填补签日期："
            "入职满一个月到补签前一天的月份仍可主张二倍工资。"
        ),
        fields=(
            FieldSpec("employment.written_contract", N_("签了书面劳动合同吗"), Kind.answer, required=True,
                      terms=(N_("二倍工资"),)),
            FieldSpec("employment.contract_signed_on", N_("补签合同日期"), Kind.date, placeholder=DATE,
                      terms=(N_("二倍工资"),)),
            FieldSpec("employment.monthly_wage", N_("月平均工资（元）"), Kind.money, required=True,
                      placeholder=N_("例如 6000"), terms=(N_("经济补偿"), N_("加班费"))),
        ),
        owns=("employment.written_contract", "employment.contract_signed_on", "employment.monthly_wage",
              "employment"),
        objects=("employment",),
    ),
    Step(
        id="organisation",
        title=N_("用工管理"),
        intro=N_("平台用工是不是劳动关系，要看单位是否管理劳动者。不清楚的可以不答。"),
        help=N_(
            "**为什么问这些？** 劳动关系要同时具备：单位的规章制度适用于劳动者、"
            "接受单位管理从事有报酬的劳动、"
            "工作是单位业务的组成部分（劳社部发〔2005〕12号第一条）。"
            "平台用工还可能属于“不完全符合确立劳动关系情形”（人社部发〔2021〕56号）。\n\n"
            "这些问题决定仲裁委是否会支持劳动法上的请求。不知道的留空，不会算作不利答案。"
        ),
        fields=(
            FieldSpec("relationship.company_sets_schedule", N_("单位安排排班或上线时间？"), Kind.answer),
            FieldSpec("relationship.company_rules_and_penalties", N_("有考核、罚款等规章制度？"),
                      Kind.answer),
            FieldSpec("relationship.company_pays_worker", N_("由单位发放报酬？"), Kind.answer),
            FieldSpec("relationship.work_is_company_business", N_("工作是单位的主要业务？"), Kind.answer),
            FieldSpec("relationship.company_equipment_or_uniform", N_("使用单位的装备、工服或工牌？"),
                      Kind.answer),
            FieldSpec("relationship.can_refuse_orders", N_("可以拒单而不受处罚？"), Kind.answer),
            FieldSpec("relationship.works_for_other_platforms", N_("同时为其他平台接单？"), Kind.answer),
            FieldSpec("relationship.sets_own_prices", N_("可以自己决定价格？"), Kind.answer),
        ),
        owns=("relationship",),
        objects=("relationship",),
        questions=True,
    ),
    Step(
        id="claims",
        title=N_("请求事项"),
        intro=N_("要求单位付什么钱。能算的金额自动计算，并显示公式；也可以填写实际主张的金额。"),
        help=N_(
            "**常见请求**：拖欠工资（劳动法第五十条）；加班费，工作日延长工作按150%、休息日200%、"
            "法定节假日300%（劳动法第四十四条），小时工资＝月工资÷21.75÷8；违法解除赔偿金为经济补偿的二倍"
            "（劳动合同法第八十七条），与经济补偿不能同时主张。\n\n"
            "追索劳动报酬、经济补偿或赔偿金，每项不超过当地月最低工资标准十二个月金额的，仲裁裁决为终局裁决"
            "（劳动争议调解仲裁法第四十七条），单位不能再起诉拖延。"
        ),
        items=ListSpec(
            path="claims",
            item_label=N_("请求 {n}"),
            add_label=N_("添加请求"),
            min_items=1,
            fields=(CLAIM_KIND_FIELD,),  # the rest depends on the kind: claim_fields()
        ),
        owns=("claims",),
    ),
    Step(
        id="evidence",
        title=N_("事实与证据"),
        intro=N_("用劳动者自己的话写清经过，再列出手上的证据。"),
        help=N_(
            "**谁主张，谁举证**；但与争议有关、由单位掌握管理的证据（考勤、工资发放记录）应由单位提供，"
            "单位不提供的承担不利后果（劳动争议调解仲裁法第六条）。\n\n"
            "聊天记录、App截图、转账记录、录音都可以作为证据，写明来源和要证明什么。提交复印件，开庭时带原件。"
        ),
        fields=(FieldSpec("facts", N_("事实经过"), Kind.long_text, note=FACTS_NOTE),),
        items=ListSpec(
            path="evidence",
            item_label=N_("证据 {n}"),
            add_label=N_("添加证据"),
            fields=(
                FieldSpec("name", N_("证据名称"), required=True),
                FieldSpec("source", N_("来源")),
                FieldSpec("proves", N_("证明目的")),
                FieldSpec("pages", N_("页数"), Kind.integer),
                FieldSpec("original", N_("原件/复印件（纸质证据）"), Kind.answer, choices=ORIGINAL),
                FieldSpec("carrier", N_("电子数据的形式（聊天记录、App记录等）"), Kind.choice,
                          choices=ELECTRONIC_FORMS),
            ),
        ),
        owns=("facts", "evidence"),
    ),
    Step(
        id="procedure",
        title=N_("程序事项"),
        intro=N_("这些情况决定走哪条路、能否适用小额诉讼。没有的不用勾选。"),
        help=N_(
            "**工资欠条**：只要工资、手里有单位写的欠条的，可以直接到法院起诉（劳动争议解释（一）第十五条）。\n\n"
            "**小额诉讼**一审终审、审理快；需要评估鉴定、被告下落不明、有反诉的不适用"
            "（民事诉讼法第一百六十六条）。\n\n"
            "**知道权利受侵害之日**（早于离职时才填）：仲裁时效一年，一般从劳动关系终止之日起算（劳动争议调解仲裁法第二十七条）。"
        ),
        fields=(
            FieldSpec("prepared_on", N_("文书日期"), Kind.date, required=True, placeholder=DATE),
            FieldSpec("procedure.knew_on", N_("知道权利受侵害之日"), Kind.date,
                      placeholder=DATE, terms=(N_("仲裁时效"),)),
            FieldSpec("procedure.wage_iou", N_("持有单位出具的工资欠条"), Kind.flag, terms=(N_("工资欠条"),)),
            FieldSpec("procedure.mediation_agreement", N_("有单位未履行的工资调解协议"), Kind.flag),
            FieldSpec("procedure.needs_appraisal", N_("需要评估或鉴定"), Kind.flag),
            FieldSpec("procedure.respondent_missing", N_("被申请人下落不明"), Kind.flag),
            FieldSpec("procedure.counterclaim", N_("单位已提出或将提出反请求"), Kind.flag),
            FieldSpec("procedure.consent_to_small_claims", N_("双方同意适用小额诉讼"), Kind.flag,
                      terms=(N_("小额诉讼"),)),
        ),
        owns=("prepared_on", "procedure"),
        objects=("procedure",),
    ),
    Step(
        id="agent",
        title=N_("代理人"),
        intro=N_("有志愿者或律师代为办理的，填写代理人；没有的直接按 F3。"),
        help=N_(
            "**代理人**可以是协助的志愿者、律师或近亲属，须提交劳动者签名的授权委托书（文书中一并生成）。"
            "**特别授权**的代理人才能代为承认、放弃、变更请求或和解（民事诉讼法第六十二条）。"
        ),
        fields=(
            FieldSpec("agent.name", N_("代理人姓名")),
            FieldSpec("agent.organization", N_("代理人单位")),
            FieldSpec("agent.phone", N_("代理人电话"), Kind.phone),
            FieldSpec("agent.authority", N_("代理权限"), Kind.choice, choices=AUTHORITIES,
                      terms=(N_("特别授权"),)),
        ),
        owns=("agent",),
    ),
)

# The last two steps are screens of their own; they count in the progress indicator.
REVIEW_TITLE, GENERATE_TITLE = N_("核对"), N_("生成文书")
STEP_COUNT = len(STEPS) + 2
STEP_IDS = tuple(step.id for step in STEPS)


# Dates that must not come before another: checked on the step as soon as both are typed, while the rest of
# the case is still empty (the case model checks the same order, on the whole case, and stops at the first
# missing field before it gets there). (later, earlier); "from" and "to" are a claim's own.
DATE_ORDER = (
    ("employment.end_date", "employment.start_date"),
    ("employment.contract_signed_on", "employment.start_date"),
    ("to", "from"),
)


def date_order_errors(paths: list[str], draft: dict[str, Any]) -> list[CaseError]:
    """``date_before`` errors for the fields at ``paths`` whose date comes before the one it follows."""
    import datetime as dt

    from lawgen.case import ERROR_MESSAGES

    errors = []
    for path in paths:
        for later, earlier in DATE_ORDER:
            if path != later and not path.endswith("." + later):
                continue
            earlier_path = path[: -len(later)] + earlier
            try:
                late = dt.date.fromisoformat(str(get_path(draft, path)))
                early = dt.date.fromisoformat(str(get_path(draft, earlier_path)))
            except ValueError:
                continue
            if late < early:
                errors.append(CaseError(path, msg(ERROR_MESSAGES["date_before"], other=earlier_path)))
    return errors


def step_by_id(step_id: str) -> Step:
    return STEPS[STEP_IDS.index(step_id)] if step_id in STEP_IDS else STEPS[0]


def visible_steps(draft: dict[str, Any]) -> tuple[Step, ...]:
    """The steps the answers so far call for (no end date: no question how it ended)."""
    return tuple(step for step in STEPS if step.shown_when is None or step.shown_when(draft))


def owning_step(path: str) -> Step:
    """The step where the field at ``path`` is answered (for review jumps and error lists)."""
    for step in STEPS:
        if any(has_prefix(path, owned) for owned in step.owns):
            return step
    return STEPS[0]


def describe_path(path: str, lang: str) -> str:
    """A case path in the volunteer's terms: ``respondents[0].credit_code`` -> 被申请人 1 · 统一社会信用代码
    (in the UI language)."""
    return " · ".join(part.render(lang) for part in path_labels(path))


def path_labels(path: str) -> tuple[Msg, ...]:
    step = owning_step(path)
    for spec in step.fields:
        if has_prefix(path, spec.key):
            return (msg(step.title), msg(spec.label))
    items = step.items
    match = re.match(re.escape(items.path) + r"\[(\d+)\]\.?([a-z_]*)", path) if items else None
    if items and match:
        item = msg(items.item_label, n=int(match.group(1)) + 1)
        key = match.group(2)
        specs = {s.key: s for s in (*items.fields, *CLAIM_FIELD_SPECS.values())}
        return (item, msg(specs[key].label)) if key in specs else (item,)
    return (msg(step.title),)
