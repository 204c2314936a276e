"""The LibreOffice side of PDF conversion, run as a script by another interpreter (never imported by lawgen).

Standard library only, plus ``uno`` in bridge mode: the warm office runs under the Python that has
LibreOffice's UNO bridge (Debian's ``python3-uno``, or LibreOffice's own ``program/python``), which is not
the one lawgen's virtual environment runs.

    office_child.py exec PARENT PROGRAM ARG...   die with lawgen, then become PROGRAM (one conversion call)
    office_child.py bridge PARENT PROGRAM PROFILE  a warm office: one JSON request a line on stdin
                                                   ({"source": …, "target": …}), one answer a line on stdout

Both die with lawgen however it ends (Ctrl-C, SIGTERM, SIGKILL): the kernel's parent-death signal reaches
this process when lawgen's thread that started it ends, and the office below it gets its own; the bridge
also ends when its standard input closes, and takes the office's whole process group with it.
"""

from __future__ import annotations

import ctypes
import json
import os
import signal
import stat
import subprocess
import sys
import time

PR_SET_PDEATHSIG = 1
RESTART_EXIT = 81  # soffice.bin after creating a fresh profile: "start me again" (oosplash's job)
CONNECT_SECONDS = 120


def die_with_parent(parent: int, signal_number: int) -> None:
    """Ask the kernel for ``signal_number`` when the parent ends; if it already has, end now."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal_number, 0, 0, 0)
    if os.getppid() != parent:
        os._exit(1)


def run_exec(parent: int, program: str, args: list[str]) -> None:
    die_with_parent(parent, signal.SIGKILL)  # kept across exec: the office itself dies with lawgen
    os.execv(program, [program, *args])


# --- the warm office -----------------------------------------------------------------------------------

OFFICE_FLAGS = ["--headless", "--invisible", "--nologo", "--norestore", "--nodefault", "--nolockcheck"]


def office_pipes(group: int) -> list[str]:
    """The named pipes (Unix sockets with a path) that the processes of process group ``group`` listen on:
    LibreOffice's own (``/tmp/OSL_PIPE_<uid>_SingleOfficeIPC_<hash>``) and the bridge's. LibreOffice makes
    them in /tmp whatever TMPDIR says, and removes them only when it ends of its own accord; an office that
    is killed, as every office lawgen ends is, leaves them behind. Linux only (/proc); elsewhere none."""
    inodes: set[str] = set()
    try:
        pids = [entry for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:
        return []
    for pid in pids:
        try:
            if os.getpgid(int(pid)) != group:
                continue
            for fd in os.listdir(f"/proc/{pid}/fd"):
                target = os.readlink(f"/proc/{pid}/fd/{fd}")
                if target.startswith("socket:["):
                    inodes.add(target[len("socket:["):-1])
        except OSError:  # ended meanwhile, or not ours to read
            continue
    paths = []
    try:
        with open("/proc/net/unix", encoding="utf-8", errors="replace") as table:
            next(table, None)  # Num RefCount Protocol Flags Type St Inode Path
            for row in table:
                fields = row.split(None, 7)
                if len(fields) == 8 and fields[6] in inodes and fields[7].strip().startswith("/"):
                    paths.append(fields[7].strip())
    except OSError:
        return []
    return sorted(set(paths))


def remove_pipes(paths: list[str]) -> None:
    """Remove the pipe files an ended office left (each only while it is still a socket)."""
    for path in paths:
        try:
            if stat.S_ISSOCK(os.lstat(path).st_mode):
                os.unlink(path)
        except OSError:
            pass


class Bridge:
    def __init__(self, program: str, profile: str) -> None:
        self.program = program
        self.profile = profile
        self.pipe = f"lawgen{os.getpid()}x{os.urandom(8).hex()}"
        self.office: subprocess.Popen | None = None
        self.pipes: list[str] = []  # the office's pipe files, removed when it is ended

    def start(self):
        for _ in range(2):  # a fresh profile makes the first start exit with 81
            # Through this script's exec mode (no preexec hook: the UNO bridge runs threads).
            self.office = subprocess.Popen(
                [sys.executable, "-I", "-S", __file__, "exec", str(os.getpid()), self.program,
                 f"-env:UserInstallation={self.profile}", *OFFICE_FLAGS,
                 f"--accept=pipe,name={self.pipe};urp;StarOffice.ComponentContext"],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                start_new_session=True)
            import uno  # while the office starts (a tenth of a second)

            local = uno.getComponentContext()
            resolver = local.ServiceManager.createInstanceWithContext(
                "com.sun.star.bridge.UnoUrlResolver", local)
            deadline = time.monotonic() + CONNECT_SECONDS
            while time.monotonic() < deadline:
                try:
                    context = resolver.resolve(f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext")
                except Exception:  # not listening yet
                    if self.office.poll() is not None:
                        break
                    time.sleep(0.05)
                    continue
                self.pipes = office_pipes(self.office.pid)  # listening now: its own pipe and the bridge's
                return context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
            if self.office.poll() != RESTART_EXIT:
                break
        raise RuntimeError(f"LibreOffice did not start (exit status {self.office.poll()})")

    def stop(self) -> None:
        """End the office's process group at once. Nothing that could wait on a lock (this may run in a
        signal handler, and UNO's threads may be gone mid-call); init reaps what is left."""
        if self.office is not None:
            try:
                os.killpg(self.office.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            # A killed office's pipe files would stay in /tmp for good; the one it accepts on is known by name
            # even when it was ended before it listened.
            remove_pipes([*self.pipes, f"/tmp/OSL_PIPE_{os.getuid()}_{self.pipe}"])


def _property(name: str, value):
    from com.sun.star.beans import PropertyValue

    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


def convert(desktop, source: str, target: str) -> None:
    import uno

    # No macros, no link updates: a document is laid out from what it holds, and nothing is fetched.
    options = (_property("Hidden", True), _property("ReadOnly", True), _property("MacroExecutionMode", 0),
               _property("UpdateDocMode", 0))
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, options)
    if document is None:
        raise ValueError("LibreOffice cannot open this file")
    try:
        document.storeToURL(uno.systemPathToFileUrl(target), (_property("FilterName", "writer_pdf_Export"),))
    finally:
        document.close(True)


def run_bridge(parent: int, program: str, profile: str) -> None:
    bridge = Bridge(program, profile)

    def end(*_):
        bridge.stop()
        os._exit(0)

    signal.signal(signal.SIGTERM, end)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is lawgen's to handle; it closes the bridge
    die_with_parent(parent, signal.SIGTERM)
    out = sys.stdout
    try:
        desktop = bridge.start()
    except Exception as error:
        out.write(json.dumps({"error": str(error)[:300]}) + "\n")
        out.flush()
        end()
    out.write(json.dumps({"ready": True, "pipes": bridge.pipes}) + "\n")
    out.flush()
    for line in sys.stdin:
        request = json.loads(line)
        try:
            convert(desktop, request["source"], request["target"])
            answer = {"ok": True}
        except Exception as error:  # this document failed; if the office died, lawgen starts a new bridge
            answer = {"error": f"{type(error).__name__}: {str(error)[:300]}",
                      "office_died": bridge.office.poll() is not None}
        out.write(json.dumps(answer) + "\n")
        out.flush()
        if answer.get("office_died"):
            break
    end()  # standard input closed: lawgen is done with the office, or gone


if __name__ == "__main__":
    mode, parent_pid, office_program, *rest = sys.argv[1:]
    if mode == "exec":
        run_exec(int(parent_pid), office_program, rest)
    else:
        run_bridge(int(parent_pid), office_program, rest[0])
