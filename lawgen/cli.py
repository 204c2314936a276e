"""Command line: argument parsing and printing only. Each command imports what it needs when it runs,
so ``lawgen --help`` stays fast."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lawgen import __version__
from lawgen.i18n import LANGUAGES, language_from_environment, normalize_language, translate

EXIT_OK, EXIT_FAILED, EXIT_INVALID = 0, 1, 2


def _(text: str) -> str:
    return translate(text, _LANG[0])


_LANG = [language_from_environment()]


def add_law_options(parser: argparse.ArgumentParser) -> None:
    """Options every command that assesses a case shares."""
    parser.add_argument("--on", metavar="YYYY-MM-DD", help=_("判断日期（默认：案件的 prepared_on，或今天）"))
    parser.add_argument(
        "--set", metavar="NAME=VALUE", action="append", default=[], dest="overrides",
        help=_("覆盖一个参数，例如 --set small_claims_mandatory_max=60000（可重复）"),
    )
    parser.add_argument("--params", metavar="FILE", type=Path,
                        help=_("参数覆盖文件（TOML，[parameters] 表）"))
    parser.add_argument("--holidays", metavar="FILE", type=Path, action="append", default=[],
                        help=_("补充的节假日安排（TOML：year、source、days_off、working_days），如国务院新公布的放假通知"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lawgen",
        description=_("为新就业形态劳动者追索工资、加班费：评估案件、生成仲裁和诉讼文书、小额诉讼指南。"
                      "不带参数运行时打开向导。"),
    )
    parser.add_argument("--version", action="version", version=f"lawgen {__version__}")
    parser.add_argument("--lang", choices=LANGUAGES, help=_("界面语言：zh（默认）或 en"))
    parser.add_argument("--data-dir", type=Path, help=_("案件库所在目录"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help=_("评估一个案件文件并打印结论"))
    check.add_argument("case", type=Path, help=_("案件文件（lawgen.case/1 JSON）"))
    check.add_argument("--json", action="store_true", help=_("输出 lawgen.assessment/1 JSON"))
    add_law_options(check)
    check.set_defaults(run="lawgen.commands.check:run")

    record = commands.add_parser("record", help=_("在案件文件中记录一个程序阶段（催告、申请、裁决、付款等）"))
    record.add_argument("case", type=Path, help=_("案件文件（lawgen.case/1 JSON）"))
    record.add_argument("event", metavar="EVENT", help=_(
        "阶段：demanded、applied、accepted、hearing、award、award_received、mediation、suit、judgment、"
        "judgment_received、judgment_effective、paid、enforcement"))
    record.add_argument("--on", metavar="YYYY-MM-DD", required=True, help=_("发生日期"))
    record.add_argument("--amount", metavar="AMOUNT", help=_("金额（调解、判决、付款）"))
    record.add_argument("--pay-by", metavar="YYYY-MM-DD", help=_("履行期限的最后一日（裁决、调解、判决）"))
    record.add_argument("--item", metavar="KIND=AMOUNT[:final]", action="append", help=_(
        "裁决项目，例如 unpaid_wages=12000:final（终局）；可重复"))
    record.add_argument("--court", help=_("法院（起诉、强制执行）"))
    record.add_argument("--commission", help=_("仲裁委员会（申请仲裁）"))
    record.add_argument("--case-number", help=_("案号"))
    record.add_argument("--mediator", help=_("调解组织（调解协议）"))
    record.add_argument("--appealed", action="store_true", help=_("判决已被上诉"))
    record.add_argument("--note", help=_("备注（催告、付款）"))
    record.add_argument("--replace", action="store_true", help=_("替换该阶段已记录的另一个日期"))
    record.set_defaults(run="lawgen.commands.record:run")

    generate = commands.add_parser(
        "generate", help=_("生成文书：仲裁申请书、起诉状、证据清单等（.docx，可选 PDF）"))
    generate.add_argument("case", type=Path, help=_("案件文件（lawgen.case/1 JSON）"))
    generate.add_argument("-o", "--output", type=Path, required=True, metavar="DIR", help=_("输出文件夹"))
    generate.add_argument("--pdf", action="store_true", help=_("同时用 LibreOffice 转换为 PDF"))
    generate.add_argument("--force", action="store_true", help=_("覆盖文件夹中其他案件的文书"))
    generate.add_argument("--templates", type=Path, metavar="DIR",
                          help=_("使用自己的模板（缺少的文件使用内置模板）"))
    add_law_options(generate)
    generate.set_defaults(run="lawgen.commands.generate:run")

    batch = commands.add_parser("batch", help=_("批量生成：为文件夹中的每个案件文件生成一套文书"))
    batch.add_argument("folder", type=Path, metavar="DIR", help=_("案件文件夹（其中的 *.json 文件）"))
    batch.add_argument("-o", "--output", type=Path, required=True, metavar="OUT",
                       help=_("输出文件夹：每个案件一个子文件夹，另有 report.json"))
    batch.add_argument("-j", "--jobs", type=int, metavar="N",
                       help=_("并行进程数（默认：全部 CPU 核心，最多 8 个）"))
    batch.add_argument("--pdf", action="store_true", help=_("同时用 LibreOffice 转换为 PDF"))
    batch.add_argument("--force", action="store_true", help=_("覆盖文件夹中其他案件的文书"))
    batch.add_argument("--templates", type=Path, metavar="DIR",
                       help=_("使用自己的模板（缺少的文件使用内置模板）"))
    add_law_options(batch)
    batch.set_defaults(run="lawgen.commands.batch:run")

    templates = commands.add_parser("templates", help=_("检查自定义 Word 模板"))
    templates_commands = templates.add_subparsers(dest="templates_command", metavar="ACTION", required=True)
    templates_check = templates_commands.add_parser(
        "check", help=_("检查模板文件夹：语法、变量、被拆分的标记"))
    templates_check.add_argument("folder", type=Path, metavar="DIR", help=_("模板文件夹"))
    templates_check.set_defaults(run="lawgen.commands.templates:run")

    guide = commands.add_parser("guide", help=_("生成《劳动争议小额诉讼程序实用指南》（或一页宣传单）"))
    guide.add_argument("--region", required=True, metavar="CODE", help=_("地区代码，例如厦门市 350200"))
    guide.add_argument("-o", "--output", required=True, metavar="FILE", help=_("输出的 .docx 文件"))
    guide.add_argument("--pdf", action="store_true", help=_("同时用 LibreOffice 转换为 PDF"))
    guide.add_argument("--leaflet", action="store_true", help=_("生成一页宣传单，而不是完整指南"))
    add_law_options(guide)
    guide.set_defaults(run="lawgen.commands.guide:run")

    export = commands.add_parser("export", help=_("导出整理后的案件文件（可脱敏）"))
    export.add_argument("case", type=Path, help=_("案件文件（lawgen.case/1 JSON）"))
    export.add_argument("-o", "--output", type=Path, required=True, help=_("导出到的文件"))
    export.add_argument("--redact", action="store_true",
                        help=_("遮盖身份证号、电话和住址，便于分享或报告问题"))
    export.set_defaults(run="lawgen.commands.export:run")

    hours = commands.add_parser("hours", help=_("根据平台订单记录计算工作时间和加班时数"))
    hours.add_argument("records", type=Path, metavar="RECORDS", help=_("订单记录文件（CSV 或 .xlsx）"))
    hours.add_argument("--case", type=Path, help=_("案件文件：按其地区比较最低工资，并计算加班费"))
    hours.add_argument("--json", action="store_true", help=_("输出 lawgen.hours/1 JSON"))
    hours.add_argument("--sheet", help=_("工作簿中要读取的工作表"))
    hours.add_argument("--map", action="append", metavar="FIELD=HEADER",
                       help=_("指定某列的含义，例如 accepted=开始时间"))
    hours.add_argument("--allowance", metavar="MINUTES", help=_("计入宽放时间的订单间隔上限（分钟）"))
    hours.add_argument("--required-online", action="append", metavar="HH:MM-HH:MM",
                       help=_("企业要求的每日在线时间（可重复）"))
    hours.add_argument("--skip-bad-rows", action="store_true", help=_("有误的行不计入，只计算其余的行"))
    add_law_options(hours)
    hours.set_defaults(run="lawgen.commands.hours:run")

    serve = commands.add_parser("serve", help=_("在浏览器中提供向导（需要登录）"))
    serve.add_argument("--host", default=None, metavar="ADDRESS",
                       help=_("监听地址（默认只在本机 127.0.0.1；局域网使用时填本机的局域网地址）"))
    serve.add_argument("--port", type=int, default=None, help=_("端口（默认 8000）"))
    serve.add_argument("--config", type=Path, metavar="FILE",
                       help=_("中心配置文件（TOML）；不填时读取数据目录中的 centre.toml（如有）"))
    serve.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=_("案件库所在目录"))
    serve.add_argument("--register", metavar="URL",
                       help=_("共享登记簿的地址（postgresql://…）；不填时每个服务站一个本机登记簿"))
    serve.add_argument("--exit-after", type=float, default=0, help=argparse.SUPPRESS)
    serve.add_argument("--idle-timeout", type=float, default=None, help=argparse.SUPPRESS)
    serve.set_defaults(run="lawgen.commands.serve:run")

    account = commands.add_parser("account", help=_("管理网页版向导的服务站账号"))
    account.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=_("案件库所在目录"))
    account.add_argument("--config", type=Path, metavar="FILE",
                         help=_("中心配置文件（TOML）；不填时读取数据目录中的 centre.toml（如有）"))
    account_commands = account.add_subparsers(dest="account_command", metavar="ACTION", required=True)
    account_add = account_commands.add_parser("add", help=_("新建账号"))
    account_add.add_argument("name", help=_("账号名"))
    account_add.add_argument("--station", required=True, help=_("服务站代号，例如 siming-01"))
    account_add.add_argument("--role", default="volunteer", choices=("volunteer", "lawyer", "admin"),
                             help=_("角色：volunteer（志愿者，默认）、lawyer（督导律师）、admin（管理员）"))
    account_passwd = account_commands.add_parser("passwd", help=_("更改密码"))
    account_passwd.add_argument("name", help=_("账号名"))
    for action in (account_add, account_passwd):
        action.add_argument("--password-stdin", action="store_true", help=_("从标准输入读取密码（一行）"))
    account_remove = account_commands.add_parser("remove", help=_("删除账号"))
    account_remove.add_argument("name", help=_("账号名"))
    account_commands.add_parser("list", help=_("列出账号"))
    account.set_defaults(run="lawgen.commands.account:run")

    audit = commands.add_parser("audit", help=_("打印审计日志（管理员）"))
    audit.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=_("案件库所在目录"))
    audit.add_argument("--register", metavar="URL", help=_("共享登记簿的地址（postgresql://…）"))
    audit.add_argument("--config", type=Path, metavar="FILE",
                       help=_("中心配置文件（TOML）；不填时读取数据目录中的 centre.toml（如有）"))
    audit.add_argument("--limit", type=int, default=200, metavar="N", help=_("最多显示的条数（默认 200）"))
    audit.set_defaults(run="lawgen.commands.audit:run")

    wizard = commands.add_parser("wizard", help=_("打开向导（默认）"))
    wizard.add_argument("--data-dir", type=Path, default=argparse.SUPPRESS, help=_("案件库所在目录"))
    wizard.add_argument("--register", metavar="URL", help=_("共享登记簿的地址（postgresql://…）"))
    wizard.add_argument("--station", help=_("使用共享登记簿时本机所属的服务站代号"))
    wizard.set_defaults(run="lawgen.commands.wizard:run")
    _language_after_every_command(parser)
    return parser


def _language_after_every_command(parser: argparse.ArgumentParser) -> None:
    """``--lang`` taken after a command too (``lawgen wizard --lang en``, as the README puts it: the
    volunteer's wizard closed at once with «unrecognized arguments»); given in both places, the later wins."""
    for action in parser._actions:  # argparse keeps its subcommands only here
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                command.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                                     help=_("界面语言：zh（默认）或 en"))
                _language_after_every_command(command)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _LANG[0] = _peek_language(argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.lang = normalize_language(args.lang) if args.lang else _LANG[0]
    target = getattr(args, "run", "lawgen.commands.wizard:run")
    module_name, function_name = target.split(":")
    import importlib

    run = getattr(importlib.import_module(module_name), function_name)
    try:
        return run(args)
    except KeyboardInterrupt:
        print(_("已中断"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`lawgen check … | head`): stop quietly, as Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILED


def _peek_language(argv: list[str]) -> str:
    """The language must be known before the parser's help texts are built."""
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            return normalize_language(argv[index + 1])
        if arg.startswith("--lang="):
            return normalize_language(arg.split("=", 1)[1])
    return language_from_environment()
