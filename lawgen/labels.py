"""One home for every label a person reads for a closed set of values: occupations, respondent roles, end
reasons, claim kinds, routes, relationship categories, limitation rules and statuses, parameter titles.

The wizard, the documents, the guide and the CLI all read these tables; none keeps its own copy. Keys are the
enum *values* (``StrEnum`` members compare and hash as their values), so this module imports nothing from the
law or the interfaces and any layer may read it. Texts are Chinese message ids; ``translate`` gives English.
``tests/law/test_labels.py`` checks that every enum member has its label here.
"""

from __future__ import annotations

from lawgen.i18n import N_

# --- the case (lawgen.case) ------------------------------------------------------------------------------

# Occupations as a filing names them (worker's 职业, 民事诉讼法第一百二十四条; 调解仲裁法第二十八条).
OCCUPATION_LABELS = {
    "courier": N_("快递员"),
    "food_delivery": N_("外卖配送员"),
    "instant_delivery": N_("即时配送员"),
    "ride_hailing": N_("网约车驾驶员"),
    "truck_driver": N_("货车司机"),
    "designated_driver": N_("代驾司机"),
    "other": N_("其他"),
}
RESPONDENT_ROLE_LABELS = {
    "employer": N_("用人单位"),
    "outsourcer": N_("配送站/外包商"),
    "platform": N_("平台企业"),
    "dispatch_agency": N_("劳务派遣单位"),
    "other": N_("其他"),
}
# How a filing states why the work ended.
END_REASON_LABELS = {
    "dismissed": N_("用人单位辞退"),
    "resigned": N_("劳动者辞职"),
    "quit_employer_fault": N_("用人单位存在过错，劳动者解除劳动合同"),
    "contract_expired": N_("劳动合同期满终止"),
    "mutual": N_("双方协商一致解除"),
    "other": N_("其他原因"),
}
# How the wizard asks the same question of a worker (plain words, the reasons a worker recognises).
END_REASON_ANSWERS = {
    "dismissed": N_("被单位辞退/解除"),
    "quit_employer_fault": N_("因单位过错辞职（欠薪、未缴社保等）"),
    "resigned": N_("本人辞职"),
    "contract_expired": N_("合同到期终止"),
    "mutual": N_("双方协商解除"),
    "other": N_("其他"),
}
# A claim kind as a request in a filing (仲裁请求/诉讼请求) ...
CLAIM_TITLES = {
    "unpaid_wages": N_("支付拖欠工资"),
    "overtime": N_("支付加班费"),
    "no_contract_double_wages": N_("支付未签订书面劳动合同二倍工资差额"),
    "severance": N_("支付解除劳动合同经济补偿"),
    "unlawful_termination": N_("支付违法解除劳动合同赔偿金"),
    "unused_annual_leave": N_("支付未休年休假工资"),
    "work_injury_medical": N_("支付工伤医疗费"),
    "deposit_refund": N_("退还押金"),
    "unlawful_deduction": N_("退还克扣的工资及罚款"),
    "confirm_relationship": N_("确认劳动关系"),
    "additional_compensation": N_("支付逾期未付的加付赔偿金"),
    "other": N_("其他请求"),
}
# ... and as a short choice on a screen.
CLAIM_KIND_LABELS = {
    "unpaid_wages": N_("拖欠工资"),
    "overtime": N_("加班费"),
    "unlawful_termination": N_("违法解除赔偿金（二倍经济补偿）"),
    "severance": N_("经济补偿"),
    "no_contract_double_wages": N_("未签书面合同二倍工资差额"),
    "unused_annual_leave": N_("未休年休假工资"),
    "unlawful_deduction": N_("退还克扣工资/罚款"),
    "deposit_refund": N_("退还押金"),
    "work_injury_medical": N_("工伤医疗费"),
    "confirm_relationship": N_("确认劳动关系"),
    "additional_compensation": N_("加付赔偿金（逾期不支付）"),
    "other": N_("其他请求"),
}
# Dated events that interrupt or suspend a limitation period (调解仲裁法第二十七条第二款、第三款).
EVENT_LABELS = {
    "demanded_payment": N_("向单位主张权利"),
    "complained_to_body": N_("向有关部门请求权利救济"),
    "employer_agreed": N_("单位同意履行义务"),
    "suspension": N_("不可抗力或其他正当理由致不能申请仲裁"),
    "payment_order_missed": N_("劳动行政部门责令限期支付，单位逾期未付"),
}

