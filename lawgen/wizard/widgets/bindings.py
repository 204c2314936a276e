"""Footer labels in the UI language: Textual keeps binding descriptions per class, so each screen swaps in
translated copies of its own, always from the Chinese msgids it was declared with."""

from __future__ import annotations

import dataclasses

from textual.binding import Binding
from textual.dom import DOMNode

from lawgen.i18n import translate


def translate_bindings(node: DOMNode, lang: str) -> None:
    table = node._bindings.key_to_bindings
    originals: dict[str, list[Binding]] = node.__dict__.setdefault(
        "_lawgen_binding_msgids", {key: list(bindings) for key, bindings in table.items()})
    for key, bindings in originals.items():
        table[key] = [
            dataclasses.replace(b, description=translate(b.description, lang)) if b.description else b
            for b in bindings
        ]
