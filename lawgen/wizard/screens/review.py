"""Review every answer before generating, then generate the packet and say what to do with it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Header, Input, Label, Static

from lawgen.case import ClaimKind
from lawgen.documents.gaps import filing_gaps
from lawgen.files import os_error_text
from lawgen.i18n import N_, Msg, msg, translate
from lawgen.wizard.draft import get_path
from lawgen.wizard.messages import colon, worded
from lawgen.wizard.packet_folder import (
    open_folder,
    print_files,
    printer_ready,
    remember_folder,
    remembered_folder,
    remembered_parent,
    remembered_pdf,
    unused_folder,
)
from lawgen.wizard.screens.dialogs import PreviewScreen
from lawgen.wizard.steps import (
    GENERATE_TITLE,
    REVIEW_TITLE,
    STEPS,
    YES_NO,
    FieldSpec,
    Kind,
    Step,
    claim_fields,
    describe_path,
    owning_step,
    visible_steps,
)
from lawgen.wizard.widgets.assessment_panel import AssessmentPanel, day_text
from lawgen.wizard.widgets.bindings import translate_bindings
from lawgen.wizard.widgets.fields import Tick  # an unticked box that looks empty
from lawgen.wizard.widgets.progress import StepProgress


def shown_value(spec: FieldSpec, value: Any, lang: str) -> str | None:
    """A stored answer as the review lists it; None when unanswered."""
    if value is None or value == "":
        return None
    if spec.kind is Kind.flag:
        return translate("是", lang) if value else None
    if spec.kind is Kind.answer:
        pairs = dict(spec.choices or YES_NO)
        return translate(pairs["yes" if value else "no"], lang)
    if spec.kind is Kind.choice:
        return translate(dict(spec.choices).get(value, str(value)), lang)
    if spec.kind is Kind.region:
        return region_name(str(value))
    return str(value)


def region_name(code: str) -> str:
    """福建省厦门市思明区（350203）: the place as picked, with the code the case file keeps."""
    from lawgen.regions import UnknownRegion, resolve

    try:
        return f"{resolve(code).full_name}（{code}）"
    except UnknownRegion:
        return code


def review_lines(step: Step, draft: dict[str, Any], lang: str) -> list[tuple[str, str]]:
    """(label, answer) for every answered field of a step, list items numbered; a question of the step
    left unanswered (the relationship's) is listed as such, so the review shows what was skipped."""
    lines = []
    for spec in step.fields:
        value = shown_value(spec, get_path(draft, spec.key), lang)
        if value is None and spec.kind is Kind.answer:
            value = translate("未答", lang)
        if value is not None:
            lines.append((translate(spec.label, lang), value))
    if step.items:
        for index, item in enumerate(get_path(draft, step.items.path) or []):
            heading = translate(step.items.item_label, lang).format(n=index + 1)
            specs = claim_fields(item.get("kind")) if step.items.path == "claims" else step.items.fields
            for spec in specs:
                value = shown_value(spec, item.get(spec.key), lang)
                if value is not None:
                    lines.append((f"{heading} · {translate(spec.label, lang)}", value))
    return lines


def claims_review(draft: dict[str, Any], assessment, lang: str, today) -> Text:
    """Each claim as typed, then the amount the assessment computed with its formula and basis (the figures
    the filing prints) and its own limitation warning."""
    from lawgen.wizard.claim_summary import claim_text

    claims_step = next(step for step in STEPS if step.id == "claims")
    computed = {claim.index: claim for claim in assessment.claims}
    body = Text()
    for index, item in enumerate(get_path(draft, "claims") or []):
        heading = translate(claims_step.items.item_label, lang).format(n=index + 1)
        for spec in claim_fields(item.get("kind")):
            value = shown_value(spec, item.get(spec.key), lang)
            if value is not None:
                body.append(f"{heading} · {translate(spec.label, lang)}{colon(lang)}", style="dim")
                body.append(value + "\n")
        if index in computed:
            body.append_text(claim_text(computed[index], lang, today))
            body.append("\n")
    return body


class ReviewScreen(Screen):
    BINDINGS = [
        Binding("f2", "back", N_("上一步")),
        Binding("f3", "generate", N_("生成文书")),
        Binding("f4", "answers", N_("问答")),
        Binding("escape", "close", N_("列表")),
        # the page scrolls wherever the focus is (on 生成文书 below it too), as a reader expects
        Binding("pagedown", "scroll_review('page_down')", show=False),
        Binding("pageup", "scroll_review('page_up')", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.lang = self.app.lang

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def action_scroll_review(self, how: str) -> None:
        form = self.query_one("#form", VerticalScroll)
        (form.scroll_page_down if how == "page_down" else form.scroll_page_up)(animate=False)

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        draft = self.app.session.draft
        verdict = self.app.verdict()
        # Rich wraps at spaces: a space after the bullet would leave it alone above unspaced Chinese text.
        bullet = "•" if self.lang == "zh" else "• "
        yield Header()
        yield StepProgress("review", REVIEW_TITLE, self.lang, draft)
        with Horizontal(id="body"):
            with VerticalScroll(id="form"):
                yield Static(self.t("请和劳动者一起逐项核对。发现错误，点该组的“修改”。"), classes="intro")
                if verdict.errors:
                    text = Text(self.t("还不能生成文书，请先改正：") + "\n", style="bold red")
                    for error in verdict.errors:
                        where = describe_path(error.path, self.lang)
                        text.append(f"{bullet}{where}{colon(self.lang)}{worded(error, self.lang)}\n")
                    yield Static(text, id="review-errors")
                gaps = filing_gaps(verdict.assessment) if verdict.assessment else []
                if gaps:  # the same list lawgen generate prints (documents.gaps: one home)
                    text = Text(self.t(GAPS_HEADING) + "\n", style="bold yellow")
                    for gap in gaps:
                        text.append(f"{bullet}{wizard_gap(gap, verdict.assessment).render(self.lang)}\n")
                    yield Static(text, id="review-gaps", markup=False)
                for number, step in enumerate(STEPS, start=1):
                    with Vertical(classes="review-group", id=f"group-{step.id}"):
                        with Horizontal(classes="review-heading"):
                            yield Label(f"{number}. {self.t(step.title)}", classes="review-title")
                            yield Button(self.t("修改"), id=f"edit-{step.id}", classes="edit", compact=True)
                        lines = review_lines(step, draft, self.lang)
                        body = Text()
                        if step.id == "claims" and verdict.assessment is not None:
                            body = claims_review(draft, verdict.assessment, self.lang, self.app.today)
                        else:
                            for label, value in lines:
                                body.append(f"{label}{colon(self.lang)}", style="dim")
                                body.append(value + "\n")
                        if not lines:
                            body.append(self.t("（未填写）"), style="dim")
                        yield Static(body, classes="review-body")
            yield AssessmentPanel(self.lang, id="panel")
        with Horizontal(id="actions"):
            yield Button(self.t("上一步"), id="back")
            yield Button(self.t("生成文书"), id="generate", variant="primary", disabled=bool(verdict.errors))
        yield Footer()

    def on_mount(self) -> None:
        verdict = self.app.verdict()
        self.query_one(AssessmentPanel).show(verdict)
        # the first useful control: generating (Enter), or the 修改 of the group the first error is in
        target = self.query_one("#generate", Button)
        if verdict.errors:
            edits = self.query(f"#edit-{owning_step(verdict.errors[0].path).id}")
            target = edits.first(Button) if edits else self.query_one("#form")
        target.focus(scroll_visible=False)

    def show_verdict(self, verdict) -> None:
        self.query_one(AssessmentPanel).show(verdict)

    @on(Button.Pressed, ".edit")
    def _edit(self, event: Button.Pressed) -> None:
        assert event.button.id
        self.app.show_step(event.button.id.removeprefix("edit-"), from_review=True)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.show_step(visible_steps(self.app.session.draft)[-1].id)

    @on(Button.Pressed, "#generate")
    def action_generate(self) -> None:
        verdict = self.app.verdict()
        if verdict.errors:
            first = verdict.errors[0]
            self.notify(self.t("请先改正：{what}").format(what=describe_path(first.path, self.lang)),
                        severity="warning", markup=False)
            self.app.show_step(owning_step(first.path).id, from_review=True)
            return
        self.app.show_step("generate")

    def action_close(self) -> None:
        self.app.close_case()

    def action_answers(self) -> None:
        from lawgen.wizard.screens.answers import AnswersScreen

        self.app.push_screen(AnswersScreen(self.app.verdict(), self.lang))


# An overtime claim without its hours has no amount yet: the wizard says where they come from (the CLI's
# wording names no keys).
ZERO_GAPS = ("请求{number}“{title}”的金额为0.00元：请补上计算所需的数字（如加班时数），或删去这项请求",
             "请求{number}“{title}”的金额尚不能计算：请补上计算所需的数字（如加班时数），或删去这项请求")
NO_HOURS = N_("请求{number}“{title}”还没有加班时数，金额尚不能计算："
              "在“请求事项”一步用“按排班算加班时数”填入，或按 Ctrl+O 导入平台订单记录；"
              "不主张加班费的，删去这项请求")


def wizard_gap(gap: Msg, assessment) -> Msg:
    """The gap as the wizard says it: claim titles in the UI language, overtime hours' two sources named."""
    if gap.template in ZERO_GAPS:
        number = gap.params["number"]
        claim = assessment.claims[number - 1]
        template = NO_HOURS if claim.kind is ClaimKind.overtime else gap.template
        return msg(template, number=number, title=msg(claim.title))
    return gap


GAPS_HEADING = N_("文书可以生成，但以下内容空着，仲裁委可能要求补正（劳动争议调解仲裁法第二十八条）；"
                  "能问到的请补上：")


class GenerateScreen(Screen):
    AUTO_FOCUS = "#generate"  # the step's one action has the focus on arriving: Enter generates
    BINDINGS = [
        Binding("f3", "generate", N_("生成文书")),
        Binding("f2", "back", N_("上一步")),
        Binding("escape", "close", N_("案件列表")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.lang = self.app.lang
        self.files: list[Path] = []

    def on_mount(self) -> None:
        """A case reopened after its packet was made lists that packet's files (volunteer: they exist, but
        the step showed none)."""
        from lawgen.documents.packet import packet_files

        if self.app.served:
            return  # each download is offered once the packet is made in this session
        earlier = remembered_folder(self.app.data_dir, self.app.session.case_id, self._stage())
        files = written_files(packet_files(earlier)) if earlier is not None else []
        if files:
            self._list(files, self.t("上次生成的{n}个文件（可再次生成）：").format(n=len(files)),
                       self.app.verdict().assessment)

    def t(self, text: str) -> str:
        return translate(text, self.lang)

    def default_folder(self) -> Path:
        """Inside the data folder, named by the case's number and date, never by the worker's name (free
        text, which could be an absolute path or climb out with ``..``)."""
        session = self.app.session
        if self.app.served:
            return self.app.packets_dir / session.case_id
        try:  # the draft's date only if it is one: a draft may hold any text
            day = dt.date.fromisoformat(str(get_path(session.draft, "prepared_on"))).isoformat()
        except ValueError:
            day = self.app.today.isoformat()
        earlier = remembered_folder(self.app.data_dir, session.case_id, self._stage())
        if earlier is not None:
            return earlier  # this case's packet for this stage is there: generating again replaces it
        # the folder chosen last time, the case named by its register number, never by free text; an earlier
        # stage's packet of the same day keeps its folder
        name = self.t("案件{n}-{day}").format(n=session.number, day=day)
        return unused_folder(remembered_parent(self.app.data_dir) / name)

    def _stage(self) -> str | None:
        assessment = self.app.verdict().assessment
        return assessment.stage.stage.value if assessment is not None and assessment.stage else None

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.lang)
        yield Header()
        yield StepProgress("generate", GENERATE_TITLE, self.lang, self.app.session.draft)
        with VerticalScroll(id="form"):
            served = self.app.served
            if served:
                yield Static(self.t("生成后可逐个下载文书，或下载全部文书的压缩包。"), classes="intro")
            else:
                yield Static(self.t("文书保存到以下文件夹（只有本机当前用户可读）："), classes="intro")
            yield Input(str(self.default_folder()), id="out-dir", compact=True, select_on_focus=False,
                        disabled=served).set_styles("display: none;" if served else "")
            pdf = remembered_pdf(self.app.data_dir)  # as the last packet was made: one who prints wants them
            if pdf is None:  # the first packet: PDFs where the wizard started an office to make them
                from lawgen.documents.office import office_program

                pdf = self.app.office is not None and office_program() is not None
            yield Tick(self.t("同时导出 PDF（需要 LibreOffice）"), value=pdf, id="pdf", compact=True)
            yield Tick(self.t("覆盖文件夹中已有的文件"), value=False, id="force", compact=True,
                           disabled=served).set_styles("display: none;" if served else "")
            yield Button(self.t("生成文书"), id="generate", variant="primary")
            yield Static("", id="generate-status")
            yield Static("", id="next-steps")
            yield Vertical(id="files")
        with Horizontal(id="actions"):
            yield Button(self.t("上一步"), id="back")
            yield Button(self.t("打开文件夹"), id="open-folder", disabled=True)
            yield Button(self.t("打印"), id="print", disabled=True)
            yield Button(self.t("返回案件列表"), id="done")
        yield Footer()

    def action_generate(self) -> None:
        if not self.query_one("#generate", Button).disabled:
            self._generate_pressed()

    @on(Button.Pressed, "#generate")
    def _generate_pressed(self) -> None:
        if not self.query_one("#out-dir", Input).value.strip():
            self._failed(self.t("请填写保存文书的文件夹"))
            return
        self.query_one("#generate", Button).disabled = True
        self.query_one("#generate-status", Static).update(self.t("正在生成……"))
        self.generate()

    @work(thread=True, exclusive=True)
    def generate(self) -> None:
        """LibreOffice can take seconds: off the UI thread."""
        verdict = self.app.verdict()
        if verdict.assessment is None:
            self.app.call_from_thread(self._failed, self.t("案件尚未填写完整，请先回到核对页改正"))
            return
        out_dir = Path(self.query_one("#out-dir", Input).value.strip()).expanduser()
        pdf = self.query_one("#pdf", Checkbox).value
        force = self.query_one("#force", Checkbox).value
        from lawgen.documents.packet import PacketConflict, generate_packet
        from lawgen.documents.pdf import ConversionFailed, LibreOfficeMissing
        from lawgen.documents.render import TemplateFailed

        try:
            files = generate_packet(verdict.assessment, out_dir, pdf=pdf, force=force, office=self.app.office)
        except (PacketConflict, TemplateFailed) as error:
            self.app.call_from_thread(self._failed, error.message.render(self.lang))
            return
        except (LibreOfficeMissing, ConversionFailed) as error:
            # The .docx files are written; only the PDF copies are missing.
            written = sorted(out_dir.glob("[0-9][0-9]-*.docx"))
            self.app.call_from_thread(self._done, written, verdict.assessment)
            detail = error.message.render(self.lang) if isinstance(error, ConversionFailed) else str(error)
            self.app.call_from_thread(self._failed, detail)
            return
        except OSError as error:
            self.app.call_from_thread(self._failed, self.t("无法写入文件夹 {folder}：{detail}").format(
                folder=str(out_dir), detail=os_error_text(error).render(self.lang)))
            return
        except Exception as error:  # anything else: a message on the screen, never a traceback
            self.app.call_from_thread(self._failed, f"{error.__class__.__name__}: {error}")
            return
        self.app.call_from_thread(self._done, files, verdict.assessment)

    def _failed(self, message: str) -> None:
        self.query_one("#generate", Button).disabled = False
        status = self.query_one("#generate-status", Static)
        status.update(Text(self.t("生成失败：") + message, style="bold red"))

    def _done(self, files: list[Path], assessment) -> None:
        files = written_files(files)
        self.app.mark_generated(files)
        folder = files[0].parent if files else None
        if folder is not None:
            remember_folder(self.app.data_dir, self.app.session.case_id, folder,
                            pdf=self.query_one("#pdf", Checkbox).value, stage=self._stage())
        self._list(files, self.t("已生成{n}个文件：").format(n=len(files)), assessment)

    def _list(self, files: list[Path], status: str, assessment) -> None:
        """The packet's files, each with its preview (and its download when served), and what to do next."""
        self.files = files
        self.query_one("#open-folder", Button).disabled = not files
        self.query_one("#print", Button).disabled = not any(p.suffix == ".pdf" for p in files)
        self.query_one("#generate-status", Static).update(Text(status, style="bold green"))
        box = self.query_one("#files", Vertical)
        box.remove_children()
        for index, path in enumerate(files):
            preview = Button(self.t("预览"), id=f"preview-{index}", classes="preview", compact=True,
                             disabled=path.suffix != ".docx")
            buttons = [preview]
            if self.app.served:
                buttons.append(Button(self.t("下载"), id=f"download-{index}", classes="download",
                                      compact=True))
            parts = [*buttons, Label(path.name, classes="file-name")]
            if path.suffix == ".ics":  # not a file type a volunteer or a worker knows by its name
                parts.append(Label(self.t("（可导入手机日历）"), classes="file-note"))
            box.mount(Horizontal(*parts, classes="file-row"))
        if self.app.served:
            download_all = Button(self.t("下载全部文书（.zip）"), id="download-all", compact=True)
            box.mount(download_all)
            self.call_after_refresh(download_all.focus)
        if assessment is not None:
            self.query_one("#next-steps", Static).update(next_steps(assessment, self.lang))

    @on(Button.Pressed, ".download")
    def _download(self, event: Button.Pressed) -> None:
        assert event.button.id
        path = self.files[int(event.button.id.removeprefix("download-"))]
        self.app.deliver_binary(path, save_filename=path.name)

    @on(Button.Pressed, "#download-all")
    def _download_all(self) -> None:
        import io
        import zipfile

        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as packet:
            for path in self.files:
                packet.write(path, path.name)
        archive.seek(0)
        name = self.t("文书") + f"-{self.app.session.case_id[:8]}.zip" if self.app.session else "packet.zip"
        self.app.deliver_binary(archive, save_filename=name, mime_type="application/zip")

    @on(Button.Pressed, ".preview")
    def _preview(self, event: Button.Pressed) -> None:
        from lawgen.documents.packet import document_text

        assert event.button.id
        path = self.files[int(event.button.id.removeprefix("preview-"))]
        try:
            text = "\n\n".join(document_text(path))
        except Exception as error:  # a damaged file must not crash the wizard
            text = self.t("无法预览：") + str(error)
        self.app.push_screen(PreviewScreen(path.name, text, self.lang))

    @on(Button.Pressed, "#open-folder")
    def _open_folder(self) -> None:
        folder = self.files[0].parent
        if not open_folder(folder):
            self.notify(self.t("这台电脑没有图形界面的文件管理器；文书在：{folder}").format(folder=folder),
                        timeout=10, markup=False)

    @on(Button.Pressed, "#print")
    def _print(self) -> None:
        pdfs = [p for p in self.files if p.suffix == ".pdf"]
        if not printer_ready():
            self.notify(self.t("没有设置默认打印机（CUPS）：请把文件夹里的 PDF 拷到能打印的电脑上"),
                        severity="warning", timeout=10)
            return
        error = print_files(pdfs)
        if error is None:
            self.notify(self.t("已送去打印{n}个文件").format(n=len(pdfs)))
        else:
            self.notify(self.t("打印失败：{detail}").format(detail=error), severity="error", markup=False)

    @on(Button.Pressed, "#back")
    def action_back(self) -> None:
        self.app.show_step("review")

    @on(Button.Pressed, "#done")
    def action_close(self) -> None:
        self.app.close_case()


def written_files(documents: list[Path]) -> list[Path]:
    """Every file the packet wrote, as its marker names them: the documents, their PDFs and the worker's
    calendar (期限提醒.ics) — «已生成6个文件» must count the seventh."""
    from lawgen.documents.packet import packet_files

    folders = dict.fromkeys(path.parent for path in documents)
    listed = [*documents, *(path for folder in folders for path in packet_files(folder))]
    return [path for path in dict.fromkeys(listed) if path.is_file()]


def next_steps(assessment, lang: str) -> Text:
    """Where to file, by when, how many copies — all from the assessment."""

    def t(text: str) -> str:
        return translate(text, lang)

    text = Text(t("下一步") + "\n", style="bold")
    bodies = assessment.bodies
    stage = assessment.stage
    if stage is not None and stage.filed:  # applied already: the stage's own deadlines, not «go and apply»
        return _next_steps_after_filing(text, stage, bodies, lang)
    if bodies.commission:
        text.append(t("• 到{body}递交仲裁申请书").format(body=bodies.commission) + "\n")
    if bodies.inspection_office:
        text.append(t("• 也可向{body}投诉欠薪").format(body=bodies.inspection_office) + "\n")
    if bodies.court:
        text.append(t("• 不服仲裁裁决的，向{body}起诉").format(body=bodies.court) + "\n")
    deadline = assessment.limitation.deadline
    if deadline and assessment.limitation.not_last:  # the first day something is lost, not the last chance
        text.append(t("• 在{day}当天或之前申请仲裁（这一天过后，有的请求可能超过时效）").format(
            day=day_text(deadline, lang)) + "\n", style="bold")
    elif deadline:
        text.append(t("• 最迟在{day}当天申请仲裁").format(day=day_text(deadline, lang)) + "\n", style="bold")
    text.append(t("• 申请书准备{n}份（正本一份，每个被申请人一份副本），证据复印件同样份数").format(
        n=assessment.copies) + "\n")
    return text


def _next_steps_after_filing(text: Text, stage, bodies, lang: str) -> Text:
    """After the application (volunteer: the screen still said «到…递交仲裁申请书» and «在…之前申请仲裁» once
    «申请劳动仲裁» was recorded): the stage, a deadline whose day waits on a stage to record, the next one."""

    def t(message: str) -> str:
        return translate(message, lang)

    text.append(t("• 案件阶段：{stage}").format(stage=stage.title.render(lang)) + "\n")
    for waiting in stage.awaiting_a_date:
        note = waiting.note.render(lang) if waiting.note else ""
        text.append(t("• {title}（{note}）").format(title=waiting.title.render(lang), note=note) + "\n",
                    style="bold")
    following = stage.next_deadline
    if following is not None and following.date is not None:
        text.append(t("• {title}：{day}").format(title=following.title.render(lang),
                                                 day=day_text(following.date, lang)) + "\n", style="bold")
    if bodies.inspection_office:
        text.append(t("• 也可向{body}投诉欠薪").format(body=bodies.inspection_office) + "\n")
    return text
