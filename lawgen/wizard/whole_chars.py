"""Wide characters drawn whole where widgets overlap.

Textual's compositor cuts every screen line at the edges of every widget on it and fills each piece from
the topmost widget there. A widget drawn over others (an open choice list over the buttons beside it) was
cut at the edges of the widgets *beneath* it too, and a Chinese character lying across such an edge came
out as two blanks: «截图打印» read «  图打印». ``install`` makes the compositor cut a widget's line only
where another widget takes over: the pieces one widget fills side by side stay one piece.
"""

from __future__ import annotations

from typing import cast

from textual._compositor import Compositor
from textual.strip import Strip

_EMPTY = Strip([], 0)


def _render_chops(self: Compositor, crop, is_rendered_line):
    """Compositor._render_chops (Textual 8), dividing each widget's strip only between runs of pieces it
    fills; the other pieces of a run are filled with an empty strip (so nothing beneath is drawn there)."""
    cuts = self.cuts
    chops = [dict.fromkeys(cut_set[:-1]) for cut_set in cuts]
    intersection = type(crop).intersection
    for region, clip, strips in self._get_renders(crop):
        render_region = intersection(region, clip)
        render_x = render_region.x
        first_cut, last_cut = render_region.column_span
        for y, strip in zip(render_region.line_range, strips, strict=False):
            if not is_rendered_line(y):
                continue
            chops_line = chops[y]
            final_cuts = [cut for cut in cuts[y] if last_cut >= cut >= first_cut]
            free = [chops_line.get(cut) is None for cut in final_cuts[:-1]]
            # divide only where this strip's pieces change from filled elsewhere to free or back
            edges = [cut for index, cut in enumerate(final_cuts[1:-1], start=1)
                     if free[index] != free[index - 1]]
            pieces = iter(strip.divide([cut - render_x for cut in (*edges, final_cuts[-1])]))
            piece = next(pieces, _EMPTY)
            for index, cut in enumerate(final_cuts[:-1]):
                if index and free[index] != free[index - 1]:
                    piece = next(pieces, _EMPTY)
                    first_of_run = True
                else:
                    first_of_run = index == 0
                if free[index]:
                    chops_line[cut] = piece if first_of_run else _EMPTY
    return cast("list", chops)


def install() -> None:
    Compositor._render_chops = _render_chops
