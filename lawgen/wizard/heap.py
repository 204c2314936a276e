"""The wizard's widgets and Python's cyclic garbage collector.

An open case keeps a page per step and a spare card per list composed: a few thousand widgets, each a web
of objects that refer to each other. A full collection walks all of them and stalls the UI thread for
100–400 ms at whatever key happens to trigger it (measured with ``benchmarks/bench_wizard.py``). What is
composed lives as long as the case is open, so once the wizard is idle it is moved out of the collector's
reach (``gc.freeze``); closing the case gives it back, and the screens and cards left behind are collected.

Opening a case composes its first page: a few thousand new objects, which set off full collections of
everything the app holds (up to three of them while the claims page was composed, about a second on a
busy machine). The collector waits while the first page is composed (``composing``) and runs again once
it is on screen (``composed``).
"""

from __future__ import annotations

import gc


def composing() -> None:
    """A case opens: no collection until its first page is on screen (``composed``)."""
    gc.disable()


def composed() -> None:
    """The case's first page is on screen (or the case failed to open): the collector runs again."""
    gc.enable()


def keep_composed() -> None:
    """Everything composed by now stays until the case closes: the collector no longer walks it. The young
    garbage is collected first (cheap), so that little is kept that is already garbage."""
    gc.enable()
    gc.collect(1)
    gc.freeze()


def release_composed() -> None:
    """The case is closed: what was kept may be collected again."""
    gc.unfreeze()
