"""The order-records template a volunteer copies a worker's orders into when the platform gives no export
(only screenshots or a PDF): the shipped template's header, which names the columns lawgen recognises
(docs/order-records.md)."""

from __future__ import annotations

from pathlib import Path

from lawgen.files import make_private_dir, write_bytes_atomic
from lawgen.resources import resource_dir

TEMPLATE_NAME = "订单记录模板.csv"


def blank_template() -> bytes:
    """The shipped template's header line alone (its sample rows left out: only orders copied in may be
    counted), with a BOM so that Excel on a Chinese Windows opens it as UTF-8."""
    shipped = resource_dir("examples") / "order-records-template.csv"
    header = shipped.read_text(encoding="utf-8-sig").splitlines()[0]
    return ("\ufeff" + header + "\r\n").encode("utf-8")


def save_blank_template(folder: Path) -> tuple[Path, bool]:
    """The blank template in ``folder`` (made, owner-only, if missing), and whether it was written now:
    a file of that name already there is left as it is (it may hold orders copied in)."""
    target = make_private_dir(folder) / TEMPLATE_NAME
    if target.exists():
        return target, False
    write_bytes_atomic(target, blank_template())
    return target, True
