"""PDF export through LibreOffice: the names every caller uses, and one process per call for a list of
documents (a single ``lawgen generate --pdf``, the guide, and the fallback when no warm office can run).

How LibreOffice is run (network off, dying with lawgen, work files beside the output) is documents.office.
"""

from __future__ import annotations

from pathlib import Path

from lawgen.documents.office import (  # noqa: F401  (the names callers import from here)
    INSTALL_HINT,
    ConversionFailed,
    LibreOfficeMissing,
    convert_once,
    soffice_path,
)


def convert_to_pdf(documents: list[Path], out_dir: Path | None = None) -> list[Path]:
    """Convert .docx files to PDF in one LibreOffice process; each PDF lands in one step beside its source
    (or in ``out_dir``). Returns the PDF paths in the order given."""
    return convert_once(documents, out_dir)
