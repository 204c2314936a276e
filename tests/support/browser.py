"""A real headless Chromium from Debian's packages, driven by selenium through Debian's chromedriver: no
browser is downloaded, and the profile is a fresh folder each time it starts."""

from __future__ import annotations

import contextlib
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--window-size=1280,800")


def require_chromium() -> None:
    """Skipped on a developer machine without it; in CI (which installs it) its absence is a failure."""
    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        if os.environ.get("CI") == "true":
            pytest.fail("chromium and chromium-driver must be installed (.ci/run installs them)")
        pytest.skip("chromium and chromium-driver are not installed")


@contextlib.contextmanager
def chromium(profile: Path, downloads: Path) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        fresh_visit(driver, downloads)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def fresh_visit(driver: Any, downloads: Path) -> None:
    """The browser as a new visitor finds it (one browser serves several tests: its start is paid once):
    no cookies, no page open; downloads saved into ``downloads``."""
    driver.get("about:blank")
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})  # each server has an origin of its own
    driver.execute_cdp_cmd("Browser.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})


# A wait that must succeed gets this many times its stated bound: on two cores busy with the other pytest
# worker the browser can lag by tens of seconds; the wait still ends as soon as the condition holds.
PATIENCE = 3
POLL_SECONDS = 0.05  # a condition is cheap to ask (a register row, a file, a script's answer)


def wait_for(condition: Callable[[], Any], timeout: float, what: str, fail: bool = True) -> Any:
    deadline = time.monotonic() + (timeout * PATIENCE if fail else timeout)
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            if fail:
                pytest.fail(f"timed out waiting for {what}")
            return None
        time.sleep(POLL_SECONDS)
