"""A case file's JSON decoded so that it can be written back with every number exactly as it was written.

``json`` turns ``1e400`` into ``inf`` (written back as ``Infinity``, which no JSON reader accepts) and
``0.30000000000000000001`` into ``0.3``; free fields such as ``notes`` are the user's, so ``lawgen record``
keeps their text. A decoded number is a ``float`` (validation sees the value) that remembers its text.
"""

from __future__ import annotations

import json
from typing import Any


class WrittenNumber(float):
    """A JSON number with a fraction or exponent, and the text it was written as."""

    text: str

    def __new__(cls, text: str) -> WrittenNumber:
        number = super().__new__(cls, text)
        number.text = text
        return number

    def __reduce__(self) -> tuple[type[WrittenNumber], tuple[str]]:  # copy.deepcopy keeps the text
        return (WrittenNumber, (self.text,))


def loads_exact(text: str) -> Any:
    """Decode JSON (already validated by ``loads_case``) keeping each fractional number's text."""
    return json.loads(text, parse_float=WrittenNumber)


def dumps_exact(value: Any, indent: str = "  ", level: int = 0) -> str:
    """JSON as ``json.dumps(ensure_ascii=False, indent=2)`` writes it, with each ``WrittenNumber`` as read
    and every other float refused (a float lawgen computed would have to be written on purpose)."""
    inner, outer = "\n" + indent * (level + 1), "\n" + indent * level
    if isinstance(value, dict):
        if not value:
            return "{}"
        pairs = (f"{_string(str(key))}: {dumps_exact(item, indent, level + 1)}"
                 for key, item in value.items())
        return "{" + inner + ("," + inner).join(pairs) + outer + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        items = (dumps_exact(item, indent, level + 1) for item in value)
        return "[" + inner + ("," + inner).join(items) + outer + "]"
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, WrittenNumber):
        return value.text
    if isinstance(value, float):
        raise ValueError("a float without its written text")
    return json.dumps(value)  # int, bool, None


def _string(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate ("\ud800" in the file) stays escaped, as it was read
        return json.dumps(text)
    return json.dumps(text, ensure_ascii=False)
