"""The small Markdown subset the guide sources are written in, parsed into blocks.

Courts edit ``guides/*.md`` by hand, so the subset is what a person can type without a manual:

- ``# 标题`` the document title, ``% 副标题`` a centred line under it, ``## 一、…`` and ``### （一）…`` the
  two heading levels;
- paragraphs (consecutive lines join), ``- 项目`` bullet items, ``1. 步骤`` numbered items (the number is
  kept as written, so a court can renumber in a diff and Word never restarts or continues a list wrongly);
- ``> 提示`` a boxed note; ``| a | b |`` tables whose first row is the header (the ``|---|`` line after it
  is optional);
- ``**粗体**`` inline; ``[[目录]]`` the table of contents, ``[[分页]]`` a page break;
- a backslash makes the next character literal. Every value the template inserts is escaped this way
  (:func:`escape`), so a parameter's source text can never turn into markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

_SPECIAL = set("\\*|[]#>-%")
_NUMBERED = re.compile(r"^(\d{1,2}[.、])\s+(.*)$")
_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


class BlockKind(StrEnum):
    title = "title"
    subtitle = "subtitle"
    heading1 = "heading1"
    heading2 = "heading2"
    paragraph = "paragraph"
    bullet = "bullet"
    numbered = "numbered"
    note = "note"
    table = "table"
    toc = "toc"
    page_break = "page_break"


@dataclass
class Block:
    kind: BlockKind
    text: str = ""  # still escaped Markdown: inline markup is resolved by :func:`runs`
    label: str = ""  # the number of a numbered item, as written
    rows: list[list[str]] = field(default_factory=list)  # tables: the header row first


@dataclass(frozen=True)
class Run:
    text: str
    bold: bool = False


def escape(value: object) -> str:
    """Make inserted text literal: backslash before every character the subset gives a meaning to.

    Line breaks become spaces, so a value can never start a heading, list or table row of its own.
    """
    text = " ".join(str(value).splitlines())
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


def parse(source: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []
    table: list[list[str]] | None = None

    def flush() -> None:
        nonlocal table
        if paragraph:
            blocks.append(Block(BlockKind.paragraph, "".join(paragraph)))
            paragraph.clear()
        if table is not None:
            blocks.append(Block(BlockKind.table, rows=table))
            table = None

    for raw in source.splitlines():
        line = raw.strip()
        if line.startswith("|"):
            if table is None:
                flush()
                table = []
            if not (_RULE.match(line) and len(table) == 1):
                table.append(_cells(line))
            continue
        if not line:
            flush()
            continue
        block = _line_block(line)
        if block is None:
            if table is not None:
                flush()
            paragraph.append(line)
            continue
        flush()
        blocks.append(block)
    flush()
    return blocks


def _line_block(line: str) -> Block | None:
    """A one-line block, or None for a line of running text."""
    if line in ("[[目录]]", "[[toc]]"):
        return Block(BlockKind.toc)
    if line in ("[[分页]]", "[[pagebreak]]"):
        return Block(BlockKind.page_break)
    for prefix, kind in (("### ", BlockKind.heading2), ("## ", BlockKind.heading1), ("# ", BlockKind.title)):
        if line.startswith(prefix):
            return Block(kind, line[len(prefix):].strip())
    if line.startswith("% "):
        return Block(BlockKind.subtitle, line[2:].strip())
    if line.startswith("- "):
        return Block(BlockKind.bullet, line[2:].strip())
    if line.startswith("> "):
        return Block(BlockKind.note, line[2:].strip())
    numbered = _NUMBERED.match(line)
    if numbered:
        return Block(BlockKind.numbered, numbered.group(2), label=numbered.group(1))
    return None


def _cells(line: str) -> list[str]:
    """Split a table row on unescaped ``|``; escapes stay in the cells for :func:`runs`."""
    cells: list[str] = []
    current: list[str] = []
    chars = iter(line.strip())
    for char in chars:
        if char == "\\":
            current.append(char + next(chars, ""))
        elif char == "|":
            cells.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    cells.append("".join(current).strip())
    if cells and cells[0] == "":
        cells = cells[1:]
    if cells and cells[-1] == "":
        cells = cells[:-1]
    return cells


def runs(text: str) -> list[Run]:
    """Resolve ``**bold**`` and backslash escapes into runs of plain text."""
    result: list[Run] = []
    current: list[str] = []
    bold = False
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            current.append(text[index + 1])
            index += 2
            continue
        if text.startswith("**", index):
            if current:
                result.append(Run("".join(current), bold))
                current = []
            bold = not bold
            index += 2
            continue
        current.append(char)
        index += 1
    if current:
        result.append(Run("".join(current), bold))
    return result


def plain_text(text: str) -> str:
    return "".join(run.text for run in runs(text))
