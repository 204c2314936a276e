"""Build the shipped Word templates: ``python3 templates/build_templates.py``.

The .docx files this writes are checked in: they are the source a court or legal-aid centre edits in
Word, WPS or LibreOffice. This script exists so that their structure is reviewable and reproducible.

Conventions (style guide §4):
- fonts, sizes and spacing live in the STYLES (East Asian font set, theme fonts removed), so the text a
  tag produces inherits them; no run carries direct formatting;
- one structural tag (``{%p %}``, ``{%tr %}``) alone in its paragraph or row; straight quotes only;
- A4, page number in the footer, signature and date lines.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
LATIN_FONT = "Times New Roman"

# name: (East Asian font, size pt, bold, alignment, first-line indent in characters, line spacing,
#        space after)
STYLES = {
    "LawTitle": ("黑体", 22, True, WD_ALIGN_PARAGRAPH.CENTER, 0, 1.0, 12),  # 二号; 小标宋 is rarely installed
    "LawSubtitle": ("黑体", 15, False, WD_ALIGN_PARAGRAPH.CENTER, 0, 1.0, 12),  # 小三
    "LawHeading": ("黑体", 14, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.3, 2),  # 四号, distinct from the body
    "LawBody": ("宋体", 12, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.5, 0),  # 小四
    "LawClosing": ("宋体", 12, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.5, 0),  # 此致 … kept with the signature
    "LawIndent": ("宋体", 12, False, WD_ALIGN_PARAGRAPH.JUSTIFY, 2, 1.5, 0),
    "LawSign": ("宋体", 12, False, WD_ALIGN_PARAGRAPH.RIGHT, 0, 1.5, 0),
    "LawTable": ("宋体", 10.5, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.15, 0),  # 五号
    "LawSmallTable": ("宋体", 9, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.0, 0),  # 小五
    "LawCompact": ("宋体", 10.5, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.1, 0),
    "LawNote": ("楷体", 10.5, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.0, 0),
    # The worker's one-page summary: large type for a reader who does not read much.
    "LawSummaryQuestion": ("黑体", 15, True, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.15, 0),  # 小三
    "LawSummary": ("宋体", 13, False, WD_ALIGN_PARAGRAPH.LEFT, 0, 1.2, 0),
}


# --- styles ----------------------------------------------------------------------------------------------

def _set_fonts(rpr, east_asia: str) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for name in list(fonts.attrib):
        del fonts.attrib[name]
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)
    fonts.set(qn("w:cs"), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), east_asia)


def _strip_theme_fonts(document: Document) -> None:
    """Theme fonts win over named ones in Word; remove every theme reference so the styles' fonts apply."""
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
    defaults = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(defaults, "宋体")
    language = defaults.find(qn("w:lang"))
    language.set(qn("w:val"), "en-US")
    language.set(qn("w:eastAsia"), "zh-CN")


def _add_styles(document: Document) -> None:
    _strip_theme_fonts(document)
    normal = document.styles["Normal"]
    normal.font.size = Pt(12)
    _set_fonts(normal.element.get_or_add_rPr(), "宋体")
    normal.paragraph_format.space_after = Pt(0)
    for name, (east_asia, size, bold, align, indent, spacing, after) in STYLES.items():
        style = document.styles.add_style(name, 1)
        style.base_style = normal
        style.quick_style = True
        style.font.size = Pt(size)
        style.font.bold = bold
        _set_fonts(style.element.get_or_add_rPr(), east_asia)
        paragraph = style.paragraph_format
        paragraph.alignment = align
        paragraph.space_before = Pt({"LawHeading": 8, "LawSummaryQuestion": 5}.get(name, 0))
        paragraph.space_after = Pt(after)
        paragraph.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        paragraph.line_spacing = spacing
        if name.endswith("Table"):
            paragraph.widow_control = False
        if name in ("LawClosing", "LawSign", "LawHeading", "LawSummaryQuestion"):
            # 此致, addressee, signature, date and the annex notes after them stay on one page.
            paragraph.keep_with_next = True
        if indent:
            # Two characters: in characters for Word, in points for LibreOffice, which ignores the former.
            paragraph.first_line_indent = Pt(size * indent)
            ind = style.element.get_or_add_pPr().find(qn("w:ind"))
            ind.set(qn("w:firstLineChars"), str(indent * 100))
    for name in ("Footer", "Header"):
        _set_fonts(document.styles[name].element.get_or_add_rPr(), "宋体")


