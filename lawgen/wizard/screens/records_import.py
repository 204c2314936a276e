"""Importing order records in the claims step: a file, a preview of its first rows and the column mapping,
the hours it gives, and — when the volunteer takes them — the overtime claim filled in from it.

Self-contained: the step screen mixes in ``RecordsImport`` and lists ``IMPORT_BINDING`` (ctrl+o); nothing
else in the wizard knows about records. The draft gains ``records`` (the file and its mapping, saved with the
case), the overtime claim's hours and period, the annex in the evidence list and one sentence in the facts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, DataTable, Input, Label, Static

from lawgen.i18n import N_, Msg, translate
from lawgen.wizard.widgets.bindings import translate_bindings
from lawgen.wizard.widgets.fields import Tick  # an unticked box that looks empty

# In the footer of the claims step only (the step screen's check_action).
IMPORT_BINDING = Binding("ctrl+o", "import_records", N_("导入"))
PREVIEW_ROWS = 8
LISTED_PROBLEMS = 20


def apply_to_draft(draft: dict[str, Any], path: Path, summary, skip_bad_rows: bool) -> None:
    """The draft completed by the records: the volunteer's own hours in another overtime claim stay."""
    from lawgen.records.attach import ANNEX_TITLE, RECORDS_TITLE, annex_evidence, facts_with_totals

    draft["records"] = {"file": str(path), "mapping": summary.mapping,
                        **({"skip_bad_rows": True} if skip_bad_rows else {})}
    proposed = summary.proposed_claim()
    claims = draft.setdefault("claims", [])
    overtime = next((c for c in claims if isinstance(c, dict) and c.get("kind") == "overtime"), None)
    if overtime is None:
        overtime = {"kind": "overtime"}
        claims.append(overtime)
    overtime.update({k: v for k, v in proposed.items() if k != "kind"})
    evidence = draft.setdefault("evidence", [])
    ours = (ANNEX_TITLE, RECORDS_TITLE)
    evidence[:] = [e for e in evidence if not (isinstance(e, dict) and e.get("name") in ours)]
    evidence += annex_evidence(summary)
    facts = facts_with_totals(draft.get("facts"), summary)
    if facts:
        draft["facts"] = facts


