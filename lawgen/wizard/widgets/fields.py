"""One form field: its label, the Textual widget for its kind, and the message under it.

The row turns what is typed into case JSON with the step module's ``to_json`` and posts ``Edited``; it
holds no case logic of its own. ``path`` is the case path the row edits; rows of a list item change it when
an earlier item is removed, so a row is found by its path, not by a widget id.

A row is flat: a two-column grid (label | input) holding its label, its input and the message line, no
container between them. The claims page shows about a hundred widgets and every layout, restyle and
screen update walks them, so each container less per field is time the volunteer does not wait (issue 12,
``benchmarks/bench_wizard.py``). The row keeps its parts by reference instead of querying for them.
"""

from __future__ import annotations

from typing import Any

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.geometry import Size
from textual.message import Message
from textual.reactive import Reactive
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, OptionList, Select, Static, TextArea
from textual.widgets._select import SelectOverlay
from textual.widgets.option_list import Option

from lawgen.i18n import translate
from lawgen.regions import Region, UnknownRegion, resolve, search
from lawgen.wizard.steps import YES_NO, FieldSpec, Kind, to_json, to_widget
from lawgen.wizard.validators import message_for, validators_for

CODE_LENGTH = 18  # resident ID (GB 11643) and unified social credit code (GB 32100)


def widget_id(path: str) -> str:
    """``respondents[0].name`` -> ``f-respondents-0-name`` (Textual ids allow letters, digits, - and _)."""
    return "f-" + "".join(c if c.isalnum() or c == "_" else "-" for c in path).replace("--", "-").strip("-")


class Tick(Checkbox):
    """A check box that looks empty when it is not ticked (Textual's dims an X, which reads as ticked)."""

    @property
    def BUTTON_INNER(self) -> str:  # noqa: N802 - Textual's name
        return "✓" if self.value else " "


class LongText(TextArea):
    """A text area drawn anew when its width changes. Textual rewraps it on a resize but did not repaint
    it: when the page grew a scroll bar (a card added below), the terminal kept the lines wrapped for the
    old width, cut at the new one — a character lost at the end of each full line (the text was whole)."""

    def _on_resize(self) -> None:
        super()._on_resize()
        self.refresh()


class FieldInput(Input):
    """Textual's Input, without a layout of the whole screen at every keystroke.

    An Input sets its virtual size to the width of its text whenever the text changes, and a widget's
    virtual size is declared as needing a layout: each character typed re-laid out every widget of the
    page (40–70 ms of CPU on the claims page). An input's virtual size moves nothing around it, only how
    far it scrolls within itself, which a repaint shows."""

    virtual_size = Reactive(Size(0, 0), layout=False)

    def _on_blur(self, event: events.Blur) -> None:
        super()._on_blur(event)
        # Left scrolled to its end, a long answer showed «明劳动关系、工作时间…» from its middle: the first
        # characters looked lost (volunteer). Shown from its start once the volunteer moves on.
        self.scroll_to(0, animate=False, immediate=True)


class RowText(Static):
    """A line across a row's grid (a field's note or message, the overtime helper's title and result).

    Textual sizes an auto grid row by each cell the widget covers, the 22-cell label column too, so a text
    spanning both columns was made as tall as it would wrap in the narrow one; it wraps across the row."""

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        across = container.width - self.styles.gutter.width  # the row's width less the text's own padding
        return super().get_content_height(container, viewport, max(width, across))


EXTRA_KEYS = ("a", "b")  # the 10th and 11th choice of a long list
FOOTER_ROWS = 1
LIST_ROWS_MIN = 8  # a list's border and six choices
LIST_BORDER_ROWS = 2  # an open list's top and bottom border


def choice_hint(count: int, lang: str) -> str:
    """The prompt of a choice box, naming exactly the keys it takes: «请选择（可按 1–9、a、b）»."""
    keys = [f"1–{min(count, 9)}", *EXTRA_KEYS[: max(0, count - 9)]]
    return translate("请选择（可按 {keys}）", lang).format(keys=("、" if lang == "zh" else ", ").join(keys))