# --- page ------------------------------------------------------------------------------------------------

def _field(paragraph, instruction: str) -> None:
    """A complex field (PAGE, NUMPAGES) that Word and LibreOffice both update."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"), ("end", None)):
        run = paragraph.add_run()
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == instruction:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._r.append(code)
        else:
            run.text = text


def _page(document: Document, narrow_margins: bool = False) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    if narrow_margins:  # an information sheet, not a filing: more room for the comparison table
        section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = Cm(2)
    else:
        section.top_margin, section.bottom_margin = Cm(2.54), Cm(2.54)
        section.left_margin, section.right_margin = Cm(2.8), Cm(2.6)
    footer = section.footer.paragraphs[0]
    footer.style = document.styles["Footer"]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer.add_run("第 ")
    _field(footer, "PAGE")
    footer.add_run(" 页 共 ")
    _field(footer, "NUMPAGES")
    footer.add_run(" 页")


# --- content ---------------------------------------------------------------------------------------------

def _paragraph(container, text: str, style: str) -> None:
    paragraph = container.add_paragraph(style=style)
    if text:
        paragraph.add_run(text)


def _cell(cell, content: str | list[str], style: str) -> None:
    lines = [content] if isinstance(content, str) else content
    first = cell.paragraphs[0]
    first.style = style
    if lines and lines[0]:
        first.add_run(lines[0])
    for line in lines[1:]:
        _paragraph(cell, line, style)


def _table(document: Document, rows: list, widths_cm: list[float], style: str = "LawTable",
           header: bool = False) -> None:
    """Rows are lists of cells (a cell is a string or a list of paragraphs); a string row is a structural
    ``{%tr %}`` tag, alone in its row."""
    table = document.add_table(rows=0, cols=len(widths_cm))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for index, row in enumerate(rows):
        cells = table.add_row().cells
        if isinstance(row, str):
            merged = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
            _cell(merged, row, style)
            continue
        for cell, content in zip(cells, row, strict=True):
            _cell(cell, content, style)
        if header and index == 0:
            for cell in cells:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            _repeat_header(table.rows[0])
    for row in table.rows if style != "LawSmallTable" else ():  # rows of the long comparison may split
        row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))  # any other row never does
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=False):
            cell.width = Cm(width)


def _repeat_header(row) -> None:
    properties = row._tr.get_or_add_trPr()
    repeat = OxmlElement("w:tblHeader")
    properties.append(repeat)


def build(name: str, body: list, out_dir: Path = HERE) -> Path:
    document = Document()
    _add_styles(document)
    _page(document, narrow_margins=name in ("procedure_sheet", "summary"))
    for item in body:
        kind, *args = item
        if kind == "table":
            _table(document, *args)
        else:
            _paragraph(document, args[0], kind)
    document.core_properties.title = name
    document.core_properties.author = "lawgen"
    document.core_properties.comments = ("lawgen 文书模板；可在 Word、WPS 或 LibreOffice 中修改，"
                                         "请保留模板标记")
    path = out_dir / f"{name}.docx"
    document.save(path)
    _fix_timestamps(path)
    return path


def _fix_timestamps(path: Path) -> None:
    """Rewrite the archive with fixed entry dates, so an unchanged template rebuilds byte for byte."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info.filename, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for filename, data in entries:
            archive.writestr(zipfile.ZipInfo(filename, date_time=(1980, 1, 1, 0, 0, 0)), data,
                             compress_type=zipfile.ZIP_DEFLATED)


