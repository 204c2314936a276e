"""The one-page leaflet for Xiamen (350200) on 2026-11-28 (issue 11, item 13): the two deadlines a worker
most needs, where to go with the phones lawgen holds and their sources, and nothing for machines. (That it
prints on one A4 page is test_guide_pdf's.)"""

from __future__ import annotations

import re

import docx
import pytest

ON = "2026-11-28"


@pytest.fixture(scope="module")
def leaflet(made_guide) -> docx.Document:
    return docx.Document(made_guide("--leaflet"))  # lawgen guide --region 350200 --on 2026-11-28 --leaflet


def _paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def _rows(document, first_header: str) -> list[list[str]]:
    [table] = [t for t in document.tables if t.rows[0].cells[0].text == first_header]
    return [[c.text for c in row.cells] for row in table.rows[1:]]


def _everything(document) -> str:
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join(_paragraphs(document) + cells)


def test_the_two_deadlines_come_first_and_boxed(leaflet):
    paragraphs = _paragraphs(leaflet)
    first_heading = next(i for i, p in enumerate(leaflet.paragraphs) if p.style.name == "Heading 1")
    assert "期限" in leaflet.paragraphs[first_heading].text
    boxed = [p for p in leaflet.paragraphs if p.style.name == "Guide Note"]
    # 调解仲裁法第二十七条: one year; 第四十八条、第五十条: fifteen days from receiving the award
    limitation = next(p for p in boxed if p.text.startswith("申请仲裁："))
    # the headline is not «离职后1年内»: a claim other than wages (the double wage) may run from earlier
    assert limitation.text.startswith("申请仲裁：1年内，越早越好。") and "第二十七条" in limitation.text
    assert "离职之日起1年内" in limitation.text  # wages owed: not limited while employed (第四款)
    assert limitation.runs[0].bold  # the deadline itself is the bold lead
    suit = next(p for p in boxed if p.text.startswith("不服仲裁裁决："))
    assert "收到裁决书后十五日内起诉" in suit.text and "第四十八条" in suit.text and "第五十条" in suit.text
    assert paragraphs.index(limitation.text) < paragraphs.index(suit.text) < 6  # at the top of the page


def test_where_to_go_with_phones_and_their_sources(leaflet):
    rows = {row[0]: row for row in _rows(leaflet, "要办的事")}
    # No address or phone for the commission was found in a source: the worker is sent to 12333 to ask.
    assert rows["申请仲裁"][1] == "厦门市劳动人事争议仲裁委员会"
    assert rows["申请仲裁"][2] == "地址、电话请打12333问"
    assert "思明区" in rows["起诉"][1] and "翔安区" in rows["起诉"][1]
    assert rows["起诉"][2] == "12368①（诉讼服务热线）"
    assert rows["投诉欠薪"][1] == "厦门市人力资源和社会保障局"
    # the number first, so that it never breaks across lines in the narrow column
    assert rows["投诉欠薪"][2] == "0592-5110656②（厦门市劳动保障监察支队）"
    assert rows["咨询、法律援助"][2] == "12333；12348"
    sources = next(p for p in _paragraphs(leaflet) if p.startswith("电话的出处"))
    assert "2026年12月1日查阅" in sources
    assert "①厦门市中级人民法院关于做好疫情防控期间诉讼服务相关事项的通告（2022年8月15日）" in sources
    assert "②海西晨报（厦门网）" in sources and "报道日期不详" in sources


def test_the_caveat_at_most_once_and_no_program_text(leaflet):
    text = _everything(leaflet)
    assert len(re.findall(r"以官方[^。]*为准", text)) == 1
    for word in ("http", "www", ".cn", ".com", "--", "lawgen", "参数", ".toml", ".json"):
        assert word not in text, word


@pytest.mark.parametrize(
    ("phone", "address", "reach"),
    [("12368", "", "12368"), ("", "思明区某路1号", "地址：思明区某路1号"),
     ("0592-5110656", "思明区某路1号", "0592-5110656，地址：思明区某路1号")],
)
def test_a_contact_prints_what_its_source_gave(phone, address, reach):
    from lawgen.guide.context import CitedContact

    contact = CitedContact("court", "起诉", "某法院", phone, address, "某通告（2026年12月1日查阅）", "某通告",
                           "2026年12月1日", "①")
    assert contact.reach == reach
