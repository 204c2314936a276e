"""The draft: a possibly incomplete ``lawgen.case/1`` dict the wizard edits, and what the law says about it.

Paths are the ones case errors use (``claims[2].from``), so an error lands on the field that caused it.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from lawgen import CASE_FORMAT
from lawgen.i18n import N_

if TYPE_CHECKING:  # the case model and the law load when a case is judged, not when the wizard opens
    from lawgen.case import CaseError
    from lawgen.law import Assessment, ClaimAssessment


_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def split_path(path: str) -> list[str | int]:
    return [name if name else int(index) for name, index in _PART.findall(path)]


def get_path(draft: dict[str, Any], path: str) -> Any:
    node: Any = draft
    for part in split_path(path):
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                return None
        elif not isinstance(node, dict):
            return None
        node = node[part] if isinstance(part, int) else node.get(part)
    return node


def set_path(draft: dict[str, Any], path: str, value: Any) -> None:
    """Set a value, creating objects on the way; ``None`` removes the key (an unanswered field is absent).

    A case's ``notes`` may hold anything (case-format: free for the user): where the wizard's own notes go
    and a value of another shape stands in the way (a text, a list), it is kept under ``text`` of the object
    put there, never dropped — as its JSON text where one level deeper would pass the nesting the loader
    accepts (a case imported at that limit must load again once the wizard has written to it)."""
    from lawgen.case import NESTING_MAX

    parts = split_path(path)
    node: Any = draft
    level = 1  # node's nesting level as the loader counts it (the case itself is level 1)
    for part, following in zip(parts, parts[1:], strict=False):
        if isinstance(part, int):
            node = node[part]
        else:
            wanted = list if isinstance(following, int) else dict
            if not isinstance(node.get(part), wanted):
                kept = node.get(part)
                node[part] = wanted()
                if kept not in (None, "", [], {}):  # what was there stays, under another key
                    if wanted is dict:
                        fits = level + 1 + _depth(kept) <= NESTING_MAX  # kept at level + 2
                        node[part]["text"] = kept if fits else json.dumps(kept, ensure_ascii=False)
                    else:
                        node[f"{part}_text"] = kept
            node = node[part]
        level += 1
    last = parts[-1]
    if isinstance(last, int):
        node[last] = value
    elif value is None:
        node.pop(last, None)
    else:
        node[last] = value


def _depth(value: Any) -> int:
    """Levels a value spans: 1 for a text or number, one more per list or object around it."""
    depth, layer = 1, [value]
    while layer := [item for node in layer if isinstance(node, (dict, list))
                    for item in (node.values() if isinstance(node, dict) else node)]:
        depth += 1
    return depth


def new_draft(today: dt.date) -> dict[str, Any]:
    return {"format": CASE_FORMAT, "prepared_on": today.isoformat()}


def untouched(draft: dict[str, Any]) -> bool:
    """Nothing typed yet: besides a new draft's format and date, only empty objects and lists (the pages
    composed ahead make them)."""
    fresh = new_draft(dt.date.today())
    return not any(_holds_answer(value) for key, value in draft.items() if key not in fresh)


def _holds_answer(value: Any) -> bool:
    if isinstance(value, dict):
        return any(map(_holds_answer, value.values()))
    if isinstance(value, list):
        return any(map(_holds_answer, value))
    return value not in (None, "")


# A draft the law cannot compute (a year-9999 date whose deadline falls past year 9999, nesting deeper than
# Python recurses): one error naming no value, never a traceback that would print the case.
OUT_OF_RANGE = N_("无法评估这个案件：其中的日期或数字超出了可以计算的范围（例如年份过大），"
                  "请检查各个日期和金额。")
_UNCOMPUTABLE = (ValueError, ArithmeticError, RecursionError)


def out_of_range() -> CaseError:
    from lawgen.case import CaseError
    from lawgen.i18n import msg

    return CaseError("", msg(OUT_OF_RANGE))


def case_errors(draft: dict[str, Any]) -> list[CaseError]:
    """Every error of the draft as a case (none when it is a valid case)."""
    from lawgen.case import InvalidCase, parse_case

    try:
        parse_case(pruned(draft))
    except InvalidCase as error:
        return error.errors
    except _UNCOMPUTABLE:
        return [out_of_range()]
    return []


@dataclass(frozen=True)
class Verdict:
    """The draft as the law sees it now: an assessment, or the errors that keep one from being made."""

    assessment: Assessment | None
    errors: tuple[CaseError, ...]
    # While the case is refused only for claims still being typed: the complete claims assessed alone, by
    # their index in the draft, so each card shows its amount as soon as its own fields are complete.
    complete_claims: Assessment | None = None

    def claim(self, index: int) -> ClaimAssessment | None:
        """Claim ``index`` of the draft as the law computes it, or None while it cannot be computed."""
        assessment = self.assessment or self.complete_claims
        if assessment is None:
            return None
        return next((claim for claim in assessment.claims if claim.index == index), None)


def judge(draft: dict[str, Any], today: dt.date, claims_alone: bool = False) -> Verdict:
    """What the law says about the draft; with ``claims_alone``, while the case is refused only for claims
    still being typed, the complete claims are assessed alone too (the claims step's cards show them; a
    second assessment, made off the UI thread)."""
    from lawgen.case import InvalidCase

    whole = pruned(draft)
    try:
        return Verdict(_assess(whole, today), ())
    except InvalidCase as error:
        errors = tuple(error.errors)
    except _Refused as refused:
        return Verdict(None, (refused.error,))
    return Verdict(None, errors, _complete_claims_alone(whole, errors, today) if claims_alone else None)


class _Refused(Exception):
    def __init__(self, error: CaseError) -> None:
        self.error = error


def _assess(case_dict: dict[str, Any], today: dt.date) -> Assessment:
    """The law's assessment of a case file's dict; ``InvalidCase`` when it is none, ``_Refused`` with the
    one error to show when the law cannot compute it."""
    from lawgen.case import CaseError, InvalidCase, parse_case
    from lawgen.law import MissingParameter, assess
    from lawgen.records.attach import record_indicators

    try:
        case = parse_case(case_dict)
        return assess(case, on=case.prepared_on or today, records=record_indicators(case))
    except InvalidCase:
        raise  # a ValueError too: the errors the case has, not an uncomputable one
    except MissingParameter as error:
        raise _Refused(CaseError("region", error.message())) from None
    except _UNCOMPUTABLE:
        raise _Refused(out_of_range()) from None


_CLAIM_PATH = re.compile(r"claims\[(\d+)\]")
MAX_DROPS = 3  # rounds of dropping claims: an error a claim's removal brings up is another claim's too


def _complete_claims_alone(case_dict: dict[str, Any], errors: tuple[CaseError, ...],
                           today: dt.date) -> Assessment | None:
    """The case with only the claims that have no error of their own, assessed, its claims numbered as
    in the draft — when every error is one of a claim (the rest of the case is complete); else None."""
    from lawgen.case import InvalidCase

    claims = case_dict.get("claims")
    if not isinstance(claims, list):
        return None
    kept = list(range(len(claims)))
    for _ in range(MAX_DROPS):
        matches = [_CLAIM_PATH.match(error.path) for error in errors]
        if not all(matches):
            return None  # an error outside the claims: nothing can be computed yet
        faulty = {int(match.group(1)) for match in matches if match}
        kept = [index for position, index in enumerate(kept) if position not in faulty]
        if not kept:
            return None
        trial = {**case_dict, "claims": [claims[index] for index in kept]}
        try:
            assessment = _assess(trial, today)
        except InvalidCase as error:
            errors = tuple(error.errors)
            continue
        except _Refused:
            return None
        renumbered = tuple(dataclasses.replace(claim, index=kept[claim.index]) for claim in assessment.claims)
        return dataclasses.replace(assessment, claims=renumbered)
    return None


def has_prefix(path: str, prefix: str) -> bool:
    """``claims[1].to`` lies under ``claims`` and ``claims[1]`` but not under ``claim``."""
    return path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "[")


# Optional objects that must not exist half-empty: an ``agent`` with no name is an error, no agent is not.
OPTIONAL_OBJECTS = ("agent", "procedure.addressees", "procedure.arbitration")


# The lists the wizard adds to a card at a time (its steps' ListSpec paths), each with the cards kept even
# when blank: the first respondent's, whose empty fields the respondents step names one by one.
LISTS = {"respondents": 1, "claims": 0, "evidence": 0}


def pruned(draft: dict[str, Any]) -> dict[str, Any]:
    """The draft without empty optional objects, and without the empty cards at the end of each list, as
    it is saved and judged: a card with nothing typed is no item (the claim card the claims step starts
    with, before a kind is chosen; an evidence card just added), and the panel must not ask for its fields
    nor lose the assessment over it. Only those at the end: an error under a later card keeps its index."""
    result = copy.deepcopy(draft)
    for path in OPTIONAL_OBJECTS:
        if get_path(result, path) == {}:
            set_path(result, path, None)
    for path, kept in LISTS.items():
        items = result.get(path)
        if isinstance(items, list):
            while len(items) > kept and _blank(items[-1]):
                items.pop()
            if not items:
                del result[path]  # «请求事项：缺少必填项», as before the step was shown
    return result


def _blank(item: Any) -> bool:
    return isinstance(item, dict) and all(value in (None, "") for value in item.values())


# The overtime helper's schedule of each claim (hours a day, which days, or a weekly schedule), kept with
# the case so that a reopened case shows what was typed. The case format has no field for it: like the work
# step's usual hours (wizard.steps.HOURS_A_DAY) it lives in the free ``notes``, which lawgen ignores and no
# filing prints; one entry per claim, by the claim's position.
HELPER_SCHEDULES = "notes.wizard_schedule.overtime_helpers"


def helper_schedule(draft: dict[str, Any], index: int) -> dict[str, str]:
    """What was typed into claim ``index``'s overtime helper (empty when nothing was)."""
    entries = get_path(draft, HELPER_SCHEDULES)
    if not isinstance(entries, list) or not 0 <= index < len(entries) or not isinstance(entries[index], dict):
        return {}
    return {key: value for key, value in entries[index].items() if isinstance(value, str)}


