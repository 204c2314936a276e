"""One form field: its label, the Textual widget for its kind, and the message under it.

The row turns what is typed into case JSON with the step module's ``to_json`` and posts ``Edited``; it
holds no case logic of its own.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from lawgen.i18n import translate
from lawgen.regions import UnknownRegion, resolve
from lawgen.wizard.steps import YES_NO, FieldSpec, Kind, to_json, to_widget
from lawgen.wizard.validators import validators_for

CODE_LENGTH = 18  # resident ID (GB 11643) and unified social credit code (GB 32100)


def widget_id(path: str) -> str:
    """``respondents[0].name`` -> ``f-respondents-0-name`` (Textual ids allow letters, digits, - and _)."""
    return "f-" + "".join(c if c.isalnum() or c == "_" else "-" for c in path).replace("--", "-").strip("-")


class FieldRow(Vertical):
    """A labelled input for the case field at ``path``."""

    class Edited(Message):
        def __init__(self, row: FieldRow, value: Any) -> None:
            super().__init__()
            self.row, self.path, self.value = row, row.path, value

    def __init__(self, spec: FieldSpec, path: str, value: Any, lang: str, question: bool = False) -> None:
        super().__init__(id=widget_id(path), classes="field -question" if question else "field")
        self.spec, self.path, self.lang, self.question = spec, path, lang, question
        self._initial = to_widget(spec.kind, value)
        self._message = ""  # what the line under the field says now

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def compose(self) -> ComposeResult:
        spec = self.spec
        label = self.t(spec.label) + (" *" if spec.required else "")
        if spec.kind is Kind.flag:
            yield Checkbox(label, value=bool(self._initial), compact=True)
        elif spec.kind is Kind.long_text:
            yield Label(label, classes="field-label")
            yield TextArea(self._initial, soft_wrap=True, classes="long-text")
        elif self.question:
            with Horizontal(classes="field-line"):
                yield self._input()
                yield Label(label, classes="question-label")
        else:
            with Horizontal(classes="field-line"):
                yield Label(label, classes="field-label")
                yield self._input()
        yield Static("", classes="field-message", markup=False)  # messages quote what was typed

    def _input(self) -> Widget:
        spec = self.spec
        if spec.kind in (Kind.choice, Kind.answer):
            pairs = spec.choices or YES_NO
            options = [(self.t(text), value) for value, text in pairs]
            prompt = self.t("不清楚/未回答") if spec.kind is Kind.answer else self.t("请选择")
            current = self._initial if self._initial in {v for v, _ in pairs} else Select.NULL
            return Select(options, prompt=prompt, value=current, compact=True, classes="field-input")
        return Input(
            self._initial,
            placeholder=self.t(spec.placeholder),
            validators=validators_for(spec.kind, self.lang),
            validate_on=["changed", "blur"],
            max_length=CODE_LENGTH if spec.kind in (Kind.id_number, Kind.credit_code) else 0,
            compact=True,
            classes="field-input",
        )

    def on_mount(self) -> None:
        if self.spec.kind is Kind.region and self._initial:
            self._show_region(self._initial)

    # --- edits ---------------------------------------------------------------------------------------

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        result = event.validation_result
        if result is not None and not result.is_valid:
            self.show_error(result.failure_descriptions[0])
        elif self.spec.kind is Kind.region:
            self._show_region(event.value)
        else:
            self.show_error(None)
        self.post_message(self.Edited(self, to_json(self.spec.kind, event.value)))

    @on(Select.Changed)
    def _chosen(self, event: Select.Changed) -> None:
        event.stop()
        value = None if event.value is Select.NULL else event.value
        self.show_error(None)
        self.post_message(self.Edited(self, to_json(self.spec.kind, value)))

    @on(Checkbox.Changed)
    def _checked(self, event: Checkbox.Changed) -> None:
        event.stop()
        self.post_message(self.Edited(self, to_json(Kind.flag, event.value)))

    @on(TextArea.Changed)
    def _written(self, event: TextArea.Changed) -> None:
        event.stop()
        self.post_message(self.Edited(self, to_json(Kind.long_text, event.text_area.text)))

    # --- messages ------------------------------------------------------------------------------------

    def show_error(self, text: str | None) -> None:
        if (text or "") == self._message:
            return  # unchanged: no relayout on every keystroke
        self._message = text or ""
        message = self.query_one(".field-message", Static)
        message.update(text or "")
        message.set_class(bool(text), "-error", "-shown")
        self.set_class(bool(text), "-invalid")

    def _show_region(self, code: str) -> None:
        message = self.query_one(".field-message", Static)
        try:
            region = resolve(code.strip())
        except UnknownRegion:
            return
        self._message = region.full_name
        message.update(region.full_name)
        message.set_class(False, "-error")
        message.set_class(True, "-shown")
        self.set_class(False, "-invalid")

    def focus_input(self) -> None:
        for widget in self.query("Input, Select, Checkbox, TextArea"):
            widget.focus()
            return
