"""Who is working on the register: an account, the service station it belongs to, and its role."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    volunteer = "volunteer"  # 志愿者: creates and edits the cases of their own station
    lawyer = "lawyer"  # 督导律师: reads and comments on the cases of every station
    admin = "admin"  # 管理员: every case, the accounts and the audit log


@dataclass(frozen=True)
class Actor:
    account: str
    station: str
    role: Role = Role.volunteer

    @property
    def every_station(self) -> bool:
        return self.role in (Role.lawyer, Role.admin)

    @property
    def may_edit(self) -> bool:
        return self.role in (Role.volunteer, Role.admin)
