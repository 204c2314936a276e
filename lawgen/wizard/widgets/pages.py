"""A step's form as a page of the step screen, and the cards of its list items.

A page is composed once per case and kept: moving between steps shows another page, so what was typed, the
focus and the scroll position of every page stay as the volunteer left them. A list item is a card; adding,
removing or changing a claim's kind changes that card alone, never the cards around it.
"""

from __future__ import annotations

from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Button, Input, Static

from lawgen.case import CLAIM_FIELDS, ClaimKind
from lawgen.i18n import translate
from lawgen.wizard.draft import get_path
from lawgen.wizard.steps import CLAIM_FIELD_SPECS, CLAIM_KIND_FIELD, ListSpec, Step, claim_fields
from lawgen.wizard.widgets.claim_helpers import OvertimeHelper, WageOffer
from lawgen.wizard.widgets.fields import FieldRow


class ItemCard(Vertical):
    """One respondent, claim or piece of evidence."""

    def __init__(self, items: ListSpec, index: int, item: dict[str, Any], lang: str) -> None:
        super().__init__(classes="item-card")
        self.items, self.index, self.item, self.lang = items, index, item, lang

    @property
    def is_claim(self) -> bool:
        return self.items.path == "claims"

    def base(self) -> str:
        return f"{self.items.path}[{self.index}]"

    def compose(self) -> ComposeResult:
        specs = (CLAIM_KIND_FIELD, *CLAIM_FIELD_SPECS.values()) if self.is_claim else self.items.fields
        for spec in specs:
            path = f"{self.base()}.{spec.key}"
            if self.is_claim and spec.key == "amount":
                # after the fields they fill, so Tab from a field reaches the next field as before
                yield OvertimeHelper(self.lang)
            yield FieldRow(spec, path, self.item.get(spec.key), self.lang, with_id=False)
            if self.is_claim and spec.key == "amount":
                yield WageOffer(self.lang)  # taken with Enter in the empty amount field
        if self.is_claim:
            yield Static("", classes="claim-amount")
        yield Button(translate("删除", self.lang), classes="remove", variant="error", compact=True)

    def on_mount(self) -> None:
        self._title()
        if self.is_claim:
            self.apply_kind(self.item.get("kind"))

    def _title(self) -> None:
        self.border_title = translate(self.items.item_label, self.lang).format(n=self.index + 1)

    def rows(self) -> list[FieldRow]:
        return list(self.query(FieldRow).results(FieldRow))

    def renumber(self, index: int) -> None:
        """An earlier card was removed: this card's fields now edit the item at ``index``."""
        self.index = index
        for row in self.rows():
            row.path = f"{self.base()}.{row.spec.key}"
        self._title()

    def apply_kind(self, kind: str | None) -> list[FieldRow]:
        """Show the fields the claim's kind takes, with its required marks; returns the rows shown. Hidden
        rows keep what was typed in them, so changing the kind back brings it back."""
        specs = {spec.key: spec for spec in claim_fields(kind)}
        shown = []
        for row in self.rows():
            spec = specs.get(row.spec.key)
            row.display = spec is not None
            if spec is not None:
                row.set_spec(spec)
                shown.append(row)
        self.query_one(OvertimeHelper).display = kind == "overtime"
        self.query_one(WageOffer).wanted = kind == "unpaid_wages"
        self.refresh_helpers()
        return shown

    @on(Input.Submitted)
    def _take_offer(self, event: Input.Submitted) -> None:
        """Enter in an empty amount field takes the amount the unpaid-wage offer shows."""
        if not self.is_claim or event.value.strip():
            return
        row = next((a for a in event.input.ancestors if isinstance(a, FieldRow)), None)
        if row is not None and row.spec.key == "amount":
            event.stop()
            self.query_one(WageOffer).take()

    def refresh_helpers(self) -> None:
        """The claim's period or the wage changed: the helpers recompute what they offer."""
        if self.is_claim:
            self.query_one(OvertimeHelper).refresh_result()
            self.query_one(WageOffer).refresh_offer()

    def amount_line(self) -> Static:
        return self.query_one(".claim-amount", Static)


def allowed_claim_keys(kind: str | None) -> set[str]:
    if kind not in ClaimKind.__members__:
        return {"kind"}
    return set(CLAIM_FIELDS[ClaimKind(kind)][0]) | {"kind"}


class StepPage(VerticalScroll):
    """The form of one step."""

    def __init__(self, step: Step, draft: dict[str, Any], lang: str) -> None:
        super().__init__(id=f"page-{step.id}", classes="page")
        self.step, self.draft, self.lang = step, draft, lang

    def compose(self) -> ComposeResult:
        step = self.step
        yield Static(translate(step.intro, self.lang), classes="intro")
        yield Static("", classes="step-errors", markup=False)  # errors may quote the case
        for spec in step.fields:
            yield FieldRow(spec, spec.key, get_path(self.draft, spec.key), self.lang, step.questions)
        if step.items and step.items.path == "claims":
            yield Vertical(classes="suggestions")
        if step.items:
            with Vertical(classes="items"):
                for index, item in enumerate(get_path(self.draft, step.items.path) or []):
                    yield ItemCard(step.items, index, item, self.lang)
            yield Button(translate(step.items.add_label, self.lang), classes="add-item",
                         id=f"add-{step.items.path}", variant="primary")

    def cards(self) -> list[ItemCard]:
        return list(self.query(ItemCard).results(ItemCard))

    def rows(self) -> list[FieldRow]:
        """The rows shown now (a claim's rows for other kinds are hidden)."""
        return [row for row in self.query(FieldRow).results(FieldRow) if row.display]

    def first_row(self) -> FieldRow | None:
        rows = self.rows()
        return rows[0] if rows else None
