"""«App»/«EMS» become Chinese only where they stand alone as a word, never inside an identifier or a web
address, and EMS not again where its Chinese name already stands before it."""

import pytest

from lawgen.documents.terms import chinese_words

CASES = [
    # the word alone: replaced
    ("骑手App接单记录", "骑手应用程序接单记录"),
    ("APP截图", "应用程序截图"),
    ("用EMS寄出", "用邮政特快专递（EMS）寄出"),
    ("EMS", "邮政特快专递（EMS）"),
    ("app 里的记录", "应用程序 里的记录"),
    # identifiers keep their letters: a letter, digit or _ . / @ - touches the word
    ("微信号app_lin", "微信号app_lin"),
    ("工号APP001", "工号APP001"),
    ("EMS1234567890CN", "EMS1234567890CN"),
    ("单号：EMS-123", "单号：EMS-123"),
    ("app.example邮箱", "app.example邮箱"),
    ("lin@app", "lin@app"),
    ("Apple手机", "Apple手机"),
    # a web address is left whole
    ("见https://ems.example.cn/app/track?id=EMS1", "见https://ems.example.cn/app/track?id=EMS1"),
    ("网址www.app.cn/EMS 查", "网址www.app.cn/EMS 查"),
    ("见 http://x.cn/a App截图", "见 http://x.cn/a 应用程序截图"),
    # EMS after its Chinese name: not again
    ("中国邮政EMS", "中国邮政EMS"),
    ("邮政特快专递（EMS）寄出", "邮政特快专递（EMS）寄出"),
    ("特快专递EMS", "特快专递EMS"),
]


@pytest.mark.parametrize(("typed", "filed"), CASES)
def test_only_a_word_standing_alone_is_replaced(typed: str, filed: str) -> None:
    assert chinese_words(typed) == filed
