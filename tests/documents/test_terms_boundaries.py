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


# A web address whose scheme starts inside a run of the characters a scheme may hold: the run is its start.
LATE_SCHEMES = [
    ("EMS+http://x.cn+EMS", "EMS+http://x.cn+EMS"),
    ("EMS http://x.cn+EMS", "邮政特快专递（EMS） http://x.cn+EMS"),
    ("1http://app.cn", "1http://app.cn"),
    ("x.app+www.ems.cn", "x.app+www.ems.cn"),
]


@pytest.mark.parametrize(("typed", "filed"), LATE_SCHEMES)
def test_a_web_address_is_found_wherever_its_scheme_starts(typed: str, filed: str) -> None:
    assert chinese_words(typed) == filed


@pytest.mark.parametrize("typed", ["x" * 20_000, "x1" * 10_000, "a+" * 10_000])
def test_a_long_run_of_latin_letters_is_read_once(typed: str) -> None:
    # A facts text may hold 20,000 characters (case.LONG_TEXT_MAX). Trying a web address's scheme at every
    # letter of one long run read the run again from each: about a second of CPU per document for 20,000
    # letters; read once, a few milliseconds (the bound leaves a loaded machine 25 times that).
    import time

    start = time.process_time()
    assert chinese_words(typed) == typed
    assert time.process_time() - start < 0.1
