"""``lawgen templates check DIR``: report what would break a court's own Word templates."""

from __future__ import annotations

import argparse

from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from lawgen.commands.common import say
from lawgen.i18n import msg


def run(args: argparse.Namespace) -> int:
    from lawgen.documents.check import check_folder

    if not args.folder.is_dir():
        say(msg("模板文件夹 {folder} 不存在", folder=str(args.folder)).render(args.lang), error=True)
        return EXIT_INVALID
    problems = check_folder(args.folder)
    for problem in problems:
        say(problem.render(args.lang))
    if problems:
        summary = msg("发现 {count} 个问题；修改后请再次检查", count=len(problems))
        say(summary.render(args.lang), error=True)
        return EXIT_FAILED
    say(msg("模板检查通过：{folder}", folder=str(args.folder)).render(args.lang))
    return EXIT_OK
