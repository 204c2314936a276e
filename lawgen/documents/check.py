"""``lawgen templates check``: what would break a court's own template before it breaks a filing.

Four checks, each pointing at the paragraph: a tag split across Word runs (Word does this when a tag is
typed in pieces or spell-checked), Word's curly quotes inside a tag, Jinja syntax errors, and variables the
document's context does not provide — nested names too (``worker.nmae``), found by walking the Jinja AST
against a sample context built from the example case (``get_undeclared_template_variables`` only sees
top-level names). And a fifth, shared with PDF conversion (documents.external): nothing that would make
the office fetch from the network or embed a local file.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from jinja2 import TemplateSyntaxError, nodes
from lxml import etree

from lawgen.documents.context import BUILDERS
from lawgen.documents.external import external_references
from lawgen.documents.render import TEMPLATE_SUFFIX, jinja_environment
from lawgen.i18n import Msg, msg
from lawgen.law import Assessment

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
CURLY_QUOTES = "“”‘’"
SAMPLE_CASE = "01-food-delivery-unlawful-dismissal.json"
_ANY = object()  # a value the check cannot know (a loop counter, a filter's result)


@dataclass(frozen=True)
class Problem:
    file: str
    message: Msg

    def render(self, lang: str = "zh") -> str:
        return f"{self.file}: {self.message.render(lang)}"


def check_folder(folder: Path) -> list[Problem]:
    """Every problem in every template of ``folder``; an empty list means the folder is good to use."""
    folder = Path(folder)
    files = sorted(folder.glob("*" + TEMPLATE_SUFFIX))
    if not files:
        return [Problem(str(folder), msg("文件夹中没有 .docx 模板；模板文件名应为：{names}",
                                         names="、".join(k + TEMPLATE_SUFFIX for k in BUILDERS)))]
    problems = []
    for path in files:
        kind = path.name[: -len(TEMPLATE_SUFFIX)]
        if path.name.startswith("~$"):
            continue  # Word's lock file while the template is open
        if kind not in BUILDERS:
            problems.append(Problem(path.name, msg("不认识的模板文件名；应为：{names}",
                                                   names="、".join(k + TEMPLATE_SUFFIX for k in BUILDERS))))
            continue
        problems += check_template(path, kind)
    return problems


def check_template(path: Path, kind: str) -> list[Problem]:
    try:
        parts = _xml_parts(path)
    except (OSError, zipfile.BadZipFile, KeyError, etree.XMLSyntaxError):
        return [Problem(path.name, msg("不是有效的 Word 文档（.docx）"))]
    problems: list[Problem] = []
    for kind_found in external_references(path):
        problems.append(Problem(path.name, msg("含有外部链接：{what}；转换 PDF 时会联网或读取本机文件，"
                                               "请改为嵌入的图片、删除该域或链接", what=kind_found)))
    for xml in parts:
        problems += [Problem(path.name, m) for m in _run_problems(xml)]
    from docxtpl import DocxTemplate

    patched = "".join(DocxTemplate(path).patch_xml(xml) for xml in parts)
    environment = jinja_environment()
    try:
        tree = environment.parse(patched)
        environment.compile(tree)  # unknown filters and tests surface only when compiling
    except TemplateSyntaxError as error:
        near = _text_near(patched, error.lineno)
        problems.append(Problem(path.name, msg("模板语法错误：{detail}（附近文字：{near}）",
                                               detail=error.message or "", near=near)))
        return problems
    walker = _Walker(sample_contexts()[kind])
    walker.visit(tree, {})
    for name in dict.fromkeys(walker.unknown):
        problems.append(Problem(path.name, msg("使用了文书不提供的变量 {name}", name=name)))
    return problems


def _xml_parts(path: Path) -> list[str]:
    """The body, headers and footers: the parts docxtpl renders."""
    with zipfile.ZipFile(path) as archive:
        names = ["word/document.xml"] + sorted(
            n for n in archive.namelist() if re.fullmatch(r"word/(header|footer)\d*\.xml", n)
        )
        return [archive.read(name).decode("utf-8") for name in names]


def _run_problems(xml: str) -> list[Msg]:
    """Tags split across runs, and curly quotes inside tags, paragraph by paragraph."""
    root = etree.fromstring(xml.encode("utf-8"))
    problems = []
    for paragraph in root.iter(W + "p"):
        pieces = []  # (run number, text)
        for number, run in enumerate(paragraph.iter(W + "r")):
            pieces += [(number, t.text or "") for t in run.iter(W + "t")]
        text = "".join(piece for _, piece in pieces)
        owners = [number for number, piece in pieces for _ in piece]
        for match in TAG.finditer(text):
            tag = match.group(0)
            if len(set(owners[match.start():match.end()])) > 1:
                problems.append(msg("标记 {tag} 被 Word 拆分在几段格式中；"
                                    "请删除后一次性重新输入（不要中途改格式）", tag=_short(tag)))
            if any(quote in tag for quote in CURLY_QUOTES):
                problems.append(msg("标记 {tag} 中有中文（弯）引号；请改为英文直引号 \" 或 '，"
                                    "并在 Word 中关闭“自动更正：直引号替换为弯引号”", tag=_short(tag)))
    return problems


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _text_near(xml: str, line: int | None) -> str:
    lines = xml.splitlines()
    if not line or line > len(lines):
        return ""
    return _short(re.sub(r"<[^>]+>", "", lines[line - 1]).strip())


class _Walker:
    """Resolves every Name/Getattr/Getitem chain in a template against a sample context."""

    def __init__(self, context: dict) -> None:
        self.context = context
        self.unknown: list[str] = []

    def visit(self, node: nodes.Node, scope: dict) -> None:
        if isinstance(node, nodes.For):
            items = self.resolve(node.iter, scope)
            inner = dict(scope)
            self._bind(node.target, items[0] if isinstance(items, list) and items else _ANY, inner)
            inner["loop"] = _ANY
            if node.test is not None:
                self.visit(node.test, inner)
            for child in node.body:
                self.visit(child, inner)
            for child in node.else_:
                self.visit(child, scope)
            return
        if isinstance(node, nodes.Assign):
            self.resolve(node.node, scope)
            self._bind(node.target, _ANY, scope)
            return
        if isinstance(node, (nodes.Name, nodes.Getattr, nodes.Getitem)):
            self.resolve(node, scope)
            return
        for child in node.iter_child_nodes():
            self.visit(child, scope)

    def resolve(self, node: nodes.Node, scope: dict) -> object:
        if isinstance(node, nodes.Name):
            if node.name in scope:
                return scope[node.name]
            if node.name in self.context:
                return self.context[node.name]
            self.unknown.append(node.name)
            return _ANY
        if isinstance(node, nodes.Getattr):
            return self._member(self.resolve(node.node, scope), node.attr, node)
        if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
            return self._member(self.resolve(node.node, scope), node.arg.value, node)
        self.visit(node, scope)
        return _ANY

    def _member(self, base: object, key: object, node: nodes.Node) -> object:
        if base is _ANY:
            return _ANY
        if isinstance(base, dict):
            if key in base:
                return base[key]
        elif isinstance(base, list) and isinstance(key, int):
            return base[key] if -len(base) <= key < len(base) else _ANY
        elif isinstance(key, str) and not key.startswith("_") and hasattr(base, key):
            return _ANY  # a method of a string or number (``name.upper()``)
        self.unknown.append(_dotted(node))
        return _ANY

    def _bind(self, target: nodes.Node, value: object, scope: dict) -> None:
        if isinstance(target, nodes.Name):
            scope[target.name] = value
        elif isinstance(target, nodes.Tuple):
            for item in target.items:
                self._bind(item, _ANY, scope)


def _dotted(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        return f"{_dotted(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const):
        return f"{_dotted(node.node)}[{node.arg.value!r}]"
    return "…"


def sample_assessment() -> Assessment:
    """The example case with an agent and an arbitration award, so every optional part has a value."""
    from lawgen.case import case_to_json, load_case
    from lawgen.law import assess
    from lawgen.resources import resource_dir

    data = case_to_json(load_case(resource_dir("examples") / SAMPLE_CASE))
    data["agent"] = {"name": "示例代理人", "organization": "示例法律援助中心", "phone": "0592-0000000",
                     "authority": "special"}
    data["procedure"]["arbitration"] = {"commission": "示例仲裁委员会", "case_number": "示例〔2026〕1号",
                                        "award_date": "2026-11-10", "received_on": "2026-11-20",
                                        "outcome": "示例裁决结果"}
    from lawgen.case import parse_case

    return assess(parse_case(data))


@cache
def sample_contexts() -> dict[str, dict]:
    assessment = sample_assessment()
    return {kind: build(assessment) for kind, build in BUILDERS.items()}
