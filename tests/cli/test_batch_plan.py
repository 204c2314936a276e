"""Which files a batch takes, and the folder each case gets."""

from __future__ import annotations

import os
import signal
import threading
import time
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from lawgen.batch import CaseOutcome, Task, case_files, plan


def folders(names: list[str]) -> dict[str, str | None]:
    """Each file name → its folder, or None when it is refused (with the error's message)."""
    result: dict[str, str | None] = {}
    for item in plan(Path(name) for name in names):
        if isinstance(item, Task):
            result[item.source.name] = item.folder
        else:
            assert isinstance(item, CaseOutcome) and not item.ok and item.folder is None
            result[item.file] = None
    return result


@pytest.mark.parametrize("names, expected", [
    (["a.json", "b.json"], {"a.json": "a", "b.json": "b"}),
    # Names differing only in case would share a folder on Windows and macOS: the first keeps it.
    (["A.json", "a.json"], {"A.json": "A", "a.json": None}),
    (["Case.JSON", "case.json"], {"Case.JSON": "Case", "case.json": None}),
    # The same name in composed and decomposed Unicode (as macOS writes file names).
    (["案件-é.json", unicodedata.normalize("NFD", "案件-é.json")],
     {"案件-é.json": "案件-é", unicodedata.normalize("NFD", "案件-é.json"): None}),
    # A case whose folder would be the report file.
    (["report.json.json"], {"report.json.json": None}),
    (["张三.json", "张三 .json"], {"张三.json": "张三", "张三 .json": "张三 "}),
])
def test_each_case_gets_its_own_folder(names: list[str], expected: dict[str, str | None]) -> None:
    assert folders(names) == expected


def test_the_folder_refused_names_the_file_that_has_it() -> None:
    refused = [item for item in plan([Path("A.json"), Path("a.json")]) if isinstance(item, CaseOutcome)]
    assert [error.as_json("zh") for error in refused[0].errors] == [
        {"path": "", "message": "输出文件夹 a 已被 A.json 占用（文件夹名不区分大小写）；请重命名此案件文件"}]


def test_case_files_are_the_visible_json_files_in_name_order(tmp_path: Path) -> None:
    for name in ("b.json", "a.JSON", ".draft.json", "notes.txt", "c.json.bak"):
        (tmp_path / name).write_text("{}", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d.json").write_text("{}", encoding="utf-8")
    assert [path.name for path in case_files(tmp_path, tmp_path / "out")] == ["a.JSON", "b.json"]
    # Writing the output into the case folder: the report of the last run is not a case.
    (tmp_path / "report.json").write_text("{}", encoding="utf-8")
    assert [path.name for path in case_files(tmp_path, tmp_path)] == ["a.JSON", "b.json"]


def test_cases_left_when_a_worker_is_killed_are_reported_not_lost(tmp_path: Path) -> None:
    """A worker killed (out of memory, or by hand) breaks the pool: each case it could not do says so."""
    from lawgen.batch import Settings, _in_order, _process_context, start_worker

    settings = Settings(out_dir=tmp_path / "out")
    planned = [Task(tmp_path / f"{name}.json", name) for name in ("a", "b", "c")]
    with ProcessPoolExecutor(1, mp_context=_process_context(), initializer=start_worker,
                             initargs=(settings,)) as pool:
        worker = pool.submit(os.getpid).result()
        os.kill(worker, signal.SIGKILL)
        outcomes = list(_in_order(pool, planned, ahead=2))
    assert [outcome.file for outcome in outcomes] == ["a.json", "b.json", "c.json"]
    assert all(error.message.render("zh").startswith("工作进程意外退出")
               for outcome in outcomes for error in outcome.errors)
    assert all(not outcome.ok for outcome in outcomes)


class _SlowToTakeCases(dict):
    """A pool's table of waiting cases that, once armed, lets other threads run just before it takes a case:
    ``submit`` has already checked that the pool is not broken, and the pool's manager thread now sees the
    killed worker and fails the cases it holds (CPython 3.11 does this without ``submit``'s lock)."""

    armed = False

    def __setitem__(self, key, value) -> None:
        if self.armed:
            time.sleep(0.5)
        super().__setitem__(key, value)


def test_a_case_submitted_as_its_worker_dies_is_reported_not_waited_for(tmp_path: Path) -> None:
    """The race that hung a loaded full run: the pool lost the case submitted as the worker died, and the
    batch waited for it forever. Now it is reported like the others (in a thread, so a hang fails)."""
    from lawgen.batch import Settings, _in_order, _process_context, start_worker

    settings = Settings(out_dir=tmp_path / "out")
    planned = [Task(tmp_path / f"{name}.json", name) for name in ("a", "b", "c")]
    outcomes: list[CaseOutcome] = []
    with ProcessPoolExecutor(1, mp_context=_process_context(), initializer=start_worker,
                             initargs=(settings,)) as pool:
        pool._pending_work_items = waiting = _SlowToTakeCases()  # the manager thread shares it from here
        worker = pool.submit(os.getpid).result()
        waiting.armed = True
        os.kill(worker, signal.SIGKILL)
        batch = threading.Thread(target=lambda: outcomes.extend(_in_order(pool, planned, ahead=2)),
                                 daemon=True)
        batch.start()
        batch.join(timeout=30)
        assert not batch.is_alive(), "the batch waits forever for a case the broken pool lost"
    assert [outcome.file for outcome in outcomes] == ["a.json", "b.json", "c.json"]
    assert all(error.message.render("zh").startswith("工作进程意外退出")
               for outcome in outcomes for error in outcome.errors)
    assert all(not outcome.ok for outcome in outcomes)
