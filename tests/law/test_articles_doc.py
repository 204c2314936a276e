"""docs/articles.md is generated from the citations in the code and tests; it must not go stale."""

from __future__ import annotations

import runpy

from tests.support.paths import ROOT


def test_articles_doc_is_current():
    generator = runpy.run_path(str(ROOT / "docs" / "articles.py"))
    current = (ROOT / "docs" / "articles.md").read_text(encoding="utf-8")
    assert current == generator["render"](), "docs/articles.md is stale: run python docs/articles.py"


def test_the_three_lookups_of_issue_10_are_in_the_index():
    text = (ROOT / "docs" / "articles.md").read_text(encoding="utf-8")
    rows = {line.split(" | ")[0].strip("| "): line for line in text.splitlines() if line.startswith("| ")}
    assert "severance.severance_months" in rows["劳动合同法第四十七条"]
    assert "small_claims.small_claims_status" in rows["民事诉讼法第一百六十五条"]
    assert "derived.final_award_cap" in rows["劳动争议调解仲裁法第四十七条"]
