"""Region codes (GB/T 2260): a district resolves to its city and province.

The code table is python-stdnum's copy of the administrative-division codes (``cn/loc``, the table it uses
to check resident ID numbers), so lawgen carries no list of its own. Names carry their history
(``[1983-2002]杏林区,[2003-]海沧区``); a code whose last name has an end year no longer exists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_HISTORY = re.compile(r"^\[(\d{4})?-(\d{4})?\](.*)$")
_MUNICIPALITIES = {"11", "12", "31", "50"}  # 直辖市: the province level is itself the city


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    city_code: str
    city_name: str
    province_code: str
    province_name: str

    @property
    def is_district(self) -> bool:
        return self.code != self.city_code and self.code != self.province_code

    def chain(self) -> tuple[str, ...]:
        """Codes from the most specific to the most general, then ``national``: the parameter lookup order."""
        codes: list[str] = []
        for code in (self.code, self.city_code, self.province_code):
            if code not in codes:
                codes.append(code)
        return (*codes, "national")

    @property
    def full_name(self) -> str:
        parts = [self.province_name]
        if self.city_name != self.province_name:
            parts.append(self.city_name)
        if self.name not in parts:
            parts.append(self.name)
        return "".join(parts)


class UnknownRegion(ValueError):
    pass


def _current_name(raw: str) -> str | None:
    """The present name from a history string, or None when the division was abolished."""
    last = raw.split(",")[-1].strip()
    match = _HISTORY.match(last)
    if not match:
        return last or None
    _start, end, name = match.groups()
    return None if end else name.strip()


@cache
def _table() -> dict[str, str]:
    """Six-digit code -> present name. numdb rows are (length, low, high, properties, children)."""
    from stdnum import numdb

    names: dict[str, str] = {}
    for _, province, _, province_info, counties in numdb.get("cn/loc").prefixes:
        names[province + "0000"] = province_info.get("province", "")
        for _, county, _, county_info, _ in counties:
            name = _current_name(county_info.get("county", ""))
            if name and county != "0000":
                names[province + county] = name
    return names


def resolve(code: str) -> Region:
    """Resolve a six-digit code; raises UnknownRegion for malformed, unknown or abolished codes."""
    if not re.fullmatch(r"\d{6}", code or ""):
        raise UnknownRegion(code)
    table = _table()
    name = table.get(code)
    if name is None or name.startswith("市辖区"):
        raise UnknownRegion(code)
    province_code = code[:2] + "0000"
    province_name = table.get(province_code, "")
    if code[:2] in _MUNICIPALITIES:
        city_code, city_name = province_code, province_name
    else:
        city_code = code[:4] + "00"
        city_name = table.get(city_code, name)
    return Region(code, name, city_code, city_name, province_code, province_name)


def search(text: str, limit: int = 8) -> list[Region]:
    """Regions whose name matches what a volunteer typed: ``思明区``, ``思明``, ``厦门市思明区``.

    Exact names come first (``鼓楼区`` is four districts: the caller lets the volunteer pick), then names
    containing the text, then full names (province, city, district) containing it.
    """
    wanted = re.sub(r"\s+", "", text or "")
    if not wanted or wanted.isdigit():
        return []
    exact: list[Region] = []
    partial: list[Region] = []
    for code, name in _table().items():
        if code.endswith("0000") and code[:2] not in _MUNICIPALITIES:
            continue  # a province is too wide for a work place
        try:
            region = resolve(code)
        except UnknownRegion:
            continue
        if name == wanted:
            exact.append(region)
        elif wanted in name or wanted in region.full_name:
            partial.append(region)
        if len(exact) >= limit:
            break
    return (exact + partial)[:limit]
