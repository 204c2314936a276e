"""PDF export through LibreOffice: a whole packet in one ``soffice --headless --convert-to pdf`` process."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from lawgen.files import atomic_path

INSTALL_HINT = (
    "未找到 LibreOffice，无法生成 PDF（.docx 文件已生成）。安装方法：Debian/Ubuntu 运行 "
    "sudo apt-get install libreoffice-writer-nogui fonts-noto-cjk；"
    "Windows/macOS 请从 libreoffice.org 下载安装。"
)
TIMEOUT_SECONDS = 300
FONTS_CONF = Path(__file__).with_name("fonts.conf")


class LibreOfficeMissing(RuntimeError):
    def __init__(self) -> None:
        super().__init__(INSTALL_HINT)


class ConversionFailed(RuntimeError):
    pass


def soffice_path() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def convert_to_pdf(documents: list[Path], out_dir: Path | None = None) -> list[Path]:
    """Convert .docx files to PDF in one LibreOffice process; each PDF lands atomically beside its source
    (or in ``out_dir``). Returns the PDF paths in the order given."""
    if not documents:
        return []
    soffice = soffice_path()
    if soffice is None:
        raise LibreOfficeMissing()
    with tempfile.TemporaryDirectory(prefix="lawgen-pdf-") as work:
        work_dir = Path(work)
        # A private profile: no clash with a LibreOffice the user has open, and no first-run dialogs.
        profile = (work_dir / "profile").as_uri()
        command = [
            soffice, f"-env:UserInstallation={profile}", "--headless", "--norestore",
            "--convert-to", "pdf", "--outdir", str(work_dir), *map(str, documents),
        ]
        env = {**os.environ, "HOME": str(work_dir)}
        if "FONTCONFIG_FILE" not in os.environ and Path("/etc/fonts/fonts.conf").exists():
            env["FONTCONFIG_FILE"] = str(FONTS_CONF)
        try:
            result = subprocess.run(
                command, capture_output=True, timeout=TIMEOUT_SECONDS, env=env, check=False
            )
        except subprocess.TimeoutExpired:
            raise ConversionFailed("LibreOffice 转换超时") from None
        outputs = []
        for document in documents:
            produced = work_dir / (Path(document).stem + ".pdf")
            if not produced.exists():
                detail = result.stderr.decode("utf-8", "replace")[-500:]
                raise ConversionFailed(f"LibreOffice 未能转换 {Path(document).name}：{detail}")
            target = (out_dir or Path(document).parent) / produced.name
            with atomic_path(target) as temporary:
                shutil.copyfile(produced, temporary)
            outputs.append(target)
        return outputs
