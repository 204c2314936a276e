"""A long answer typed past the field's width is shown from its start once the volunteer moves on
(volunteer: «证明目的   明劳动关系、工作时间及工资标准» — the field was only scrolled to its end, but read as
text lost)."""

from __future__ import annotations

from textual.app import App, ComposeResult

from lawgen.wizard.widgets.fields import FieldInput
from tests.support.keys import burst
from tests.support.wizard_helpers import async_test

LONG = "证明劳动关系、工作时间及工资标准"  # 16 characters, 32 cells, in a field 20 cells wide


class TwoFields(App):
    CSS = "FieldInput { width: 20; }"

    def compose(self) -> ComposeResult:
        yield FieldInput(id="first", compact=True)
        yield FieldInput(id="second", compact=True)


@async_test
async def test_a_field_left_is_scrolled_back_to_its_first_character() -> None:
    app = TwoFields()
    async with app.run_test(size=(40, 6)) as pilot:
        field = app.query_one("#first", FieldInput)
        await burst(pilot, LONG)
        assert field.value == LONG and field.scroll_x > 0  # typing scrolled it: the end in view
        await burst(pilot, "tab")
        await pilot.pause()
        assert app.focused is app.query_one("#second", FieldInput)
        assert field.scroll_x == 0 and field.value == LONG