def title(text): return ("LawTitle", text)
def heading(text): return ("LawHeading", text)
def body(text): return ("LawBody", text)
def indent(text): return ("LawIndent", text)
def sign(text): return ("LawSign", text)
def closing(text): return ("LawClosing", text)
def compact(text): return ("LawCompact", text)
def note(text): return ("LawNote", text)


def loop(header: str, lines: list[tuple], style_end: str = "LawBody") -> list[tuple]:
    """A paragraph loop or condition: opening tag, body, closing tag, each in its own paragraph."""
    keyword = header.split()[0]
    return [(style_end, "{%p " + header + " %}"), *lines, (style_end, "{%p end" + keyword + " %}")]


# --- the documents ---------------------------------------------------------------------------------------

WORKER_LINES = [
    body("姓名：{{ worker.name }}　　性别：{{ worker.gender }}　　出生日期：{{ worker.birth_date }}"
         "　　民族：{{ worker.ethnicity }}"),
    body("公民身份号码：{{ worker.id_number }}　　职业：{{ worker.occupation }}"),
    body("工作单位：{{ worker.employer }}"),
    body("住所：{{ worker.address }}　　联系电话：{{ worker.phone }}"),
]
SERVICE_LINES = [
    body("送达地址：{{ worker.service_address }}　　收件人：{{ worker.name }}"),
    body("是否同意电子送达：同意{{ worker.e_yes }}（短信，手机号码：{{ worker.e_phone }}）"
         "　不同意{{ worker.e_no }}"),
]
RESPONDENT_LINES = [
    heading("{{ r.heading }}"),
    body("{{ r.name_label }}：{{ r.name }}"),
    body("{{ r.code_label }}：{{ r.code }}"),
    body("住所：{{ r.address }}"),
    *loop("if not r.natural_person", [
        body("法定代表人（主要负责人）：{{ r.legal_representative }}　　职务：{{ r.representative_title }}"),
    ]),
    body("联系电话：{{ r.phone }}"),
]
AGENT_LINES = loop("if agent.present", [
    heading("委托代理人"),
    body("姓名：{{ agent.name }}　　工作单位：{{ agent.organization }}　　联系电话：{{ agent.phone }}"),
    body("{{ agent.credential_label }}：{{ agent.credential }}"),
])
EVIDENCE_LINES = loop("for e in evidence", [
    indent("{{ e.number }}. {{ e.name }}（来源：{{ e.source }}；证明：{{ e.proves }}；{{ e.original }}）"),
])


def arbitration_application() -> list:
    return [
        title("劳动人事争议仲裁申请书"),
        heading("申请人"),
        *WORKER_LINES,
        *SERVICE_LINES,
        *AGENT_LINES,
        *loop("for r in respondents", RESPONDENT_LINES),
        heading("仲裁请求"),
        *loop("for c in claims", [indent("{{ c.number }}. {{ c.request }}")]),
        indent("以上金钱请求合计{{ total }}元（{{ total_words }}）。"),
        heading("事实与理由"),
        *loop("for line in facts", [indent("{{ line }}")]),
        indent("各项请求的依据和计算方法如下："),
        *loop("for c in claims", [indent("{{ c.number }}. {{ c.reasoning }}")]),
        indent("综上，根据《中华人民共和国劳动争议调解仲裁法》第二条、第二十一条、第二十八条的规定，"
               "特向贵委申请仲裁，请依法裁决。"),
        heading("证据和证据来源"),
        *EVIDENCE_LINES,
        closing("　　证据详见所附《证据清单》。"),
        closing("　　此致"),
        closing("{{ commission }}"),
        closing(""),
        sign("申请人（签名）：________________"),
        sign("{{ date }}"),
        note("附：1. 本申请书副本{{ respondent_copies }}份；2. 证据清单及证据材料。"),
    ]


