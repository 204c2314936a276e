"""Build the annex 工作时间及加班计算表: ``python3 templates/build_working_time_annex.py [OUT_DIR]``.

Kept apart from ``build_templates.py`` so the annex can be rebuilt on its own, but made with that script's
styles, page and table helpers, so it follows the house style whenever the other templates change.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from build_templates import HERE, body, build, heading, note, sign, title  # noqa: E402

NAME = "working_time_annex"


def working_time_annex() -> list:
    return [
        title("工作时间及加班计算表"),
        body("申请人：{{ worker.name }}　　被申请人：{{ respondent_names }}"),
        body("计算期间：{{ period }}　　数据来源：{{ source }}"),
        heading("一、每周工作时间及加班时数（单位：小时）"),
        ("table", [
            ["周期", "天数", ["工作", "时间"], ["首单", "至末单"], ["工作日延长", "150%"], ["休息日", "200%"],
             ["法定休假日", "300%"], "说明"],
            "{%tr for w in weeks %}",
            ["{{ w.period }}", "{{ w.days }}", "{{ w.worked }}", "{{ w.span }}", "{{ w.weekday }}",
             "{{ w.rest_day }}", "{{ w.holiday }}", "{{ w.note }}"],
            "{%tr endfor %}",
            ["合计", "{{ totals.days }}", "{{ totals.worked }}", "{{ totals.span }}", "{{ totals.weekday }}",
             "{{ totals.rest_day }}", "{{ totals.holiday }}", ""],
        ], [2.5, 1.2, 1.5, 1.5, 2.0, 1.5, 2.0, 3.4], "LawSmallTable", True),
        body(""),
        heading("二、加班费计算"),
        body("{{ overtime_formula }}"),
        heading("三、订单记录反映的用工情况"),
        ("LawCompact", "{%p for i in indicators %}"),
        ("LawCompact", "{{ i.label }}：{{ i.figures }}"),
        ("LawCompact", "{%p endfor %}"),
        heading("四、计算规则"),
        ("LawCompact", "{%p for r in rules %}"),
        ("LawCompact", "{{ r.number }}. {{ r.text }}"),
        ("LawCompact", "{%p endfor %}"),
        note("“工作时间”按人力资源社会保障部《新就业形态劳动者休息和劳动报酬权益保障指引》第四条计算；"
             "“首单至末单”为另一口径，仅供参考。原始订单记录随本表提交。"),
        body(""),
        sign("制表人：________________"),
        sign("{{ date }}"),
    ]


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0]) if argv else HERE
    print(build(NAME, working_time_annex(), out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
