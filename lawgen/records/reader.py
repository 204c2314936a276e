"""Reading a CSV or XLSX file into a header row and numbered data rows, whatever it turns out to hold.

CSV in UTF-8 (with or without a BOM) or in GBK/GB18030 (what Excel on a Chinese Windows writes), comma,
tab or semicolon separated. XLSX through ``openpyxl`` (read-only, values not formulas). A workbook with
several sheets is read from the sheet named in the case, else the first whose header is recognised, and
the volunteer is told which. Anything else — an old .xls, a PDF, 10 MB of junk — is refused with what to do.
"""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from lawgen.files import FileTooLarge, os_error_text, read_regular_file
from lawgen.i18n import Msg, msg
from lawgen.records.errors import RecordsError, Remedy
from lawgen.records.mapping import FIELD_LABELS, ColumnMapping, map_columns

MAX_BYTES = 200 * 1024 * 1024
CELL_MAX_CHARS = csv.field_size_limit()  # csv's own bound (131,072): no order's cell comes near it
HEADER_SEARCH_ROWS = 20


@dataclass
class Table:
    mapping: ColumnMapping
    rows: Iterator[tuple[int, list[object]]]  # (row number as the spreadsheet shows it, cells)
    notices: list[Msg] = field(default_factory=list)
    sheet: str | None = None
    close: Callable[[], None] = lambda: None


def open_table(path: Path, mapping: Mapping[str, str] | None = None, sheet: str | None = None) -> Table:
    """The file's header mapping and its rows. Raises RecordsError for a file that cannot be used."""
    path = Path(path)
    try:  # the case loader's read: a FIFO or a device is refused, never waited on
        raw, _ = read_regular_file(path, MAX_BYTES)
    except FileTooLarge:
        raise RecordsError(msg("订单记录文件 {name} 超过200 MB，不像是订单表；请只导出需要的期间",
                               name=path.name)) from None
    except OSError as error:
        raise RecordsError(msg("无法读取订单记录文件 {name}：{detail}", name=path.name,
                               detail=os_error_text(error))) from None
    head = raw[:8]
    if head.startswith(b"PK\x03\x04"):
        return _xlsx(raw, path.name, mapping, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise RecordsError(msg("{name} 是旧版 Excel（.xls）文件；请在 Excel 中“另存为” .xlsx 或 CSV 后再导入",
                               name=path.name))
    if head.startswith(b"%PDF"):
        raise RecordsError(msg("{name} 是 PDF 文件；请按订单记录模板把订单抄录到表格，"
                               "保存为 CSV 或 .xlsx 后再导入", name=path.name))
    return _csv(raw, path.name, mapping)


def _not_a_table(name: str) -> RecordsError:
    return RecordsError(msg("{name} 不是表格文件（CSV 或 .xlsx）；请从平台导出订单，"
                            "或按订单记录模板抄录后保存为 CSV", name=name))


def _csv(raw: bytes, name: str, mapping: Mapping[str, str] | None) -> Table:
    if b"\x00" in raw[:65536]:
        raise _not_a_table(name)
    notices: list[Msg] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as utf8_error:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise RecordsError(msg("{name} 既不是 UTF-8 也不是 GBK 编码的文本（第{offset}个字节处无法识别）；"
                                   "请在 Excel 或记事本中另存为“CSV UTF-8”", name=name,
                                   offset=utf8_error.start + 1)) from None
        notices.append(msg("{name} 是 GBK 编码（不是 UTF-8），已按 GBK 读取；如果表中文字是乱码，"
                           "请另存为“CSV UTF-8”后重新导入", name=name))
    if "\x00" in text:
        raise _not_a_table(name)
    first_line = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first_line.count) if first_line else ","
    rows = _numbered(text, delimiter, name)
    found = _find_header(rows, mapping)
    if found is None:
        raise _no_header(name)
    header_mapping, rest = found
    return Table(header_mapping, rest, notices)


