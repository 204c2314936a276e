"""The order-records template a volunteer copies a worker's orders into when the platform gives no export
(only screenshots or a PDF): the shipped template's header, which names the columns lawgen recognises
(docs/order-records.md)."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from lawgen.files import FILE_MODE, make_private_dir
from lawgen.resources import resource_dir

TEMPLATE_NAME = "订单记录模板"


def blank_template() -> bytes:
    """The shipped template's header line alone (its sample rows left out: only orders copied in may be
    counted), with a BOM so that Excel on a Chinese Windows opens it as UTF-8."""
    shipped = resource_dir("examples") / "order-records-template.csv"
    header = shipped.read_text(encoding="utf-8-sig").splitlines()[0]
    return ("\ufeff" + header + "\r\n").encode("utf-8")


def save_blank_template(folder: Path) -> Path:
    """A new blank template in ``folder`` (made, owner-only, if missing): «订单记录模板.csv», or the first of
    «订单记录模板-2.csv» … not taken. Never one already there: it may hold another worker's orders."""
    folder = make_private_dir(folder)
    data = blank_template()
    for number in itertools.count(1):
        target = folder / (f"{TEMPLATE_NAME}.csv" if number == 1 else f"{TEMPLATE_NAME}-{number}.csv")
        try:  # created here or refused: a name taken meanwhile is never written over
            descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, FILE_MODE)
        except FileExistsError:
            continue
        with os.fdopen(descriptor, "wb") as written:
            written.write(data)  # a header line, in one write
        return target
    raise AssertionError("unreachable")
