"""Rendering a Word template with docxtpl: escaping always on, in a sandbox, strict about unknown names.

Shipped and custom templates render the same way. The sandbox matters for custom ones (a court's own
file may hold any Jinja), which also run in a child process bounded in time and memory (a loop in a loop
gets past the sandbox). Strict undefined names turn a misspelt variable into a clear error rather than a
silently empty field on a filing.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment

from lawgen.i18n import Msg, msg
from lawgen.resources import resource_dir

TEMPLATE_SUFFIX = ".docx"
_UNDEFINED_NAME = re.compile(r"'([A-Za-z_][A-Za-z0-9_]*)' is undefined")


class TemplateFailed(RuntimeError):
    """A template could not be rendered; ``message`` says which one and what to do."""

    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


def shipped_templates() -> Path:
    return resource_dir("templates")


def template_path(kind: str, templates_dir: Path | None = None) -> Path:
    """A court's own version of the template when ``templates_dir`` has one, else the shipped one."""
    name = kind + TEMPLATE_SUFFIX
    if templates_dir is not None and (Path(templates_dir) / name).is_file():
        return Path(templates_dir) / name
    return shipped_templates() / name


def jinja_environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(autoescape=True, undefined=StrictUndefined)


def render_docx(template: Path, context: dict) -> bytes:
    """The rendered document as bytes (nothing is written: a failure leaves no file behind).

    A failure while the template runs says what kind of error it was, never its text: the text can hold
    case data (``{{ [].index(worker.id_number) }}`` fails with "'3502…' is not in list"). Syntax errors and
    damaged files come from the template alone and keep their detail.
    """
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    from lawgen.documents.fast import prepared  # heavy import, only when rendering

    try:
        # docxtpl's rendering with the template read and compiled once per process (see fast.py).
        document = prepared(template, jinja_environment)
    except TemplateSyntaxError as error:
        raise _syntax_failure(template, error) from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError, XMLSyntaxError) as error:
        # A file that is not a Word document, or a damaged one.
        raise TemplateFailed(msg("模板 {name} 不是有效的 Word 文档（.docx）：{detail}",
                                 name=template.name, detail=str(error))) from None
    try:
        return document.render(context)
    except TemplateSyntaxError as error:  # compiled when first rendered
        raise _syntax_failure(template, error) from None
    except XMLSyntaxError:
        raise TemplateFailed(msg("模板 {name} 生成的内容不是有效的 Word 文档（标记可能拆开了段落或表格）；"
                                 "请运行 lawgen templates check 检查模板", name=template.name)) from None
    except (MemoryError, RecursionError):
        raise  # the bounded child reports these as over its bounds
    except Exception as error:  # the template's own expression failed: its message may quote case data
        undefined = _UNDEFINED_NAME.fullmatch(str(error)) if isinstance(error, UndefinedError) else None
        if undefined:  # "'nmae' is undefined" names a word of the template, never a value
            raise TemplateFailed(msg("模板 {name} 使用了文书不提供的变量 {variable}；"
                                     "请运行 lawgen templates check 检查模板",
                                     name=template.name, variable=undefined.group(1))) from None
        raise TemplateFailed(msg("模板 {name} 无法生成（{kind}）；请运行 lawgen templates check 检查模板",
                                 name=template.name, kind=type(error).__name__)) from None


def _syntax_failure(template: Path, error: TemplateSyntaxError) -> TemplateFailed:
    return TemplateFailed(msg("模板 {name} 无法生成：{detail}；请运行 lawgen templates check 检查模板",
                              name=template.name, detail=error.message or ""))


def render_custom_docx(template: Path, context: dict) -> bytes:
    """``render_docx`` for a template lawgen did not ship: in a child process with time and memory bounds."""
    from lawgen.documents.bounded import WorkFailed, WorkTooExpensive, run_bounded
    from lawgen.documents.check import unsafe_template

    refusal = unsafe_template(template)  # before any child reads it: a FIFO, a zip bomb, macros
    if refusal is not None:
        raise TemplateFailed(msg("模板 {name} 不能使用：{detail}；请运行 lawgen templates check 检查模板",
                                 name=template.name, detail=refusal))
    try:
        return run_bounded(render_docx, template, context)
    except WorkTooExpensive as error:
        raise TemplateFailed(msg("模板 {name} 运行{detail}，已停止；请简化模板中的循环",
                                 name=template.name, detail=str(error))) from None
    except WorkFailed as error:
        if isinstance(error.localized, Msg):  # render_docx's own: says which template and what to do
            raise TemplateFailed(error.localized) from None
        # Anything else: its kind only, as render_docx does (its text may quote case data).
        raise TemplateFailed(msg("模板 {name} 无法生成（{kind}）；请运行 lawgen templates check 检查模板",
                                 name=template.name, kind=error.kind)) from None
