"""Which column holds what: lawgen's fields, the names platforms and people give them, and a mapping.

A file exported or transcribed from a delivery app, a ride-hailing app or a courier's PDA is used as it is:
its header row is matched against the usual names below, and whatever is not recognised can be named in
the case file's ``records.mapping`` (field -> the column's header), which is saved with the case.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from lawgen.i18n import N_

# field -> the names it goes by (compared without spaces, case or a unit in brackets)
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "order_id": ("订单号", "订单编号", "运单号", "快递单号", "单号", "行程单号", "订单id", "order_id",
                 "order", "order_no", "trip_id", "id"),
    "date": ("日期", "订单日期", "date"),
    "accepted": ("接单时间", "接单", "抢单时间", "派单时间", "开始时间", "行程开始时间", "出发时间",
                 "揽收时间", "揽件时间", "accepted", "accepted_at", "accept_time", "start", "start_time",
                 "trip_start"),
    "picked_up": ("取货时间", "取餐时间", "到店取货时间", "上车时间", "接到乘客时间", "picked_up",
                  "pickup_time", "picked_up_at"),
    "delivered": ("送达时间", "完成时间", "签收时间", "派送完成时间", "妥投时间", "结束时间", "行程结束时间",
                  "到达时间", "delivered", "delivered_at", "delivery_time", "end", "end_time", "trip_end",
                  "completed_at"),
    "fee": ("配送费", "收入", "本单收入", "订单收入", "金额", "车费", "运费", "派费", "fee", "income",
            "amount", "earnings"),
    "platform": ("平台", "platform", "app"),
    "station": ("站点", "配送站", "网点", "station", "site"),
}
FIELD_LABELS = {
    "order_id": N_("订单号"),
    "date": N_("日期"),
    "accepted": N_("接单时间"),
    "picked_up": N_("取货时间"),
    "delivered": N_("送达时间"),
    "fee": N_("收入"),
    "platform": N_("平台"),
    "station": N_("站点"),
}
REQUIRED = ("accepted", "delivered")


def normalise(header: object) -> str:
    text = unicodedata.normalize("NFKC", str(header or "")).strip().lower()
    text = re.sub(r"\((元|rmb|cny|yuan)\)$", "", text)
    return re.sub(r"[\s_\-]+", "", text)


_LOOKUP = {normalise(name): field for field, names in FIELD_NAMES.items() for name in names}


@dataclass(frozen=True)
class ColumnMapping:
    """field -> column index in the header row."""

    columns: dict[str, int]
    headers: tuple[str, ...]

    @property
    def complete(self) -> bool:
        return all(field in self.columns for field in REQUIRED)

    def header_of(self, field: str) -> str:
        return self.headers[self.columns[field]]

    def as_json(self) -> dict[str, str]:
        """The mapping as the case file saves it: field -> header."""
        return {field: self.header_of(field) for field in FIELD_NAMES if field in self.columns}


def map_columns(headers: Sequence[object], given: Mapping[str, str] | None = None) -> ColumnMapping:
    """Match a header row: the given mapping first (by header text), then the usual names."""
    texts = tuple(str(h).strip() if h is not None else "" for h in headers)
    normalised = [normalise(h) for h in texts]
    columns: dict[str, int] = {}
    for field, header in (given or {}).items():
        wanted = normalise(header)
        if wanted in normalised:
            columns[field] = normalised.index(wanted)
    for index, name in enumerate(normalised):
        field = _LOOKUP.get(name)
        if field and field not in columns and index not in columns.values():
            columns[field] = index
    return ColumnMapping(columns, texts)
