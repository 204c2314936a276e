"""Cleaning text that came from people: what a filing may and may not contain."""

from __future__ import annotations

import re
import unicodedata

# Halves of a surrogate pair on their own (an emoji cut by another tool, «\ud800» escaped in a JSON
# file): no UTF-8 can hold them, so neither a .docx nor the register can store them.
_SURROGATE_RANGE = "\ud800-\udfff"  # as a regular expression's class
_LONE_SURROGATES = re.compile(f"[{_SURROGATE_RANGE}]")
# C0/C1 controls except tab and newline, lone surrogates, and the non-characters XML 1.0 forbids.
_FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f{_SURROGATE_RANGE}\ufffe\uffff]")
# Bidirectional embeddings, overrides, isolates and marks (U+061C, U+200E/F, U+202A–E, U+2066–9): in a
# filing they reorder what is shown without changing what is stored, so «…付支» can read as «支付…».
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # as a regular expression's class
_BIDI_CONTROLS = re.compile(f"[{BIDI_CONTROLS}]")
# What a terminal would act on rather than show: controls (ESC starts colour and title sequences, BEL,
# backspace, carriage return), bidi controls, and tab (which would misalign the report's columns).
_TERMINAL_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f{BIDI_CONTROLS}]")


def without_bidi_controls(text: str) -> str:
    return _BIDI_CONTROLS.sub("", text)


def without_lone_surrogates(text: str) -> str:
    return _LONE_SURROGATES.sub("", text)


def clean_text(value: str, *, multiline: bool = False) -> str:
    """Remove characters a .docx cannot hold, and bidi controls; keep line breaks only where the field is
    multi-line. Emoji are kept: they are text a person wrote, and Word holds them.
    """
    text = unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    text = without_bidi_controls(_FORBIDDEN.sub("", text))
    if multiline:
        lines = [line.rstrip() for line in text.split("\n")]
        return "\n".join(lines).strip("\n ")
    return " ".join(text.replace("\t", " ").split())


def terminal_text(value: object) -> str:
    """Text to print on a terminal exactly as it reads: each control character shown as a visible escape
    (``\\x1b``) instead of being acted on. Line breaks are kept (messages are printed line by line)."""
    return _TERMINAL_UNSAFE.sub(lambda m: "\n" if m.group() == "\n" else m.group().encode(
        "unicode_escape").decode("ascii"), str(value))


_WEB_ADDRESS = re.compile(r"\s*(https?://)?[\w.-]+\.(gov|com|org|net|cn)(\.cn)?(/[\w./%?=&#-]*)?\s*",
                          re.ASCII)


def source_title(source: str) -> str:
    """A source as a document for people cites it: titles and dates, no web addresses; a value given on
    the command line (``--set``) has no title to cite, so it says who gave it."""
    if source.startswith("-"):
        return "使用者按新通知填写"
    return _WEB_ADDRESS.sub("", source).strip("；; ")


def chinese_date(day) -> str:
    """``2026-11-28`` -> ``2026年11月28日``, as filings write dates (no leading zeros)."""
    return f"{day.year}年{day.month}月{day.day}日"
