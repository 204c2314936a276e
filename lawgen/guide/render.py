"""Render a guide source (``guides/*.md``) for a region and date into a Word document.

A source is TOML front matter between ``+++`` lines (title, footer, worked examples) and a Markdown body
with ``{{ }}`` placeholders. Courts edit these files, so the template runs in Jinja's sandbox, every
inserted value is escaped (it can never become markup), and an unknown placeholder is an error, not a blank.
"""

from __future__ import annotations

import datetime as dt
import tempfile
import tomllib
import traceback
from dataclasses import dataclass
from pathlib import Path

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from lawgen.documents.bounded import WorkFailed, WorkTooExpensive, run_bounded
from lawgen.documents.pdf import convert_to_pdf
from lawgen.files import write_bytes_atomic
from lawgen.guide.context import GuideSourceError, build_context
from lawgen.guide.docx import GUIDE_LAYOUT, LEAFLET_LAYOUT, Layout, build_document
from lawgen.guide.markdown import escape, parse
from lawgen.law import ParameterBook
from lawgen.regions import Region
from lawgen.resources import resource_dir

GUIDE_SOURCE, LEAFLET_SOURCE = "small-claims-guide.md", "leaflet.md"


@dataclass(frozen=True)
class Source:
    name: str
    settings: dict
    body: str
    body_offset: int = 0  # lines before the body (the front matter), for error line numbers


def read_source(name: str, folder: Path | None = None) -> Source:
    path = (folder or resource_dir("guides")) / name
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GuideSourceError(f"无法读取指南源文件 {name}：{error}") from None
    settings: dict = {}
    if text.startswith("+++"):
        front, separator, body = text[3:].partition("\n+++")
        if not separator:
            raise GuideSourceError(f"{name}：开头的 +++ 参数区没有结束的 +++ 行")
        try:
            settings = tomllib.loads(front)
        except tomllib.TOMLDecodeError as error:
            raise GuideSourceError(f"{name}：参数区格式有误：{error}") from None
        offset = text.count("\n") - body.count("\n") + 1
        text = body.partition("\n")[2]
        return Source(name, settings, text, offset)
    return Source(name, settings, text)


def _environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        undefined=StrictUndefined,
        finalize=escape,  # escaping on: a value is always text, never Markdown
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_markdown(source: Source, region: Region, on: dt.date, book: ParameterBook) -> str:
    """The source with every placeholder filled: Markdown ready to parse (and to read in a test).

    The template runs in a child process with time and memory bounds: the sandbox alone does not stop a
    court's edit from looping for ever."""
    context = build_context(region, on, book, source.settings.get("examples", []))
    try:
        return run_bounded(_fill, source, context)
    except WorkFailed as error:
        raise GuideSourceError(str(error)) from None
    except WorkTooExpensive as error:
        raise GuideSourceError(f"{source.name}：模板运行{error}") from None


def _fill(source: Source, context: dict) -> str:
    try:
        return _environment().from_string(source.body).render(**context)
    except TemplateError as error:
        line = getattr(error, "lineno", None) or _template_line(error)
        # The front matter is not part of the template: count its lines back in for the editor.
        where = f"第{line + source.body_offset}行" if line else ""
        raise GuideSourceError(f"{source.name}{where}：{error.message or error}") from None


def _template_line(error: Exception) -> int | None:
    """Where a runtime error (an unknown placeholder) happened: Jinja maps its frames to template lines."""
    frames = [f for f in traceback.extract_tb(error.__traceback__) if f.filename == "<template>"]
    return frames[-1].lineno if frames else None


def render_docx(source: Source, region: Region, on: dt.date, book: ParameterBook, layout: Layout,
                toc_field: bool = True) -> bytes:
    markdown = render_markdown(source, region, on, book)
    footer = source.settings.get("footer", "")
    return build_document(parse(markdown), layout, footer_label=str(footer), toc_field=toc_field)


def write_guide(
    target: Path, region: Region, on: dt.date, book: ParameterBook, leaflet: bool = False, pdf: bool = False
) -> list[Path]:
    """Render the guide (or the one-page leaflet), write it atomically and owner-only, and with ``pdf`` print
    it to ``target.pdf`` through LibreOffice. Returns the files written."""
    source = read_source(LEAFLET_SOURCE if leaflet else GUIDE_SOURCE)
    layout = LEAFLET_LAYOUT if leaflet else GUIDE_LAYOUT
    written = [write_bytes_atomic(target, render_docx(source, region, on, book, layout))]
    if pdf:
        # The printed copy differs only in its contents list, whose page numbers LibreOffice fills in.
        with tempfile.TemporaryDirectory(prefix="lawgen-guide-") as folder:
            printable = write_bytes_atomic(Path(folder) / target.name,
                                           render_docx(source, region, on, book, layout, toc_field=False))
            written.extend(convert_to_pdf([printable], out_dir=target.parent))
    return written
