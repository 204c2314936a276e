"""Every Chinese string the wizard shows has an English translation in the catalog."""

from __future__ import annotations

from pathlib import Path

from babel.messages.extract import extract_from_dir

from lawgen.i18n import translate

WIZARD = Path(__file__).parent.parent / "lawgen" / "wizard"
KEYWORDS = {"t": None, "N_": None, "translate": None, "msg": None, "Binding": (3,)}


def chinese_msgids() -> list[str]:
    found = []
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(WIZARD), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        text = message[0] if isinstance(message, tuple) else message
        if text and any("\u4e00" <= c <= "\u9fff" for c in text):
            found.append(text)
    return found


def test_the_wizard_strings_are_extracted() -> None:
    ids = chinese_msgids()
    assert "新建案件" in ids and "下一步" in ids and "退出" in ids  # plain, step-button and footer strings
    assert len(ids) > 150


def test_every_wizard_string_has_an_english_translation() -> None:
    missing = [text for text in chinese_msgids() if translate(text, "en") == text]
    assert missing == []
