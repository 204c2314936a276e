"""Command palette (ctrl+p): open a case, new case, generate, language, theme, and the glossary of terms.

Prompts are ``Content``, never ``str``: the palette parses a str as markup, and a case's title quotes the
worker's own text.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from lawgen.i18n import translate
from lawgen.store import RegisterError


class WizardCommands(Provider):
    def _commands(self) -> list[tuple[str, Callable, str]]:
        app = self.app
        lang = app.lang

        def t(text: str) -> str:
            return translate(text, lang)

        commands: list[tuple[str, Callable, str]] = [
            (t("新建案件"), app.new_case, t("从第一步开始填写一个新案件")),
            (t("生成文书"), partial(app.show_step, "review"), t("核对当前案件并生成仲裁文书")),
            (t("切换语言：English"), partial(app.set_language, "en"), "Switch the interface to English"),
            (t("切换语言：中文"), partial(app.set_language, "zh"), "界面切换为中文"),
            (t("切换主题"), app.action_change_theme, t("选择配色主题")),
        ]
        if app.supervising:  # a lawyer neither starts nor opens a case: the supervision screen lists them
            del commands[:2]
        elif app.session is None:
            commands.pop(1)  # nothing to generate yet
        else:
            commands[2:2] = [
                (t("督导意见"), partial(app.show_supervision, "comments"), t("查看或写下对当前案件的意见")),
                (t("导出脱敏案件"), partial(app.show_supervision, "redacted"),
                 t("遮盖身份证号、电话和住址后导出当前案件")),
            ]
        try:
            records = [] if app.supervising else app.store.list()
        except RegisterError:
            records = []  # the register screen says what is wrong
        for record in records:
            if record.damaged:
                continue  # the register lists it by number; there is nothing here to open
            name = record.worker_name or t("（未填姓名）")
            title = t("打开案件：{name} — {respondent}").format(name=name, respondent=record.respondent)
            commands.append((title, partial(app.open_case, record.id), record.updated))
        from lawgen.wizard.glossary import TERMS

        for term in TERMS:  # after the cases: opening a case is what the palette is used for most
            title = t("术语：{term}").format(term=t(term.name))
            commands.append((title, partial(app.show_term, term.name), t(term.meaning)[:40] + "…"))
        return commands

    async def discover(self) -> Hits:
        for text, callback, help_text in self._commands():
            yield DiscoveryHit(Content(text), callback, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, callback, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, highlighted(matcher, text), callback, help=help_text)


def highlighted(matcher, text: str) -> Content:
    """The matched characters styled, as ``Matcher.highlight`` does, without reading ``text`` as markup."""
    content = Content(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        if not text[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
