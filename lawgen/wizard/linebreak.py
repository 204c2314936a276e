"""Line breaking for the wizard's texts by the Chinese rules (禁则, kinsoku): no line starts with a closing
bracket or punctuation, no line ends with an opening bracket, and no figure (27,180.00) is split.

Textual wraps unspaced Chinese by folding at the last character that fits, so «（还有276天）» could leave
«）» alone at the start of a line. ``line_breaks`` takes the breaks Rich would make and moves each one back
a character or two where it would break a rule, then wraps the rest again from there; ``install`` makes it
the breaking every Static text of the wizard is wrapped with.
"""

from __future__ import annotations

from rich._wrap import divide_line

NO_LINE_START = frozenset("）」』】〕〉》”’，。、；：！？…‥·)]}!?,.;:%")
NO_LINE_END = frozenset("（「『【〔〈《“‘([{")
# Chinese punctuation that makes a break worth checking (text without it is wrapped as Rich wraps it).
_FIGURE = frozenset("0123456789,.")
_CHECKED = NO_LINE_START | NO_LINE_END | _FIGURE


def line_breaks(text: str, width: int, fold: bool = True) -> list[int]:
    """The offsets in ``text`` to start a new line at, for lines of ``width`` cells."""
    plain = divide_line(text, width, fold)
    if not plain or not _CHECKED.intersection(text):
        return plain
    breaks: list[int] = []
    start = 0
    while True:
        rest = _next_breaks(text, start, width, fold)
        if not rest:
            return breaks
        cut = moved = start + rest[0]
        while moved - 1 > start and _unbreakable(text, moved):
            moved -= 1  # the character before goes down with it: the line before gets shorter, never longer
        if _unbreakable(text, moved):
            moved = cut  # a line of nothing but punctuation or one long figure: Rich's break stands
        breaks.append(moved)
        start = moved


def _next_breaks(text: str, start: int, width: int, fold: bool) -> list[int]:
    """Rich's breaks for ``text[start:]``, of which only the first is used: worked out on a window of the
    next two lines' worth of characters (every character takes at least a cell), so a long text is wrapped
    in time that grows with its length, not with its square."""
    window = text[start:start + 2 * width + 8]
    if len(window) < len(text) - start:
        breaks = divide_line(window, width, fold)
        if breaks:
            return breaks
    return divide_line(text[start:], width, fold)


def _unbreakable(text: str, at: int) -> bool:
    """Whether a line may not start at ``at``."""
    before, after = text[at - 1], text[at]
    in_figure = after in _FIGURE and before in _FIGURE and (after.isdigit() or before.isdigit())
    return after in NO_LINE_START or before in NO_LINE_END or in_figure


def install() -> None:
    """Wrap Textual's content (every Static, Label and panel) with ``line_breaks``."""
    import textual.content

    textual.content.divide_line = line_breaks
