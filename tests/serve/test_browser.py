"""The wizard in a real headless Chromium, as a volunteer uses it: log in (after a wrong password), type a
Chinese name, reach the review, generate, download the packet — and the download refused to every other
login. Screenshots of each stage are taken (into ``LAWGEN_SCREENSHOTS=DIR`` to look at them afterwards).

What the canvas shows cannot be read back as text, so progress is read where it lands: the station's
register (the wizard saves the step it shows and every edit), the downloaded file and the audit log."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import time
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from lawgen.actors import Actor
from lawgen.serve.accounts import DB_NAME
from lawgen.store import CaseStatus, open_register
from tests.support.browser import chromium, fresh_visit, require_chromium, wait_for
from tests.support.paths import EXAMPLE_CASE
from tests.support.serve import PASSWORD, Client, add_account, running_server

CHINESE_NAME = "林小海"


def station_case(data_dir: Path, shared: str | None) -> Callable[[], tuple]:
    """Example 01 with the worker's name left empty, stored at the worker step of station siming-01 (in its
    own SQLite register, or in the shared one); returns how to read the case's (step, status, name) back."""
    import json

    case = json.loads(EXAMPLE_CASE.read_text(encoding="utf-8"))
    case["worker"]["name"] = ""
    folder = data_dir / "stations" / "siming-01"
    store = open_register(shared or folder, Actor("lin", "siming-01"))
    case_id = store.create(case, CaseStatus.draft, step="worker")
    store.close()
    if shared:
        import psycopg

        def read() -> tuple:
            with psycopg.connect(shared) as db:
                return db.execute("SELECT step, status, worker_name FROM cases WHERE id = %s",
                                  (case_id,)).fetchone()
        return read
    return lambda: stored(folder / "cases.sqlite3")


_last_shot: dict[int, tuple[float, bytes]] = {}  # a browser's last screenshot, and when it was taken


def still(browser) -> bytes | None:
    """The page when it is the same as at least half a second before (the wizard has drawn its answer): one
    screenshot a call, compared with the one before it (two a call would cost Chromium twice the work)."""
    taken, before = _last_shot.get(id(browser), (0.0, b""))
    time.sleep(max(0.0, taken + 0.5 - time.monotonic()))
    shot = browser.get_screenshot_as_png()
    _last_shot[id(browser)] = (time.monotonic(), shot)
    return shot if shot == before else None


def stored(register: Path) -> tuple[str, str, str]:
    db = sqlite3.connect(f"file:{register}?mode=ro", uri=True)
    try:
        return db.execute("SELECT step, status, worker_name FROM cases").fetchone()
    finally:
        db.close()