# --- the law (lawgen.law) --------------------------------------------------------------------------------

ROUTE_LABELS = {
    "arbitration": N_("申请劳动人事争议仲裁（不服裁决再向法院起诉）"),
    "labor_inspection": N_("向劳动保障监察机构投诉"),
    "direct_suit_wage_iou": N_("持工资欠条直接向法院起诉"),
    "direct_suit_mediation_agreement": N_("持调解协议直接向法院起诉"),
    "payment_order": N_("向法院申请支付令"),
    "civil_suit": N_("按民事纠纷向法院起诉"),
}
CATEGORY_LABELS = {
    "labor": N_("符合确立劳动关系情形"),
    "incomplete": N_("不完全符合确立劳动关系情形（企业对劳动者进行劳动管理）"),
    "civil": N_("民事关系（个人依托平台自主经营）"),
}
# A money claim whose amount cannot be computed yet (overtime without its hours), wherever amounts are listed.
AMOUNT_NOT_KNOWN = N_("金额未定")
SMALL_CLAIMS_LABELS = {
    "applies": N_("适用小额诉讼程序"),
    "pending": N_("金额未定，暂不能判断"),
    "by_agreement": N_("双方约定方可适用小额诉讼程序"),
    "over_limit": N_("超过小额诉讼上限"),
    "excluded": N_("不适用小额诉讼程序"),
}
LIMITATION_STATUS_LABELS = {
    "running": N_("时效进行中"),
    "at_risk": N_("时效可能已届满（按其他观点仍未届满）"),
    "expired": N_("时效已届满"),
    "not_running": N_("在职期间欠薪，时效未开始计算"),
    "not_started": N_("时效尚未开始计算"),
}
# Once the application is recorded, the status is the one it had that day (调解仲裁法第二十七条第一款).
APPLIED_LIMITATION_STATUS_LABELS = {
    "running": N_("申请时在时效内"),
    "at_risk": N_("申请时可能已届满（按其他观点仍未届满）"),
    "expired": N_("申请时已届满"),
}


def limitation_status_label(status: str, applied: bool) -> str:
    """The status's label, as of the application once one is recorded."""
    labels = APPLIED_LIMITATION_STATUS_LABELS if applied else LIMITATION_STATUS_LABELS
    return labels.get(status, LIMITATION_STATUS_LABELS[status])


LIMITATION_RULE_LABELS = {
    "wages_27_4": N_("劳动报酬：在职期间不受限制，劳动关系终止之日起一年"
                     "（劳动争议调解仲裁法第二十七条第四款）"),
    "one_year_27_1": N_("自知道或者应当知道权利被侵害之日起一年（劳动争议调解仲裁法第二十七条第一款）"),
    "double_wages_27_1": N_("二倍工资差额：一年，起算点观点不一（劳动争议调解仲裁法第二十七条第一款）"),
    "annual_leave": N_("未休年休假工资：一年，起算点观点不一（劳动争议调解仲裁法第二十七条）"),
    "from_end_of_employment": N_("自劳动关系终止之日起一年（劳动争议调解仲裁法第二十七条第一款）"),
    "civil_three_years_188": N_("三年诉讼时效（民法典第一百八十八条）"),
}
FINALITY_LABELS = {
    "pay_47_1": N_("劳动报酬、工伤医疗费、经济补偿或者赔偿金（第四十七条第（一）项，限额内终局）"),
    "standards_47_2": N_("工作时间、休息休假、社会保险等（第四十七条第（二）项，终局）"),
    "not_final": N_("非终局事项"),
}
PARAMETER_STATUS_LABELS = {
    "statute": N_("法律法规原文已核对"),
    "secondary": N_("二手资料，请以官方通知为准"),
    "conflict": N_("资料数字不一致，请以官方通知为准"),
    "unconfirmed": N_("未经证实，请以官方通知为准"),
    "override": N_("用户提供"),
}
# What a person reads for a parameter; the CLI adds the parameter's name beside it where a user may set it.
# The parameters that are sums of money: said with 元 and thousands separators wherever a person reads them
# (volunteer: «月最低工资标准为2265：…» in the panel).
MONEY_PARAMETERS = frozenset({
    "min_wage_monthly", "min_wage_hourly", "small_claims_avg_wage", "small_claims_mandatory_max",
    "small_claims_consent_max", "avg_monthly_wage_prev_year", "court_fee_labor_case_small_claims",
    "court_fee_labor_case", "court_fee_labor_case_simplified",
})

