"""What in a text for people is for machines: CLI flags, parameter ids and field paths, web addresses, file
paths, scores, the program's name (issue 11, item 2). Used on documents and on the wizard's screens."""

from __future__ import annotations

import re

PROGRAM_TEXT = {
    "a command-line flag": re.compile(r"(?<![\w-])--[a-z][\w-]*"),
    "a parameter id or field name": re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b"),
    "a field path": re.compile(r"\b[a-z]+(?:\[\d+\])?\.[a-z_]+\b"),
    "a web address": re.compile(r"https?://|www\.|\b[\w-]+\.(?:gov|com|org|net)(?:\.cn)?\b|\.cn/", re.I),
    "a file path or file name": re.compile(r"[\w.-]+/[\w./-]+|\b[\w-]+\.(?:json|toml|md|docx|py|txt)\b",
                                           re.ASCII),
    "a score": re.compile(r"\d+\s*/\s*100|得分|评分"),
    "the program's name": re.compile(r"lawgen", re.I),
}


def program_text(text: str) -> list[str]:
    """What in ``text`` is for machines, each with what kind it is."""
    return [f"{kind}: {match.group(0)!r}" for kind, pattern in PROGRAM_TEXT.items()
            for match in pattern.finditer(text)]
