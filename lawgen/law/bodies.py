"""The competent bodies: arbitration commission (调解仲裁法第二十一条), basic-level court (劳动争议解释（一）
第三条) and labor-inspection office (劳动保障监察条例第十三条), as data per city; and the basic-level court
of the employer's domicile (住所地), where a payment order is applied for (民诉法解释第二十三条: 由债务人
住所地基层人民法院管辖) and one of the two courts that enforce an award (民事诉讼法第二百三十五条第二款:
被执行人住所地或者被执行的财产所在地人民法院)."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from lawgen.i18n import Msg, msg
from lawgen.regions import Region, UnknownRegion, resolve
from lawgen.text import chinese_date

if TYPE_CHECKING:
    from lawgen.case import Procedure

BODIES_FILE = Path(__file__).parent / "bodies.toml"


@dataclass(frozen=True)
class Bodies:
    commission: str | None
    court: str | None
    inspection_office: str | None
    notes: tuple[Msg, ...]
    employer_court: str | None = None  # the basic-level court of the (first) employer's domicile
    # The commission is the city's, from lawgen's data: whether a district commission takes the case instead
    # is not verified (bodies.toml), so the worker confirms the commission and its address before going.
    commission_unverified: bool = False


@dataclass(frozen=True)
class Contact:
    """How to reach one body, exactly as a dated source gives it; never filled in from elsewhere."""

    body: str  # commission, court or inspection_office
    name: str
    phone: str | None
    address: str | None
    source: str  # the source's title (and its own date where it has one)
    url: str  # where it was read: kept in the data, never printed for a worker
    read_on: dt.date
    status: str  # statute / secondary / unconfirmed, as for the parameters

    @property
    def cited(self) -> str:
        """The citation a document for people prints: the title and the day it was read, no address."""
        return f"{self.source}（{chinese_date(self.read_on)}查阅）"


@cache
def _table() -> dict:
    return tomllib.loads(BODIES_FILE.read_text(encoding="utf-8"))


def competent_bodies(
    work_region: Region,
    employer_regions: tuple[str, ...] = (),
    overrides: dict[str, str | None] | None = None,
    employer_address: str | None = None,
) -> Bodies:
    """Bodies for the place of work; a court for the district of the work or, failing that, the employer's."""
    overrides = overrides or {}
    city = _table().get(work_region.city_code, {})
    notes: list[Msg] = []
    commission = overrides.get("commission") or city.get("commission")
    inspection = overrides.get("inspection_office") or city.get("inspection_office")
    unverified = bool(city) and not overrides.get("commission")
    if unverified:
        notes.append(msg("区级仲裁机构未经证实，默认填写市级仲裁委员会；如需向区级机构申请，请修改收件机构"))
    court = overrides.get("court")
    if not court:
        courts = city.get("courts", {})
        candidates = [work_region.code, *employer_regions]
        court = next((courts[c] for c in candidates if c in courts), None)
        if court is None and courts:
            notes.append(msg("未能确定劳动合同履行地或用人单位所在地的区，法院名称留空，请手工填写"
                             "（劳动争议解释（一）第三条）"))
    if not city:
        notes.append(msg("本地区的仲裁委员会、法院和监察机构尚未收录，文书中留空，请手工填写"))
    return Bodies(commission, court, inspection, tuple(notes), domicile_court(employer_address),
                  unverified and commission is not None)


def domicile_court(address: str | None) -> str | None:
    """The basic-level court of the district an address names, among the courts lawgen holds: only where
    the address begins with the city and the district («厦门市思明区…», after the province if written), so
    that no district of the same name elsewhere is taken for it (鼓楼区 is four), and names no other of
    those districts (a former address in brackets, a building named after a district): otherwise the worker
    writes the court in by hand."""
    wanted = "".join((address or "").split())
    courts = _district_courts()
    named = [place for place in courts if place in wanted]
    if len(named) != 1:
        return None
    province, court = courts[named[0]]
    return court if wanted.removeprefix(province).startswith(named[0]) else None


@cache
def _district_courts() -> dict[str, tuple[str, str]]:
    """Each district lawgen holds the court of, by city and district as an address writes them
    («厦门市思明区»): its province, which may come first in an address, and its court."""
    courts: dict[str, tuple[str, str]] = {}
    for city_code, city in _table().items():
        for code, court in city.get("courts", {}).items() if isinstance(city, dict) else ():
            try:
                region = resolve(code)
            except UnknownRegion:
                continue
            if region.city_code == city_code:
                courts[f"{region.city_name}{region.name}"] = (region.province_name, court)
    return courts


@dataclass(frozen=True)
class EnforcementCourts:
    """The courts that enforce a decision in force (民事诉讼法第二百三十五条): a judgment its court of first
    instance, or a court of the same level where the property to be enforced is (第一款); an award, which
    the law has the courts enforce (调解仲裁法第五十一条), the court of the employer's domicile or of the
    place of its property (第二款). The property's court is the worker's other choice: lawgen never knows
    it."""

    judgment: bool
    known: str | None  # the court lawgen can name: the judgment's first-instance court; the domicile court


def enforcement_courts(procedure: Procedure, bodies: Bodies) -> EnforcementCourts:
    """The courts for the case's decision: a judgment's when one is given (the court that gave it), else
    the award's (the employer's domicile court where its address names one, ``domicile_court``)."""
    if procedure.judged:
        return EnforcementCourts(True, procedure.suit.court)
    return EnforcementCourts(False, bodies.employer_court)


def region_of_credit_code(code: str | None) -> str | None:
    """Characters 3–8 of a unified social credit code are the registering authority's region (GB 32100)."""
    if not code or len(code) != 18:
        return None
    try:
        return resolve(code[2:8]).code
    except UnknownRegion:
        return None


def contacts(region: Region) -> tuple[Contact, ...]:
    """The phones and addresses lawgen holds for the region's city, in the order recorded."""
    entries = _table().get(region.city_code, {}).get("contacts", [])
    return tuple(Contact(body=e["body"], name=e["name"], phone=e.get("phone"), address=e.get("address"),
                         source=e["source"], url=e["url"], read_on=e["read_on"], status=e["status"])
                 for e in entries)


def contact_for(region: Region, body: str) -> Contact | None:
    """The first recorded contact for ``body`` (commission, court, inspection_office), or None: then a
    document sends the worker to 12333 to ask."""
    return next((c for c in contacts(region) if c.body == body), None)
