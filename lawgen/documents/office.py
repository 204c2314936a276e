"""LibreOffice as lawgen runs it: found, started with the network off, never outliving lawgen.

Two ways to convert:
- ``convert_once`` (documents.pdf's fallback, and a single ``lawgen generate --pdf``): one
  ``soffice --convert-to pdf`` process for a list of documents;
- ``WarmOffice``: one office kept running through LibreOffice's own UNO bridge (``python3-uno``), started in
  the background when a case is opened (the wizard) or at a batch worker's first packet, so a packet costs
  only the layout work. It talks to the office over a local pipe, never a TCP port (unoserver's XML-RPC
  port would let any local user convert, and so read, files as the volunteer).

Either way the office process dies with lawgen: it is started through ``office_child.py`` (the kernel's
parent-death signal, kept across exec), in its own process group that a timeout ends whole; in a network
namespace of its own when the system allows (``unshare -rn``), so a template's external link can fetch
nothing. Work files (the profile, the copies the office lays out, the PDFs before they are moved into place)
live in a hidden work folder inside the output folder, never in the system's temporary folder; a killed
run's folder is removed by the next run there. The office opens a lean copy of each document (the same
filing without the unused styles it would spend half its import time building: documents.lean).

Nothing is left in /tmp: LibreOffice makes its pipe files there (``OSL_PIPE_<uid>_…``) whatever TMPDIR says,
and removes them only when it ends of its own accord. One process per call does; the warm office is always
ended by a signal, so its bridge removes the pipe files its office listened on (office_child.remove_pipes).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import os
import queue
import selectors
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from pathlib import Path

from lawgen.documents.external import external_references
from lawgen.documents.lean import lean_copy
from lawgen.files import DIR_MODE, make_private_dir
from lawgen.i18n import Msg, MsgList, msg

INSTALL_HINT = (
    "未找到 LibreOffice，无法生成 PDF（.docx 文件已生成）。安装方法：Debian/Ubuntu 运行 "
    "sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk；"
    "Windows/macOS 请从 libreoffice.org 下载安装。"
)
WORK_PREFIX = ".lawgen-work-"  # a run's hidden work folder inside the output folder
TIMEOUT_SECONDS = 300  # one soffice call, however many documents
DOCUMENT_SECONDS = 120  # one document through the warm office
START_SECONDS = 150  # the warm office's start (the bridge waits up to 120 s for the office itself)
FONTS_CONF = Path(__file__).with_name("fonts.conf")
CHILD = Path(__file__).with_name("office_child.py")
RESTART_EXIT = 81  # soffice.bin after creating a fresh profile asks to be started again
PRIMING_TEMPLATE = "procedure_sheet.docx"  # a filing's styles, fonts and tables, no case data


class LibreOfficeMissing(RuntimeError):
    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


class ConversionFailed(RuntimeError):
    """Some documents were not converted; ``message`` says which and why (naming documents, never a
    folder: its name may be the worker's), ``produced`` holds the PDFs that were (already in place)."""

    def __init__(self, reasons: list[Msg], produced: list[Path] | None = None) -> None:
        self.reasons = list(reasons)
        self.message = msg("{detail}", detail=MsgList(tuple(reasons), "；", "; "))
        super().__init__(self.message.render())
        self.produced = produced or []


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def office_program() -> str | None:
    """The office binary itself: ``soffice.bin`` beside the resolved ``soffice`` script when there is one
    (the script's launcher would stand between lawgen and the office, and outlive nothing for it)."""
    soffice = soffice_path()
    if soffice is None:
        return None
    binary = Path(soffice).resolve().with_name("soffice.bin")
    return str(binary) if binary.is_file() and os.access(binary, os.X_OK) else soffice


@functools.cache
def network_off() -> tuple[str, ...]:
    """The command prefix that runs a program without network access, or () where the system refuses."""
    unshare = shutil.which("unshare")
    if unshare is None or not sys.platform.startswith("linux"):
        return ()
    try:
        probe = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=10, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ()
    return (unshare, "-rn") if probe.returncode == 0 else ()


@functools.cache
def uno_python() -> str | None:
    """An interpreter that has LibreOffice's UNO bridge: LibreOffice's own, or the system's python3-uno."""
    program = office_program()
    candidates = [str(Path(program).with_name("python"))] if program else []
    candidates += ["/usr/bin/python3", shutil.which("python3") or ""]
    for candidate in dict.fromkeys(c for c in candidates if c and os.access(c, os.X_OK)):
        try:
            probe = subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=20,
                                   check=False)
        except (OSError, subprocess.TimeoutExpired):
            continue
        if probe.returncode == 0:
            return candidate
    return None


