"""Hostile requests against the real ``lawgen serve`` on loopback and the real wizard (issue 17, "bad input
and security"): an oversized websocket message or form, a path in a download request, SQL in the search
box — each refused or matched as plain text, with a plain message, and logged in the audit log. (Another
station's case opened by its id: tests/register/test_register_audit.py, on both backends.)"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp
import pytest
from textual.widgets import DataTable, Input, Static

from lawgen.actors import Actor
from lawgen.serve.server import MAX_MESSAGE_BYTES
from lawgen.store import open_register
from lawgen.wizard.app import WizardApp
from tests.support.serve import Client, add_account, running_server, server_audit
from tests.support.wizard_helpers import SIZE, TODAY, async_test, example

LIN = Actor("lin", "siming-01")


def audit(data_dir: Path) -> list[tuple]:
    return server_audit(data_dir, "account, station, action, outcome")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("security") / "data"
    add_account(data_dir, "lin", "siming-01")
    with running_server(data_dir) as running:
        yield running


async def send_oversized_message(base: str, cookie: str) -> tuple[aiohttp.WSMsgType, int | None]:
    async with aiohttp.ClientSession() as http, http.ws_connect(
            base.replace("http", "ws") + "/ws?width=80&height=24",
            headers={"Origin": base, "Cookie": f"lawgen_session={cookie}"}, max_msg_size=0) as socket:
        # A pasted paragraph is far below the bound: only a hostile client sends one byte over it.
        await socket.send_str('["stdin", "' + "x" * (MAX_MESSAGE_BYTES + 1) + '"]')
        while True:
            reply = await asyncio.wait_for(socket.receive(), timeout=60)
            if reply.type in (aiohttp.WSMsgType.CLOSE, aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                return reply.type, socket.close_code


def test_an_oversized_websocket_message_closes_the_tab_and_is_logged(server) -> None:
    client = Client(server)
    client.login("lin")
    kind, code = asyncio.run(send_oversized_message(server.base, client.cookies["lawgen_session"]))
    assert code == 1009  # RFC 6455: "message too big"
    entry = ("lin", "siming-01", "wizard", "refused:message-too-large")
    deadline = time.monotonic() + 30  # the server logs it just after it has closed the socket
    while entry not in audit(server.data_dir) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert entry in audit(server.data_dir)
    assert "x" * 100 not in server.output()


def test_an_oversized_form_is_refused_plainly_and_logged(server) -> None:
    reply = Client(server).request("POST", "/login", body=b"name=" + b"a" * 200_000,
                                   headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert reply.status == 413 and reply.text == "提交的内容太大，已拒绝\n"
    assert ("", "", "request", "refused:too-large") in audit(server.data_dir)
    assert "a" * 100 not in repr(audit(server.data_dir))


@pytest.mark.parametrize("key", ["..%2F..%2Faccounts.sqlite3", "%2Fetc%2Fpasswd",
                                 "%2E%2E%2Fstations%2Fsiming-01%2Fcases.sqlite3"])
def test_a_path_in_a_download_request_is_refused_plainly_and_logged(server, key: str) -> None:
    client = Client(server)
    client.login("lin")
    before = audit(server.data_dir).count(("lin", "siming-01", "download", "refused:malformed-request"))
    reply = client.request("GET", f"/download/{key}")
    assert reply.status == 400 and reply.text == "下载请求无效\n"
    assert b"SQLite" not in reply.body and b"root:" not in reply.body
    after = audit(server.data_dir).count(("lin", "siming-01", "download", "refused:malformed-request"))
    assert after == before + 1


SQL_SEARCHES = ["' OR '1'='1", "'; DROP TABLE cases; --", "%"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_sql_in_the_search_box_matches_only_itself(request, tmp_path: Path, backend: str) -> None:
    """Each search typed in turn into one wizard (a wizard's start is most of the cost), the box cleared
    between them."""
    location = tmp_path / "data" if backend == "sqlite" else request.getfixturevalue("postgres_url")
    store = open_register(location, LIN)
    store.create(example())
    store.create({"worker": {"name": "张三"}, "respondents": [{"name": "某某物流有限公司"}]})

    @async_test
    async def search_in_the_wizard() -> None:
        app = WizardApp(tmp_path / "wizard", "zh", TODAY, store=store)
        app.premount = False
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            table = app.screen.query_one("#cases", DataTable)
            assert table.row_count == 2
            await pilot.press("slash")
            for search in SQL_SEARCHES:
                app.screen.query_one("#search", Input).insert_text_at_cursor(search)
                await pilot.pause()
                assert table.row_count == 0, search  # no case has that text: nothing matched, nothing ran
                assert "Error" not in "".join(str(s.render()) for s in app.screen.query(Static))
                app.screen.query_one("#search", Input).value = ""
                await pilot.pause()
                assert table.row_count == 2, search  # and the table is still there

    search_in_the_wizard()
    assert len(open_register(location, LIN).list()) == 2