class RecordsImportScreen(ModalScreen[bool]):
    BINDINGS = [Binding("escape", "cancel", N_("取消"))]

    def __init__(self, draft: dict[str, Any], lang: str) -> None:
        super().__init__()
        self.draft, self.lang = draft, lang
        self.summary = None
        self.path: Path | None = None

    def t(self, text: str, **params) -> str:
        return Msg(text, params).render(self.lang) if params else translate(text, self.lang)

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        records = self.draft.get("records") or {}
        with Vertical(classes="dialog preview", id="records-import"):
            yield Label(self.t("导入平台订单记录（CSV 或 .xlsx）"), classes="question")
            yield Input(str(records.get("file", "")), id="records-path",
                        placeholder=self.t("订单记录文件的位置"))
            yield Tick(self.t("有误的行不计入，只计算其余的行"), id="skip-bad-rows")
            with _ResultArea(id="records-result"):
                yield Static("", id="records-message")
                yield _Preview(id="records-preview", show_cursor=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("取消"), id="cancel")
                if not self.app.served:  # a file on this machine: of no use to a browser's volunteer
                    yield Button(self.t("保存空白模板"), id="save-template")
                yield Button(self.t("读取"), id="read")
                yield Button(self.t("采用这些时数"), id="apply", variant="primary", disabled=True)

    @on(Input.Submitted)
    @on(Button.Pressed, "#read")
    def _read(self) -> None:
        from lawgen.records import RecordsError
        from lawgen.records.summary import RowsRejected, Settings, summarise_file

        text = self.query_one("#records-path", Input).value.strip()
        if not text:
            return
        self.path = Path(text).expanduser().resolve()
        skip = self.query_one("#skip-bad-rows", Checkbox).value
        mapping = (self.draft.get("records") or {}).get("mapping") or {}
        message = self.query_one("#records-message", Static)
        apply = self.query_one("#apply", Button)
        self.summary, apply.disabled = None, True
        self.query_one("#records-preview", DataTable).clear(columns=True)
        try:
            summary = summarise_file(self.path, Settings(mapping=dict(mapping), skip_bad_rows=skip),
                                     region=self._region())
        except RowsRejected as error:
            lines = [error.message.render(self.lang)]
            lines += [p.render(self.lang) for p in error.problems[:LISTED_PROBLEMS]]
            if error.remedy is not None:  # agreeing is the tick box above
                lines.append(self.t("如同意只计算无误的行，请勾选“有误的行不计入，只计算其余的行”后再读取"))
            message.update("\n".join(lines))
            return
        except RecordsError as error:
            message.update(error.message.render(self.lang))
            return
        except Exception as error:  # never a traceback on the volunteer's screen
            message.update(self.t("无法读取订单记录：{kind}", kind=type(error).__name__))
            return
        self.summary, apply.disabled = summary, False
        message.update("\n".join(self._summary_lines(summary)))
        self._preview(summary)

    def _region(self):
        from lawgen.regions import UnknownRegion, resolve

        try:
            return resolve(str(self.draft.get("region") or ""))
        except (UnknownRegion, ValueError):
            return None

    def _summary_lines(self, summary) -> list[str]:
        from lawgen.records.summary import PROPOSED_HOURS

        overtime = summary.overtime
        lines = [
            self.t("读取{rows}行，计入{orders}单；{first}至{last}，工作{days}天", rows=summary.rows_read,
                   orders=summary.orders, first=summary.first_day, last=summary.last_day,
                   days=len(summary.days)),
            self.t("列：{columns}", columns="、".join(f"{translate(_label(f), self.lang)}={h}"
                                                       for f, h in summary.mapping.items())),
            self.t(PROPOSED_HOURS, a=overtime.weekday, b=overtime.rest_day, c=overtime.holiday),
        ]
        lines += [n.render(self.lang) for n in summary.notices]
        lines += [p.render(self.lang) for p in summary.problems[:LISTED_PROBLEMS]]
        return lines

    def _preview(self, summary) -> None:
        """The first rows as lawgen read them, so a wrong column shows at once."""
        from lawgen.records.reader import open_table

        table = self.query_one("#records-preview", DataTable)
        mapping = summary.mapping
        table.add_columns(self.t("行"), *(translate(_label(f), self.lang) for f in mapping))
        opened = open_table(self.path, mapping, summary.sheet)
        try:
            for count, (number, cells) in enumerate(opened.rows):
                if count >= PREVIEW_ROWS:
                    break
                columns = opened.mapping.columns
                table.add_row(str(number), *(str(_cell(cells, columns.get(f))) for f in mapping))
        finally:
            opened.close()

    @on(Button.Pressed, "#save-template")
    def _save_template(self) -> None:
        """For orders the platform gives only as screenshots or a PDF: a blank template beside the packets,
        its place typed in above, so that once the orders are copied in 读取 reads it."""
        from lawgen.files import os_error_text
        from lawgen.records.template import save_blank_template
        from lawgen.wizard.packet_folder import remembered_parent

        message = self.query_one("#records-message", Static)
        try:
            path = save_blank_template(remembered_parent(self.app.data_dir))
        except OSError as error:
            message.update(self.t("无法保存模板：{detail}", detail=os_error_text(error)))
            return
        self.query_one("#records-path", Input).value = str(path)
        message.update(self.t("空白的订单记录模板已保存：{path}。每行抄录一单，"
                              "时间写成 2026-03-02 10:05 这样；保存后按“读取”。", path=str(path)))

    @on(Button.Pressed, "#apply")
    def _apply(self) -> None:
        if self.summary is None or self.path is None:
            return
        apply_to_draft(self.draft, self.path, self.summary, self.query_one("#skip-bad-rows", Checkbox).value)
        self.dismiss(True)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(False)


class _ResultArea(VerticalScroll):
    """A Tab stop only while it has more to show than fits: an empty one stopped Tab on the way from the
    file's place to the buttons, unseen (volunteer: «my first Enter did nothing»)."""

    def allow_focus(self) -> bool:
        return self.max_scroll_y > 0


class _Preview(DataTable):
    """A Tab stop only with rows to look through."""

    def allow_focus(self) -> bool:
        return self.row_count > 0


def _label(field: str) -> str:
    from lawgen.records.mapping import FIELD_LABELS

    return FIELD_LABELS[field]


def _cell(cells: list[object], index: int | None) -> object:
    if index is None or index >= len(cells) or cells[index] is None:
        return ""
    return cells[index]


class RecordsImport:
    """Mixed into the step screen: ctrl+o in the claims step opens the import."""

    def action_import_records(self) -> None:
        if self.step.id != "claims":
            self.notify(translate("请在“请求事项”一步导入订单记录", self.lang))
            return

        async def imported(done: bool | None) -> None:
            if done:
                await self._rebuild_items()
                self.app.draft_changed()

        self.app.push_screen(RecordsImportScreen(self.draft, self.lang), imported)
