"""Text that reaches the wizard from outside the keyboard, made safe to keep and to show.

A paste may carry a terminal's escape sequences (colours copied from a terminal, an attacker's title or
cursor codes): they are taken out and the text kept (``pasted``). A name may hold bidi controls (RLO, LRO,
isolates), which make a terminal show «…付支» for «支付…»: the screens show them neutralised (``shown``,
and ``NeutralWrite`` on everything written to the terminal), while the draft keeps the text as typed (the
filings clean it, ``lawgen.text.clean_text``).

A case opened from a file or the shared register may hold escape sequences too (a name that retitles the
terminal, a schedule that clears the screen). Whatever a widget draws passes ``install``'s filter on its
way to the terminal (or the browser of ``lawgen serve``): controls are dropped from the text of every
drawn line, so the rest of a sequence shows as the harmless letters it is and no widget can send the
terminal a command. Control characters take no cell, so nothing on screen moves.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from rich.segment import Segment
from textual._compositor import Compositor
from textual.strip import Strip

from lawgen.text import without_bidi_controls

# ESC [ … final (CSI), ESC ] … BEL or ESC \ (OSC), ESC P/X/^/_ … ESC \ (DCS, SOS, PM, APC), ESC and one
# character (the rest); C1 controls have the same meanings as their ESC forms.
_ESCAPE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -/]*[0-~]?"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x9c)?"
)
# The controls left once the sequences are out, but tab and line feed (a text area keeps its lines).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def pasted(text: str) -> str:
    """A paste without escape sequences and control characters; line breaks kept as line feeds."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _ESCAPE.sub("", text))


def shown(text: str) -> str:
    """``text`` as a one-line cell shows it: escape sequences, controls (line breaks become spaces) and bidi
    controls out."""
    text = text.replace("\r\n", " ").replace("\r", " ").replace("\n", " ").replace("\t", " ")
    return without_bidi_controls(_CONTROLS.sub("", _ESCAPE.sub("", text)))


# What no drawn line may carry: every C0 and C1 control (a drawn line has no tab or line break left).
_DRAWN_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f]")


def _drawn(strip: Strip) -> Strip:
    """``strip`` without control characters in its text (the same strip when it has none, the usual case)."""
    text = "".join([segment.text for segment in strip._segments])
    if text.isprintable() or not _DRAWN_CONTROLS.search(text):  # the first test is the fast one, in C
        return strip
    return Strip([Segment(_DRAWN_CONTROLS.sub("", text), style, control) if control is None
                  else Segment(text, style, control) for text, style, control in strip], strip.cell_length)


_get_renders = Compositor._get_renders


def _get_renders_drawn(self: Compositor, crop=None) -> Iterable[tuple]:
    for region, clip, strips in _get_renders(self, crop):
        yield region, clip, [_drawn(strip) for strip in strips]


def install() -> None:
    """Every widget's lines reach the terminal without control characters (see the module's note)."""
    Compositor._get_renders = _get_renders_drawn


class NeutralWrite:
    """A terminal driver's ``write`` that takes bidi controls out of what it writes: a field or table showing
    a name typed with an RLO draws it in the order it was typed. No escape sequence holds these characters,
    and they take no cell, so the screen's layout is unchanged."""

    def __init__(self, inner: Callable[[str], object]) -> None:
        self.inner = inner

    def __call__(self, data: str) -> object:
        return self.inner(without_bidi_controls(data) if isinstance(data, str) else data)