def office_environment(home: Path) -> dict[str, str]:
    """The office's own folder as its home and its temporary folder: what it writes while laying out a
    filing stays there, not in the system's temporary folder."""
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(home)}
    if "FONTCONFIG_FILE" not in os.environ and Path("/etc/fonts/fonts.conf").exists():
        env["FONTCONFIG_FILE"] = str(FONTS_CONF)
    return env


def launch(command: list[str], env: dict[str, str], **options) -> subprocess.Popen:
    """Start ``command`` (an office, or the bridge) so that it dies with lawgen, network off, in its own
    process group. The caller's thread must outlive it: the parent-death signal follows that thread."""
    launcher = [sys.executable, "-I", "-S", str(CHILD), "exec", str(os.getpid())]
    return subprocess.Popen([*network_off(), *launcher, *command], env=env, start_new_session=True, **options)


def end_tree(process: subprocess.Popen) -> None:
    """End the process and everything it started (its process group)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait()


def single_office_pipe(profile_uri: str) -> Path:
    """The pipe file an office with this profile makes in /tmp (whatever TMPDIR says): named for the MD5 of
    the profile's URI as UTF-16, each byte in hex without a leading zero (LibreOffice's
    desktop/source/app/officeipcthread.cxx, CreateMD5FromString)."""
    digest = hashlib.md5(profile_uri.encode("utf-16-le"), usedforsecurity=False).digest()
    return Path("/tmp") / f"OSL_PIPE_{os.getuid()}_SingleOfficeIPC_{''.join(format(b, 'x') for b in digest)}"


def remove_office_pipe(profile_uri: str, *others: str) -> None:
    """A killed office leaves its pipe files behind: removed (each only while it is a socket)."""
    for pipe in (single_office_pipe(profile_uri), *map(Path, others)):
        with contextlib.suppress(OSError):
            if stat.S_ISSOCK(os.lstat(pipe).st_mode):
                os.unlink(pipe)


@contextlib.contextmanager
def work_folder(out_dir: Path) -> Iterator[Path]:
    """A fresh hidden, owner-only work folder inside ``out_dir`` (made if needed), removed afterwards."""
    make_private_dir(Path(out_dir))
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX, dir=out_dir))
    try:
        yield work
    finally:
        remove_work_folder(work)


def remove_work_folder(work: Path) -> None:
    """A work folder and the pipe file in /tmp its office made (named for the profile inside it): an office
    ended with a SIGKILLed lawgen could not remove the pipe, and the run's folder is all that names it."""
    remove_office_pipe((Path(work).absolute() / "profile").as_uri())
    shutil.rmtree(work, ignore_errors=True)


# --- the office's profile ------------------------------------------------------------------------------

def _seed_folder() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("lawgen")) / "office-seed"


def profile_seed() -> Path | None:
    """A profile as LibreOffice makes it on its first start, before any document is opened, made once per
    user and office version (in the user's cache folder, owner-only). Every office lawgen starts gets a
    copy: a fresh profile makes soffice.bin stop after creating it and ask to be started again, which costs
    a whole start (about a second) on every call. It holds no case data: no document was ever opened in it,
    and no office's profile is ever copied back. None where it cannot be made (the office starts fresh)."""
    program = office_program()
    if program is None:
        return None
    try:
        identity = os.stat(program)
        folder = make_private_dir(_seed_folder())
    except OSError:
        return None
    key = hashlib.sha256(f"{program}\0{identity.st_size}\0{identity.st_mtime_ns}".encode()).hexdigest()[:16]
    seed = folder / f"profile-{key}"
    if (seed / "user").is_dir():
        return seed
    try:
        guard = _hold(folder)  # one lawgen builds it; the others wait, then find it
        try:
            if not (seed / "user").is_dir():
                _build_seed(program, folder, seed)
        finally:
            os.close(guard)
    except OSError:
        return None
    return seed if (seed / "user").is_dir() else None