PARTY_WORKER = ["原告（自然人）", [
    "姓名：{{ worker.name }}",
    "性别：男{{ worker.male }}　女{{ worker.female }}",
    "出生日期：{{ worker.birth_date }}　　民族：{{ worker.ethnicity }}",
    "工作单位：{{ worker.employer }}　　职务：{{ worker.occupation }}",
    "联系电话：{{ worker.phone }}",
    "住所地（户籍所在地）：{{ worker.address }}",
    "经常居住地：________",
    "证件类型：居民身份证　　证件号码：{{ worker.id_number }}",
]]
PARTY_NATURAL = ["{{ r.complaint_heading }}", [
    "姓名：{{ r.name }}",
    "性别：男☐　女☐",
    "出生日期：________　　民族：________",
    "工作单位：________　　职务：________",
    "联系电话：{{ r.phone }}",
    "住所地（户籍所在地）：{{ r.address }}",
    "经常居住地：________",
    "证件类型：居民身份证　　证件号码：{{ r.id_number }}",
]]
PARTY_COMPANY = ["{{ r.complaint_heading }}", [
    "名称：{{ r.name }}",
    "住所地（主要办事机构所在地）：{{ r.address }}",
    "注册地/登记地：________",
    "法定代表人/主要负责人：{{ r.legal_representative }}　　职务：{{ r.representative_title }}",
    "联系电话：{{ r.phone }}",
    "统一社会信用代码：{{ r.credit_code }}",
    "类型：有限责任公司{{ r.type.llc }}　股份有限公司{{ r.type.joint_stock }}　上市公司☐　"
    "其他企业法人☐　事业单位☐　社会团体☐　基金会☐　社会服务机构☐　机关法人☐　"
    "农村集体经济组织法人☐　"
    "城镇农村的合作经济组织法人☐　基层群众性自治组织法人☐　个人独资企业☐　合伙企业☐　"
    "不具有法人资格的专业服务机构☐　国有☐　民营☐　其他{{ r.type.other }}",
]]


def _lines(name: str) -> list[str]:
    """A cell that lists the lines of ``name``, one paragraph each."""
    return ["{%p for line in " + name + " %}", "{{ line }}", "{%p endfor %}"]


