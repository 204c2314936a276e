"""Widgets styled once, when they are mounted.

Textual matches its stylesheet against a widget (and everything inside it) whenever one of its classes
changes, and applies the stylesheet to every widget as it is mounted. Two of those restyles are waste when
a case is opened, together about half of composing its first page:

- a widget being built (a compact input, a button's variant, a choice box that has a value) changes its
  own classes before it is in the screen: each change restyled it and its parts, and its mount styles it
  again with the classes it has by then;
- a screen just composed is restyled as a whole when it becomes the current one (``ScreenResume``): its five
  hundred widgets were styled at their mount a moment before.

``install`` skips those two: a widget outside the screen's tree is styled when it is mounted, and a screen's
first resume keeps the styles its widgets were mounted with. A screen shown again later (the register
after a case is closed) is restyled as Textual does.
"""

from __future__ import annotations

from textual import events
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widget import Widget

_update_node_styles = DOMNode.update_node_styles
_resume = Screen._on_screen_resume


def _update_mounted_node_styles(self: DOMNode, animate: bool = True) -> None:
    if isinstance(self, Widget) and self._parent is None:
        return  # not in a screen yet (or no longer): its mount applies the stylesheet to it
    _update_node_styles(self, animate)


def _on_screen_resume(self: Screen, event: events.ScreenResume) -> None:
    if not self.__dict__.get("_lawgen_resumed"):
        self.__dict__["_lawgen_resumed"] = True
        event.refresh_styles = False  # styled at its mount, a moment ago
    _resume(self, event)


def install() -> None:
    DOMNode.update_node_styles = _update_mounted_node_styles
    Screen._on_screen_resume = _on_screen_resume
