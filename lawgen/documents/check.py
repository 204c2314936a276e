"""``lawgen templates check``: what would break a court's own template before it breaks a filing.

A template is untrusted input, checked the way it is rendered: in a child process bounded in time and
memory (documents.bounded). Before anything is unzipped the file must be a regular file within
TEMPLATE_MAX_BYTES whose parts declare sizes within bounds (a 1.6 MB zip bomb held a 1.5 GiB
document.xml); macro-enabled documents are refused; the XML must be UTF-8 and is parsed without entities
or DTDs; more tags than MAX_TAGS are refused (200,000 tags passed and then made generation time out).

Then four checks, each pointing at the paragraph: a tag split across Word runs (Word does this when a tag is
typed in pieces or spell-checked), Word's curly quotes inside a tag, Jinja syntax errors, and variables the
document's context does not provide — nested names too (``worker.nmae``), found by walking the Jinja AST
against a sample context built from the example case (``get_undeclared_template_variables`` only sees
top-level names). And a fifth, shared with PDF conversion (documents.external): nothing that would make
the office fetch from the network or embed a local file.
"""

from __future__ import annotations

import os
import re
import stat
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
# Bounds for a court's template, far above the shipped ones (under 1 MB unzipped, 18 parts, at most 85
# tags, 23 kB of document.xml), far below what would stall a volunteer's machine.
TEMPLATE_MAX_BYTES = 10 * 1024 * 1024
UNZIPPED_MAX_BYTES = 50 * 1024 * 1024
XML_PART_MAX_BYTES = 5 * 1024 * 1024
MAX_PARTS = 500
MAX_TAGS = 2_000
MACRO_PARTS = re.compile(r"(?i)(^|/)(vbaProject\.bin|vbaData\.xml)$")
# No entities, no DTD, no network, the default depth limit (256): what Word writes never needs more.
_XML_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


class _Refused(Exception):
    """The template cannot be checked further; ``problem`` says why."""

    def __init__(self, problem: Msg) -> None:
        super().__init__(problem.template)
        self.problem = problem


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
        problems += check_template_bounded(path, kind)
    return problems


def check_template_bounded(path: Path, kind: str) -> list[Problem]:
    """``check_template`` in a child process with the rendering's bounds; the file's kind and size are
    checked here first (a FIFO would block the child's read for ever)."""
    from lawgen.documents.bounded import WorkFailed, WorkTooExpensive, run_bounded

    refusal = _file_refusal(path)
    if refusal is not None:
        return [Problem(path.name, refusal)]
    sample_contexts()  # built here, so each child inherits it instead of building it again
    try:
        return run_bounded(check_template, path, kind)
    except WorkTooExpensive as error:
        return [Problem(path.name, msg("检查模板{detail}，已停止；模板过大或过于复杂", detail=str(error)))]
    except WorkFailed as error:
        if error.kind == "RecursionError":
            return [Problem(path.name, msg("模板嵌套过深（标记或 XML 层次太多），无法检查"))]
        return [Problem(path.name, msg("无法检查模板（{kind}）", kind=error.kind))]


