"""The claims step's suggestion lines: «建议：违法解除赔偿金 — 被单位辞退…  [添加] [不要]»."""

from __future__ import annotations

from textual.containers import Horizontal
from textual.widgets import Button, Label

from lawgen.i18n import Msg, translate
from lawgen.wizard.steps import CLAIM_KINDS
from lawgen.wizard.suggestions import Suggestion

_LABELS = dict(CLAIM_KINDS)


class SuggestionRow(Horizontal):
    def __init__(self, suggestion: Suggestion, lang: str) -> None:
        self.kind = suggestion.kind.value
        super().__init__(
            Button(translate("添加", lang), classes="suggest-accept", variant="success", compact=True),
            Button(translate("不要", lang), classes="suggest-decline", compact=True),
            Label(translate("建议：{claim}（{because}）", lang).format(
                claim=translate(_LABELS[self.kind], lang), because=because(suggestion, lang)),
                classes="suggest-label"),
            classes="suggestion",
        )



def because(suggestion: Suggestion, lang: str) -> str:
    reason = suggestion.because
    if isinstance(reason, Msg):  # its source glossed in English, as the panel's warnings are
        from lawgen.wizard.citations import with_glossed_source

        return with_glossed_source(reason, lang).render(lang)
    return translate(reason, lang)
