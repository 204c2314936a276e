"""Where the packet goes, and what the volunteer does with it: the folder chosen last time (remembered in
the data folder, owner-only), opening it in the desktop's file manager, printing it with CUPS ``lp``.

No shell, no network: each program is looked up on PATH and run with its arguments as a list.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from lawgen.files import write_text_atomic

SETTINGS = "wizard-settings.json"


PACKETS_KEPT = 1000  # cases whose packet folder is remembered (the oldest forgotten first)


def _settings(data_dir: Path) -> dict:
    try:
        saved = json.loads((data_dir / SETTINGS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return saved if isinstance(saved, dict) else {}


def unused_folder(folder: Path) -> Path:
    """``folder``, or the first of «folder-2», «folder-3» … that does not exist yet."""
    candidate, number = folder, 2
    while candidate.exists():
        candidate, number = folder.with_name(f"{folder.name}-{number}"), number + 1
    return candidate


def remembered_parent(data_dir: Path) -> Path:
    """The folder the last packet went into (its parent), or ``packets`` in the data folder."""
    saved = _settings(data_dir).get("packet_parent")
    return Path(saved) if isinstance(saved, str) and saved else data_dir / "packets"


def remembered_folder(data_dir: Path, case_id: str, stage: str | None = None) -> Path | None:
    """The folder this case's packet went into last time, while it still exists and the case is at the stage
    it was made for: generating again goes there (the same case's packet is replaced), not into a new folder
    beside it. At a later stage the packet differs — the application is left out once it is handed in — and
    the earlier one stays where it is (volunteer: regenerating after «申请仲裁» deleted the application the
    commission may ask to correct)."""
    packets = _settings(data_dir).get("packets")
    saved = packets.get(case_id) if isinstance(packets, dict) else None
    made_for = None
    if isinstance(saved, dict):  # {"folder": …, "stage": …}; a plain path from before stages were kept
        saved, made_for = saved.get("folder"), saved.get("stage")
    if not isinstance(saved, str) or not saved:
        return None
    if stage is not None and made_for is not None and made_for != stage:
        return None
    folder = Path(saved)
    return folder if folder.is_dir() else None


def remembered_pdf(data_dir: Path) -> bool | None:
    """Whether the last packet was made with PDFs: the next one is, too, until the volunteer says not.
    None before any packet was made."""
    chosen = _settings(data_dir).get("pdf")
    return chosen if isinstance(chosen, bool) else None


def remember_folder(data_dir: Path, case_id: str, folder: Path, pdf: bool = False,
                    stage: str | None = None) -> None:
    """Remember where this case's packet went and for which stage, its parent for the next new case, and
    whether it had PDFs (the register's case id and the volunteer's choices: nothing of the worker's)."""
    settings = _settings(data_dir)
    packets = settings.get("packets") if isinstance(settings.get("packets"), dict) else {}
    packets.pop(case_id, None)
    packets[case_id] = {"folder": str(folder), "stage": stage}
    while len(packets) > PACKETS_KEPT:
        packets.pop(next(iter(packets)))
    try:
        write_text_atomic(data_dir / SETTINGS, json.dumps(
            {"packet_parent": str(folder.parent), "packets": packets, "pdf": pdf}, ensure_ascii=False) + "\n")
    except OSError:
        pass  # remembering is a convenience: the packet is written either way


def open_folder(folder: Path) -> bool:
    """Show the folder in the desktop's file manager; False when there is none (a bare terminal)."""
    opener = shutil.which("xdg-open") or shutil.which("open")
    if opener is None:
        return False
    try:
        subprocess.Popen([opener, str(folder)], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    except OSError:
        return False
    return True


def printer_ready() -> bool:
    """A CUPS default printer is set (``lpstat -d``), so ``lp`` knows where to print."""
    lpstat = shutil.which("lpstat")
    if lpstat is None or shutil.which("lp") is None:
        return False
    try:
        result = subprocess.run([lpstat, "-d"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return False
    return result.returncode == 0 and ":" in result.stdout and "no system default" not in result.stdout


def print_files(files: list[Path]) -> str | None:
    """Send the PDFs to the default printer; the error text of ``lp``, or None when all were queued."""
    lp = shutil.which("lp")
    if lp is None:
        return "lp"
    try:
        result = subprocess.run([lp, "--", *map(str, files)], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as error:
        return str(error)
    return None if result.returncode == 0 else (result.stderr.strip() or str(result.returncode))
