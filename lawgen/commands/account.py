"""``lawgen account add|passwd|remove|list``: the station accounts ``lawgen serve`` logs in against.

Passwords are read from the terminal without echo (or, for scripts, one line of standard input with
``--password-stdin``), never from the command line, where other users could see them.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from lawgen.cli import EXIT_INVALID, EXIT_OK
from lawgen.i18n import translate


def run(args: argparse.Namespace) -> int:
    from lawgen.serve.accounts import AccountError, Directory
    from lawgen.serve.config import ConfigError, settings

    lang = args.lang
    try:
        data_dir = settings(args).data_dir  # the centre's config file may name the data folder
    except ConfigError as error:
        print(error.message.render(lang), file=sys.stderr)
        return EXIT_INVALID
    directory = Directory(data_dir)
    try:
        if args.account_command == "list":
            for account in directory.accounts():
                print(f"{account.name}\t{account.station}\t{account.role.value}")
            return EXIT_OK
        if args.account_command == "remove":
            directory.remove(args.name)
            directory.record(args.name, "", "account", "removed")
            print(translate("已删除账号 {name}", lang).format(name=args.name))
            return EXIT_OK
        password = _read_password(args, lang)
        if args.account_command == "add":
            account = directory.add(args.name, args.station, args.role, password)
            directory.record(account.name, account.station, "account", "added")
            print(translate("已建立账号 {name}（服务站 {station}）", lang).format(
                name=account.name, station=account.station))
        else:
            directory.set_password(args.name, password)
            directory.record(args.name, "", "account", "password-changed")
            print(translate("已更改账号 {name} 的密码", lang).format(name=args.name))
    except AccountError as error:
        print(translate(str(error), lang), file=sys.stderr)
        return EXIT_INVALID
    finally:
        directory.close()
    return EXIT_OK


def _read_password(args: argparse.Namespace, lang: str) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(translate("密码：", lang))
    if getpass.getpass(translate("再输入一次：", lang)) != first:
        from lawgen.i18n import N_
        from lawgen.serve.accounts import AccountError

        raise AccountError(N_("两次输入的密码不一致"))
    return first
