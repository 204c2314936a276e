"""Case errors in the volunteer's words: field labels instead of field paths, claim names instead of
claim-kind ids, and no file-format terms (``true``, quotes, ``notes``) a volunteer never sees.

The case model's messages are written for people editing a case file; the wizard keeps their meaning and
says where to look on screen. A message is matched by the case model's own template (``ERROR_MESSAGES``),
so a reworded template there simply falls back to its own text.
"""

from __future__ import annotations

from lawgen.case import ERROR_MESSAGES, CaseError
from lawgen.i18n import N_, msg
from lawgen.wizard.steps import CLAIM_KINDS, describe_path

# code -> the wizard's wording (a Chinese msgid; placeholders filled below)
WORDED = {
    "date_before": N_("不能早于“{other}”"),
    "date_after_prepared": N_("不能晚于文书日期（在“程序事项”中，默认今天）"),
    "field_not_for_kind": N_("“{kind}”不用填写此项"),
    "field_required_for_kind": N_("“{kind}”须填写此项"),
    "end_reason_required": N_("填写了离职日期的，请选择“怎么结束的”"),
    "claim_needs_end_date": N_("主张经济补偿或赔偿金，须先在“工作时间”中填写离职日期"),
    "double_wage_needs_late_contract": N_(
        "已签书面合同的，须在“合同与工资”中填写补签合同日期，才能主张二倍工资"),
    "extra_forbidden": N_("此项不属于案件，请删去"),
    "bool_type": N_("请选择“是”或“否”"),
    "literal_error": N_("请从列表中选择"),
    "enum": N_("请从列表中选择"),
    "money_not_string": N_("不是有效的金额，例如 6000 或 6000.50"),
    "money_not_number": N_("不是有效的金额，例如 6000 或 6000.50"),
    "date_format": N_("日期请写成 2025-03-10、2025/3/10 或 2025年3月10日"),
    "region_not_string": N_("请输入区县名称（例如 思明区）或六位区划代码"),
    "region_unknown": N_("找不到这个地方：请输入区县名称（例如 思明区）或六位区划代码（例如 350203）"),
    "hours_not_number": N_("小时数应为数字，例如 36 或 7.5"),
}
PARAMETER_MISSING = N_("lawgen 还没有此地、此日期适用的法定数值（如最低工资），暂不能计算；"
                       "请改填相邻的地区代码，或咨询当地仲裁委、法律援助中心")
# The keys of a step, all of them (the footer shows the main ones): at the end of every F1 help.
KEYS_HELP = N_("**按键**：Tab 下一项，F3 下一步，F2 上一步；"
               "F6 进入右侧评估栏，用 ↑↓ 翻看提示，再按 F6 回到表单；"
               "F4 劳动者常问的问题；Ctrl+N 添加一项；请求事项一步 Ctrl+O 导入订单记录；"
               "Ctrl+P 搜索术语和命令；Esc 回到案件列表。每次输入都自动保存（Ctrl+S 立即保存）。")
_CODES = {template: code for code, template in ERROR_MESSAGES.items()}
_KIND_LABELS = dict(CLAIM_KINDS)


def colon(lang: str) -> str:
    """After a label: the full-width colon in Chinese, ``: `` in English."""
    return "：" if lang == "zh" else ": "


def _relative(path: str, other: str) -> str:
    """``other`` is absolute (``employment.start_date``) or a sibling of ``path`` (``from``)."""
    if "." in other or "[" in other:
        return other
    return path.rsplit(".", 1)[0] + "." + other if "." in path else other


def worded(error: CaseError, lang: str) -> str:
    """The error's message as the wizard shows it under the field (or in a list with its label)."""
    template = error.message.template
    if template.startswith("参数 ") and "--set" in template:  # lawgen.law.MissingParameter
        return msg(PARAMETER_MISSING).render(lang)
    code = _CODES.get(template)
    if code not in WORDED:
        return error.message.render(lang)
    params = dict(error.message.params)
    if "other" in params:
        params["other"] = describe_path(_relative(error.path, str(params["other"])), lang).split(" · ")[-1]
    if "kind" in params:
        params["kind"] = msg(_KIND_LABELS.get(str(params["kind"]), str(params["kind"]))).render(lang)
    return msg(WORDED[code], **params).render(lang)
