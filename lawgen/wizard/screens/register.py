"""The opening screen: the case register, with search, and what can be done to a case.

Cases are listed by urgency: their stage and next deadline with the days left (red within 30 days), the
nearest first (lawgen.wizard.urgency); a stage is recorded in one step (r), and the case's deadlines are
exported as a calendar for the worker's phone (k).

A damaged row is listed by its number only (nothing of its content is shown) and can be deleted or erased,
not opened; a register rebuilt from a damaged file says so above the list.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from pathlib import Path

from rich.cells import cell_len
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Button, DataTable, Header, Input, Static
from textual.widgets.data_table import ColumnKey

from lawgen.files import make_private_dir, os_error_text, write_bytes_atomic
from lawgen.i18n import N_, msg, translate
from lawgen.lenient import date_problem
from lawgen.store import STATUS_LABELS, CaseRecord, CaseStatus, RegisterError
from lawgen.wizard.draft import case_errors, pruned
from lawgen.wizard.outside_text import shown
from lawgen.wizard.screens.dialogs import ConfirmScreen, PathScreen
from lawgen.wizard.screens.stage_dialog import StageScreen, stage_error
from lawgen.wizard.urgency import by_urgency, known, urgency
from lawgen.wizard.widgets.bindings import translate_bindings
from lawgen.wizard.widgets.footer import FittingFooter


def updated_text(record: CaseRecord) -> str:
    """``2026-11-28T09:30:00+00:00`` -> ``11-28 09:30`` in local time this year, ``2025-11-28`` before."""
    import datetime as dt

    if record.damaged:
        return "—"
    moment = dt.datetime.fromisoformat(record.updated).astimezone()
    this_year = moment.year == dt.datetime.now().astimezone().year
    return moment.strftime("%m-%d %H:%M" if this_year else "%Y-%m-%d")


IMPORT_UNREADABLE = N_("案件文件无法读取，未导入：嵌套层数过多或数字、日期超出范围。")
FOLDER_MISSING = N_("这个文件夹不存在，不能写入；请先建好它，或换一个已有的文件夹。")
NOT_A_FILE = N_("这个位置已有一个不是普通文件的东西（链接、设备等），不能写入，请换一个文件名。")
JUDGE_AT_ONCE = 20  # cases judged before the list is shown; more are judged in the background (~50 ms each)
DAY_NOT_KNOWN = N_("日期待定")
ASK_TO_REPLACE = N_("“{title}”已记录为{old}。要改为{new}，请再按一次“记录”；不改就按“取消”")
NOT_JUDGED = N_("案件尚未填写完整，请先打开案件补全")
NO_DEADLINES = N_("这个案件没有尚未到来的期限")
DAMAGED_NAME = N_("（已损坏的案件 #{n}）")
DAMAGED_STATUS = N_("已损坏")
DAMAGED_OPEN = N_("案件 #{n} 已损坏，无法打开。可以删除或彻底抹除它，其余案件不受影响。")
DAMAGED_ROWS = N_("登记簿中有 {count} 个案件已损坏，无法打开：{numbers}。其余案件可以正常使用。")
REBUILT = N_("登记簿文件已损坏，已重建：恢复了 {n} 个案件，无法读取的案件没有恢复。"
             "损坏的原文件已改名保留在数据文件夹中，没有删除。")


COLUMNS = (("worker", N_("劳动者")), ("respondent", N_("被申请人")), ("stage", N_("阶段")),
           ("deadline", N_("下一期限")), ("left", N_("剩余")), ("updated", N_("更新时间")),
           ("status", N_("状态")))
# Columns of a set width (in cells; a Chinese character takes two): a name, the days left, «12-01 15:17»,
# the status («已生成文书»). The others share what is left of the terminal's width.
FIXED = {"worker": 8, "left": 6, "updated": 11, "status": 10}  # a name of four characters
SHARES = {"respondent": 0.35, "stage": 0.25}  # the deadline takes the rest
CELL_PADDING = 2  # one cell each side of every column
FRAME = 4  # the screen's margin and the table's scrollbar


def column_widths(terminal: int) -> list[int]:
    """The width of each column so that the table fits ``terminal`` columns (80 and up): shared widths
    rounded down to an even number, so a Chinese character is never split between two lines' ends."""
    free = terminal - FRAME - CELL_PADDING * len(COLUMNS) - sum(FIXED.values())
    shared = {key: max(8, int(free * share) // 2 * 2) for key, share in SHARES.items()}
    shared["deadline"] = max(10, (free - sum(shared.values())) // 2 * 2)
    return [FIXED.get(key) or shared[key] for key, _ in COLUMNS]


_WORD = re.compile(r"[!-~]+")  # a run of Latin letters, digits and signs: wrapped whole, never folded
DROPPED_FIRST = "updated"  # the column least needed (the list is in order of urgency) goes at narrow widths


def _longest_word(text: str) -> int:
    """The widest piece a line of ``text`` can not be broken in: a Latin word, or one Chinese character."""
    return max([cell_len(word) for word in _WORD.findall(text)] + [2 if text.strip() else 0])


def fitted_columns(terminal: int, labels: list[str], rows: list[list[str]]) -> list[tuple[int, int]]:
    """(position, width) of each column shown at ``terminal`` columns: the widths of nothing wrapped when
    they fit; else ``column_widths`` when no header or word is cut by it; else each column at least its
    header and its longest word, the rest shared as ``SHARES`` says, without the update time if need be."""
    natural = [max([cell_len(label)] + [cell_len(line) for cells in rows for line in cells[i].split("\n")])
               for i, label in enumerate(labels)]
    least = [max([cell_len(label)] + [_longest_word(cells[i]) for cells in rows])
             for i, label in enumerate(labels)]
    everything = list(range(len(COLUMNS)))
    if sum(natural) + CELL_PADDING * len(COLUMNS) + FRAME <= terminal:
        return list(zip(everything, natural, strict=True))
    base = column_widths(terminal)
    if all(width >= need for width, need in zip(base, least, strict=True)):
        return list(zip(everything, base, strict=True))
    keys = [key for key, _ in COLUMNS]
    for dropped in ((), (DROPPED_FIRST,)):
        shown = [i for i in everything if keys[i] not in dropped]
        widths = {i: max(FIXED.get(keys[i], 0), least[i]) for i in shown}
        free = terminal - FRAME - CELL_PADDING * len(shown) - sum(widths.values())
        if free < 0 and not dropped:
            continue  # the words do not fit beside each other: without the update time
        shares = {**SHARES, "deadline": 1 - sum(SHARES.values())}
        extra = {i: int(max(free, 0) * shares[keys[i]]) for i in shown if keys[i] in shares}
        for i, more in extra.items():
            widths[i] += more
        return [(i, widths[i]) for i in shown]
    raise AssertionError("unreachable")


class RegisterScreen(Screen):
    BINDINGS = [
        Binding("n", "new", N_("新建")),
        Binding("enter", "open", N_("打开"), show=False),
        Binding("c", "duplicate", N_("复制")),
        Binding("e", "export", N_("导出")),
        Binding("i", "import", N_("导入")),
        Binding("delete", "delete", N_("删除")),
        # short words, and 搜索 left to the search box's own hint: the footer fits 80 columns (the buttons
        # above say each in full)
        Binding("x", "erase", N_("抹除")),
        Binding("slash", "search", N_("搜索"), show=False),
        Binding("r", "record_stage", N_("记录")),
        Binding("k", "calendar", N_("日历")),
        # the buttons and keys fill 80 columns: quitting (the app's Ctrl+Q) still works, as on a step
        Binding("ctrl+q", "app.quit", N_("退出"), show=False, priority=True),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.lang = self.app.lang
        self.records: list[CaseRecord] = []
        self.notices: list[str] = []  # what is wrong with the register, shown above the list

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        yield Header()
        yield Static(self.t("案件登记簿：选择一个案件继续填写，或新建案件。"), classes="intro")
        yield Static("", id="notice", classes="intro -error", markup=False)
        yield Input(placeholder=self.t("搜索劳动者或单位名称（/）"), id="search", compact=True)
        yield DataTable(id="cases", cursor_type="row", zebra_stripes=True)
        yield Static("", id="recorded", classes="intro", markup=False)  # the stage just recorded
        yield Static("", id="empty", classes="intro")
        with Horizontal(id="actions"):
            # one line each (compact), so all nine fit 80 columns, 彻底抹除 included
            yield Button(self.t("新建案件"), id="new", variant="primary", compact=True)
            yield Button(self.t("打开"), id="open", compact=True)
            yield Button(self.t("复制"), id="duplicate", compact=True)
            yield Button(self.t("导出"), id="export", compact=True)
            yield Button(self.t("导入"), id="import", compact=True)
            yield Button(self.t("记录阶段"), id="record_stage", compact=True)
            yield Button(self.t("导出日历"), id="calendar", compact=True)
            yield Button(self.t("删除"), id="delete", variant="warning", compact=True)
            yield Button(self.t("彻底抹除"), id="erase", variant="error", compact=True)
        yield FittingFooter()  # every key readable at 80 columns, in English too

    def on_mount(self) -> None:
        table = self.query_one("#cases", DataTable)
        for (key, label), width in zip(COLUMNS, column_widths(self.app.size.width), strict=True):
            table.add_column(self.t(label), key=key, width=width)
        self._widths = self.app.size.width
        self.reload()
        table.focus()

    def on_resize(self) -> None:
        """The columns fit the terminal's width: long names wrap onto a second line, never cut."""
        if getattr(self, "_widths", None) == self.app.size.width:
            return
        self._widths = self.app.size.width
        self.reload()

    def _fit_columns(self, table: DataTable, rows: list[list[Text]]) -> list[int]:
        """Each column as wide as its widest line where they all fit the terminal (nothing wraps), else
        the shares of ``column_widths``, where long names wrap — never narrower than its header or its
        longest word (an English «arbitration» was folded into «arbitratio|n»), and without the update
        time where the words would not fit otherwise. Returns the positions of the columns shown."""
        labels = [self.t(label) for _, label in COLUMNS]
        plain = [[cell.plain for cell in cells] for cells in rows]
        shown = fitted_columns(self.app.size.width, labels, plain)
        keys = [COLUMNS[i][0] for i, _ in shown]
        if [str(key.value) for key in table.columns] != keys:
            table.clear(columns=True)
            for i, width in shown:
                table.add_column(labels[i], key=COLUMNS[i][0], width=width)
        for i, width in shown:
            column = table.columns[ColumnKey(COLUMNS[i][0])]
            column.width, column.auto_width = width, False
        return [i for i, _ in shown]

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        table = self.query_one("#cases", DataTable)
        notices = []
        recovery = self.app.store.recovery
        if recovery is not None:
            notices.append(self.t(REBUILT).format(n=recovery.recovered))
        try:
            listed = self.app.store.list(self.query_one("#search", Input).value)
            unjudged = [record for record in listed if known(record, self.app.today) is None]
            if len(unjudged) <= JUDGE_AT_ONCE:  # a few: judged now, the list is right at once
                for record in unjudged:
                    urgency(record, self.app.today)
            else:  # many (a register opened for the first time): judged off the UI thread, then sorted
                self._judge_in_background(unjudged)
            self.records = by_urgency(listed, self.app.today)
        except RegisterError as error:
            self.records = []
            notices.append(error.message.render(self.lang))
        damaged = [f"#{record.number}" for record in self.records if record.damaged]
        if damaged:
            notices.append(self.t(DAMAGED_ROWS).format(count=len(damaged), numbers="、".join(damaged)))
        self.notices = notices
        self._show_notices()
        table.clear()
        rows = []
        for record in self.records:
            if record.damaged:
                cells = [Text(c) for c in (self._worker_name(record), "—", "—", "—", "—", "—",
                                           self.t(DAMAGED_STATUS))]
            else:
                # Text, not str: a DataTable parses a str cell as markup, and names are the worker's own text
                cells = [Text(self._worker_name(record)), Text(shown(record.respondent or "") or "—"),
                         *self._urgency_cells(record), Text(updated_text(record)),
                         Text(self.t(STATUS_LABELS[record.status]))]
            rows.append((record.id, cells))
        positions = self._fit_columns(table, [cells for _, cells in rows])
        for key, cells in rows:
            # as high as its wrapped cells
            table.add_row(*(cells[i] for i in positions), key=key, height=None)
        empty = self.query_one("#empty", Static)
        searched = self.query_one("#search", Input).value.strip()
        if self.records:
            empty.update("")
        elif searched:  # cases there are, none matching: not «no cases yet»
            empty.update(self.t("没有找到相符的案件。清空搜索框可看到全部案件。"))
        else:
            empty.update(self.t("还没有案件。按 n 或点“新建案件”开始。"))

    @work(thread=True, exclusive=True, group="urgency")
    def _judge_in_background(self, records: list[CaseRecord]) -> None:
        for record in records:
            urgency(record, self.app.today)
        with contextlib.suppress(RuntimeError):  # the app closed meanwhile: nothing to redraw
            self.app.call_from_thread(self.reload)

    def _urgency_cells(self, record: CaseRecord) -> list[Text]:
        """Stage, next deadline (its date, an estimate marked) and the days left, red within 30 days."""
        found = known(record, self.app.today)
        if found is None:
            return [Text(self.t("计算中…")), Text("—"), Text("—")]
        if found.stage is None:
            return [Text("—"), Text("—"), Text("—")]
        style = "bold red" if found.urgent else ""
        if found.awaiting_a_date:  # «收到裁决书之日起15日内», the receipt not recorded: the day is unknown
            deadline = self.t(DAY_NOT_KNOWN) + "\n" + found.deadline.render(self.lang)
            return [Text(found.stage.render(self.lang)), Text(deadline, style=style),
                    Text(self.t("请记录收到日期"), style=style)]
        if found.date is None:
            return [Text(found.stage.render(self.lang)), Text("—"), Text("—")]
        mark = self.t("（估算）") if found.estimate else ""
        left = (self.t("{days}天").format(days=found.days_left) if found.days_left >= 0
                else self.t("已过{days}天").format(days=-found.days_left))
        deadline = f"{found.date.isoformat()}\n{found.deadline.render(self.lang)}{mark}"  # the date alone
        return [Text(found.stage.render(self.lang)), Text(deadline, style=style), Text(left, style=style)]

    def _show_notices(self, *more: str) -> None:
        """Above the list, not in a toast: a toast over the buttons drops Chinese characters that straddle
        a widget's edge, and these messages matter."""
        lines = [*self.notices, *more]
        notice = self.query_one("#notice", Static)
        notice.update("\n".join(lines))
        notice.display = bool(lines)

    @property
    def selected(self) -> CaseRecord | None:
        table = self.query_one("#cases", DataTable)
        if not self.records or table.cursor_row is None or table.cursor_row >= len(self.records):
            return None
        return self.records[table.cursor_row]

    def _readable(self) -> CaseRecord | None:
        """The selected case, when it can be opened; a damaged one is refused with its number."""
        record = self.selected
        if record is not None and record.damaged:
            self._show_notices(self.t(DAMAGED_OPEN).format(n=record.number))
            self.app.bell()
            return None
        return record

    # --- actions -------------------------------------------------------------------------------------

    @on(Input.Changed, "#search")
    def _search(self) -> None:
        self.reload()

    @on(DataTable.RowSelected)
    def _row_chosen(self) -> None:
        self.action_open()

    @on(Button.Pressed)
    def _button(self, event: Button.Pressed) -> None:
        if event.button.id:
            self.run_action(event.button.id)

    def action_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_new(self) -> None:
        self.app.new_case()

    def action_open(self) -> None:
        record = self._readable()
        if record:
            self.app.open_case(record.id)

    def action_duplicate(self) -> None:
        record = self._readable()
        if record and self._changed(self.app.store.duplicate, record.id):
            self.reload()
            self.notify(self.t("已复制"))

    def _changed(self, change, case_id: str) -> bool:
        """Run a register change; a refusal (a full disk, or a role that may not change cases on the shared
        register) is a message, never a crash."""
        try:
            change(case_id)
        except RegisterError as error:
            self.notify(error.message.render(self.lang), severity="error", markup=False)
            return False
        return True

    def _worker_name(self, record: CaseRecord) -> str:
        if record.damaged:
            return self.t(DAMAGED_NAME).format(n=record.number)
        return shown(record.worker_name or "") or self.t("（未填姓名）")  # an RLO in it shown neutralised

    def action_delete(self) -> None:
        record = self.selected
        if record is None:
            return

        def done(yes: bool | None) -> None:
            if yes and self._changed(self.app.store.delete, record.id):
                self.reload()
                self.notify(self.t("已删除"))

        question = self.t("删除“{name}”的案件？删除后不能恢复。").format(name=self._worker_name(record))
        self.app.push_screen(ConfirmScreen(question, self.lang, "删除"), done)

    def action_erase(self) -> None:
        record = self.selected
        if record is None:
            return

        def done(yes: bool | None) -> None:
            if yes and self._changed(self.app.store.erase, record.id):
                self.reload()
                self.notify(self.t("已彻底抹除"))

        question = self.t("彻底抹除“{name}”的案件？案件内容将被覆盖、删除并清理数据库文件，"
                          "用于公用电脑。不能恢复。").format(name=self._worker_name(record))
        self.app.push_screen(ConfirmScreen(question, self.lang, "彻底抹除"), done)

    def action_export(self) -> None:
        record = self._readable()
        if record is None:
            return
        draft = pruned(record.draft)
        if self.app.served:  # in a browser the case file is downloaded, never written on the server
            data = json.dumps(draft, ensure_ascii=False, indent=2) + "\n"
            self.app.deliver_text(io.StringIO(data), save_filename=f"case-{record.id[:8]}.json",
                                  mime_type="application/json")
            return

        def write(path: Path) -> list[str]:
            if path.is_symlink() or (path.exists() and not path.is_file()):
                return [self.t(NOT_A_FILE)]  # a link, a FIFO or a device is never replaced
            try:
                if not self._folder_ready(path):
                    return [self.t(FOLDER_MISSING)]
                data = json.dumps(draft, ensure_ascii=False, indent=2) + "\n"
                write_bytes_atomic(path, data.encode("utf-8"))
            except OSError as error:
                return [self.t("无法写入：{detail}").format(detail=os_error_text(error).render(self.lang))]
            with contextlib.suppress(RegisterError):  # remembered so that erase removes it
                self.app.store.record_files(record.id, [path])
            return []

        def done(path: Path | None) -> None:
            if path is None:
                return
            if case_errors(draft):
                self.notify(self.t("已导出到 {path}；案件尚未填写完整，导入后需继续填写").format(path=path),
                            severity="warning", markup=False)
            else:
                self.notify(self.t("已导出到 {path}").format(path=path), markup=False)

        # Never built from the worker's name: a name is free text ("/x/..", "../..") and personal data.
        default = self.app.data_dir / "exports" / (self.t("案件{n}").format(n=record.number) + ".json")
        self.app.push_screen(PathScreen(self.t("导出为案件文件（lawgen.case/1）："), str(default), write,
                                        self.lang, "导出"), done)

    def _folder_ready(self, path: Path) -> bool:
        """Whether the folder to export into is there: the wizard's own export folder is made when missing,
        any other never is (a slip in a typed path, ``/nonexist/x.ics``, must not leave folders behind)."""
        own = self.app.data_dir / "exports"
        if path.parent == own:
            make_private_dir(own)
            return True
        try:
            path.parent.stat()
        except FileNotFoundError:
            return False
        except OSError:
            pass  # a file where a folder should be, no permission…: said in words by the write itself
        return True

    def action_import(self) -> None:
        from lawgen.case import InvalidCase, loads_case, read_case_file  # loaded only when needed

        if self.app.served:
            self.notify(self.t("网页版不能读取服务器上的文件；请在本机版向导中导入"), severity="warning")
            return

        def read(path: Path) -> list[str]:
            try:  # the loader every command uses: a regular file within the size bound, never a FIFO
                raw = read_case_file(path)
                loads_case(raw)
                draft = json.loads(raw.decode("utf-8-sig"))
            except InvalidCase as error:
                return [self.t("案件文件有误，未导入：")] + [e.render(self.lang) for e in error.errors]
            except (ValueError, ArithmeticError, RecursionError, MemoryError):
                # nesting or numbers beyond what can be read: said without quoting the file
                return [self.t(IMPORT_UNREADABLE)]
            try:
                self.app.store.create(draft, CaseStatus.complete, step="review")
            except RegisterError as error:
                return [error.message.render(self.lang)]
            return []

        def done(path: Path | None) -> None:
            if path is not None:
                self.reload()
                self.notify(self.t("已导入"))

        self.app.push_screen(PathScreen(self.t("导入案件文件（lawgen.case/1 JSON）："), "", read, self.lang,
                                        "导入"), done)

    def action_record_stage(self) -> None:
        """A stage (a demand, an award received, a payment …) recorded on the selected case in one step."""
        record = self._readable()
        if record is None:
            return
        import datetime as dt

        from lawgen.case import InvalidCase
        from lawgen.stage_record import REPLACE_OPTION, StageInput, record_stage

        asked_to_replace: list[tuple[str, dt.date]] = []  # the stage and day the volunteer was asked about

        def attempt(event: str, on_text: str, amount: str) -> list[str]:
            problem = date_problem(on_text)
            if problem is not None:  # the commands' wording: 2026-02-30 is «没有这一天», not a format slip
                return [problem.render(self.lang)]
            on = dt.date.fromisoformat(on_text)
            # A stage already recorded on another day is changed only when "记录" is pressed again for it.
            replace = (event, on) in asked_to_replace
            try:
                updated, _ = record_stage(pruned(record.draft), StageInput(event=event, on=on,
                                                                           amount=amount or None,
                                                                           replace=replace),
                                          today=self.app.today)
            except InvalidCase as error:  # the message only: the field's path is not for people
                recorded = next((e for e in error.errors if e.path == REPLACE_OPTION), None)
                if recorded is not None:
                    asked_to_replace.append((event, on))
                    params = recorded.message.params
                    return [msg(ASK_TO_REPLACE, title=params["title"],
                                old=dt.date.fromisoformat(params["old"]), new=on).render(self.lang)]
                return [stage_error(e, self.lang) for e in error.errors]
            try:
                self.app.store.save(record.id, updated, version=record.version)
            except RegisterError as error:
                return [error.message.render(self.lang)]
            return []

        def done(recorded: str | None) -> None:
            if recorded:
                self.reload()
                # a line of the screen, not a toast: a toast over the buttons drops Chinese characters
                self.query_one("#recorded", Static).update(recorded)

        title = self.t("为“{name}”的案件记录一个阶段：").format(name=self._worker_name(record))
        self.app.push_screen(StageScreen(title, self.app.today, attempt, self.lang), done)

    def action_calendar(self) -> None:
        """The case's deadlines as an .ics file for the worker's phone (lawgen.calendar)."""
        record = self._readable()
        if record is None:
            return
        from lawgen.calendar import case_calendar
        from lawgen.wizard.draft import judge

        verdict = judge(record.draft, self.app.today)
        data = case_calendar(verdict.assessment, self.lang) if verdict.assessment is not None else None
        if data is None:
            message = NOT_JUDGED if verdict.assessment is None else NO_DEADLINES
            self.notify(self.t(message), severity="warning")
            return
        if self.app.served:  # in a browser the calendar is downloaded, never written on the server
            self.app.deliver_text(io.StringIO(data.decode("utf-8")), save_filename="deadlines.ics",
                                  mime_type="text/calendar")
            return

        def write(path: Path) -> list[str]:
            if path.is_symlink() or (path.exists() and not path.is_file()):
                return [self.t(NOT_A_FILE)]
            try:
                if not self._folder_ready(path):
                    return [self.t(FOLDER_MISSING)]
                write_bytes_atomic(path, data)
            except OSError as error:
                return [self.t("无法写入：{detail}").format(detail=os_error_text(error).render(self.lang))]
            with contextlib.suppress(RegisterError):  # remembered so that erase removes it
                self.app.store.record_files(record.id, [path])
            return []

        def done(path: Path | None) -> None:
            if path is not None:
                self.notify(self.t("已导出到 {path}").format(path=path), markup=False)

        name = self.t("期限提醒-案件{n}").format(n=record.number) + ".ics"
        default = self.app.data_dir / "exports" / name
        self.app.push_screen(PathScreen(self.t("导出期限日历（导入手机日历）："), str(default), write,
                                        self.lang, "导出"), done)