def _build_seed(program: str, folder: Path, seed: Path) -> None:
    for stale in [*folder.glob(".build-*"), *folder.glob("profile-*")]:  # a killed build, an older office's
        shutil.rmtree(stale, ignore_errors=True)
    build = Path(tempfile.mkdtemp(prefix=".build-", dir=folder))
    try:
        command = [program, f"-env:UserInstallation={(build / 'profile').as_uri()}", "--headless",
                   "--norestore", "--convert-to", "pdf", "--outdir", str(build / "out")]  # no document
        process = launch(command, office_environment(build), stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
        try:
            process.communicate(timeout=START_SECONDS)
        except subprocess.TimeoutExpired:
            pass
        finally:
            end_tree(process)
        if process.returncode in (0, RESTART_EXIT) and (build / "profile" / "user").is_dir():
            os.rename(build / "profile", seed)  # complete, in one step
    finally:
        shutil.rmtree(build, ignore_errors=True)


def seeded_profile(profile: Path) -> Path:
    """``profile`` (which must not exist yet) made from the seed where there is one; its ``file:`` URI."""
    seed = profile_seed()
    if seed is not None:
        try:
            shutil.copytree(seed, profile, symlinks=True)
        except OSError:  # a seed removed meanwhile: the office makes its profile itself
            shutil.rmtree(profile, ignore_errors=True)
    return profile.as_uri()


def refuse_external(document: Path) -> None:
    """A document that would make the office fetch something (or embed a local file) is not converted."""
    found = external_references(document)
    if found:
        raise ConversionFailed([msg("{name} 含有外部链接（{kinds}），为防止联网或泄露本机文件，未转换为 PDF；"
                                    "请运行 lawgen templates check 检查模板", name=document.name,
                                    kinds=MsgList(tuple(found), "、", ", "))])


def move_into_place(produced: Path, target: Path) -> None:
    """The finished PDF under its final name in one step (the work folder is on the same disk)."""
    os.chmod(produced, 0o600)
    os.replace(produced, target)


# --- one process per call ------------------------------------------------------------------------------

def _convert_per_folder(documents: list[Path], convert: Callable[[list[Path]], list[Path]]) -> list[Path]:
    """Documents from several folders, each PDF beside its source: one ``convert`` per folder (two packets
    both hold 01-….docx), the PDFs returned in the order given, every refusal reported together."""
    by_folder: dict[Path, list[Path]] = {}
    for document in documents:
        by_folder.setdefault(Path(document).parent, []).append(Path(document))
    produced: dict[Path, Path] = {}
    refused: list[Msg] = []
    for group in by_folder.values():
        try:
            pdfs = convert(group)
        except ConversionFailed as error:
            refused += error.reasons
            pdfs = error.produced
        produced.update({pdf.with_suffix(""): pdf for pdf in pdfs})
    outputs = [produced[key] for key in (Path(d).with_suffix("") for d in documents) if key in produced]
    if refused:
        raise ConversionFailed(refused, outputs)
    return outputs


def convert_once(documents: list[Path], out_dir: Path | None = None) -> list[Path]:
    """Convert .docx files to PDF in one LibreOffice process; each PDF lands beside its source (or in
    ``out_dir``) in one step. Returns the PDF paths in the order given; raises ConversionFailed naming the
    documents that were not converted (after moving the others into place)."""
    if not documents:
        return []
    program = office_program()
    if program is None:
        raise LibreOfficeMissing()
    folders = {Path(document).parent for document in documents}
    if out_dir is None and len(folders) > 1:  # one call per folder: the office names a PDF by its stem
        return _convert_per_folder(documents, convert_once)
    shown_dir = Path(out_dir or Path(documents[0]).parent)  # the PDFs' paths as the caller named the folder
    documents = [Path(document).absolute() for document in documents]  # the office resolves no relative path
    target_dir = shown_dir.absolute()
    refused: list[Msg] = []
    convertible = []
    for document in documents:
        try:
            refuse_external(document)
            convertible.append(document)
        except ConversionFailed as error:
            refused.append(error.message)
    outputs: list[Path] = []
    with work_folder(target_dir) as work:
        profile = seeded_profile(work / "profile")  # private: no clash with an office the user has open
        sources = [lean_copy(document, work / "in") for document in convertible]  # same names: one folder
        command = [program, f"-env:UserInstallation={profile}", "--headless", "--norestore",
                   "--convert-to", "pdf", "--outdir", str(work / "out"), *map(str, sources)]
        timed_out = False
        for _ in range(2) if convertible else ():  # a fresh profile makes soffice.bin ask for a restart
            # Its messages name folders (which may be the worker's name): not shown, not kept.
            process = launch(command, office_environment(work), stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
            try:
                process.communicate(timeout=TIMEOUT_SECONDS)
            except subprocess.TimeoutExpired:
                end_tree(process)
                remove_office_pipe(profile)  # killed: it could not remove it itself
                timed_out = True
                break
            finally:
                end_tree(process)  # nothing it started stays behind
            if process.returncode != RESTART_EXIT:
                break
        for document in convertible:
            produced = work / "out" / (Path(document).stem + ".pdf")
            if produced.exists():
                move_into_place(produced, target_dir / produced.name)
                outputs.append(shown_dir / produced.name)
            elif timed_out:
                refused.append(msg("LibreOffice 转换超时，未能转换 {name}", name=document.name))
            else:
                refused.append(msg("LibreOffice 未能转换 {name}", name=document.name))
    if refused:
        raise ConversionFailed(refused, outputs)
    return outputs


# --- the warm office -----------------------------------------------------------------------------------

class WarmOffice:
    """One LibreOffice kept running for many conversions; ``start()`` returns at once (it warms up in the
    background), ``convert(paths, out_dir)`` waits for the PDFs, ``close()`` ends the office.

    A document that cannot be converted fails alone (ConversionFailed names it; the others are converted).
    An office that died is started again and its document retried once. Where the UNO bridge is missing,
    ``convert`` falls back to one process per call. Safe to call from any thread: one thread of its own
    starts and drives the office, so the office's life is tied to this object, not to a caller's thread.
    """

    def __init__(self, home: Path | None = None, *, prime: bool = True) -> None:
        self._home = home  # where the profile folder goes (default: the user's cache folder)
        self._prime = prime  # lay out a template first, so the first filing does not pay the warm-up
        self._jobs: queue.Queue[tuple[Path, Path, Future] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._ready = threading.Event()
        self._launched = threading.Event()  # the first office's process is running (or will not be)
        self._closing = threading.Event()
        self._starting: _Bridge | None = None  # a bridge whose office is starting
        self.starts = 0  # how many offices were started (a restarted one counts again)
        self.pipe_files: list[str] = []  # every started office's pipe files in /tmp, removed as it ends

    def start(self, *, wait_for_launch: bool = False) -> None:
        """Start the office in the background. ``wait_for_launch``: return only once its process runs
        (about 0.15 s; once per user and office version also the profile seed's build), for a caller
        whose next work holds the interpreter (a batch's imports): beside them the launch took 0.64 s,
        since Python runs one thread at a time."""
        with self._lock:
            if self._thread is None or not self._thread.is_alive():
                self._closing = threading.Event()  # this thread's: set by the close() that ends it
                self._launched.clear()
                self._thread = threading.Thread(target=self._serve, args=(self._closing,),
                                                name="lawgen-office", daemon=True)
                self._thread.start()
        if wait_for_launch:
            self._launched.wait(START_SECONDS)

    def wait_until_ready(self, seconds: float) -> bool:
        """Whether the office has started (or failed to) within ``seconds``."""
        return self._ready.wait(seconds)

    def convert(self, documents: list[Path], out_dir: Path | None = None) -> list[Path]:
        if not documents:
            return []
        if office_program() is None:
            raise LibreOfficeMissing()
        if uno_python() is None:
            return convert_once(documents, out_dir)
        if out_dir is None and len({Path(document).parent for document in documents}) > 1:
            return _convert_per_folder(documents, self.convert)
        self.start()
        shown_dir = Path(out_dir or Path(documents[0]).parent)
        documents = [Path(document).absolute() for document in documents]
        target_dir = shown_dir.absolute()
        outputs: list[Path] = []
        refused: list[Msg] = []
        with work_folder(target_dir) as work:
            futures = []
            for number, document in enumerate(documents):
                future: Future = Future()
                try:
                    refuse_external(document)
                except ConversionFailed as error:
                    future.set_exception(error)
                else:
                    source = lean_copy(Path(document), work / "in" / str(number))
                    self._jobs.put((source, work / (Path(document).stem + ".pdf"), future))
                futures.append(future)
            for document, future in zip(documents, futures, strict=True):
                try:
                    # Bounded however the office thread fares: two starts and two tries of each document.
                    produced = future.result(timeout=2 * (START_SECONDS + DOCUMENT_SECONDS) * len(documents))
                except ConversionFailed as error:
                    refused.append(error.message)
                    continue
                except TimeoutError:
                    refused.append(msg("LibreOffice 转换超时，未能转换 {name}", name=document.name))
                    continue
                move_into_place(produced, target_dir / produced.name)
                outputs.append(shown_dir / produced.name)
        if refused:
            raise ConversionFailed(refused, outputs)
        return outputs

    def close(self) -> None:
        """End the office; one still starting is not waited for (a batch that stops at a bad option)."""
        with self._lock:
            thread, self._thread = self._thread, None
            self._closing.set()
            if self._starting is not None:
                self._starting.interrupt()
        if thread is not None and thread.is_alive():
            self._jobs.put(None)
            thread.join(timeout=15)

    def __enter__(self) -> WarmOffice:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- the office's own thread ---

    def _serve(self, closing: threading.Event) -> None:
        bridge: _Bridge | None = None
        try:
            if office_program() is None or uno_python() is None:
                return  # nothing to warm: convert() says why, or falls back to one process per call
            bridge = self._start_bridge(closing, self._launched)
            if bridge is not None and self._prime:
                bridge.prime()
            self._ready.set()
            while (job := self._jobs.get()) is not None:
                source, target, future = job
                for attempt in range(2):  # a dead office: a new one, and this document once more
                    if bridge is None or not bridge.alive:
                        if bridge is not None:
                            bridge.stop()
                        bridge = self._start_bridge(closing)
                    if bridge is None:
                        failed = ConversionFailed([msg("LibreOffice 无法启动，未能转换 {name}",
                                                           name=source.name)])
                        future.set_exception(failed)
                        break
                    answer = bridge.convert(source, target)
                    if answer.get("ok") and target.exists():
                        future.set_result(target)
                        break
                    if bridge.alive and not answer.get("office_died"):
                        future.set_exception(ConversionFailed([msg("LibreOffice 未能转换 {name}",
                                                                   name=source.name)]))
                        break
                    bridge.stop()
                    if attempt == 1:
                        future.set_exception(ConversionFailed([msg(
                            "LibreOffice 转换 {name} 时两次意外退出，未能转换", name=source.name)]))
        finally:
            self._launched.set()
            self._ready.set()
            if bridge is not None:
                bridge.stop()
            while True:  # nobody will serve what is left
                try:
                    job = self._jobs.get_nowait()
                except queue.Empty:
                    break
                if job is not None:
                    job[2].set_exception(ConversionFailed([msg("LibreOffice 已关闭，未能转换 {name}",
                                                               name=job[0].name)]))

    def _start_bridge(self, closing: threading.Event, launched: threading.Event | None = None
                      ) -> _Bridge | None:
        """A bridge whose office listens, or None; ``launched`` is set once its process runs (or none will
        run)."""
        try:
            if closing.is_set():
                return None
            self.starts += 1
            bridge = _Bridge(office_program() or "", uno_python() or "", self._home)
        except (OSError, RuntimeError):
            return None
        finally:
            if launched is not None:
                launched.set()
        # From here a close() interrupts this start. (The lock is not held above: building the profile seed,
        # once per user and office version, takes a whole office start, and close() must not wait for it.)
        with self._lock:
            closed = closing.is_set()
            if not closed:
                self._starting = bridge
        if closed:
            bridge.stop()
            return None
        try:
            bridge.wait_ready()
        except (OSError, RuntimeError):
            return None
        finally:
            with self._lock:
                self._starting = None
        self.pipe_files += bridge.pipes
        return bridge


class _Bridge:
    """One office_child.py bridge process and the office below it."""

    def __init__(self, program: str, python: str, home: Path | None) -> None:
        self.folder, self._lock = _profile_folder(home)  # locked: in use until this bridge stops
        self.pipes: list[str] = []
        try:
            self.profile = profile = seeded_profile(self.folder / "profile")
            self.process = launch(
                [python, str(CHILD), "bridge", str(os.getpid()), program, profile],
                office_environment(self.folder), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL)
            self._buffer = b""
        except BaseException:
            self.stop()
            raise

    def wait_ready(self) -> None:
        """Until the office listens; RuntimeError, the bridge stopped, when it did not start (or was
        interrupted)."""
        try:
            ready = self._answer(START_SECONDS)
        except BaseException:
            self.stop()
            raise
        if not ready.get("ready"):
            self.stop()
            raise RuntimeError("LibreOffice did not start")
        self.pipes = [path for path in ready.get("pipes", []) if isinstance(path, str)]

    def interrupt(self) -> None:
        """From another thread: end a start nobody waits for any more. The bridge ends its office and
        removes its pipe files; ``wait_ready`` then returns at once."""
        with contextlib.suppress(OSError):
            self.process.send_signal(signal.SIGTERM)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def prime(self) -> None:
        """Lay out one shipped template once, so the first filing does not pay for loading Writer, the
        PDF filter and the CJK fonts (about as long again as the office's start)."""
        from lawgen.documents.render import shipped_templates

        template = lean_copy(shipped_templates() / PRIMING_TEMPLATE, self.folder / "priming")
        self.convert(template, self.folder / "priming.pdf")

    def convert(self, source: Path, target: Path) -> dict:
        request = json.dumps({"source": str(source), "target": str(target)}) + "\n"
        try:
            self.process.stdin.write(request.encode("utf-8"))
            self.process.stdin.flush()
        except OSError:
            return {"office_died": True}
        return self._answer(DOCUMENT_SECONDS)

    def _answer(self, seconds: float) -> dict:
        """The bridge's next line; a bridge that says nothing in time is ended."""
        with selectors.DefaultSelector() as selector:
            selector.register(self.process.stdout, selectors.EVENT_READ)
            while b"\n" not in self._buffer:
                if not selector.select(seconds):
                    end_tree(self.process)  # hung: the office goes with it (parent-death signal)
                    return {"office_died": True}
                chunk = os.read(self.process.stdout.fileno(), 65536)
                if not chunk:
                    return {"office_died": True}
                self._buffer += chunk
        line, self._buffer = self._buffer.split(b"\n", 1)
        try:
            return json.loads(line)
        except ValueError:
            return {"office_died": True}

    def stop(self) -> None:
        """End the bridge and its office, and remove the profile folder (once; again does nothing)."""
        if self._lock is None:
            return
        process = getattr(self, "process", None)
        if process is not None:
            with contextlib.suppress(OSError):
                process.stdin.close()  # the bridge ends its office and exits
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                pass
            end_tree(process)
            process.stdout.close()
            # The bridge removes them as it ends its office; not when it was killed (hung) itself.
            remove_office_pipe(self.profile, *self.pipes)
        os.close(self._lock)
        self._lock = None
        shutil.rmtree(self.folder, ignore_errors=True)


def _profile_folder(home: Path | None) -> tuple[Path, int]:
    """A private folder for one office's profile (and its temporary files), below the user's cache folder,
    held locked while the office runs. Folders of offices whose lawgen was killed (nobody holds their lock)
    are removed first; the folder of offices is locked meanwhile, so no new folder is taken for a dead one."""
    if home is None:
        from platformdirs import user_cache_dir

        home = Path(user_cache_dir("lawgen")) / "office"
    home.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    guard = _hold(home)
    try:
        for entry in os.scandir(home):
            if entry.is_dir(follow_symlinks=False):
                try:
                    descriptor = _hold(Path(entry.path), wait=False)
                except OSError:
                    continue  # in use by another lawgen
                os.close(descriptor)
                shutil.rmtree(entry.path, ignore_errors=True)
        folder = Path(tempfile.mkdtemp(prefix="office-", dir=home))
        return folder, _hold(folder)
    finally:
        os.close(guard)


def _hold(folder: Path, wait: bool = True) -> int:
    descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        os.close(descriptor)
        raise
    return descriptor
