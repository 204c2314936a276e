"""The bodies' phones and addresses (lawgen/law/bodies.toml): only what a dated source gives, each with its
title, address and the day it was read; a body without one has none (issue 11, item 13)."""

from __future__ import annotations

import datetime as dt
import tomllib

import pytest

from lawgen.law.bodies import BODIES_FILE, contact_for, contacts
from lawgen.regions import resolve

BODIES = {"commission", "court", "inspection_office"}


def _recorded() -> list[tuple[str, dict]]:
    table = tomllib.loads(BODIES_FILE.read_text(encoding="utf-8"))
    return [(city, entry) for city, data in table.items() for entry in data.get("contacts", [])]


@pytest.mark.parametrize(("city", "entry"), _recorded())
def test_every_contact_names_its_source(city, entry):
    assert entry["body"] in BODIES
    assert entry["phone"] or entry.get("address")
    assert entry["source"] and entry["url"].startswith("https://")
    assert isinstance(entry["read_on"], dt.date) and entry["read_on"] <= dt.date(2026, 12, 1)
    assert entry["status"] in {"statute", "secondary", "unconfirmed"}


@pytest.mark.parametrize(
    ("region", "body", "phone"),
    [
        # 厦门市中级人民法院 notice of 2022-08-15: parties call the 12368 litigation-service line
        ("350203", "court", "12368"),
        # 海西晨报 (厦门网): 厦门市劳动保障监察支队's complaint line 5110656, Xiamen's area code 0592
        ("350200", "inspection_office", "0592-5110656"),
        ("350206", "commission", None),  # none found: documents fall back to 12333
        ("110000", "court", None),  # Beijing: no bodies recorded at all
    ],
)
def test_contact_for_a_body(region, body, phone):
    found = contact_for(resolve(region), body)
    assert (found.phone if found else None) == phone


def test_a_citation_for_people_has_no_web_address():
    [court] = [c for c in contacts(resolve("350200")) if c.body == "court"]
    assert court.cited == ("厦门市中级人民法院关于做好疫情防控期间诉讼服务相关事项的通告（2022年8月15日）"
                           "（2026年12月1日查阅）")
    assert "http" not in court.cited


@pytest.mark.parametrize("address, court", [
    ("厦门市思明区莲前西路1号", "厦门市思明区人民法院"),
    ("福建省厦门市湖里区枋湖北二路88号", "厦门市湖里区人民法院"),
    (" 厦门市 海沧区 海沧大道 ", "厦门市海沧区人民法院"),
    # an attacker's findings: the first district in bodies.toml won wherever it appeared
    ("福建省厦门市湖里区枋湖北二路1号（原厦门市思明区莲前路）", None),  # two districts named: by hand
    ("福建省福州市鼓楼区五四路1号厦门市思明区商会大楼", None),  # a Fuzhou company
    ("厦门市同安区（不是厦门市思明区）", None),
    ("厦门市海沧区厦门市思明区", None),
    ("思明区莲前西路1号", None),  # no city: 思明区 is Xiamen's, but the rule asks the city with it
    ("", None),
    (None, None),
])
def test_the_domicile_court_only_where_the_address_begins_with_one_district(address, court) -> None:
    """民诉法解释第二十三条: the basic-level court of the employer's domicile."""
    from lawgen.law.bodies import domicile_court

    assert domicile_court(address) == court
