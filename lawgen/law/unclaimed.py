"""Claims the facts point to that the case does not make (未主张的请求).

A filing carries only what the worker asks for; but a worker who was never given a written contract and
does not know of 二倍工资 loses it month by month while the case goes on without it. So the assessment names
each such claim with what lawgen would compute for it and its own last day, for the check report, the
worker's summary and the wizard's suggestions. Nothing is ever added to a filing unasked.

Which facts point to which claim:
- no written contract, or one signed more than a month after the start (劳动合同法第八十二条, 实施条例第六条、
  第七条): the double wage, for the months from the second to the signing;
- dismissed (劳动合同法第四十八条、第八十七条): the compensation for unlawful termination — if the employer
  had no lawful reason, which is the worker's account and for the commission to decide;
- quit over the employer's fault (劳动合同法第三十八条、第四十六条): the severance.
Severance and the compensation for unlawful termination exclude each other (第八十七条): either claimed,
neither is pointed to.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from lawgen.case import ClaimKind, EndReason
from lawgen.i18n import N_
from lawgen.law.periods import add_months

# Either claimed, the other is not pointed to (劳动合同法第八十七条: the compensation replaces the severance).
ONE_OF_TWO = frozenset({ClaimKind.severance, ClaimKind.unlawful_termination})


@dataclass(frozen=True)
class Pointer:
    kind: ClaimKind
    because: str  # the fact, a msgid


def signed_late(start: dt.date | None, signed_on: dt.date | None) -> bool:
    """Signed after the first month (劳动合同法第八十二条): the months from the day one month after the start
    to the day before the signing are owed double (double_wages.double_wage_period)."""
    return start is not None and signed_on is not None and signed_on > add_months(start, 1)


def pointed_to(written_contract: bool | None, end_reason: str | None,
               claimed: set[ClaimKind] | frozenset[ClaimKind],
               start: dt.date | None = None, signed_on: dt.date | None = None) -> list[Pointer]:
    """The claims the employment's facts point to, minus those claimed (either of severance and the
    compensation for unlawful termination claimed counts for both)."""
    found = []
    if end_reason == EndReason.dismissed:
        found.append(Pointer(ClaimKind.unlawful_termination, N_("被单位辞退，单位没有合法理由的")))
    if end_reason == EndReason.quit_employer_fault:
        found.append(Pointer(ClaimKind.severance, N_("因单位欠薪、不缴社保等过错辞职")))
    if written_contract is False:
        found.append(Pointer(ClaimKind.no_contract_double_wages, N_("没有签书面劳动合同")))
    elif signed_late(start, signed_on):
        found.append(Pointer(ClaimKind.no_contract_double_wages, N_("入职超过一个月才签书面劳动合同")))
    if claimed & ONE_OF_TWO:
        claimed = set(claimed) | ONE_OF_TWO
    return [p for p in found if p.kind not in claimed]