def option_key(number: int) -> str:
    """The key of a list's ``number``-th option (from 1): 1–9, then a and b."""
    return str(number) if number <= 9 else EXTRA_KEYS[number - 10]


def number_options(overlay) -> None:
    """An open choice list shows each option's key before it, «1 拖欠工资»; the blank first line (the
    prompt) stays as it is."""
    from rich.text import Text

    for index, option in enumerate(overlay.options):
        if index == 0 or index > 9 + len(EXTRA_KEYS):
            continue  # the prompt line (blank allowed), or past the keys there are
        prompt = option.prompt
        label = prompt.copy() if isinstance(prompt, Text) else Text(str(prompt))
        overlay.replace_option_prompt_at_index(index, Text.assemble((f"{option_key(index)} ", "bold"), label))


class FieldRow(Widget):
    """A labelled input for the case field at ``path``."""

    # One key answers a question or picks a choice while its box is closed: y / n (0: not known), or the
    # option's number. Inputs take these keys as text first, so typing is never intercepted.
    BINDINGS = [
        Binding("down", "pick", show=False),
        *(Binding(str(n), f"choose({n})", show=False) for n in range(10)),
        Binding("y,Y", "choose(1)", show=False),
        Binding("n,N", "choose(2)", show=False),
        # a list longer than nine (the eleven claim kinds): its 10th and 11th by a and b, as its hint says
        *(Binding(letter, f"choose({10 + n})", show=False) for n, letter in enumerate(EXTRA_KEYS)),
    ]

    class Edited(Message):
        def __init__(self, row: FieldRow, value: Any) -> None:
            super().__init__()
            self.row, self.path, self.value = row, row.path, value

    def __init__(self, spec: FieldSpec, path: str, value: Any, lang: str, question: bool = False,
                 with_id: bool = True) -> None:
        kind_class = " -long" if spec.kind is Kind.long_text else ""  # its text box keeps its own height
        super().__init__(id=widget_id(path) if with_id else None,
                         classes=("field -question" if question else "field") + kind_class)
        self.spec, self.path, self.lang, self.question = spec, path, lang, question
        self._initial = to_widget(spec.kind, value)
        self._message = ""  # what the line under the field says now
        self._regions: list[Region] = []  # the places matching a typed name, for the picker
        self._label: Label | None = None  # None for a check box: it carries its own label
        self.control: Widget = self._control()
        self._message_line = RowText("", classes="field-message", markup=False)  # may quote what was typed
        self._picker = OptionList(classes="region-picker") if spec.kind is Kind.region else None

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def label_text(self) -> str:
        return self.t(self.spec.label) + (" *" if self.spec.required else "")

    def compose(self) -> ComposeResult:
        spec = self.spec
        if spec.kind is not Kind.flag:
            wide = " -wide" if spec.kind is Kind.long_text else ""  # the label above a text box, not beside
            question = " question-label" if self.question else ""
            self._label = Label(self.label_text(), classes=f"field-label{question}{wide}")
        if self.question:
            yield self.control  # a question's answer box first, the question after it
            yield self._label
        else:
            if self._label is not None:
                yield self._label
            yield self.control
        if self._picker is not None:
            yield self._picker
        if spec.note:
            yield RowText(self.t(spec.note), classes="field-note", markup=False)
        yield self._message_line

    def _control(self) -> Widget:
        spec = self.spec
        if spec.kind is Kind.flag:
            return Tick(self.label_text(), value=bool(self._initial), compact=True)
        if spec.kind is Kind.long_text:
            return LongText(self._initial, soft_wrap=True, classes="long-text")
        if spec.kind in (Kind.choice, Kind.answer):
            pairs = spec.choices or YES_NO
            options = [(self.t(text), value) for value, text in pairs]
            # unanswered, which is also what «not known» (0) leaves: worded so it never reads as an answer
            if spec.kind is Kind.answer and not spec.choices:
                prompt = self.t("未答（Y/N）")
            elif spec.kind is Kind.answer:
                prompt = self.t("未答（按 1 或 2）")
            else:
                prompt = choice_hint(len(pairs), self.lang)
            current = self._initial if self._initial in {v for v, _ in pairs} else Select.NULL
            # no type-to-search: its list would take the number keys (the open list chooses by them too)
            return Select(options, prompt=prompt, value=current, compact=True, type_to_search=False,
                          classes="field-input")
        return FieldInput(
            self._initial,
            placeholder=self.t(spec.placeholder),
            validators=validators_for(spec.kind, self.lang),
            validate_on=["changed", "blur"],
            max_length=CODE_LENGTH + 4 if spec.kind in (Kind.id_number, Kind.credit_code) else 0,
            compact=True,
            select_on_focus=False,
            classes="field-input",
        )

    def on_mount(self) -> None:
        from lawgen.wizard.widgets.bindings import translate_bindings

        control = self.control
        if isinstance(control, Select):
            overlay = control.query_one(SelectOverlay)
            translate_bindings(overlay, self.lang)  # its footer key: "esc 关闭菜单", not "Dismiss menu"
            # each choice on one line, however narrow the box it drops from
            pairs = self.spec.choices or YES_NO
            overlay.styles.min_width = min(44, max(cell_len(self.t(text)) for _, text in pairs) + 8)
            number_options(overlay)  # the keys that choose them, as when the box is closed
            self.watch(control, "expanded", self._list_opened, init=False)
        if self.spec.kind is Kind.region and self._initial:
            self._show_region(self._initial)

    # The label is reversed while its field has the focus. A class on the label alone, not a
    # ``:focus-within`` rule: with one, Textual restyles every widget of the row at each focus move.
    def on_descendant_focus(self) -> None:
        if self._label is not None:
            self._label.set_class(True, "-focus")

    def on_descendant_blur(self) -> None:
        if self._label is not None:
            self._label.set_class(False, "-focus")

    def set_spec(self, spec: FieldSpec) -> None:
        """A claim's kind changes which of its fields are required and how the amount is labelled."""
        if spec == self.spec:
            return
        self.spec = spec
        if self._label is not None:
            self._label.update(self.label_text())
        if isinstance(self.control, Tick):
            self.control.label = self.label_text()

    @property
    def value(self) -> Any:
        """The case JSON the widget holds now."""
        widget = self.control
        if isinstance(widget, Select):
            return to_json(self.spec.kind, None if widget.value is Select.NULL else widget.value)
        if isinstance(widget, Checkbox):
            return to_json(Kind.flag, widget.value)
        if isinstance(widget, TextArea):
            return to_json(Kind.long_text, widget.text)
        if isinstance(widget, Input):
            return self._region_value(widget.value) if self.spec.kind is Kind.region else to_json(
                self.spec.kind, widget.value)
        return None

    def typed_error(self) -> str | None:
        """What is wrong with the text typed, whatever the rest of the case says (None: nothing)."""
        field = self.control
        if isinstance(field, Input):
            text = field.value
            if not text.strip():
                return None
            if self.spec.kind is Kind.region:
                found = len(self._matches(text)) == 1
                return None if found else message_for("region_unknown", text, self.lang)
            result = field.validate(text)
            if result is not None and not result.is_valid:
                return result.failure_descriptions[0]
        return None

    # --- edits ---------------------------------------------------------------------------------------

    @on(Input.Changed)
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        if self.spec.kind is Kind.region:
            self._show_region(event.value)
            self.post_message(self.Edited(self, self._region_value(event.value)))
            return
        result = event.validation_result
        if result is not None and not result.is_valid:
            self.show_error(result.failure_descriptions[0])
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

    # --- the work place: a district by name or by code ------------------------------------------------

    def _matches(self, text: str) -> list[Region]:
        text = text.strip()
        if text.isdigit():
            try:
                return [resolve(text)]
            except UnknownRegion:
                return []
        found = search(text)
        exact = [r for r in found if r.name == text]
        return exact if len(exact) == 1 else found

    def _region_value(self, text: str) -> str | None:
        """The code of the one place the text names; the text itself while it names none or several (the
        case model then says so)."""
        if not text.strip():
            return None
        matches = self._matches(text)
        return matches[0].code if len(matches) == 1 else text.strip()

    def _show_region(self, text: str) -> None:
        picker = self._picker
        assert picker is not None, "only a work place has a picker"
        matches = self._matches(text) if text.strip() else []
        self._regions = matches if len(matches) > 1 else []
        picker.clear_options()
        picker.add_options([Option(f"{r.full_name}（{r.code}）") for r in self._regions])
        picker.set_class(bool(self._regions), "-shown")
        if len(matches) == 1:
            self._set_message(f"{matches[0].full_name}（{matches[0].code}）", error=False)
        elif self._regions:
            self._set_message(self.t("有{n}个地方，按↓选择").format(n=len(self._regions)), error=False)
        elif text.strip():
            self._set_message(message_for("region_unknown", text, self.lang), error=True)
        else:
            self._set_message("", error=False)

    def action_choose(self, number: int) -> None:
        """The ``number``-th option (0: back to not answered) of a choice box, closed or open (the open list
        shows each option's key; choosing closes it and the box keeps the focus)."""
        select = self.control
        if isinstance(select, Select):
            pairs = self.spec.choices or YES_NO
            if number == 0:
                select.clear()
            elif number <= len(pairs):
                select.value = pairs[number - 1][0]
            else:
                return
            if select.expanded:
                select.expanded = False
                select.focus(scroll_visible=False)
            # Applied now, inside the key's own handling: a Tab pressed right after finds the fields the
            # choice shows (a claim's period) instead of racing the Changed message.
            apply = getattr(self.screen, "apply_edit", None)
            if apply is not None:
                apply(self, to_json(self.spec.kind, None if number == 0 else pairs[number - 1][0]))

    def _list_opened(self, expanded: bool) -> None:
        """A long list shows every choice and stops above the footer, so at 80×24 it never covers the keys:
        with too little room below its box, the page first brings the box up, and where the page cannot
        (the last field), the list opens upward, over the box and what is above it."""

        if expanded and len(self.spec.choices) > 6:
            self.call_after_refresh(self._fit_list)  # where the box is once the page is laid out

    def _fit_list(self, scrolled: bool = False) -> None:
        page = next((a for a in self.ancestors if a.__class__.__name__ == "StepPage"), None)
        select = self.control
        overlay = select.query_one(SelectOverlay)
        wanted = overlay.option_count + LIST_BORDER_ROWS  # every choice (the volunteer saw 1–5 of 12)
        room = self.screen.size.height - FOOTER_ROWS - select.region.bottom
        if room < wanted and page is not None and not scrolled:
            page.scroll_to_widget(self, top=True, animate=False)
            self.call_after_refresh(self._fit_list, True)
            return
        height = max(LIST_ROWS_MIN, min(wanted, self.screen.size.height - FOOTER_ROWS))
        overlay.styles.max_height = height
        overlay.styles.offset = (0, -max(0, height - room))  # upward by what does not fit below

    def action_pick(self) -> None:
        if self._regions and self._picker is not None:
            picker = self._picker
            picker.highlighted = 0  # ↓ into the list lands on its first place; ↓ again moves on
            picker.focus()

    @on(OptionList.OptionSelected, ".region-picker")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        region = self._regions[event.option_index]
        field = self.control
        assert isinstance(field, Input)
        field.value = region.full_name  # names just this place: Changed resolves it
        field.focus()
        field.cursor_position = len(field.value)

    # --- messages ------------------------------------------------------------------------------------

    def _set_message(self, text: str, error: bool) -> None:
        self._message = text
        message = self._message_line
        message.update(text)
        message.set_class(error, "-error")
        message.set_class(bool(text), "-shown")
        self.set_class(error, "-invalid")

    def show_error(self, text: str | None) -> None:
        if (text or "") == self._message:
            return  # unchanged: no relayout on every keystroke
        if self.spec.kind is Kind.region and not text:
            self._show_region(self.control.value)
            return
        self._set_message(text or "", error=bool(text))

    def focus_input(self, scroll_visible: bool = True) -> None:
        self.control.focus(scroll_visible=scroll_visible)
