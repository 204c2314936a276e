"""Running untrusted work (a court's own template) in a child process with time and memory bounds.

Jinja's sandbox stops a template from reaching Python internals, and caps ``range()``, but not a loop
nested in a loop or a deep recursion of macros. A child process with CPU-time and address-space limits
bounds those; the parent waits with a wall-clock timeout and kills it if needed.
"""

from __future__ import annotations

import multiprocessing
import pickle
import resource
from collections.abc import Callable
from typing import Any

DEFAULT_SECONDS = 20
DEFAULT_MEMORY = 1 << 30  # 1 GiB of address space


class WorkTooExpensive(RuntimeError):
    """The work ran out of its time or memory bound."""


class WorkFailed(RuntimeError):
    """The work raised; the message is the child's, the type name kept for the caller, and the child's
    ``Msg`` when its exception carried one (so the caller can render it in the user's language)."""

    def __init__(self, kind: str, message: str, localized: Any = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.localized = localized


def _child(connection, function: Callable[..., Any], args: tuple, seconds: int, memory: int) -> None:
    resource.setrlimit(resource.RLIMIT_CPU, (seconds, seconds + 1))
    try:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    except (ValueError, OSError):
        pass  # some kernels refuse; the wall-clock timeout still holds
    try:
        result = ("ok", function(*args))
    except MemoryError:
        result = ("memory", "")
    except RecursionError:
        result = ("error", ("RecursionError", "递归过深", None))
    except Exception as error:  # the child's failure is reported, not raised across processes
        result = ("error", (type(error).__name__, str(error)[:500], getattr(error, "message", None)))
    try:
        connection.send_bytes(pickle.dumps(result))
    finally:
        connection.close()


def run_bounded(function: Callable[..., Any], *args: Any, seconds: int = DEFAULT_SECONDS,
                memory: int = DEFAULT_MEMORY) -> Any:
    """Call ``function(*args)`` in a forked child; return its result or raise WorkTooExpensive/WorkFailed."""
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_child, args=(sender, function, args, seconds, memory), daemon=True)
    process.start()
    sender.close()
    try:
        if not receiver.poll(seconds + 2):
            raise WorkTooExpensive(f"超过{seconds}秒仍未完成")
        try:
            status, payload = pickle.loads(receiver.recv_bytes())
        except EOFError:
            raise WorkTooExpensive("超出时间或内存限制") from None
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if status == "memory":
        raise WorkTooExpensive("超出内存限制")
    if status == "error":
        raise WorkFailed(*payload)
    return payload