def court_complaint() -> list:
    return [
        title("民事起诉状"),
        ("LawSubtitle", "（劳动争议纠纷）"),
        note("说明："),
        note("1. 起诉时需提交身份证明材料（身份证复印件、营业执照复印件等）。"),
        note("2. 本表所列内容是提起诉讼以及法院查明事实所需，务必如实填写。"),
        note("3. 与案件无关的项目可填“无”或不填；勾选项打“√”；另有重要内容可在表尾或另附页填写。"),
        note("★特别提示★：《中华人民共和国民事诉讼法》第十三条第一款规定，民事诉讼应当遵循诚信原则。"
             "如果诉讼参加人违反上述规定，进行虚假诉讼、恶意诉讼，人民法院将依法追究其责任。"),
        heading("当事人信息"),
        ("table", [
            PARTY_WORKER,
            ["委托诉讼代理人", [
                "有{{ agent.yes }}　无{{ agent.no }}",
                "姓名：{{ agent.name }}",
                "单位：{{ agent.organization }}　　职务：________　　联系电话：{{ agent.phone }}",
                "{{ agent.credential_label }}：{{ agent.credential }}",
                "代理权限：一般授权{{ agent.general }}　特别授权{{ agent.special }}",
            ]],
            ["送达地址（所填信息除书面特别声明更改外，适用于案件一审、二审、再审所有后续程序）"
             "及收件人、电话", [
                "地址：{{ worker.service_address }}",
                "收件人：{{ worker.name }}",
                "电话：{{ worker.phone }}",
            ]],
            ["是否接受电子送达", [
                "是{{ worker.e_yes }}　方式：短信{{ worker.e_sms }}{{ worker.e_phone }}　微信☐________　"
                "传真☐________　邮箱☐________　其他☐________",
                "否{{ worker.e_no }}",
            ]],
            "{%tr for r in respondents %}",
            "{%tr if r.natural_person %}",
            PARTY_NATURAL,
            "{%tr else %}",
            PARTY_COMPANY,
            "{%tr endif %}",
            "{%tr endfor %}",
        ], [4.8, 10.8]),
        heading("诉讼请求和依据"),
        ("table", [
            ["1. 工资支付", ["是{{ items.wages.yes }}　否{{ items.wages.no }}",
                           "明细：{{ items.wages.detail }}"]],
            ["2. 未签订书面劳动合同双倍工资",
             ["是{{ items.double_wages.yes }}　否{{ items.double_wages.no }}",
              "明细：{{ items.double_wages.detail }}"]],
            ["3. 加班费", ["是{{ items.overtime.yes }}　否{{ items.overtime.no }}",
                         "明细：{{ items.overtime.detail }}"]],
            ["4. 未休年休假工资", ["是{{ items.annual_leave.yes }}　否{{ items.annual_leave.no }}",
                              "明细：{{ items.annual_leave.detail }}"]],
            ["5. 未依法缴纳社会保险费造成的经济损失",
             ["是{{ items.social_insurance.yes }}　否{{ items.social_insurance.no }}",
              "明细：{{ items.social_insurance.detail }}"]],
            ["6. 解除劳动合同经济补偿", ["是{{ items.severance.yes }}　否{{ items.severance.no }}",
                                   "明细：{{ items.severance.detail }}"]],
            ["7. 违法解除劳动合同赔偿金",
             ["是{{ items.unlawful_termination.yes }}　否{{ items.unlawful_termination.no }}",
              "明细：{{ items.unlawful_termination.detail }}"]],
            ["8. 本表未列明的其他请求", ["是{{ items.other.yes }}　否{{ items.other.no }}",
                                   "明细：{{ items.other.detail }}"]],
            ["9. 诉讼费用承担", "{{ costs }}"],
            ["10. 是否已经申请诉前保全", ["是☐　保全法院：________　保全时间：________　"
                                    "保全案号/文书：________",
                                    "否☐"]],
            ["标的总额", "{{ total }}元（{{ total_words }}）"],
        ], [4.8, 10.8]),
        heading("事实和理由"),
        ("table", [
            ["1. 劳动合同签订情况（合同主体、签订时间、地点、合同名称等）", _lines("facts_items.contract")],
            ["2. 劳动合同履行情况（入职时间、用人单位、工作岗位、工作地点、合同约定的每月工资数额及工资构成、"
             "办理社会保险的时间及险种、劳动者实际领取的每月工资数额及工资构成、加班工资计算基数及计算方法、"
             "原告加班时间及加班费、年休假等）", _lines("facts_items.performance")],
            ["3. 解除或终止劳动关系情况（解除或终止劳动关系的原因、经济补偿/赔偿金数额等）",
             _lines("facts_items.termination")],
            ["4. 工伤情况（发生工伤时间、工伤认定情况、工伤伤残等级、工伤费用等）",
             "{{ facts_items.injury }}"],
            ["5. 劳动仲裁相关情况（申请劳动仲裁时间、仲裁请求、仲裁文书、仲裁结果等）",
             _lines("facts_items.arbitration")],
            ["6. 其他相关情况（如是否农民工等）", _lines("facts_items.other")],
            ["7. 诉请依据（法律及司法解释的规定，要写明具体条文）", [
                "{%p for c in claims %}", "{{ c.number }}. {{ c.reasoning }}", "{%p endfor %}"]],
            ["8. 证据清单（可另附页）", [
                "{%p for e in evidence %}",
                "{{ e.number }}. {{ e.name }}（来源：{{ e.source }}；证明内容：{{ e.proves }}）",
                "{%p endfor %}",
                "详见所附《证据清单》。"]],
        ], [4.8, 10.8]),
        heading("对纠纷解决方式的意愿"),
        # Paragraphs, not a table: kept with the signature so it never stands alone on a page.
        closing("是否了解调解作为非诉讼纠纷解决方式：了解☐　不了解☐"),
        closing("是否了解先行调解的好处：了解☐　不了解☐"),
        closing("是否考虑先行调解：是☐　否☐　暂不确定☐"),
        closing(""),
        closing("　　此致"),
        closing("{{ court }}"),
        closing(""),
        sign("具状人（签字、盖章）：________________"),
        sign("{{ date }}"),
        note("附：本起诉状副本{{ respondent_copies }}份；身份证复印件；{{ attachments }}"
             "证据清单及证据材料。"),
    ]