@pytest.fixture(scope="module")
def one_chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """One Chromium for both registers (what differs is the server behind it): each test gets it as a new
    visitor would (tests.support.browser.fresh_visit)."""
    require_chromium()
    folder = tmp_path_factory.mktemp("chromium")
    with chromium(folder / "profile", folder / "downloads") as browser:
        yield browser


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_volunteer_logs_in_types_chinese_generates_and_downloads(tmp_path: Path, backend: str,
                                                                   request, one_chromium) -> None:
    shared = request.getfixturevalue("postgres_url") if backend == "postgresql" else None
    data_dir = tmp_path / "data"
    add_account(data_dir, "lin", "siming-01")
    add_account(data_dir, "chen", "huli-02")
    case = station_case(data_dir, shared)
    shots = Path(os.environ.get("LAWGEN_SCREENSHOTS") or tmp_path) / f"shots-{backend}"
    shutil.rmtree(shots, ignore_errors=True)
    shots.mkdir(parents=True)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = ["--register", shared] if shared else []
    browser = one_chromium
    fresh_visit(browser, downloads)
    with running_server(data_dir, *options) as server:
        def shot(name: str) -> None:
            browser.save_screenshot(str(shots / f"{len(list(shots.iterdir())):02d}-{name}.png"))

        def keys(*pressed: str) -> None:
            ActionChains(browser).send_keys(*pressed).perform()

        # Anything but the login sends the browser to the login form.
        browser.get(server.base + "/")
        assert browser.current_url.startswith(server.base + "/login")
        browser.find_element(By.ID, "name").send_keys("lin")
        browser.find_element(By.ID, "password").send_keys("wrong-password-here")
        browser.find_element(By.ID, "login").click()
        assert "账号或密码错误" in browser.find_element(By.CSS_SELECTOR, ".notice").text
        shot("wrong-password")
        browser.find_element(By.ID, "password").send_keys(PASSWORD)
        browser.find_element(By.ID, "login").click()
        wait_for(lambda: browser.execute_script(
            "return document.body.classList.contains('-first-byte')"), 30, "the wizard's first screen")
        assert "siming-01" in browser.find_element(By.CSS_SELECTOR, ".bar").text
        browser.execute_script("document.querySelector('.xterm-helper-textarea').focus()")
        time.sleep(1)  # the app repaints the focused table when the page's focus reaches it
        # The first key after the page gets its focus is not always passed on: spend it on a harmless one.
        keys(Keys.DOWN)
        time.sleep(1)
        shot("register")
        for _ in range(3):
            register_screen = wait_for(lambda: still(browser), 20, "the register to settle")
            keys(Keys.ENTER)  # open the station's case (the only row)
            if wait_for(lambda seen=register_screen: still(browser) not in (None, seen), 8, "the worker step",
                        fail=False):
                break
            shot("enter-not-taken")
        shot("opened")
        # Chinese arrives as an input method commits it: one text insertion, not key presses.
        browser.execute_cdp_cmd("Input.insertText", {"text": CHINESE_NAME})
        wait_for(lambda: case()[2] == CHINESE_NAME, 15, "the typed name to be saved")
        shot("typed-chinese")

        for _ in range(20):  # F3 = next step, until the review
            if case()[0] == "review":
                break
            shown, last_step = case()[0], browser.get_screenshot_as_png()
            keys(Keys.F3)
            wait_for(lambda shown=shown: case()[0] != shown, 10, "the next step", fail=False)
        assert case()[0] == "review"
        # The step is saved before the review is drawn (its assessment takes a moment): give it time, then
        # wait for the screen to differ from the last step's and to settle.
        time.sleep(3)
        wait_for(lambda: still(browser) not in (None, last_step), 30, "the review to show")
        shot("review")

        review = browser.get_screenshot_as_png()
        keys(Keys.F3)  # on the review, F3 = generate
        wait_for(lambda: case()[0] == "generate", 15, "the generate screen")
        wait_for(lambda: still(browser) not in (None, review), 30, "the generate screen to show")
        shot("generate")
        keys(Keys.F3)  # on the generate screen, F3 = generate, wherever the focus is
        wait_for(lambda: case()[1] == CaseStatus.generated.value, 60, "the packet")
        wait_for(lambda: still(browser), 20, "the file list and the download buttons")
        shot("generated")

        # Hold the download link instead of following it, to offer it to other logins first.
        browser.execute_script("window.__offered = [];"
                               " window.open = (url) => { window.__offered.push(url); };")
        keys(Keys.ENTER)  # "download all" has the focus once the packet is made
        url = wait_for(lambda: browser.execute_script("return window.__offered[0]"), 15, "the download link")
        path = url.removeprefix(server.base).split("?")[0]
        assert path.startswith("/download/")

        other_station = Client(server)
        other_station.login("chen")
        same_account_elsewhere = Client(server)
        same_account_elsewhere.login("lin")
        for other in (other_station, same_account_elsewhere, Client(server)):
            refused = other.request("GET", path)
            assert refused.status in (401, 404), refused.status
            assert CHINESE_NAME.encode() not in refused.body

        browser.execute_script("const a = document.createElement('a'); a.href = arguments[0];"
                               " document.body.appendChild(a); a.click();", url)
        [archive] = wait_for(lambda: [p for p in downloads.iterdir() if p.suffix == ".zip"], 30,
                             "the download")
        shot("downloaded")
        with zipfile.ZipFile(archive) as packet:
            names = sorted(packet.namelist())
            application = docx.Document(io.BytesIO(packet.read(names[0])))
        assert names[0] == "01-劳动人事争议仲裁申请书.docx" and len(names) >= 3
        assert any(CHINESE_NAME in p.text for p in application.paragraphs)
        assert same_account_elsewhere.request("GET", path).status == 404  # a download link works once

        browser.find_element(By.ID, "logout").click()
        wait_for(lambda: browser.current_url.startswith(server.base + "/login"), 15, "the login page")
        assert "已退出登录" in browser.find_element(By.CSS_SELECTOR, ".notice").text
        shot("logged-out")

    entries = sqlite3.connect(data_dir / DB_NAME).execute("SELECT * FROM audit").fetchall()
    actions = [(row[2], row[4], row[6]) for row in entries]
    assert ("lin", "login", "refused:wrong-password") in actions
    assert ("lin", "download", "ok") in actions and ("lin", "download", "refused:not-own") in actions
    assert CHINESE_NAME not in repr(entries)
    assert not list((data_dir / "sessions").iterdir()), "a closed tab's packets must be deleted"
