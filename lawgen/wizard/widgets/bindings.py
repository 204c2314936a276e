"""Footer labels in the UI language: Textual keeps binding descriptions per class, so each screen swaps in
translated copies of its own, always from the msgids it was declared with. Textual's own widgets declare
English descriptions; ``TEXTUAL_TEXTS`` gives each the Chinese msgid it is shown as."""

from __future__ import annotations

import dataclasses

from textual.binding import Binding
from textual.dom import DOMNode

from lawgen.i18n import N_, translate

TEXTUAL_TEXTS = {
    "Dismiss menu": N_("关闭菜单"),
    "palette": N_("命令"),
    "Exit the command palette": N_("关闭命令面板"),
    "Search for commands…": N_("搜索命令、术语或案件……"),
    "No matches found": N_("没有找到"),
    "Select": N_("请选择"),
}


def textual_text(english: str, lang: str) -> str:
    msgid = TEXTUAL_TEXTS.get(english)
    return translate(msgid, lang) if msgid else translate(english, lang)


def translate_bindings(node: DOMNode, lang: str) -> None:
    table = node._bindings.key_to_bindings
    originals: dict[str, list[Binding]] = node.__dict__.setdefault(
        "_lawgen_binding_msgids", {key: list(bindings) for key, bindings in table.items()})
    for key, bindings in originals.items():
        table[key] = [
            dataclasses.replace(b, description=textual_text(b.description, lang)) if b.description else b
            for b in bindings
        ]