def set_helper_schedule(draft: dict[str, Any], index: int, typed: dict[str, str]) -> bool:
    """Keep what is typed in claim ``index``'s helper; True when that changed the draft. Whatever else the
    entry held (another key, a value of another shape) stays in it."""
    filled = {key: value for key, value in typed.items() if value}
    kept = helper_schedule(draft, index)
    if index < 0 or {key: value for key, value in kept.items() if key in typed} == filled:
        return False
    entries = get_path(draft, HELPER_SCHEDULES)
    if not isinstance(entries, list):
        if entries not in (None, "", {}):  # a value of another shape stays, beside the list put here
            set_path(draft, f"{HELPER_SCHEDULES}_text", entries)
        entries = []
        set_path(draft, HELPER_SCHEDULES, entries)
    while len(entries) <= index:
        entries.append({})
    old = entries[index]
    if isinstance(old, dict):
        rest = {key: value for key, value in old.items() if key not in typed}
    else:
        rest = {} if old in (None, "", [], {}) else {"text": old}
    entries[index] = {**rest, **filled}
    return True


def drop_helper_schedule(draft: dict[str, Any], index: int) -> None:
    """Claim ``index`` was removed: the later claims' schedules move up with them."""
    entries = get_path(draft, HELPER_SCHEDULES)
    if isinstance(entries, list) and 0 <= index < len(entries):
        del entries[index]


# The suggested claims the worker did not want (claim kinds), kept with the case like the helper's schedule
# above (free ``notes``, never in a filing): a reopened case does not offer them again.
DECLINED_SUGGESTIONS = "notes.wizard_suggestions.declined"


def declined_suggestions(draft: dict[str, Any]) -> set[str]:
    kinds = get_path(draft, DECLINED_SUGGESTIONS)
    return {kind for kind in kinds if isinstance(kind, str)} if isinstance(kinds, list) else set()


def decline_suggestion(draft: dict[str, Any], kind: str) -> None:
    """Keep ``kind`` declined; whatever else the list held stays in it."""
    kinds = get_path(draft, DECLINED_SUGGESTIONS)
    if not isinstance(kinds, list):
        kinds = []
        set_path(draft, DECLINED_SUGGESTIONS, kinds)
    if kind not in kinds:
        kinds.append(kind)
