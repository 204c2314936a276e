"""One home for the lone-surrogate range: the register's writes and the case's text fields drop the same
characters (lawgen.text.without_lone_surrogates, which clean_text applies too)."""

import pytest

from lawgen.text import clean_text, without_lone_surrogates


@pytest.mark.parametrize(("written", "kept"), [
    ("张\ud800三", "张三"),  # a high half alone
    ("\udfff李四", "李四"),  # a low half alone
    ("王五😀", "王五😀"),  # a whole emoji (a pair once decoded) is text a person wrote
    ("赵六", "赵六"),
])
def test_the_register_and_the_text_fields_drop_the_same(written, kept):
    assert without_lone_surrogates(written) == kept
    assert clean_text(written) == kept
    kept.encode("utf-8")  # what the register writes
