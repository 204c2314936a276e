"""A centre's config file for ``lawgen serve`` (issue 17): its settings, the command line over it, the data
folder's ``centre.toml`` read by default, and a file holding the database password refused while others
may read it — with a message saying what to fix, never the password or the address."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from lawgen.serve.config import ConfigError, load_config
from tests.support.cli import Ran, run_lawgen
from tests.support.paths import ROOT
from tests.support.serve import Client, add_account, free_port

CENTRE = """\
register = "postgresql://lawgen@db.centre.lan/lawgen"
host = "192.168.1.10"
port = 8080
data_dir = "{data}"

[sessions]
idle_minutes = 20
longest_hours = 8
"""


def write(path: Path, text: str, mode: int = 0o600) -> Path:
    path.write_text(text, encoding="utf-8")
    os.chmod(path, mode)
    return path


def lawgen(*args: str) -> Ran:
    """The command in this process, as ``python -m lawgen`` runs it."""
    return run_lawgen(*args)


def test_a_centres_settings_are_read_with_their_units(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "centre.toml", CENTRE.format(data=tmp_path / "srv")))
    assert config.register == "postgresql://lawgen@db.centre.lan/lawgen"
    assert (config.host, config.port, config.data_dir) == ("192.168.1.10", 8080, tmp_path / "srv")
    assert config.idle == 20 * 60 and config.longest == 8 * 3600  # 1,200 s and 28,800 s


@pytest.mark.parametrize("address", ["postgresql://lawgen:s3cret-pw@db.centre.lan/lawgen",
                                     "postgresql://lawgen@db.centre.lan/lawgen?password=s3cret-pw"])
@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604])
def test_a_password_in_a_file_others_may_read_is_refused(tmp_path: Path, address: str, mode: int) -> None:
    path = write(tmp_path / "centre.toml", f'register = "{address}"\n', mode)
    with pytest.raises(ConfigError) as refused:
        load_config(path)
    text = refused.value.message.render()
    assert "其他用户可以读取" in text and "权限 600" in text and ".pgpass" in text
    assert "s3cret-pw" not in text and "db.centre.lan" not in text
    os.chmod(path, 0o600)  # the fix the message names
    assert load_config(path).register == address


def test_an_address_without_a_password_may_be_readable(tmp_path: Path) -> None:
    path = write(tmp_path / "centre.toml", 'register = "postgresql:///lawgen"\n', 0o644)
    assert load_config(path).register == "postgresql:///lawgen"


@pytest.mark.parametrize(("text", "expected"), [
    ('regster = "postgresql:///lawgen"\n', "不认识的设置“regster”"),
    ("[sessions]\nidle = 5\n", "不认识的设置“sessions.idle”"),
    ("port = 70000\n", "“port”有误：应是 1 到 65535 之间的整数"),
    ('port = "8000"\n', "“port”有误"),
    ('register = "mysql://x"\n', "应是以 postgresql:// 开头的共享登记簿地址"),
    ("[sessions]\nidle_minutes = 0\n", "“sessions.idle_minutes”有误：应是大于 0 的数"),
    ('host = "127.0.0.1\n', "格式有误（第 1 行）"),
])
def test_a_wrong_setting_is_named_in_a_plain_message(tmp_path: Path, text: str, expected: str) -> None:
    with pytest.raises(ConfigError) as refused:
        load_config(write(tmp_path / "centre.toml", text))
    assert expected in refused.value.message.render()


def test_a_link_in_place_of_the_config_file_is_not_followed(tmp_path: Path) -> None:
    real = write(tmp_path / "real.toml", "port = 8000\n")
    (tmp_path / "centre.toml").symlink_to(real)
    with pytest.raises(ConfigError, match="不是普通文件"):
        load_config(tmp_path / "centre.toml")


def test_serve_refuses_a_readable_password_file_with_the_fix_in_the_users_language(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add_account(data, "lin", "siming-01")
    address = "postgresql://lawgen:s3cret-pw@127.0.0.1/x"
    config = write(tmp_path / "centre.toml", f'register = "{address}"\n', 0o644)
    result = lawgen("--lang", "en", "serve", "--data-dir", str(data), "--config", str(config))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "other users of this machine can read it" in result.stderr and "mode 600" in result.stderr
    assert "s3cret-pw" not in result.stderr + result.stdout


def test_serve_reads_centre_toml_in_the_data_folder_and_the_command_line_wins(tmp_path: Path) -> None:
    data = tmp_path / "data"
    add_account(data, "lin", "siming-01")
    port = free_port()
    write(data / "centre.toml", f'host = "127.0.0.1"\nport = {port}\n[sessions]\nidle_minutes = 0.02\n')
    process = subprocess.Popen([sys.executable, "-m", "lawgen", "serve", "--data-dir", str(data),
                                "--exit-after", "60"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert f"http://127.0.0.1:{port}/" in process.stdout.readline()  # the port from the file
        import time

        from tests.support.serve import Server

        server = Server(port, data, process, tmp_path / "unused.log")
        client = Client(server)
        for _ in range(100):
            try:
                client.login("lin")
                break
            except OSError:
                time.sleep(0.1)
        assert client.request("GET", "/").status == 200
        time.sleep(2.5)  # idle_minutes = 0.02: 1.2 s without a request ends the session
        reply = client.request("GET", "/")
        assert reply.status == 303 and "m=expired" in reply.headers["Location"]
    finally:
        process.terminate()
        process.wait(timeout=20)


def test_the_command_line_wins_over_the_file(tmp_path: Path) -> None:
    import argparse

    from lawgen.serve.config import settings

    data = tmp_path / "data"
    data.mkdir()
    write(data / "centre.toml", 'host = "10.0.0.2"\nport = 8080\nregister = "postgresql:///centre"\n')
    given = argparse.Namespace(data_dir=data, config=None, host=None, port=9000, register=None,
                               idle_timeout=None)
    chosen = settings(given)
    assert (chosen.host, chosen.port, chosen.register) == ("10.0.0.2", 9000, "postgresql:///centre")
    given.register = "postgresql:///other"
    assert settings(given).register == "postgresql:///other"


def test_audit_and_account_read_the_centres_config(tmp_path: Path, postgres_url) -> None:
    data = tmp_path / "srv"
    config = write(tmp_path / "centre.toml", f'register = "{postgres_url}"\ndata_dir = "{data}"\n')
    from lawgen.actors import Actor
    from lawgen.store import open_register

    case_id = open_register(postgres_url, Actor("lin", "siming-01")).create({"worker": {"name": "王五"}})
    log = lawgen("audit", "--config", str(config))
    assert log.returncode == 0 and f"\tlin\tsiming-01\tcreate\t{case_id}\tok" in log.stdout
    assert "王五" not in log.stdout
    listed = lawgen("account", "--config", str(config), "list")
    assert listed.returncode == 0 and (data / "accounts.sqlite3").exists()  # the data folder it names
