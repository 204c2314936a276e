"""Where the shipped data folders are: inside the wheel (``lawgen/_data``) or in a source checkout."""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).parent


# Looked up once per process: which of the two holds the data does not change while lawgen runs, and
# every document rendered asks for its template's folder (a stat each time otherwise).
@functools.cache
def resource_dir(name: str) -> Path:
    """``templates``, ``guides`` or ``examples``: the installed copy first, else the checkout's folder."""
    installed = _PACKAGE / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / name
