"""Text taller than its box says so: «↓ 更多» while there is more below, and it scrolls with the keys.

At 80×24 the F1 help and the F4 answers are longer than the room they have; a scroll bar alone (two cells
at the edge) was not seen, and neither box took the keys."""

from __future__ import annotations

from textual.binding import Binding
from textual.widget import Widget
from textual.widgets import Markdown

from lawgen.i18n import N_, translate

MORE_BELOW = N_("↓ 更多（↑↓ 翻看）")
MORE_F6 = N_("↓ 更多 · F6 翻看")  # on the border of the help, as the panel says «F6 翻看»
SCROLL_KEYS = [
    Binding("up", "scroll_up", show=False),
    Binding("down", "scroll_down", show=False),
    Binding("pageup", "page_up", show=False),
    Binding("pagedown", "page_down", show=False),
    Binding("home", "scroll_home", show=False),
    Binding("end", "scroll_end", show=False),
]


def more_below(widget: Widget) -> bool:
    """Whether part of the widget's content lies below what it shows."""
    return widget.max_scroll_y > 0 and widget.scroll_y < widget.max_scroll_y


def more_text(widget: Widget, lang: str, focused_hint: bool = True) -> str:
    if not more_below(widget):
        return ""
    return translate(MORE_BELOW if focused_hint or widget.has_focus else MORE_F6, lang)


class HelpText(Markdown):
    """The step's help beside the form: F6 gives it the focus, ↑↓ PgUp PgDn scroll it, and its border
    says «↓ 更多» while there is more below."""

    BINDINGS = SCROLL_KEYS
    can_focus = True

    def __init__(self, lang: str, **kwargs) -> None:
        super().__init__("", **kwargs)
        self.lang = lang

    def on_mount(self) -> None:
        self.watch(self, "scroll_y", self.show_more, init=False)
        # the blocks of a new text are mounted after ``update`` returns: its height is known only then
        self.watch(self, "virtual_size", self.show_more, init=False)

    def on_resize(self) -> None:
        self.call_after_refresh(self.show_more)

    def on_focus(self) -> None:
        self.show_more()

    def on_blur(self) -> None:
        self.show_more()

    def shown_text(self, text: str) -> None:
        """Show ``text`` from its top (the help of another field)."""
        self.update(text)
        self.scroll_home(animate=False)
        self.call_after_refresh(self.show_more)

    def show_more(self, *_args) -> None:
        if self.is_attached:
            self.border_subtitle = more_text(self, self.lang, focused_hint=False)