PARAMETER_TITLES = {
    "min_wage_monthly": N_("月最低工资标准"),
    "min_wage_hourly": N_("小时最低工资标准"),
    "small_claims_avg_wage": N_("上年度就业人员年平均工资"),
    "small_claims_mandatory_max": N_("小额诉讼标的额上限（应当适用）"),
    "small_claims_consent_max": N_("小额诉讼约定适用上限"),
    "small_claims_mandatory_ratio": N_("小额诉讼标的额上限占年平均工资的比例（应当适用）"),
    "small_claims_consent_ratio": N_("小额诉讼约定适用上限占年平均工资的倍数"),
    "avg_monthly_wage_prev_year": N_("本市上年度职工月平均工资"),
    "court_fee_labor_case_small_claims": N_("劳动争议案件受理费（小额诉讼）"),
    "court_fee_labor_case": N_("劳动争议案件受理费（普通程序）"),
    "court_fee_labor_case_simplified": N_("劳动争议案件受理费（简易程序）"),
    "final_award_cap_months": N_("终局裁决上限月数"),
    "paid_days_per_month": N_("月计薪天数"),
    "overtime_multiplier_weekday": N_("工作日延长工作时间工资倍数"),
    "overtime_multiplier_rest_day": N_("休息日工作（不能补休）工资倍数"),
    "overtime_multiplier_holiday": N_("法定休假日工作工资倍数"),
    "overtime_max_hours_per_month": N_("每月延长工作时间上限（小时）"),
    "arbitration_limitation_years": N_("仲裁时效（年）"),
    "civil_limitation_years": N_("民事诉讼时效（年）"),
    "inspection_lookback_years": N_("劳动保障监察查处期限（年）"),
    "double_wage_max_months": N_("二倍工资差额最多月数"),
    "unused_leave_extra_multiplier": N_("未休年休假另付工资倍数"),
    "econ_comp_wage_cap_multiple": N_("经济补偿封顶倍数"),
    "econ_comp_max_years": N_("经济补偿封顶年限"),
    "unlawful_termination_multiple": N_("违法解除赔偿金倍数"),
    "additional_compensation_min_rate": N_("加付赔偿金最低比例"),
    "additional_compensation_max_rate": N_("加付赔偿金最高比例"),
    "standard_hours_per_day": N_("每日标准工作时间（小时）"),
    "standard_hours_per_week": N_("每周标准工作时间（小时）"),
    "waiting_allowance_minutes": N_("计入宽放时间的订单间隔上限（分钟）"),
    "arbitration_acceptance_days": N_("仲裁委员会决定是否受理的期限（日）"),
    "arbitration_answer_days": N_("被申请人答辩期限（日）"),
    "arbitration_award_days": N_("仲裁裁决期限（日）"),
    "arbitration_award_extension_days": N_("仲裁裁决可延长期限（日）"),
    "sue_after_award_days": N_("不服裁决起诉期限（日）"),
    "employer_set_aside_days": N_("用人单位申请撤销终局裁决期限（日）"),
    "court_docketing_days": N_("法院决定立案期限（日）"),
    "small_claims_term_months": N_("小额诉讼审理期限（月）"),
    "small_claims_extension_months": N_("小额诉讼可延长期限（月）"),
    "simplified_term_months": N_("简易程序审理期限（月）"),
    "simplified_extension_months": N_("简易程序可延长期限（月）"),
    "ordinary_term_months": N_("普通程序审理期限（月）"),
    "ordinary_extension_months": N_("普通程序可延长期限（月）"),
    "appeal_days": N_("上诉期限（日）"),
    "enforcement_application_years": N_("申请执行期间（年）"),
    "payment_order_acceptance_days": N_("法院决定是否受理支付令申请的期限（日）"),
    "payment_order_objection_days": N_("债务人对支付令提出异议的期限（日）"),
    "inspection_acceptance_working_days": N_("劳动保障监察受理期限（工作日）"),
    "inspection_investigation_working_days": N_("劳动保障监察调查期限（工作日）"),
    "annual_leave_days_under_10_years": N_("年休假天数（累计工作满1年不满10年）"),
    "annual_leave_days_under_20_years": N_("年休假天数（累计工作满10年不满20年）"),
    "annual_leave_days_from_20_years": N_("年休假天数（累计工作满20年）"),
}
