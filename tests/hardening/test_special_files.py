"""Issue 13, items 13 (export) and 15 (umask): ``export -o`` onto a FIFO or a device refused, never
replaced (as root it replaced ``/dev/stdout`` with a regular file); under umask 000 the folders lawgen
makes, the intermediate ones too, are still owner-only.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from lawgen.files import NotARegularFile, make_private_dir, write_text_atomic
from tests.support.cli import Ran, run_lawgen
from tests.support.paths import EXAMPLE_CASE


def _lawgen(*args: str, umask: int | None = None) -> Ran:
    """In this process (the files and the message are what is tested), under ``umask`` for the call."""
    old = os.umask(umask) if umask is not None else None
    try:
        return run_lawgen(*args)
    finally:
        if old is not None:
            os.umask(old)


def _special(tmp_path: Path, kind: str) -> Path:
    path = tmp_path / "shared.json"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "device":  # a private copy of /dev/null: if the guard failed, only this node is lost
        try:
            os.mknod(path, 0o600 | stat.S_IFCHR, os.makedev(1, 3))
        except PermissionError:
            pytest.skip("making a device node needs root")
    elif kind == "socket":
        import socket

        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    elif kind == "folder":
        path.mkdir()
    elif kind == "symlink":
        (tmp_path / "target.json").write_text("keep", encoding="utf-8")
        path.symlink_to(tmp_path / "target.json")
    return path


KINDS = ["fifo", "device", "socket", "folder", "symlink"]


@pytest.mark.parametrize("kind", KINDS)
def test_export_onto_a_special_file_is_refused_and_leaves_it(tmp_path, kind):
    target = _special(tmp_path, kind)
    before = os.lstat(target)
    result = _lawgen("export", str(EXAMPLE_CASE), "-o", str(target), "--redact")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "不是普通文件（而是管道、设备、文件夹或链接），未写入，也不会替换" in result.stderr
    after = os.lstat(target)
    assert (after.st_ino, stat.S_IFMT(after.st_mode)) == (before.st_ino, stat.S_IFMT(before.st_mode))
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary left
    if kind == "symlink":
        assert (tmp_path / "target.json").read_text(encoding="utf-8") == "keep"


@pytest.mark.parametrize("kind", KINDS)
def test_no_atomic_write_replaces_a_special_file(tmp_path, kind):
    target = _special(tmp_path, kind)
    with pytest.raises(NotARegularFile):
        write_text_atomic(target, "{}")


def test_export_onto_a_regular_file_still_replaces_it(tmp_path):
    target = tmp_path / "shared.json"
    target.write_text("old", encoding="utf-8")
    assert _lawgen("export", str(EXAMPLE_CASE), "-o", str(target)).returncode == 0
    assert target.read_text(encoding="utf-8").startswith("{")


# --- umask 000 ---------------------------------------------------------------------------------------

def _modes(top: Path) -> dict[str, int]:
    return {str(p.relative_to(top)): stat.S_IMODE(p.stat().st_mode) for p in [top, *top.rglob("*")]}


@pytest.mark.parametrize("command", ["generate", "batch"])
def test_under_umask_000_every_folder_made_is_owner_only(tmp_path, command):
    top = tmp_path / "a"
    if command == "generate":
        result = _lawgen("generate", str(EXAMPLE_CASE), "-o", str(top / "b" / "c"), umask=0)
    else:
        cases = tmp_path / "cases"
        cases.mkdir()
        (cases / "one.json").write_bytes(EXAMPLE_CASE.read_bytes())
        result = _lawgen("batch", str(cases), "-o", str(top / "b" / "c"), "--jobs", "1", umask=0)
    assert result.returncode == 0, result.stderr[-1500:]
    modes = _modes(top)
    folders = {name: mode for name, mode in modes.items() if (top / name).is_dir()}
    files = {name: mode for name, mode in modes.items() if (top / name).is_file()}
    assert {"a" if name == "." else name for name in folders} >= {"a", "b", "b/c"}
    assert set(folders.values()) == {0o700}, folders
    assert files and set(files.values()) == {0o600}, files


def test_make_private_dir_makes_each_missing_folder_owner_only(tmp_path):
    old = os.umask(0)
    try:
        made = make_private_dir(tmp_path / "x" / "y" / "z")
    finally:
        os.umask(old)
    assert made == tmp_path / "x" / "y" / "z"
    for folder in (tmp_path / "x", tmp_path / "x" / "y", made):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_make_private_dir_refuses_a_file_in_the_way(tmp_path):
    (tmp_path / "file").write_text("", encoding="utf-8")
    with pytest.raises(OSError):
        make_private_dir(tmp_path / "file")
