"""Issue 13 item 13 (the register): a register file that is a symlink (or a FIFO, a device, a folder) is
refused, never followed and chmodded; before the fix the store chmodded the link's target to 0600 and wrote
its database into it (as root: any file on the machine).
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from lawgen.store import DB_NAME, CaseStore, RegisterRefused
from tests.support.paths import ROOT

# what sits where the register (or one of SQLite's files beside it) should be
SPECIALS = ("symlink to a file", "dangling symlink", "fifo", "folder", "symlinked -wal", "symlinked -shm")


def plant(folder: Path, kind: str, victim: Path) -> Path:
    folder.mkdir(mode=0o700)
    register = folder / DB_NAME
    if kind == "symlink to a file":
        register.symlink_to(victim)
    elif kind == "dangling symlink":
        register.symlink_to(folder.parent / "nowhere")
    elif kind == "fifo":
        os.mkfifo(register)
    elif kind == "folder":
        register.mkdir()
    elif kind == "symlinked -wal":
        Path(f"{register}-wal").symlink_to(victim)
    elif kind == "symlinked -shm":
        Path(f"{register}-shm").symlink_to(victim)
    return register


@pytest.mark.parametrize("kind", SPECIALS)
def test_a_special_file_where_the_register_should_be_is_refused(tmp_path: Path, kind: str) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("someone else's file\n")
    os.chmod(victim, 0o644)
    plant(tmp_path / "data", kind, victim)
    with pytest.raises(RegisterRefused) as refused:
        CaseStore(tmp_path / "data")
    assert "不是普通文件" in refused.value.message.render("zh")
    assert "not a regular file" in refused.value.message.render("en")
    # the target is untouched: same mode, same content, and nothing was created where the dangling link points
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    assert victim.read_text() == "someone else's file\n"
    assert not (tmp_path / "nowhere").exists()


def test_a_symlinked_data_folder_is_refused_and_its_target_not_chmodded(tmp_path: Path) -> None:
    target = tmp_path / "shared"
    target.mkdir(mode=0o755)
    os.chmod(target, 0o755)
    (tmp_path / "data").symlink_to(target)
    with pytest.raises(RegisterRefused):
        CaseStore(tmp_path / "data")
    assert stat.S_IMODE(target.stat().st_mode) == 0o755
    assert list(target.iterdir()) == []


def test_the_wizard_command_says_so_and_exits_without_a_traceback(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("x")
    os.chmod(victim, 0o644)
    plant(tmp_path / "data", "symlink to a file", victim)
    for lang, text in (("zh", "登记簿文件不是普通文件"), ("en", "not a regular file")):
        result = subprocess.run(
            [sys.executable, "-m", "lawgen", "--lang", lang, "wizard", "--data-dir", str(tmp_path / "data")],
            capture_output=True, text=True, timeout=60, cwd=ROOT, stdin=subprocess.DEVNULL, check=False)
        assert result.returncode == 2, result.stderr
        assert text in result.stderr
        assert "Traceback" not in result.stderr and str(tmp_path) not in result.stderr
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644 and victim.read_text() == "x"
