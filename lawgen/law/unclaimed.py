"""Claims the facts point to that the case does not make (未主张的请求).

A filing carries only what the worker asks for; but a worker who was never given a written contract and
does not know of 二倍工资 loses it month by month while the case goes on without it. So the assessment names
each such claim with what lawgen would compute for it and its own last day, for the check report, the
worker's summary and the wizard's suggestions. Nothing is ever added to a filing unasked.

Which facts point to which claim:
- no written contract (劳动合同法第八十二条): the double wage, for the months after the first;
- dismissed (劳动合同法第四十八条、第八十七条): the compensation for unlawful termination — if the employer
  had no lawful reason, which is the worker's account and for the commission to decide;
- quit over the employer's fault (劳动合同法第三十八条、第四十六条): the severance.
Severance and the compensation for unlawful termination exclude each other (第八十七条): either claimed,
neither is pointed to.
"""

from __future__ import annotations

from dataclasses import dataclass

from lawgen.case import ClaimKind, EndReason
from lawgen.i18n import N_

# Either claimed, the other is not pointed to (劳动合同法第八十七条: the compensation replaces the severance).
ONE_OF_TWO = frozenset({ClaimKind.severance, ClaimKind.unlawful_termination})


@dataclass(frozen=True)
class Pointer:
    kind: ClaimKind
    because: str  # the fact, a msgid


def pointed_to(written_contract: bool | None, end_reason: str | None,
               claimed: set[ClaimKind] | frozenset[ClaimKind]) -> list[Pointer]:
    """The claims the employment's facts point to, minus those claimed (either of severance and the
    compensation for unlawful termination claimed counts for both)."""
    found = []
    if end_reason == EndReason.dismissed:
        found.append(Pointer(ClaimKind.unlawful_termination, N_("被单位辞退，单位没有合法理由的")))
    if end_reason == EndReason.quit_employer_fault:
        found.append(Pointer(ClaimKind.severance, N_("因单位欠薪、不缴社保等过错辞职")))
    if written_contract is False:
        found.append(Pointer(ClaimKind.no_contract_double_wages, N_("没有签书面劳动合同")))
    if claimed & ONE_OF_TWO:
        claimed = set(claimed) | ONE_OF_TWO
    return [p for p in found if p.kind not in claimed]
