"""Rows of a records file as orders, every row that cannot be counted reported with its number.

A problem names the row and the column, never what the cell holds: a cell may hold a name or a phone number
(``林小海13812345678`` in the fee column), and messages end up in terminals, logs and screenshots."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from lawgen.i18n import Msg, msg
from lawgen.records.errors import RowProblem
from lawgen.records.mapping import FIELD_LABELS, ColumnMapping
from lawgen.records.timestamps import Unreadable, parse_date, parse_moment

MAX_ORDER = dt.timedelta(hours=24)
MAX_ROWS = 2_000_000


@dataclass(frozen=True, slots=True)
class Order:
    row: int
    accepted: dt.datetime
    delivered: dt.datetime
    fee: Decimal | None
    platform: str | None
    station: str | None


@dataclass
class ParsedOrders:
    orders: list[Order]
    problems: list[RowProblem]
    rows_read: int
    truncated: bool = False


def _label(field: str) -> Msg:
    return Msg(FIELD_LABELS[field])


def parse_orders(rows: Iterable[tuple[int, list[object]]], mapping: ColumnMapping) -> ParsedOrders:
    columns = mapping.columns
    accepted_at, delivered_at = columns["accepted"], columns["delivered"]
    picked_at = columns.get("picked_up")
    date_at, fee_at, id_at = columns.get("date"), columns.get("fee"), columns.get("order_id")
    platform_at, station_at = columns.get("platform"), columns.get("station")
    width = max(columns.values()) + 1
    orders: list[Order] = []
    problems: list[RowProblem] = []
    seen: dict[object, int] = {}
    read = 0
    for number, cells in rows:
        if not any(cells):
            continue  # an empty line
        if len(cells) < width:
            cells = [*cells, *([None] * (width - len(cells)))]
        fast = _fast_row(cells, accepted_at, delivered_at, picked_at, fee_at) if date_at is None else None
        if fast is None and not "".join(str(c) for c in cells if c).strip():
            continue  # a line of spaces
        read += 1
        if read > MAX_ROWS:
            return ParsedOrders(orders, problems, read - 1, truncated=True)
        if fast is not None:
            accepted, delivered, fee = fast
        else:
            problem = None
            has_date = date_at is not None and cells[date_at] not in (None, "")
            try:
                day = parse_date(cells[date_at]) if has_date else None
            except Unreadable:
                problems.append(RowProblem(number, msg("{field}无法识别，请写成 2026-03-02",
                                                       field=_label("date"))))
                continue
            moments = {}
            time_only = set()
            for field, index in (("accepted", accepted_at), ("delivered", delivered_at),
                                 ("picked_up", picked_at)):
                if index is None:
                    continue
                value = cells[index]
                if value in (None, "") or not str(value).strip():
                    if field != "picked_up":
                        problem = msg("缺少{field}", field=_label(field))
                        break
                    continue
                try:
                    moment = parse_moment(value)
                except Unreadable:
                    problem = msg("{field}无法识别，请写成 2026-03-02 09:15 这样的日期和时间",
                                  field=_label(field))
                    break
                if isinstance(moment, dt.time):
                    if day is None:
                        problem = msg("{field}只有时间没有日期；请补上日期，或增加“日期”一列",
                                      field=_label(field))
                        break
                    moment = dt.datetime.combine(day, moment)
                    time_only.add(field)
                moments[field] = moment
            if problem is None:
                accepted, delivered = moments["accepted"], moments["delivered"]
                if delivered < accepted and "delivered" in time_only:
                    # a time alone, earlier than the acceptance: after midnight
                    delivered += dt.timedelta(days=1)
                    moments["delivered"] = delivered
                picked = moments.get("picked_up")
                if delivered < accepted:
                    problem = msg("{delivered}早于{accepted}；请核对这两列是否填反或日期是否有误",
                                  delivered=_label("delivered"), accepted=_label("accepted"))
                elif delivered - accepted > MAX_ORDER:
                    problem = msg("从{accepted}到{delivered}超过24小时，不像一单的时间；请核对日期",
                                  accepted=_label("accepted"), delivered=_label("delivered"))
                elif picked is not None and not accepted <= picked <= delivered:
                    problem = msg("{picked}不在{accepted}与{delivered}之间；请核对",
                                  picked=_label("picked_up"), accepted=_label("accepted"),
                                  delivered=_label("delivered"))
            fee = None
            if problem is None and fee_at is not None and cells[fee_at] not in (None, ""):
                fee, problem = _fee(cells[fee_at])
            if problem is not None:
                problems.append(RowProblem(number, problem))
                continue
        order_id = cells[id_at] if id_at is not None else None
        key = ("id", str(order_id).strip()) if order_id not in (None, "") and str(order_id).strip() else (
            "times", accepted, delivered, fee)
        if key in seen:
            same = msg("与第{first}行是同一单，只计一次；如确是两单，请核对订单号或时间", first=seen[key])
            problems.append(RowProblem(number, same, counted_once=True))
            continue
        seen[key] = number
        platform = cells[platform_at] if platform_at is not None else None
        station = cells[station_at] if station_at is not None else None
        orders.append(Order(number, accepted, delivered, fee,
                            str(platform).strip() or None if platform else None,
                            str(station).strip() or None if station else None))
    return ParsedOrders(orders, problems, read)


def _fast_row(cells, accepted_at, delivered_at, picked_at, fee_at, _iso=dt.datetime.fromisoformat):
    """(accepted, delivered, fee) of a plain, valid row as exports write it ("2026-03-02 09:15[:00]", a
    plain fee); None sends the row through the full reading and checks. Kept to one call: the hot loop."""
    accepted, delivered = cells[accepted_at], cells[delivered_at]
    try:
        accepted, delivered = _plain_moment(accepted, _iso), _plain_moment(delivered, _iso)
        if accepted is None or delivered is None:
            return None
        if picked_at is not None and cells[picked_at]:
            picked = _plain_moment(cells[picked_at], _iso)
            if picked is None or not accepted <= picked <= delivered or picked.tzinfo or picked.microsecond:
                return None
        fee = cells[fee_at] if fee_at is not None else None
        if fee is not None and fee != "":
            if type(fee) is float or type(fee) is int:
                fee = str(fee)  # an Excel number: as written, not its binary expansion
            fee = Decimal(fee)
        else:
            fee = None
    except (ValueError, TypeError, InvalidOperation):
        return None
    if (accepted.tzinfo or delivered.tzinfo or accepted.microsecond or delivered.microsecond
            or not accepted <= delivered <= accepted + MAX_ORDER):
        return None
    if fee is not None and (not fee.is_finite() or fee < 0):
        return None
    return accepted, delivered, fee


def _plain_moment(value, _iso):
    """An export's "2026-03-02 09:15[:00]" string or an Excel date cell; None for anything else."""
    if type(value) is str:
        return _iso(value) if len(value) >= 16 else None
    return value if type(value) is dt.datetime else None


def _fee(value: object) -> tuple[Decimal | None, Msg | None]:
    if type(value) is str:
        try:  # the common case, a plain number: fast
            fee = Decimal(value)
            if fee.is_finite() and fee >= 0:
                return fee, None
        except InvalidOperation:
            pass
    text = str(value).strip().replace(",", "").replace("¥", "").replace("￥", "").removesuffix("元")
    try:
        fee = Decimal(text)
    except InvalidOperation:
        return None, msg("{field}不是金额，请写成 6.50 这样的数字", field=_label("fee"))
    if not fee.is_finite() or fee < 0:
        return None, msg("{field}不是有效金额（不能为负数），请核对", field=_label("fee"))
    return fee, None

