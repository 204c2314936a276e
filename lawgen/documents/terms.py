"""Each document speaks its own terms: 申请人/被申请人, 投诉人/被投诉单位, 原告/被告; and Chinese words for
the Latin ones a volunteer types (App, EMS).

The worker's facts are written once, with any document's party words (the wizard suggests 申请人/被申请人);
``speak_as`` puts in the words of the document at hand, so the inspection complaint never calls the
employer «被申请人» and the court complaint never calls the worker «申请人».
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class PartyTerms:
    worker: str  # the worker's role in this document
    employer: str  # the respondents' role in this document


ARBITRATION = PartyTerms("申请人", "被申请人")
INSPECTION = PartyTerms("投诉人", "被投诉单位")
COURT = PartyTerms("原告", "被告")
# The evidence list goes with every filing of the packet (the application, the complaint to the
# inspectorate, the suit): it names the parties by what they are, not by one procedure's roles.
NEUTRAL = PartyTerms("劳动者", "用人单位")

# Employer words first: each contains a worker word (被申请人 ⊃ 申请人). The guards keep ordinary words:
# 申请人民法院 (to apply to the people's court), 被告知 (was told), 被告诉.
_EMPLOYER = r"被申请人|被投诉单位|被投诉人|被告(?![知诉])"
_WORKER = r"申请人(?!民)|投诉人|原告"
_PARTY = re.compile(f"(?P<employer>{_EMPLOYER})|(?P<worker>{_WORKER})")


def speak_as(text: str, terms: PartyTerms) -> str:
    """``text`` with every party word replaced by this document's term for the same party."""
    return _PARTY.sub(lambda m: terms.employer if m.group("employer") else terms.worker, text)


# A filing is Chinese: «App» (the wizard's own hints say «App接单记录», so volunteers type it) is a
# 应用程序, «EMS» the post office's 邮政特快专递. Only the word standing alone: an identifier (微信号app_lin,
# 工号APP001, EMS1234567890CN, a mail address) keeps its letters, so nothing Latin, no digit and none of
# ``_ . / @ -`` may touch it; a web address is left whole; EMS not again after its Chinese name
# (中国邮政EMS, 邮政特快专递（EMS）).
_JOINED = r"[A-Za-z0-9_./@\-]"
# A scheme is tried only where a run of its characters starts, the run's leading non-letters taken along:
# the same matches as trying it at every letter (a match of «App» or «EMS» never ends inside a run that a
# scheme ends: the scheme is found at the run's start first), without reading a long run again from each of
# its letters (quadratic: 20,000 typed letters took a second per document).
_SCHEME = r"(?<![A-Za-z0-9+.\-])[0-9+.\-]*+[A-Za-z][A-Za-z0-9+.\-]*+://"
_URL = rf"(?:{_SCHEME}|www\.)[^\s，。；、）)]*"
_LATIN_WORDS = re.compile(
    f"(?P<url>{_URL})"
    f"|(?<!{_JOINED})(?:(?P<app>app|App|APP)"
    f"|(?P<ems>(?<!（)(?<!邮政)(?<!邮政 )(?<!特快专递)(?<!特快专递 )EMS(?!）)))(?!{_JOINED})"
)


def _chinese_word(match: re.Match[str]) -> str:
    if match.group("url"):
        return match.group("url")
    return "应用程序" if match.group("app") else "邮政特快专递（EMS）"


def chinese_words(text: str) -> str:
    """``text`` with «App» and «EMS» in the Chinese a filing uses: «骑手App接单记录» ->
    «骑手应用程序接单记录», «用EMS寄出» -> «用邮政特快专递（EMS）寄出»."""
    return _LATIN_WORDS.sub(_chinese_word, text)
