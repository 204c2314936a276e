"""User-facing text in Chinese first, English on request.

Message ids are the Chinese texts themselves: filings are always Chinese, so the Chinese must never depend
on a catalog being present. The English catalog (``locale/en/LC_MESSAGES/lawgen.po``, managed with Babel)
translates them; it is read from the .po at run time so no compiled file is ever committed.
"""

from __future__ import annotations

import datetime as dt
import gettext
import os
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from lawgen.text import chinese_date

LANGUAGES = ("zh", "en")
DEFAULT_LANGUAGE = "zh"
LOCALE_DIR = Path(__file__).parent / "locale"
DOMAIN = "lawgen"


def normalize_language(value: str | None) -> str:
    """Map ``zh_CN.UTF-8``, ``en-US`` and the like onto a supported language; default Chinese."""
    if not value:
        return DEFAULT_LANGUAGE
    head = value.replace("-", "_").split("_")[0].split(".")[0].lower()
    return head if head in LANGUAGES else DEFAULT_LANGUAGE


def language_from_environment() -> str:
    """``LAWGEN_LANG`` wins; otherwise Chinese, whatever the system locale (the users are in China)."""
    return normalize_language(os.environ.get("LAWGEN_LANG"))


@cache
def translations(lang: str) -> gettext.NullTranslations:
    if lang == "zh":
        return gettext.NullTranslations()
    po_path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if not po_path.exists():
        return gettext.NullTranslations()
    from babel.messages.pofile import read_po

    with po_path.open("rb") as handle:
        catalog = read_po(handle, locale=lang)
    return _CatalogTranslations(
        {m.id: m.string for m in catalog if m.id and m.string and not m.fuzzy and isinstance(m.id, str)}
    )


class _CatalogTranslations(gettext.NullTranslations):
    def __init__(self, table: dict[str, str]) -> None:
        super().__init__()
        self._table = table

    def gettext(self, message: str) -> str:
        return self._table.get(message, message)


def translate(message: str, lang: str = DEFAULT_LANGUAGE) -> str:
    return translations(normalize_language(lang)).gettext(message)


def N_(message: str) -> str:
    """Mark a string for extraction without translating it yet."""
    return message


@dataclass(frozen=True)
class Msg:
    """A message rendered late, in whichever language the reader wants.

    The assessment keeps its reasons and warnings as ``Msg`` so that the same assessment serves a Chinese
    filing and an English screen. ``params`` are formatted into the translated template.
    """

    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        text = translate(self.template, lang)
        if not self.params:
            return text
        rendered = {k: _render_param(v, lang) for k, v in self.params.items()}
        return text.format(**rendered)

    def __str__(self) -> str:
        return self.render(DEFAULT_LANGUAGE)


@dataclass(frozen=True)
class MsgList:
    """Several messages joined into one parameter, e.g. the terms of a formula."""

    items: tuple[Msg, ...]
    separator: str = "＋"
    en_separator: str = " + "
    empty: str = "0"

    def render(self, lang: str = DEFAULT_LANGUAGE) -> str:
        separator = self.separator if normalize_language(lang) == "zh" else self.en_separator
        return separator.join(item.render(lang) for item in self.items) or self.empty


def _render_param(value: Any, lang: str) -> Any:
    """Messages render in the reader's language; dates as filings write them in Chinese, ISO in English."""
    if isinstance(value, Msg | MsgList):
        return value.render(lang)
    if isinstance(value, dt.date):
        return chinese_date(value) if normalize_language(lang) == "zh" else value.isoformat()
    return value


def msg(template: str, **params: Any) -> Msg:
    return Msg(template, params)
