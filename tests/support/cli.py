"""Running lawgen's command line in a fresh process, as a user would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.support.paths import ROOT


def run_check(path: Path, *options: str, lang: str = "zh") -> subprocess.CompletedProcess:
    """``python -m lawgen --lang LANG check PATH OPTIONS`` in a fresh process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("LAWGEN_LANG", None)
    return subprocess.run([sys.executable, "-m", "lawgen", "--lang", lang, "check", str(path), *options],
                          capture_output=True, text=True, encoding="utf-8", cwd=ROOT, env=env, timeout=60)