def inspection_complaint() -> list:
    return [
        title("劳动保障监察投诉书"),
        heading("投诉人"),
        *WORKER_LINES,
        *loop("for r in respondents", [
            heading("被投诉单位{{ r.suffix }}"),
            body("{{ r.name_label }}：{{ r.name }}"),
            body("{{ r.code_label }}：{{ r.code }}"),
            body("住所：{{ r.address }}"),
            body("法定代表人（主要负责人）：{{ r.legal_representative }}　　联系电话：{{ r.phone }}"),
        ]),
        heading("投诉请求"),
        *loop("for c in inspection_requests", [indent("{{ c }}")]),
        heading("违法事实"),
        *loop("for line in facts", [indent("{{ line }}")]),
        heading("证据"),
        *EVIDENCE_LINES,
        closing("　　以上证据的复印件附后，原件备查。"),
        closing("　　此致"),
        closing("{{ inspection_office }}"),
        closing(""),
        sign("投诉人（签名）：________________"),
        sign("{{ date }}"),
    ]


def evidence_list() -> list:
    return [
        title("证据清单"),
        body("案号：{{ case_number }}"),
        body("案由：劳动争议　　提交人：{{ worker.name }}　　对方当事人：{{ respondent_names }}"),
        ("table", [
            ["序号", "证据名称", "证据来源", "证明内容", "页码", "页数", "证据形式"],
            "{%tr for e in evidence %}",
            ["{{ e.number }}", "{{ e.name }}", "{{ e.source }}", "{{ e.proves }}", "{{ e.span }}",
             "{{ e.pages }}", "{{ e.original }}"],
            "{%tr endfor %}",
        ], [1.1, 3.1, 2.6, 3.9, 1.6, 1.1, 2.2], "LawTable", True),
        body("共{{ evidence | length }}项证据，合计{{ evidence_pages }}页。"),
        sign("提交人（签名）：________________"),
        sign("{{ date }}"),
    ]


