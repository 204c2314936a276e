"""``lawgen serve [--config FILE] [--host ADDRESS] [--port N] [--register URL]``: the wizard in a browser,
behind the station accounts; a centre's settings may come from its config file (``lawgen.serve.config``)."""

from __future__ import annotations

import argparse
import sys
import threading

from lawgen.cli import EXIT_INVALID, EXIT_OK
from lawgen.i18n import translate


def run(args: argparse.Namespace) -> int:
    from lawgen.serve.config import ConfigError, settings
    from lawgen.serve.server import LawgenServer, is_loopback

    lang = args.lang
    try:
        chosen = settings(args)
    except ConfigError as error:
        print(error.message.render(lang), file=sys.stderr)
        return EXIT_INVALID
    server = LawgenServer(chosen.data_dir, host=chosen.host, port=chosen.port, idle=chosen.idle,
                          longest=chosen.longest, register=chosen.register)
    if not server.directory.accounts():
        print(translate("还没有账号：请先用 lawgen account add 建立服务站账号", lang), file=sys.stderr)
        return EXIT_INVALID
    if not is_loopback(chosen.host):
        warning = translate("注意：向导将在局域网地址 {host} 上提供，连接未加密；"
                            "请只在可信的内部网络中使用，或放在 HTTPS 反向代理之后。", lang)
        print(warning.format(host=chosen.host), file=sys.stderr)
    host = f"[{chosen.host}]" if ":" in chosen.host else chosen.host
    print(translate("向导已在 http://{host}:{port}/ 提供；按 Ctrl+C 停止。", lang).format(
        host=host, port=chosen.port), flush=True)
    if args.exit_after:
        # Tests and demonstrations: the server stops by itself even if whoever started it does not.
        import os
        import signal

        timer = threading.Timer(args.exit_after, lambda: os.kill(os.getpid(), signal.SIGINT))
        timer.daemon = True
        timer.start()
    server.run()
    return EXIT_OK
