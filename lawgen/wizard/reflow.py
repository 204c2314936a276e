"""One full layout per screen update, not two.

Textual's compositor keeps a map of every widget's place. Scrolling lays out only what is on screen and
marks the full map stale; the next full layout (``reflow``, after an add or a choice) computes a fresh full
map but leaves the mark, so the first widget asking for its region afterwards lays out the whole screen a
second time (10–20 ms of the UI thread on the claims page after any scroll). ``install`` clears the mark
when a full layout has just made the map.
"""

from __future__ import annotations

from textual._compositor import Compositor

_reflow = Compositor.reflow


def _reflow_fresh(self: Compositor, parent, size):
    result = _reflow(self, parent, size)
    self._full_map_invalidated = False  # the map reflow just made covers every widget
    return result


def install() -> None:
    Compositor.reflow = _reflow_fresh
