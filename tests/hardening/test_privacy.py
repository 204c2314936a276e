"""Privacy: owner-only files, no ID or phone numbers in messages, and redaction for sharing."""

from __future__ import annotations

import json
import stat
from pathlib import Path

from lawgen.case import InvalidCase, load_case, loads_case
from lawgen.cli import main
from lawgen.files import write_text_atomic
from lawgen.redact import redact_case

ID_NUMBER = "35020319980512001X"
PHONE = "13812345678"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_atomic_write_is_owner_only(tmp_path):
    target = write_text_atomic(tmp_path / "case.json", "{}")
    assert _mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["case.json"]  # no temporary left behind


def test_export_is_owner_only_and_redacted(tmp_path, example_case_path, capsys):
    out = tmp_path / "shared.json"
    assert main(["export", str(example_case_path), "-o", str(out), "--redact"]) == 0
    assert _mode(out) == 0o600
    text = out.read_text(encoding="utf-8")
    assert ID_NUMBER not in text and PHONE not in text
    assert "莲前西路100号" not in text  # the street address is masked, the district kept
    assert "思明区" in text
    # A redacted file is still a valid case a reviewer can check.
    assert load_case(out).worker.id_redacted


def test_redaction_keeps_company_credit_code(example_case_path):
    data = json.loads(example_case_path.read_text(encoding="utf-8"))
    redacted = redact_case(data)
    assert redacted["respondents"][0]["credit_code"] == "91350203MA34K7Q2YY"
    assert data["worker"]["id_number"] == ID_NUMBER  # the original is untouched


def test_error_messages_do_not_repeat_id_or_phone(example_case_path, capsys):
    data = json.loads(example_case_path.read_text(encoding="utf-8"))
    bad_id = ID_NUMBER[:-1] + "1"
    data["worker"]["id_number"] = bad_id
    data["worker"]["phone"] = "1381234567"  # ten digits: invalid
    try:
        loads_case(json.dumps(data, ensure_ascii=False))
    except InvalidCase as error:
        rendered = " ".join(e.render(lang) for e in error.errors for lang in ("zh", "en"))
    else:
        raise AssertionError("the case should be invalid")
    assert "worker.id_number" in rendered and "worker.phone" in rendered
    assert bad_id not in rendered and "1381234567" not in rendered
