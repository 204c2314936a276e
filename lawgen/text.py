"""Cleaning text that came from people: what a filing may and may not contain."""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls except tab and newline, lone surrogates, and the non-characters XML 1.0 forbids.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Remove characters a .docx cannot hold; keep line breaks only where the field is multi-line.

    Bidirectional marks and emoji are kept: they are text a person wrote, and Word holds them.
    """
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = _FORBIDDEN.sub("", text)
    if multiline:
        lines = [line.rstrip() for line in text.split("\n")]
        return "\n".join(lines).strip("\n ")
    return " ".join(text.replace("\t", " ").split())


_WEB_ADDRESS = re.compile(r"\s*(https?://)?[\w.-]+\.(gov|com|org|net|cn)(\.cn)?(/[\w./%?=&#-]*)?\s*",
                          re.ASCII)


def source_title(source: str) -> str:
    """A source as a document for people cites it: titles and dates, no web addresses."""
    return _WEB_ADDRESS.sub("", source).strip("；; ")


def chinese_date(day) -> str:
    """``2026-11-28`` -> ``2026年11月28日``, as filings write dates (no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"
