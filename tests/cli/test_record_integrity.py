"""`lawgen record` never loses a record nor overwrites another case: two records at once on one file keep
both stages (a lock over the whole read–change–write); a file replaced between the read and the write is
left as it is, with a message; free notes are written back exactly as they were read; and the messages are
in the user's language."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import lawgen.commands.record as record_command
from lawgen.cli import EXIT_INVALID, EXIT_OK, main
from tests.support.case_builder import case_dict
from tests.support.paths import ROOT

# A record child, one for all the rounds (an interpreter's start costs more than a record): lawgen imported
# first, then for each line on stdin (the go, a JSON list of the arguments) it runs ``lawgen ARGUMENTS`` and
# answers one JSON line (status, stdout, stderr), so both children reach the read–change–write together
# instead of whenever their interpreters finish starting.
CHILD = """
import contextlib, io, json, sys
from lawgen.cli import main
import lawgen.commands.record
for line in sys.stdin:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(json.loads(line))
    print(json.dumps([status, out.getvalue(), err.getvalue()]), flush=True)
"""


def _case(path: Path, **changes: object) -> Path:
    path.write_text(json.dumps(case_dict(prepared_on="2026-11-20", **changes), ensure_ascii=False),
                    encoding="utf-8")
    return path


def test_two_records_at_once_both_keep_their_payment(tmp_path: Path) -> None:
    environment = {**os.environ, "PYTHONPATH": str(ROOT), "LAWGEN_LANG": "zh"}
    records = (("2026-11-01", "100", "A"), ("2026-11-02", "200", "B"))
    children = [subprocess.Popen([sys.executable, "-c", CHILD], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True, env=environment, cwd=ROOT)
                for _ in records]
    try:
        for round_ in range(4):
            path = _case(tmp_path / f"race{round_}.json")
            for child, (on, amount, note) in zip(children, records, strict=True):
                child.stdin.write(json.dumps(["record", str(path), "paid", "--on", on, "--amount", amount,
                                              "--note", note]) + "\n")
                child.stdin.flush()
            results = [json.loads(child.stdout.readline() or "[null, \"\", \"the child died\"]")
                       for child in children]
            assert [status for status, _, _ in results] == [EXIT_OK, EXIT_OK], results
            assert all("已记录" in out for _, out, _ in results)
            payments = json.loads(path.read_text(encoding="utf-8"))["procedure"]["payments"]
            # Both, in date order (11-01, then 11-02): neither run wrote back the file as it was before the
            # other.
            assert [(p["on"], p["amount"], p["note"]) for p in payments] == [
                ("2026-11-01", "100", "A"), ("2026-11-02", "200", "B")], f"round {round_}"
            assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no lock left
    finally:
        for child in children:
            child.stdin.close()
        for child in children:
            child.wait(timeout=60)
            child.stdout.close()
            child.stderr.close()


@pytest.mark.parametrize(("lang", "said"), [("zh", "文件在此期间已被其他程序更改或替换；未写入任何内容"),
                                            ("en", "the file was changed or replaced by another program")])
def test_a_file_replaced_while_recording_is_kept_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture, lang: str,
                                                           said: str) -> None:
    path = _case(tmp_path / "case.json")
    other = tmp_path / "other.json"
    _case(other, notes={"worker": "another worker's case"})
    others_case = other.read_bytes()
    real_record_stage = record_command.record_stage

    def record_then_swap(*args, **kwargs):  # another worker's case moved over the path after the read
        result = real_record_stage(*args, **kwargs)
        os.replace(other, path)
        return result

    monkeypatch.setattr(record_command, "record_stage", record_then_swap)
    assert main(["--lang", lang, "record", str(path), "paid", "--on", "2026-11-02", "--amount", "100"]) \
        == EXIT_INVALID
    captured = capsys.readouterr()
    assert said in captured.err and "已记录" not in captured.out and "Recorded" not in captured.out
    assert path.read_bytes() == others_case
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.json"]  # no temporary or lock file left


def test_a_file_edited_in_place_while_recording_is_not_overwritten(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    path = _case(tmp_path / "case.json")
    real_record_stage = record_command.record_stage

    def record_then_edit(*args, **kwargs):  # an editor saving in place: same inode, new size
        result = real_record_stage(*args, **kwargs)
        with open(path, "a", encoding="utf-8") as file:
            file.write("\n")
        return result

    edited = path.read_bytes() + b"\n"
    monkeypatch.setattr(record_command, "record_stage", record_then_edit)
    assert main(["record", str(path), "paid", "--on", "2026-11-02", "--amount", "100"]) == EXIT_INVALID
    assert "文件在此期间已被其他程序更改或替换" in capsys.readouterr().err
    assert path.read_bytes() == edited


@pytest.mark.parametrize("number", ["1e400", "0.30000000000000000001", "-0.0", "1E+2", "2.50"])
def test_free_notes_are_written_back_exactly(tmp_path: Path, capsys: pytest.CaptureFixture,
                                             number: str) -> None:
    path = tmp_path / "case.json"
    text = json.dumps(case_dict(prepared_on="2026-11-20", notes={"big": "PLACEHOLDER"}), ensure_ascii=False)
    path.write_text(text.replace('"PLACEHOLDER"', number), encoding="utf-8")
    assert main(["check", str(path)]) == EXIT_OK  # accepted as it is
    capsys.readouterr()
    assert main(["record", str(path), "paid", "--on", "2026-11-02", "--amount", "100"]) == EXIT_OK
    written = path.read_text(encoding="utf-8")
    assert f'"big": {number}\n' in written and "Infinity" not in written
    assert main(["check", str(path)]) == EXIT_OK  # still readable
    assert main(["record", str(path), "paid", "--on", "2026-11-03", "--amount", "100"]) == EXIT_OK
    assert f'"big": {number}\n' in path.read_text(encoding="utf-8")


def test_a_symlinked_case_is_refused_in_english_words(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    target = _case(tmp_path / "real.json")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    before = target.read_bytes()
    assert main(["--lang", "en", "record", str(link), "paid", "--on", "2026-11-02", "--amount", "1"]) \
        == EXIT_INVALID
    err = capsys.readouterr().err
    assert "not a regular file" in err and not any("\u4e00" <= c <= "\u9fff" for c in err)
    assert target.read_bytes() == before and link.is_symlink()


@pytest.mark.parametrize(("lang", "said"), [("zh", "无法读取文件：文件或文件夹不存在"),
                                            ("en", "no such file or folder")])
def test_a_missing_file_is_said_in_the_users_language(tmp_path: Path, capsys: pytest.CaptureFixture,
                                                      lang: str, said: str) -> None:
    missing = tmp_path / "missing.json"
    assert main(["--lang", lang, "record", str(missing), "demanded", "--on", "2026-11-02"]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert said in err and "No such file or directory" not in err
    assert list(tmp_path.iterdir()) == []  # neither the case nor a lock file made


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_missing_folder_is_said_as_a_read(tmp_path: Path, capsys: pytest.CaptureFixture, lang: str) -> None:
    missing = tmp_path / "no-folder" / "case.json"
    assert main(["--lang", lang, "record", str(missing), "demanded", "--on", "2026-11-02"]) == EXIT_INVALID
    err = capsys.readouterr().err
    assert {"zh": "无法读取文件：文件或文件夹不存在", "en": "no such file or folder"}[lang] in err
    assert not (tmp_path / "no-folder").exists()


def test_a_fifo_planted_at_the_lock_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = _case(tmp_path / "case.json")
    before = path.read_bytes()
    os.mkfifo(tmp_path / ".case.json.lock")
    assert main(["record", str(path), "demanded", "--on", "2026-11-02"]) == EXIT_INVALID
    assert "不是普通文件" in capsys.readouterr().err and path.read_bytes() == before


def test_infinity_written_by_hand_is_refused_at_its_line_and_column(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "case.json"
    text = json.dumps(case_dict(prepared_on="2026-11-20", notes={"a": "NaN in a string", "big": 0}),
                      ensure_ascii=False, indent=2)
    lines = text.replace('"big": 0', '"big": Infinity').splitlines()
    row = next(n for n, line in enumerate(lines, 1) if "Infinity" in line)
    column = lines[row - 1].index("Infinity") + 1
    path.write_text("\n".join(lines), encoding="utf-8")
    assert main(["record", str(path), "demanded", "--on", "2026-11-02"]) == EXIT_INVALID
    assert f"不是有效的 JSON：第{row}行第{column}列附近有误" in capsys.readouterr().err
