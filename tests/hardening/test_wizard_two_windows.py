"""Issue 13 item 6: two wizards on one register no longer lose edits silently. Each case has a version; a save
from a wizard that read an older version is refused, and what was typed there becomes a new case beside
the other wizard's, with a message; typing into a case another wizard erased is kept the same way.

Before the fix the last save won and typing into an erased case vanished without a word. The tests run two
real wizard apps at once on one SQLite file (and the store directly where a second writer is enough).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from textual._context import active_app

from lawgen.store import CaseChanged, CaseGone, CaseStore
from lawgen.wizard.screens.register import RegisterScreen
from lawgen.wizard.screens.step import StepScreen
from tests.support.wizard_helpers import SIZE, async_test, example, make_app, row, settle, type_into

ADDRESS_A = "厦门市思明区甲路1号"  # typed in window A
ADDRESS_B = "厦门市湖里区乙路2号"  # typed in window B


@contextlib.contextmanager
def acting_as(app) -> Iterator[None]:
    """Direct calls from the test reach the app through Textual's "active app"; with two apps running in
    one event loop, say which one is meant."""
    token = active_app.set(app)
    try:
        yield
    finally:
        active_app.reset(token)


async def type_in(pilot, path: str, text: str) -> None:
    with acting_as(pilot.app):
        await type_into(pilot, path, text)


def toasts(app) -> str:
    from textual.widgets._toast import Toast

    return "\n".join(str(toast.render()) for toast in app.screen.query(Toast))


def addresses(folder: Path) -> dict[str, str]:
    """Every case in the register: id -> the worker's address, as a third process reads them."""
    store = CaseStore(folder)
    try:
        return {r.id: r.draft.get("worker", {}).get("address", "") for r in store.list()}
    finally:
        store.close()


def test_a_stale_save_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    first, second = CaseStore(tmp_path), CaseStore(tmp_path)  # two processes' connections
    case_id = first.create(example())
    read = first.get(case_id).version
    assert second.save(case_id, {**example(), "facts": "B"}, version=read) == read + 1
    with pytest.raises(CaseChanged):
        first.save(case_id, {**example(), "facts": "A"}, version=read)
    assert first.get(case_id).draft["facts"] == "B"
    assert first.save(case_id, {**example(), "facts": "A2"}, version=read + 1) == read + 2
    second.erase(case_id)
    with pytest.raises(CaseGone):
        first.save(case_id, example(), version=read + 2)
    assert first.list() == []


async def show(pilot, step: str, case_id: str | None = None) -> None:
    with acting_as(pilot.app):
        if case_id:
            pilot.app.open_case(case_id)
            await pilot.pause()
        pilot.app.show_step(step)
        await pilot.pause()


async def open_worker_step(pilot, case_id: str) -> None:
    await show(pilot, "worker", case_id)


@async_test
async def test_two_wizards_typing_into_one_case_keep_both_texts(tmp_path: Path) -> None:
    case_id = CaseStore(tmp_path).create(example(), step="worker")
    window_a, window_b = make_app(tmp_path), make_app(tmp_path)
    async with window_a.run_test(size=SIZE, notifications=True) as a, window_b.run_test(size=SIZE) as b:
        await open_worker_step(a, case_id)
        await open_worker_step(b, case_id)
        await type_in(b, "worker.address", ADDRESS_B)
        await settle(b)  # B's autosave lands first
        assert addresses(tmp_path) == {case_id: ADDRESS_B}

        await type_in(a, "worker.address", ADDRESS_A)
        await settle(a)  # A's autosave is stale: refused, kept as a new case
        saved = addresses(tmp_path)
        assert saved[case_id] == ADDRESS_B  # B's text is not overwritten
        [copy_id] = set(saved) - {case_id}
        assert saved[copy_id] == ADDRESS_A  # and A's is not lost
        assert window_a.session.case_id == copy_id
        assert "另存为一个新案件" in toasts(window_a) and "两份都保留" in toasts(window_a)
        assert isinstance(window_a.screen, StepScreen)  # A goes on typing where it was

        await type_in(a, "worker.phone", "13800000000")
        await settle(a)  # now into its own case, with no further conflict
        store = CaseStore(tmp_path)
        assert store.get(copy_id).draft["worker"]["phone"] == "13800000000"
        assert "phone" not in store.get(case_id).draft["worker"] or \
            store.get(case_id).draft["worker"]["phone"] == example()["worker"]["phone"]
        assert len(store.list()) == 2


@async_test
async def test_typing_into_a_case_erased_in_another_wizard_is_kept(tmp_path: Path) -> None:
    case_id = CaseStore(tmp_path).create(example(), step="worker")
    window_a, window_b = make_app(tmp_path), make_app(tmp_path)
    async with window_a.run_test(size=SIZE, notifications=True) as a, window_b.run_test(size=SIZE) as b:
        await open_worker_step(a, case_id)
        await b.pause()
        assert isinstance(window_b.screen, RegisterScreen)
        await b.press("x")  # B erases the case A has open
        await b.pause()
        await b.press("tab", "enter")  # past "cancel" to "erase"
        await b.pause()
        assert addresses(tmp_path) == {}

        await type_in(a, "worker.address", ADDRESS_A)
        await settle(a)
        saved = addresses(tmp_path)
        [kept_id] = saved
        assert kept_id != case_id and saved[kept_id] == ADDRESS_A
        assert "已在另一个窗口中删除" in toasts(window_a) and "没有丢失" in toasts(window_a)


@async_test
async def test_moving_on_without_typing_takes_the_other_wizards_version(tmp_path: Path) -> None:
    """Nothing typed here: no copy is made; the newer version is shown instead of the stale one."""
    case_id = CaseStore(tmp_path).create(example(), step="worker")
    window_a, window_b = make_app(tmp_path), make_app(tmp_path)
    async with window_a.run_test(size=SIZE, notifications=True) as a, window_b.run_test(size=SIZE) as b:
        await open_worker_step(a, case_id)
        await open_worker_step(b, case_id)
        await type_in(b, "worker.address", ADDRESS_B)
        await settle(b)
        await show(a, "start")  # A moves to another step without typing, and back
        await show(a, "worker")
        assert row(window_a, "worker.address").query_one("Input").value == ADDRESS_B
        await a.pause(0.5)  # the toast, raised on the screen left, shows on the new one
        assert "最新内容" in toasts(window_a), [n.message for n in window_a._notifications]
        store = CaseStore(tmp_path)
        [record] = store.list()
        assert record.draft["worker"]["address"] == ADDRESS_B and record.step == "worker"
