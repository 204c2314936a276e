"""A step's form as a page of the step screen, and the cards of its list items.

A page is composed once per case and kept: moving between steps shows another page, so what was typed, the
focus and the scroll position of every page stay as the volunteer left them. A list item is a card; adding,
removing or changing a claim's kind changes that card alone, never the cards around it. A page with a list
keeps one empty card composed and hidden at its end (the spare, composed with the page and after each add
in an idle moment): adding an item shows it within the key's own handling, so the volunteer never waits
for the fifty widgets of a claim to be composed and styled, and the keys typed right after Ctrl+N land in
the new card, not in the field that had the focus while a card was being composed.
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

    def __init__(self, items: ListSpec, index: int, item: dict[str, Any], lang: str,
                 spare: bool = False) -> None:
        super().__init__(classes="item-card")
        self.items, self.index, self.item, self.lang = items, index, item, lang
        self.spare = spare  # composed ahead, hidden, editing no item until ``bind``
        # Being removed: its widgets go one by one, children first, and an assessment arriving meanwhile
        # must not look for them (it found a helper without its result line and crashed).
        self.removed = False
        # made before mounting: an assessment may arrive while the card is still being composed
        self._amount = Static("", classes="claim-amount") if self.is_claim else None
        # kept by reference: every assessment refreshes them, and a query walks the card's widgets
        self._helper = OvertimeHelper(lang) if self.is_claim else None
        self._offer = WageOffer(lang) if self.is_claim else None
        if spare:
            self.display = False

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
                # after the fields they fill, so Tab from a field reaches the next field as before; in every
                # claim card, hidden but for overtime: a kind is chosen with Tab and typing on its heels, and
                # a helper mounted then took the keys typed into the period (the keys' order, key_order.py,
                # does not wait for a mount)
                yield self._helper
            # Every field of every kind is composed (those of other kinds hidden, not laid out): a Tab
            # pressed right after a kind is chosen must find the kind's fields there, not being composed.
            yield FieldRow(spec, path, self.item.get(spec.key), self.lang, with_id=False)
            if self.is_claim and spec.key == "amount":
                yield self._offer  # taken with Enter in the empty amount field
        if self._amount is not None:
            yield self._amount
        yield Button(translate("删除", self.lang), classes="remove", variant="error", compact=True)

    def on_mount(self) -> None:
        self._title()
        if self.is_claim:
            self.apply_kind(self.item.get("kind"))

    def _title(self) -> None:
        self.border_title = translate(self.items.item_label, self.lang).format(n=self.index + 1)

    def rows(self) -> list[FieldRow]:
        return list(self.walk_children(FieldRow))

    def bind(self, index: int, item: dict[str, Any]) -> None:
        """The spare becomes the card of the new, empty ``item`` at ``index`` and is shown."""
        self.item, self.spare = item, False
        self.renumber(index)
        self.display = True

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
        if self._helper is not None:
            self._helper.display = kind == "overtime"  # hidden, it keeps the schedule typed into it
        if self._offer is not None:
            self._offer.wanted = kind == "unpaid_wages"
        self.refresh_helpers()
        return shown

    def overtime_helper(self) -> OvertimeHelper | None:
        """The card's overtime helper (every claim card has one, shown for an overtime claim)."""
        return self._helper

    @on(Input.Submitted)
    def _take_offer(self, event: Input.Submitted) -> None:
        """Enter in an empty amount field takes the amount the unpaid-wage offer shows."""
        if not self.is_claim or event.value.strip():
            return
        row = next((a for a in event.input.ancestors if isinstance(a, FieldRow)), None)
        if row is not None and row.spec.key == "amount":
            event.stop()
            self._offer.take()

    def refresh_helpers(self) -> None:
        """The claim's period or the wage changed: the helpers recompute what they offer."""
        if self._helper is not None and self._offer is not None and not self.removed:
            self._helper.refresh_result()
            self._offer.refresh_offer()

    def amount_line(self) -> Static:
        assert self._amount is not None, "only a claim has an amount"
        return self._amount


def allowed_claim_keys(kind: str | None) -> set[str]:
    if kind not in ClaimKind.__members__:
        return {"kind"}
    return set(CLAIM_FIELDS[ClaimKind(kind)][0]) | {"kind"}


class StepPage(VerticalScroll):
    """The form of one step."""

    # Not a Tab stop itself: Shift+Tab from the first field landed on the page, which shows no focus (its
    # PgUp/PgDn still scroll it from any field inside).
    can_focus = False

    def __init__(self, step: Step, draft: dict[str, Any], lang: str) -> None:
        super().__init__(id=f"page-{step.id}", classes="page -list" if step.items else "page")
        self.step, self.draft, self.lang = step, draft, lang
        self.shown_verdict: Any = None  # the assessment its amounts and errors show (by identity)
        self._spare: ItemCard | None = None

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
                # index -1: its fields' paths (claims[-1].kind) are none a field of the case has
                self._spare = ItemCard(step.items, -1, {}, self.lang, spare=True)
                yield self._spare
            yield Button(translate(step.items.add_label, self.lang), classes="add-item",
                         id=f"add-{step.items.path}", variant="primary")

    # Walked, not queried: a query matches every widget of the page against a CSS selector, which took
    # 5 ms on a page of three claims, and these are asked for on every update.
    def cards(self) -> list[ItemCard]:
        return [card for card in self.walk_children(ItemCard) if not (card.spare or card.removed)]

    def rows(self) -> list[FieldRow]:
        """The rows shown now (a claim's rows for other kinds are hidden; the spare card has none)."""
        return [row for row in self.walk_children(FieldRow) if row.display and not (
            isinstance(row.parent, ItemCard) and (row.parent.spare or row.parent.removed))]

    async def prepare_spare(self) -> None:
        """Compose the hidden empty card the next add shows (none while one exists or is being made)."""
        if self.step.items is None or self._spare is not None or not self.is_attached:
            return
        card = ItemCard(self.step.items, -1, {}, self.lang, spare=True)
        self._spare = card
        await self.query_one(".items").mount(card)

    @property
    def spare_ready(self) -> bool:
        """A spare exists and every widget of it is mounted (it can take the focus now)."""
        card = self._spare
        return card is not None and card.is_attached and card.is_mounted and all(
            widget.is_mounted for widget in card.walk_children())

    def take_spare(self, index: int, item: dict[str, Any]) -> ItemCard | None:
        """The spare, shown as the card of ``item``; None when there is none ready."""
        card = self._spare
        if card is None or not self.spare_ready:
            return None
        self._spare = None
        card.bind(index, item)
        return card

    async def mount_card(self, card: ItemCard) -> None:
        """A card composed now (no spare was ready): after the other cards, before the spare."""
        box = self.query_one(".items")
        if self._spare is not None and self._spare.is_attached:
            await box.mount(card, before=self._spare)
        else:
            await box.mount(card)

    def first_row(self) -> FieldRow | None:
        rows = self.rows()
        return rows[0] if rows else None
