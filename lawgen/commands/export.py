"""``lawgen export CASE.json -o OUT.json [--redact]``: a clean case file, optionally masked for sharing."""

from __future__ import annotations

import argparse
import json

from lawgen.case import InvalidCase, case_to_json
from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from lawgen.commands.common import read_case, report_errors, say
from lawgen.files import NotARegularFile, os_error_text, write_text_atomic
from lawgen.i18n import translate
from lawgen.redact import redact_case


def run(args: argparse.Namespace) -> int:
    try:
        case = read_case(args.case)
    except InvalidCase as error:
        report_errors(error.errors, args.lang, source=str(args.case))
        return EXIT_INVALID
    data = case_to_json(case)
    if args.redact:
        data = redact_case(data)
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    try:
        write_text_atomic(args.output, text)
    except NotARegularFile:
        say(translate("{path} 不是普通文件（而是管道、设备、文件夹或链接），未写入，也不会替换；"
                      "请另选一个文件名", args.lang).format(path=args.output), error=True)
        return EXIT_INVALID
    except OSError as error:
        message = translate("无法写入 {path}：{detail}", args.lang)
        say(message.format(path=args.output, detail=os_error_text(error).render(args.lang)), error=True)
        return EXIT_FAILED
    say(translate("已导出：{path}", args.lang).format(path=args.output))
    return EXIT_OK
