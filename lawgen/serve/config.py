"""A centre's settings for ``lawgen serve`` (中心配置文件): one TOML file instead of a long command line.

```toml
register = "postgresql://lawgen@db.centre.lan/lawgen"   # the shared register; without it, SQLite per station
host = "192.168.1.10"                                   # this machine's address on the station network
port = 8000
data_dir = "/srv/lawgen"                                # accounts, logins' audit log, station registers

[sessions]
idle_minutes = 30                                       # logged out after this long without a key pressed
longest_hours = 12                                      # and this long after the login at the most
```

Read from ``--config FILE``, or else from ``centre.toml`` in the data folder when it is there. Options given
on the command line win over the file. A password for PostgreSQL belongs in PostgreSQL's own password file
(``~/.pgpass``), not here: a file that holds one (in the address, or as ``password``) is refused while anyone
but its owner may read it, and no message ever quotes the address.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lawgen.i18n import N_, Msg, msg

CONFIG_NAME = "centre.toml"
MAX_CONFIG_BYTES = 64 * 1024

UNREADABLE = N_("无法读取中心配置文件。")
NOT_TOML = N_("中心配置文件格式有误（第 {line} 行）：请按 TOML 格式填写。")
UNKNOWN_KEY = N_("中心配置文件中有不认识的设置“{key}”。可用的设置：{known}。")
BAD_VALUE = N_("中心配置文件中的设置“{key}”有误：{problem}")
NOT_AN_ADDRESS = N_("应是以 postgresql:// 开头的共享登记簿地址")
NOT_A_PORT = N_("应是 1 到 65535 之间的整数")
NOT_A_TEXT = N_("应是一段文字")
NOT_POSITIVE = N_("应是大于 0 的数")
READABLE_PASSWORD = N_("中心配置文件含有数据库密码，但本机的其他用户可以读取它，因此没有启动。"
                       "请把文件权限改为只有所有者可以读写（权限 600），"
                       "或把密码移到 PostgreSQL 的密码文件（.pgpass）中，配置文件里只写地址。")
NOT_A_FILE = N_("中心配置文件不是普通文件（可能是链接或设备文件），为安全起见不予读取。")

_TOP = ("register", "host", "port", "data_dir", "sessions")
_SESSIONS = ("idle_minutes", "longest_hours")


class ConfigError(Exception):
    def __init__(self, message: Msg) -> None:
        super().__init__(message.render())
        self.message = message


@dataclass(frozen=True)
class CentreConfig:
    register: str | None = None
    host: str | None = None
    port: int | None = None
    data_dir: Path | None = None
    idle: float | None = None  # seconds
    longest: float | None = None  # seconds


def default_config(data_dir: Path) -> Path:
    return Path(data_dir) / CONFIG_NAME


def load_config(path: Path) -> CentreConfig:
    """The settings in ``path``; ``ConfigError`` with a message for the centre's admin when they are wrong."""
    raw, mode = _read(Path(path))
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(msg(UNREADABLE)) from None
    except tomllib.TOMLDecodeError as error:
        # Python 3.11's error has no line attribute: its text ends "(at line N, column M)"
        found = re.search(r"at line (\d+)", str(error))
        raise ConfigError(msg(NOT_TOML, line=found.group(1) if found else "?")) from None
    _only(data, _TOP, "")
    sessions = data.get("sessions", {})
    if not isinstance(sessions, dict):
        raise ConfigError(msg(BAD_VALUE, key="sessions", problem=msg(NOT_A_TEXT)))
    _only(sessions, _SESSIONS, "sessions.")
    register = _text(data, "register")
    if register is not None and not register.startswith(("postgresql://", "postgres://")):
        raise ConfigError(msg(BAD_VALUE, key="register", problem=msg(NOT_AN_ADDRESS)))
    if register is not None and _has_password(register) and mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise ConfigError(msg(READABLE_PASSWORD))
    port = data.get("port")
    if port is not None and (not isinstance(port, int) or isinstance(port, bool) or not 0 < port < 65536):
        raise ConfigError(msg(BAD_VALUE, key="port", problem=msg(NOT_A_PORT)))
    data_dir = _text(data, "data_dir")
    return CentreConfig(
        register=register, host=_text(data, "host"), port=port,
        data_dir=Path(data_dir).expanduser() if data_dir else None,
        idle=_seconds(sessions, "idle_minutes", 60), longest=_seconds(sessions, "longest_hours", 3600))


def _read(path: Path) -> tuple[bytes, int]:
    """The file's bytes and mode, through one descriptor that refuses a symlink, a FIFO or a device."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as error:
        if error.errno == 40:  # ELOOP: a symlink at the name
            raise ConfigError(msg(NOT_A_FILE)) from None
        raise ConfigError(msg(UNREADABLE)) from None
    try:
        info = os.fstat(handle)
        if not stat.S_ISREG(info.st_mode):
            raise ConfigError(msg(NOT_A_FILE))
        with os.fdopen(os.dup(handle), "rb") as file:
            raw = file.read(MAX_CONFIG_BYTES + 1)
    except OSError:
        raise ConfigError(msg(UNREADABLE)) from None
    finally:
        os.close(handle)
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(msg(UNREADABLE))
    return raw, info.st_mode


def _has_password(address: str) -> bool:
    """Whether the address carries a password (``user:secret@host`` or ``?password=``), as libpq reads it."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        return bool(conninfo_to_dict(address).get("password"))
    except Exception:  # noqa: BLE001 - an address libpq cannot parse: assume the worst
        return True


def _only(table: dict[str, Any], known: tuple[str, ...], prefix: str) -> None:
    for key in table:
        if key not in known:
            raise ConfigError(msg(UNKNOWN_KEY, key=prefix + str(key)[:40],
                                  known="、".join(prefix + k for k in known)))


def _text(table: dict[str, Any], key: str) -> str | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(msg(BAD_VALUE, key=key, problem=msg(NOT_A_TEXT)))
    return value.strip()


def _seconds(table: dict[str, Any], key: str, unit: int) -> float | None:
    value = table.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigError(msg(BAD_VALUE, key="sessions." + key, problem=msg(NOT_POSITIVE)))
    return float(value) * unit


@dataclass(frozen=True)
class Settings:
    """What a command runs with: the command line over the config file over the defaults."""

    data_dir: Path
    register: str | None
    host: str
    port: int
    idle: float | None
    longest: float | None


def settings(args) -> Settings:
    """The settings for ``serve``, ``account`` and ``audit``: ``--config FILE`` (which must be there), or
    else ``centre.toml`` in the data folder when there is one."""
    from lawgen.store import default_data_dir

    given_dir = getattr(args, "data_dir", None)
    path = getattr(args, "config", None)
    if path is None:
        candidate = default_config(given_dir or default_data_dir())
        path = candidate if os.path.lexists(candidate) else None
    config = load_config(path) if path is not None else CentreConfig()
    return Settings(
        data_dir=Path(_first(given_dir, config.data_dir, default_data_dir())),
        register=_first(getattr(args, "register", None), config.register),
        host=_first(getattr(args, "host", None), config.host, "127.0.0.1"),
        port=_first(getattr(args, "port", None), config.port, 8000),
        idle=_first(getattr(args, "idle_timeout", None), config.idle),
        longest=config.longest,
    )


def _first(*values):
    """The first value given (0 is a value: ``--port 0`` asks for any free port)."""
    return next((value for value in values if value is not None), None)
