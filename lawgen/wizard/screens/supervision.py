"""What a supervising lawyer (督导律师) does in the wizard: read every station's cases, comment on them and
hand a case on with the worker's identifying data masked — never edit a draft.

``SupervisionScreen`` is the lawyer's register (in place of the volunteer's ``RegisterScreen``);
``CommentsScreen`` and ``RedactedExportScreen`` open on one case, from it or from the command palette of a
volunteer's wizard. Comments live in the register beside the case and are audited there (without their
text); erasing the case erases them.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Header, Input, Static

from lawgen.files import make_private_dir, os_error_text, write_bytes_atomic
from lawgen.i18n import N_, translate
from lawgen.store import STATUS_LABELS, CaseRecord, RegisterError
from lawgen.wizard.screens.dialogs import PathScreen
from lawgen.wizard.screens.register import NOT_A_FILE, updated_text
from lawgen.wizard.widgets.bindings import translate_bindings

SUPERVISION_INTRO = N_("督导律师：查看各服务站的案件，写下意见，或导出脱敏的案件文件。")
MAX_COMMENT = 2000  # characters: a paragraph of advice, not a document
NO_COMMENTS = N_("还没有意见。")
COMMENT_SAVED = N_("意见已保存")
REDACTED_EXPLAINED = N_("导出的案件文件中，劳动者的身份证号码全部遮盖，出生日期和民族删去；劳动者、代理人和"
                        "单位的电话只留前三位和后两位；住址只保留到区县；填写在说明文字中的身份证号、电话和"
                        "银行卡号也全部遮盖。其余内容不变，可交给同事复核。")
REDACTED_PREVIEW = N_("遮盖后：身份证号码 {id_number}；电话 {phone}；住址 {address}")


class _Translated:
    """``self.t(text)``: the text in the wizard's language (and a keyword the catalog's extraction reads)."""

    def t(self, text: str) -> str:
        return translate(text, self.app.lang)


def _when(moment: str) -> str:
    """``2026-11-28T09:30:00+00:00`` -> ``2026-11-28 09:30`` in local time."""
    import datetime as dt

    try:
        return dt.datetime.fromisoformat(moment).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return "—"


class CommentsScreen(_Translated, ModalScreen[None]):
    """The comments on one case, oldest first, and a box to add one."""

    BINDINGS = [Binding("escape", "close", N_("关闭"))]

    def __init__(self, record: CaseRecord) -> None:
        super().__init__()
        self.record = record

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.app.lang)
        name = self.record.worker_name or self.t("（未填姓名）")
        with Vertical(classes="dialog preview"):
            yield Static(self.t("督导意见：{name}").format(name=name), classes="question", markup=False)
            with VerticalScroll(id="comments-box"):
                yield Static("", id="comments", markup=False)  # comments are people's own text
            yield Static("", id="comment-error", classes="-error", markup=False)
            yield Input(placeholder=self.t("写下意见，按回车保存"), id="comment", max_length=MAX_COMMENT)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("关闭"), id="close")
                yield Button(self.t("保存意见"), id="add", variant="primary")

    def on_mount(self) -> None:
        self._show()
        self.query_one("#comment", Input).focus()

    def _show(self) -> None:
        try:
            comments = self.app.store.comments(self.record.id)
        except RegisterError as error:
            self._error(error.message.render(self.app.lang))
            return
        lines = [f"{account} · {_when(at)}\n{body}" for account, at, body in comments]
        self.query_one("#comments", Static).update("\n\n".join(lines) or self.t(NO_COMMENTS))

    def _error(self, text: str) -> None:
        self.query_one("#comment-error", Static).update(text)

    @on(Input.Submitted, "#comment")
    @on(Button.Pressed, "#add")
    def _add(self) -> None:
        box = self.query_one("#comment", Input)
        text = box.value.strip()
        if not text:
            return
        try:
            self.app.store.comment(self.record.id, text[:MAX_COMMENT])
        except RegisterError as error:
            self._error(error.message.render(self.app.lang))  # the text stays in the box
            return
        box.value = ""
        self._error("")
        self._show()
        self.notify(self.t(COMMENT_SAVED))

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)


class RedactedExportScreen(_Translated, ModalScreen[None]):
    """What a redacted export masks, the masked values to check, and the export itself: a download in a
    browser, a file on this machine otherwise."""

    BINDINGS = [Binding("escape", "close", N_("关闭"))]

    def __init__(self, record: CaseRecord) -> None:
        super().__init__()
        self.record = record
        self.redacted: dict | None = None

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.app.lang)
        name = self.record.worker_name or self.t("（未填姓名）")
        with Vertical(classes="dialog wide"):
            yield Static(self.t("导出脱敏案件：{name}").format(name=name), classes="question", markup=False)
            yield Static(self.t(REDACTED_EXPLAINED), classes="question")
            yield Static("", id="redacted-preview", classes="question", markup=False)
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.t("关闭"), id="close")
                label = self.t("下载") if self.app.served else self.t("导出")
                yield Button(label, id="export", variant="primary")

    def on_mount(self) -> None:
        preview = self.query_one("#redacted-preview", Static)
        try:
            self.redacted = self.app.store.export(self.record.id, redact=True)
        except RegisterError as error:
            preview.update(error.message.render(self.app.lang))
        else:
            if self.redacted is None:
                preview.update(self.t("这个案件已在另一个窗口中删除。"))
            else:
                worker = self.redacted.get("worker") if isinstance(self.redacted.get("worker"), dict) else {}
                preview.update(self.t(REDACTED_PREVIEW).format(
                    id_number=worker.get("id_number") or "—", phone=worker.get("phone") or "—",
                    address=worker.get("address") or "—"))
        self.query_one("#export", Button).disabled = self.redacted is None
        self.query_one("#close", Button).focus()

    @on(Button.Pressed, "#export")
    def _export(self) -> None:
        if self.redacted is None:
            return
        data = json.dumps(self.redacted, ensure_ascii=False, indent=2) + "\n"
        name = self.t("案件{n}（脱敏）").format(n=self.record.number) + ".json"
        if self.app.served:  # in a browser the file is downloaded, never written on the server
            self.app.deliver_text(io.StringIO(data), save_filename=name, mime_type="application/json")
            return

        def write(path: Path) -> list[str]:
            if path.is_symlink() or (path.exists() and not path.is_file()):
                return [self.t(NOT_A_FILE)]  # a link, a FIFO or a device is never replaced
            try:
                make_private_dir(path.parent)
                write_bytes_atomic(path, data.encode("utf-8"))
            except OSError as error:
                detail = os_error_text(error).render(self.app.lang)
                return [self.t("无法写入：{detail}").format(detail=detail)]
            with contextlib.suppress(RegisterError):  # remembered so that erase removes it
                self.app.store.record_files(self.record.id, [path])
            return []

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(self.t("已导出到 {path}").format(path=path), markup=False)
                self.dismiss(None)

        default = self.app.data_dir / "exports" / name  # never built from the worker's name
        self.app.push_screen(PathScreen(self.t("导出为案件文件（lawgen.case/1）："), str(default), write,
                                        self.app.lang, "导出"), done)

    @on(Button.Pressed, "#close")
    def action_close(self) -> None:
        self.dismiss(None)


class SupervisionScreen(_Translated, Screen):
    """The supervising lawyer's register: every case this account may read, to comment on or export
    redacted. Nothing here changes a draft."""

    BINDINGS = [
        Binding("m", "comments", N_("意见")),
        Binding("enter", "comments", N_("意见"), show=False),
        Binding("r", "redacted", N_("脱敏导出")),
        Binding("slash", "search", N_("搜索")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.records: list[CaseRecord] = []

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.app.lang)
        yield Header()
        yield Static(self.t(SUPERVISION_INTRO), classes="intro")
        yield Static("", id="notice", classes="intro -error", markup=False)
        yield Input(placeholder=self.t("搜索劳动者或单位名称（/）"), id="search", compact=True)
        yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
        yield Static("", id="empty", classes="intro")
        with Horizontal(id="actions"):
            yield Button(self.t("意见"), id="comments", variant="primary")
            yield Button(self.t("脱敏导出"), id="redacted")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#cases", DataTable)
        for label in (N_("劳动者"), N_("被申请人"), N_("更新时间"), N_("状态")):
            table.add_column(self.t(label))
        self.reload()
        table.focus()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        chosen = self.selected.id if self.selected else None  # the cursor stays on its case
        problem = ""
        try:
            self.records = [r for r in self.app.store.list(self.query_one("#search", Input).value)
                            if not r.damaged]
        except RegisterError as error:
            self.records, problem = [], error.message.render(self.app.lang)
        notice = self.query_one("#notice", Static)
        notice.update(problem)
        notice.display = bool(problem)
        table = self.query_one("#cases", DataTable)
        table.clear()
        for record in self.records:
            cells = (record.worker_name or self.t("（未填姓名）"), record.respondent or "—",
                     updated_text(record), self.t(STATUS_LABELS[record.status]))
            table.add_row(*(Text(cell) for cell in cells), key=record.id)  # Text: names are not markup
        ids = [record.id for record in self.records]
        if chosen in ids:
            table.move_cursor(row=ids.index(chosen))
        self.query_one("#empty", Static).update("" if self.records else self.t("没有可查看的案件。"))

    @property
    def selected(self) -> CaseRecord | None:
        table = self.query_one("#cases", DataTable)
        if not self.records or table.cursor_row is None or table.cursor_row >= len(self.records):
            return None
        return self.records[table.cursor_row]

    @on(Input.Changed, "#search")
    def _search(self) -> None:
        self.reload()

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_comments()

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        if event.button.id in ("comments", "redacted"):
            self.run_action(event.button.id)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_comments(self) -> None:
        if self.selected is not None:
            self.app.push_screen(CommentsScreen(self.selected))

    def action_redacted(self) -> None:
        if self.selected is not None:
            self.app.push_screen(RedactedExportScreen(self.selected))
