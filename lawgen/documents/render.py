"""Rendering a Word template with docxtpl: escaping always on, in a sandbox, strict about unknown names.

Shipped and custom templates render the same way. The sandbox matters for custom ones (a court's own
file may hold any Jinja), which also run in a child process bounded in time and memory (a loop in a loop
gets past the sandbox). Strict undefined names turn a misspelt variable into a clear error rather than a
silently empty field on a filing.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from lawgen.i18n import Msg, msg
from lawgen.resources import resource_dir

TEMPLATE_SUFFIX = ".docx"


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
    """The rendered document as bytes (nothing is written: a failure leaves no file behind)."""
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import XMLSyntaxError

    from lawgen.documents.fast import prepared  # heavy import, only when rendering

    try:
        # docxtpl's rendering with the template read and compiled once per process (see fast.py).
        return prepared(template, jinja_environment).render(context)
    except TemplateError as error:
        raise TemplateFailed(msg("模板 {name} 无法生成：{detail}；请运行 lawgen templates check 检查模板",
                                 name=template.name, detail=str(error))) from None
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, PackageNotFoundError, XMLSyntaxError) as error:
        # A file that is not a Word document, a damaged one, or tags that made its XML invalid.
        raise TemplateFailed(msg("模板 {name} 不是有效的 Word 文档（.docx）：{detail}",
                                 name=template.name, detail=str(error))) from None


def render_custom_docx(template: Path, context: dict) -> bytes:
    """``render_docx`` for a template lawgen did not ship: in a child process with time and memory bounds."""
    from lawgen.documents.bounded import WorkFailed, WorkTooExpensive, run_bounded

    try:
        return run_bounded(render_docx, template, context)
    except WorkTooExpensive as error:
        raise TemplateFailed(msg("模板 {name} 运行{detail}，已停止；请简化模板中的循环",
                                 name=template.name, detail=str(error))) from None
    except WorkFailed as error:
        if error.kind == TemplateFailed.__name__:  # already says which template and what to do
            raise TemplateFailed(msg("{detail}", detail=str(error))) from None
        raise TemplateFailed(msg("模板 {name} 无法生成：{detail}", name=template.name,
                                 detail=f"{error.kind}: {error}")) from None