def _file_refusal(path: Path) -> Msg | None:
    try:
        info = os.stat(path)
    except OSError as error:
        return msg("无法读取模板：{detail}", detail=error.strerror or "")
    if not stat.S_ISREG(info.st_mode):
        return msg("不是普通文件（而是管道、设备或文件夹），未检查")
    if info.st_size > TEMPLATE_MAX_BYTES:
        return msg("模板文件过大（上限 {limit} MB），未检查", limit=TEMPLATE_MAX_BYTES // (1024 * 1024))
    return None


def unsafe_template(path: Path) -> Msg | None:
    """Why a court's template must not be opened at all (not a regular file, too large, a zip bomb,
    macros), or None: what rendering checks before its bounded child reads the file."""
    refusal = _file_refusal(path)
    if refusal is not None:
        return refusal
    try:
        with zipfile.ZipFile(path) as archive:
            _archive_refusal(archive)
    except _Refused as refused:
        return refused.problem
    except (OSError, zipfile.BadZipFile, KeyError):
        return None  # rendering says it is not a Word document
    return None


def check_template(path: Path, kind: str) -> list[Problem]:
    try:
        parts = _xml_parts(path)
        for xml in parts:
            _parse_xml(xml)
    except _Refused as refused:
        return [Problem(path.name, refused.problem)]
    except (OSError, zipfile.BadZipFile, KeyError):
        return [Problem(path.name, msg("不是有效的 Word 文档（.docx）"))]
    tags = sum(len(TAG.findall(xml)) for xml in parts)
    if tags > MAX_TAGS:
        return [Problem(path.name, msg("模板中的标记过多（{count} 个，上限 {limit} 个），生成会过慢；"
                                       "请精简模板", count=tags, limit=MAX_TAGS))]
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
    """The body, headers and footers: the parts docxtpl renders, each read only after the archive's
    declared sizes are found within bounds, and never more than its bound."""
    with zipfile.ZipFile(path) as archive:
        _archive_refusal(archive)
        wanted = ["word/document.xml"] + sorted(
            name for name in archive.namelist() if re.fullmatch(r"word/(header|footer)\d*\.xml", name))
        return [_decoded(_read_member(archive, name)) for name in wanted]


def _archive_refusal(archive: zipfile.ZipFile) -> None:
    """Raise _Refused for too many parts, a declared unzipped size over the bound, or macros."""
    members = archive.infolist()
    if len(members) > MAX_PARTS:
        raise _Refused(msg("文档中的部件过多（{count} 个），不像 Word 文档", count=len(members)))
    if sum(member.file_size for member in members) > UNZIPPED_MAX_BYTES:
        raise _Refused(msg("文档解压后过大（超过 {limit} MB），可能是压缩炸弹，未检查",
                           limit=UNZIPPED_MAX_BYTES // (1024 * 1024)))
    content_types = _read_member(archive, "[Content_Types].xml")
    if any(MACRO_PARTS.search(member.filename) for member in members) or b"macroEnabled" in content_types:
        raise _Refused(msg("这是启用宏的文档（.docm），不能作为模板；"
                           "请在 Word 中“另存为”Word 文档（.docx）"))


def _read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    with archive.open(name) as member:  # KeyError when missing: not a Word document
        data = member.read(XML_PART_MAX_BYTES + 1)  # a size header that lies cannot make this read more
    if len(data) > XML_PART_MAX_BYTES:
        raise _Refused(msg("文档内容过大（一个部件超过 {limit} MB），未检查",
                           limit=XML_PART_MAX_BYTES // (1024 * 1024)))
    return data


def _decoded(data: bytes) -> str:
    """Word writes UTF-8; docxtpl reads nothing else (a UTF-16 part would lose every tag)."""
    declared = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", data)
    not_utf8 = _Refused(msg("文档内容不是 UTF-8 编码；请在 Word 中重新保存为 .docx"))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or (declared and declared.group(1).lower() not in (
            b"utf-8", b"utf8")):
        raise not_utf8
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise not_utf8 from None


def _parse_xml(xml: str) -> etree._Element:
    if "<!DOCTYPE" in xml:  # Word never writes one; entity tricks need one
        raise _Refused(msg("文档的 XML 含有文档类型声明（DTD），Word 文档不会有，可能被改动过；未检查"))
    try:
        return etree.fromstring(xml.encode("utf-8"), _XML_PARSER)
    except etree.XMLSyntaxError:
        raise _Refused(msg("文档的 XML 无效，可能已损坏或被改动；请在 Word 中重新保存")) from None


def _run_problems(xml: str) -> list[Msg]:
    """Tags split across runs, and curly quotes inside tags, paragraph by paragraph."""
    root = _parse_xml(xml)
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
