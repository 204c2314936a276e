"""Line breaking for the wizard's texts by the Chinese rules (禁则, kinsoku): no line starts with a closing
bracket or punctuation, no line ends with an opening bracket, and no figure (27,180.00) is split.

Textual wraps unspaced Chinese by folding at the last character that fits, so «（还有276天）» could leave
«）» alone at the start of a line. ``line_breaks`` takes the breaks Rich would make and moves each one back
a character or two where it would break a rule, then wraps the rest again from there; ``install`` makes it
the breaking every Static text and every text box of the wizard is wrapped with.
"""

from __future__ import annotations

from collections.abc import Callable

from rich._wrap import divide_line

NO_LINE_START = frozenset("）」』】〕〉》”’，。、；：！？…‥·)]}!?,.;:%")
NO_LINE_END = frozenset("（「『【〔〈《“‘([{")
# Chinese punctuation that makes a break worth checking (text without it is wrapped as Rich wraps it).
_FIGURE = frozenset("0123456789,.")
_CHECKED = NO_LINE_START | NO_LINE_END | _FIGURE


def line_breaks(text: str, width: int, fold: bool = True) -> list[int]:
    """The offsets in ``text`` to start a new line at, for lines of ``width`` cells."""
    return kinsoku(text, width, lambda part: divide_line(part, width, fold))


def kinsoku(text: str, width: int, divide: Callable[[str], list[int]]) -> list[int]:
    """The breaks ``divide`` makes in ``text`` (lines of ``width`` cells), each moved back where it would
    break a rule, the rest wrapped again from there."""
    plain = divide(text)
    if not plain or not _CHECKED.intersection(text):
        return plain
    breaks: list[int] = []
    start = 0
    while True:
        rest = _next_breaks(text, start, width, divide)
        if not rest:
            return breaks
        cut = moved = start + rest[0]
        while moved - 1 > start and _unbreakable(text, moved):
            moved -= 1  # the character before goes down with it: the line before gets shorter, never longer
        if _unbreakable(text, moved):
            moved = cut  # a line of nothing but punctuation or one long figure: the plain break stands
        breaks.append(moved)
        start = moved


def _next_breaks(text: str, start: int, width: int, divide: Callable[[str], list[int]]) -> list[int]:
    """The breaks of ``text[start:]``, of which only the first is used: worked out on a window of the
    next two lines' worth of characters (every character takes at least a cell), so a long text is wrapped
    in time that grows with its length, not with its square."""
    window = text[start:start + 2 * width + 8]
    if len(window) < len(text) - start:
        breaks = divide(window)
        if breaks:
            return breaks
    return divide(text[start:])


def _unbreakable(text: str, at: int) -> bool:
    """Whether a line may not start at ``at``."""
    before, after = text[at - 1], text[at]
    in_figure = after in _FIGURE and before in _FIGURE and (after.isdigit() or before.isdigit())
    return after in NO_LINE_START or before in NO_LINE_END or in_figure


def install() -> None:
    """Wrap Textual's content (every Static, Label and panel) with ``line_breaks``, and the text boxes
    (the facts, typed with soft wrapping) by the same rules: their text was wrapped by Textual's own
    folding, which could start a line with «，»."""
    import textual.content
    import textual.document._wrapped_document as wrapped

    textual.content.divide_line = line_breaks
    plain = wrapped.compute_wrap_offsets

    def text_box_breaks(text: str, width: int, tab_size: int, fold: bool = True,
                        precomputed_tab_sections=None) -> list[int]:
        if "\t" in text:  # a tab's width depends on where its line starts: Textual's breaks stand
            return plain(text, width, tab_size, fold, precomputed_tab_sections)
        return kinsoku(text, width, lambda part: plain(part, width, tab_size, fold))

    wrapped.compute_wrap_offsets = text_box_breaks