def procedure_sheet() -> list:
    return [
        title("本案办理计划"),
        ("LawSubtitle", "（程序说明及对比）"),
        heading("一、本案概况"),
        ("table", [
            ["当事人", "{{ worker.name }}（劳动者）与{{ respondent_names }}"],
            ["请求总额", "{{ total }}元（{{ total_words }}）"],
            ["现在所处阶段", "{{ stage }}"],
            ["关系性质", "{{ relationship }}"],
            ["期限", "{{ limitation }}"],
            ["去哪里办", ["{%p for b in bodies %}", "{{ b }}", "{%p endfor %}"]],
        ], [3.2, 13.8]),
        heading("二、本案时间表"),
        ("table", [
            ["步骤", "日期或期限", "依据"],
            "{%tr for s in steps %}",
            ["{{ s.step }}", "{{ s.when }}", "{{ s.basis }}"],
            "{%tr endfor %}",
        ], [4.6, 7.0, 5.4], "LawTable", True),
        *loop("if final_award.shown", [
            heading("三、哪些请求可能是终局裁决"),
            compact("每项请求不超过{{ final_award.cap }}元的，仲裁裁决为终局裁决（《中华人民共和国劳动争议"
                    "调解仲裁法》第四十七条第（一）项；劳动争议解释（一）第十九条逐项计算）。"),
        ]),
        *loop("if final_award.shown", [
            ("table", [
                ["请求", "金额（元）", "是否终局"],
                "{%tr for c in claims %}",
                ["{{ c.number }}. {{ c.title }}", "{{ c.amount }}", "{{ c.final }}"],
                "{%tr endfor %}",
            ], [9.6, 3.7, 3.7], "LawTable", True),
            compact("终局裁决意味着：劳动者不服的，可自收到裁决书之日起15日内向法院起诉（第四十八条）；"
                    "用人单位不能起诉，只能自收到裁决书之日起30日内向中级人民法院申请撤销（第四十九条）。"
                    "非终局裁决，任何一方不服均可在15日内起诉（第五十条）。"),
        ]),
        heading("{{ numbers.small_claims }}、到法院后能否适用小额诉讼程序"),
        compact("结论：{{ small_claims.status }}。"),
        compact("{{ small_claims.comparison }}"),
        heading("{{ numbers.comparison }}、三种诉讼程序对比（按本案计算）"),
        ("table", [
            ["事项", "小额诉讼", "简易程序", "普通程序"],
            "{%tr for row in comparison %}",
            ["{{ row.topic }}", "{{ row.small }}", "{{ row.simplified }}", "{{ row.ordinary }}"],
            "{%tr endfor %}",
        ], [2.4, 5.0, 4.8, 4.8], "LawSmallTable", True),
        compact("诉讼费：{{ fee_note }}"),
        note("依据：《中华人民共和国民事诉讼法》（2023年修正）第一百六十条至第一百七十一条；最高人民法院关于适用"
             "《中华人民共和国民事诉讼法》的解释（2022年修正）第二百五十八条至第二百八十条、第四百二十四条；"
             "《诉讼费用交纳办法》第十三条、第十六条、第二十条。"),
        heading("{{ numbers.caveat }}、需要核对的数字"),
        *loop("for line in caveats", [compact("{{ line }}")]),
    ]


def power_of_attorney() -> list:
    return [
        title("授权委托书"),
        body("委托人：{{ worker.name }}　　性别：{{ worker.gender }}"
             "　　公民身份号码：{{ worker.id_number }}"),
        body("住所：{{ worker.address }}　　联系电话：{{ worker.phone }}"),
        body("受托人：{{ agent.name }}　　工作单位：{{ agent.organization }}"),
        body("{{ agent.credential_label }}：{{ agent.credential }}　　联系电话：{{ agent.phone }}"),
        body(""),
        closing("{{ body }}："),
        indent("现委托{{ agent.name }}在{{ matter }}{{ stage }}阶段中，作为我的委托代理人。"),
        indent("代理权限：一般授权{{ agent.general }}　　特别授权{{ agent.special }}"),
        indent("{{ agent.authority_text }}"),
        indent("代理期限：{{ term }}。"),
        body(""),
        sign("委托人（签名）：________________"),
        sign("受托人（签名）：________________"),
        sign("{{ date }}"),
    ]


def summary() -> list:
    return [
        title("给{{ name }}的一页说明"),
        *loop("for a in answers", [
            ("LawSummaryQuestion", "{{ loop.index }}. {{ a.question }}"),
            *loop("for line in a.lines", [("LawSummary", "{{ line }}")]),
        ]),
        note("这张纸是给你自己看的，不用交上去。{{ date }}"),
    ]


DOCUMENTS = {
    "arbitration_application": arbitration_application,
    "court_complaint": court_complaint,
    "inspection_complaint": inspection_complaint,
    "evidence_list": evidence_list,
    "procedure_sheet": procedure_sheet,
    "power_of_attorney": power_of_attorney,
    "summary": summary,
}


def main(argv: list[str]) -> int:
    """``build_templates.py [OUT_DIR]``: write the templates here (default) or into OUT_DIR."""
    out_dir = Path(argv[0]) if argv else HERE
    for name, content in DOCUMENTS.items():
        print(build(name, content(), out_dir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
