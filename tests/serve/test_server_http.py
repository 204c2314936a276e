"""``lawgen serve`` over plain HTTP, against the real server on loopback: nothing without a login, a wrong
password or an expired session refused with a plain message and logged, downloads and websockets guarded."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.support.serve import PASSWORD, Client, add_account, running_server, server_audit


def audit(data_dir: Path) -> list[tuple]:
    return server_audit(data_dir)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("serve") / "data"
    add_account(data_dir, "lin", "siming-01")
    add_account(data_dir, "chen", "huli-02")
    with running_server(data_dir) as running:
        yield running


@pytest.mark.parametrize("path", ["/", "/ws", "/static/js/textual.js", "/download/0123456789abcdef",
                                  "/no-such-page"])
def test_nothing_is_reachable_without_a_login(server, path: str) -> None:
    reply = Client(server).request("GET", path)
    if path == "/":
        assert reply.status == 303 and reply.headers["Location"].startswith("/login?m=needed")
    else:
        assert reply.status == 401, (path, reply.status)
        assert "请先登录" in reply.text
    assert b"textual.js" not in reply.body or path == "/"


def test_the_login_page_is_chinese_and_loads_nothing_from_elsewhere(server) -> None:
    reply = Client(server).request("GET", "/login")
    assert reply.status == 200
    assert "账号" in reply.text and "密码" in reply.text and "登录" in reply.text
    assert "http" not in reply.text.replace('http-equiv', '')  # no font, script or style from the network
    assert "default-src 'self'" in reply.headers["Content-Security-Policy"]
    english = Client(server).request("GET", "/login?lang=en")
    assert "Password" in english.text and "Log in" in english.text


def test_a_wrong_password_is_refused_plainly_and_logged_without_the_password(server) -> None:
    client = Client(server)
    reply = client.login("lin", "not-the-password")
    assert reply.status == 401
    assert "账号或密码错误" in reply.text
    assert "lawgen_session" not in client.cookies
    unknown = client.login("nobody-here", PASSWORD)
    assert unknown.status == 401 and "账号或密码错误" in unknown.text  # the same answer: no account probing
    assert ("lin", "login", "refused:wrong-password") in audit(server.data_dir)
    for path in server.data_dir.rglob("*"):
        if path.is_file():
            assert b"not-the-password" not in path.read_bytes(), path
    assert "not-the-password" not in server.output()


def test_a_login_gives_an_httponly_strict_cookie_and_the_wizard_page(server) -> None:
    client = Client(server)
    reply = client.login("lin")
    assert reply.status == 303 and reply.headers["Location"] == "/"
    cookie = reply.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    page = client.request("GET", "/")
    assert page.status == 200
    assert "siming-01" in page.text and "textual.js" in page.text and "退出登录" in page.text
    assert client.request("GET", "/static/js/textual.js").status == 200
    out = client.request("POST", "/logout")
    assert out.status == 303 and "m=out" in out.headers["Location"]
    assert client.request("GET", "/static/js/textual.js").status == 401


def test_guessing_passwords_is_stopped_after_five_tries(server) -> None:
    client = Client(server)
    add_account(server.data_dir, "wang", "siming-01")
    for _ in range(5):
        assert client.login("wang", "guess-guess-guess").status == 401
    reply = client.login("wang", PASSWORD)  # even the right password, while locked
    assert reply.status == 429 and "尝试次数过多" in reply.text
    assert ("wang", "login", "refused:too-many-tries") in audit(server.data_dir)


@pytest.mark.parametrize("key", ["..%2F..%2Faccounts.sqlite3", "%2E%2E%2Fcases.sqlite3",
                                 "x;rm%20-rf", "0123456789abcdef0123456789abcdef" * 3])
def test_a_path_or_junk_in_a_download_request_is_refused(server, key: str) -> None:
    client = Client(server)
    client.login("lin")
    reply = client.request("GET", f"/download/{key}")
    assert reply.status in (400, 404)
    assert "下载请求无效" in reply.text or "找不到" in reply.text
    assert b"SQLite" not in reply.body


def test_a_download_key_that_is_not_ours_is_refused(server) -> None:
    client = Client(server)
    client.login("lin")
    reply = client.request("GET", "/download/0123456789abcdef0123456789abcdef")
    assert reply.status == 404 and "不属于本次登录" in reply.text
    assert ("lin", "download", "refused:not-own") in audit(server.data_dir)


def test_an_oversized_form_is_refused_with_a_message(server) -> None:
    reply = Client(server).request("POST", "/login", body=b"name=" + b"a" * 200_000,
                                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert reply.status == 413 and "太大" in reply.text


def test_a_websocket_from_another_site_is_refused(server) -> None:
    client = Client(server)
    client.login("lin")
    reply = client.request("GET", "/ws", headers={
        "Origin": "http://evil.example", "Connection": "Upgrade", "Upgrade": "websocket",
        "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": "dGhlIHNhbXBsZSBub25jZQ=="})
    assert reply.status == 403 and "来源不符" in reply.text
    assert ("lin", "wizard", "refused:foreign-origin") in audit(server.data_dir)


def test_sql_in_the_login_name_is_just_a_wrong_name(server) -> None:
    reply = Client(server).login("' OR '1'='1", "' OR '1'='1")
    assert reply.status == 401 and "账号或密码错误" in reply.text
    assert ("?", "login", "refused:wrong-password") in audit(server.data_dir)


def test_an_expired_session_is_sent_back_to_the_login_with_a_message(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    add_account(data_dir, "lin", "siming-01")
    with running_server(data_dir, "--idle-timeout", "1") as server:
        client = Client(server)
        client.login("lin")
        assert client.request("GET", "/").status == 200
        time.sleep(1.6)
        reply = client.request("GET", "/")
        assert reply.status == 303 and "m=expired" in reply.headers["Location"]
        page = client.request("GET", reply.headers["Location"])
        assert "会话已过期，请重新登录" in page.text
        assert ("lin", "session", "expired") in audit(data_dir)


def test_the_server_listens_on_loopback_by_default(server) -> None:
    import subprocess

    listening = subprocess.run(["ss", "-Hltn", f"sport = :{server.port}"], capture_output=True, text=True)
    if listening.returncode != 0:
        pytest.skip("ss is not available")
    assert f"127.0.0.1:{server.port}" in listening.stdout
    assert f"0.0.0.0:{server.port}" not in listening.stdout