def _numbered(text: str, delimiter: str, name: str) -> Iterator[tuple[int, list[object]]]:
    number = 0
    try:
        for number, row in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
            yield number, row
    except csv.Error:  # a cell past csv's bound (often a quote never closed, which takes in the rest)
        raise _cell_too_long(text, delimiter, name, number + 1) from None


def _cell_too_long(text: str, delimiter: str, name: str, row_number: int) -> RecordsError:
    """Which cell of row ``row_number`` passes CELL_MAX_CHARS, found by reading that row again without the
    bound (only on this error path: the bound is process-wide, so it is put back at once)."""
    previous = csv.field_size_limit(len(text) + 1)
    try:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        row = next(itertools.islice(rows, row_number - 1, None), [])
    finally:
        csv.field_size_limit(previous)
    column = next((index for index, cell in enumerate(row) if len(cell) > CELL_MAX_CHARS), None)
    if column is None:
        return RecordsError(msg("{name} 第{row}行有一格内容过长（超过{limit}个字符），不像订单记录；"
                                "请检查这一行，常见原因是引号没有成对", name=name, row=row_number,
                                limit=CELL_MAX_CHARS))
    return RecordsError(msg("{name} 第{row}行{column}列的内容过长（超过{limit}个字符），不像订单记录；"
                            "请检查这一格，常见原因是引号没有成对", name=name, row=row_number,
                            column=column_letters(column), limit=CELL_MAX_CHARS))


def column_letters(index: int) -> str:
    """The column as a spreadsheet names it: 0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _find_header(
    rows: Iterator[tuple[int, list[object]]], mapping: Mapping[str, str] | None
) -> tuple[ColumnMapping, Iterator[tuple[int, list[object]]]] | None:
    for number, row in rows:
        if number > HEADER_SEARCH_ROWS:
            return None
        candidate = map_columns(row, mapping)
        if candidate.complete:
            return candidate, rows
    return None


def _no_header(name: str) -> RecordsError:
    return RecordsError(msg(
        "{name} 的前{rows}行中没有找到表头：至少需要“{accepted}”和“{delivered}”两列（网约车可为行程开始、"
        "结束时间）。请把表头改成订单记录模板中的名称",
        name=name, rows=HEADER_SEARCH_ROWS, accepted=Msg(FIELD_LABELS["accepted"]),
        delivered=Msg(FIELD_LABELS["delivered"])), Remedy.name_columns)


def _xlsx(raw: bytes, file_name: str, mapping: Mapping[str, str] | None, sheet: str | None) -> Table:
    import openpyxl

    try:  # from the bytes read once: the path is never opened a second time
        workbook = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds (zip, XML, its own) for a broken or foreign file
        raise RecordsError(msg("{name} 不是有效的 Excel 工作簿（文件可能已损坏）；"
                               "请在 Excel 中打开后另存为 .xlsx 或 CSV", name=file_name)) from None
    names = workbook.sheetnames
    if sheet is not None:
        if sheet not in names:
            workbook.close()
            raise RecordsError(msg("工作簿 {name} 中没有名为“{sheet}”的工作表；现有：{sheets}",
                                   name=file_name, sheet=sheet, sheets="、".join(names)))
        candidates = [sheet]
    else:
        candidates = names
    for name in candidates:
        rows = _sheet_rows(workbook[name])
        found = _find_header(rows, mapping)
        if found is None:
            continue
        header_mapping, rest = found
        notices = []
        if len(names) > 1:
            others = "、".join(n for n in names if n != name)
            notices.append(msg("工作簿有{count}张工作表，已读取“{sheet}”（其余：{others}）；如需读取其他工作表，"
                               "请在案件文件的 records.sheet 或命令的 --sheet 中指定", count=len(names),
                               sheet=name, others=others))
        return Table(header_mapping, rest, notices, sheet=name, close=workbook.close)
    workbook.close()
    raise _no_header(file_name if sheet is None else f"{file_name}（{sheet}）")


def _sheet_rows(worksheet) -> Iterator[tuple[int, list[object]]]:
    for number, row in enumerate(worksheet.iter_rows(values_only=True), start=1):
        yield number, list(row)
