"""Untrusted work runs with time and memory bounds, and its failures come back as clear errors."""

from __future__ import annotations

import pytest

from lawgen.documents.bounded import WorkFailed, WorkTooExpensive, run_bounded


def _add(a: int, b: int) -> int:
    return a + b


def _spin() -> None:
    while True:
        pass


def _hog() -> bytes:
    return b"x" * (4 << 30)


def _recurse(n: int) -> int:
    return _recurse(n + 1)


def _fail() -> None:
    raise ValueError("bad template")


def test_result_comes_back():
    assert run_bounded(_add, 2, 3) == 5


def test_endless_loop_is_stopped():
    with pytest.raises(WorkTooExpensive):
        run_bounded(_spin, seconds=1)


def test_memory_hog_is_stopped():
    with pytest.raises(WorkTooExpensive):
        run_bounded(_hog, memory=512 << 20)


def test_deep_recursion_is_an_error():
    with pytest.raises(WorkFailed) as caught:
        run_bounded(_recurse, 0)
    assert caught.value.kind == "RecursionError"


def test_exception_is_reported_with_its_message():
    with pytest.raises(WorkFailed, match="bad template") as caught:
        run_bounded(_fail)
    assert caught.value.kind == "ValueError"
