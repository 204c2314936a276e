"""``lawgen templates check DIR``: report what would break a court's own Word templates."""

from __future__ import annotations

import argparse
import sys

from lawgen.cli import EXIT_FAILED, EXIT_INVALID, EXIT_OK
from lawgen.i18n import msg


def run(args: argparse.Namespace) -> int:
    from lawgen.documents.check import check_folder

    if not args.folder.is_dir():
        print(msg("模板文件夹 {folder} 不存在", folder=str(args.folder)).render(args.lang), file=sys.stderr)
        return EXIT_INVALID
    problems = check_folder(args.folder)
    for problem in problems:
        print(problem.render(args.lang))
    if problems:
        summary = msg("发现 {count} 个问题；修改后请再次检查", count=len(problems))
        print(summary.render(args.lang), file=sys.stderr)
        return EXIT_FAILED
    print(msg("模板检查通过：{folder}", folder=str(args.folder)).render(args.lang))
    return EXIT_OK
