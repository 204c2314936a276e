"""Logins of the web server: who is behind a browser cookie, and until when.

A session is a random token in an HttpOnly, SameSite=Strict cookie, kept in memory only (a restart logs
everyone out, which is the safe direction). It ends after ``idle`` seconds without activity or ``longest``
seconds after the login, whichever comes first. Failed logins are counted per account name and per
address: past ``MAX_FAILURES`` for one name, or ``MAX_FAILURES_PER_ADDRESS`` from one address (a station's
volunteers may share one), in ``LOCKOUT`` seconds, further tries are refused without checking.
"""

from __future__ import annotations

import secrets
import time
from collections import defaultdict, deque
from dataclasses import dataclass, field

from lawgen.serve.accounts import Account

COOKIE = "lawgen_session"
IDLE = 30 * 60  # a volunteer who walks away is logged out within half an hour
LONGEST = 12 * 60 * 60  # one working day
MAX_FAILURES = 5
MAX_FAILURES_PER_ADDRESS = 30
LOCKOUT = 15 * 60


@dataclass
class LoginSession:
    token: str
    account: Account
    lang: str
    started: float
    seen: float
    app_services: set[str] = field(default_factory=set)  # the wizard processes this browser started


class SessionBook:
    def __init__(self, idle: float = IDLE, longest: float = LONGEST, clock=time.monotonic) -> None:
        self.idle, self.longest, self.clock = idle, longest, clock
        self._sessions: dict[str, LoginSession] = {}
        self._failures: dict[str, deque[float]] = defaultdict(deque)

    def start(self, account: Account, lang: str) -> LoginSession:
        now = self.clock()
        session = LoginSession(secrets.token_urlsafe(32), account, lang, now, now)
        self._sessions[session.token] = session
        return session

    def lookup(self, token: str | None) -> tuple[LoginSession | None, LoginSession | None]:
        """(the live session for a cookie, None) or (None, the session it named if that has just expired)."""
        session = self._sessions.get(token or "")
        if session is None:
            return None, None
        if self.expired(session):
            self.end(session.token)
            return None, session
        return session, None

    def alive(self, token: str) -> bool:
        return token in self._sessions

    def expired(self, session: LoginSession) -> bool:
        now = self.clock()
        return now - session.seen > self.idle or now - session.started > self.longest

    def touch(self, session: LoginSession) -> None:
        session.seen = self.clock()

    def end(self, token: str) -> LoginSession | None:
        return self._sessions.pop(token, None)

    # --- throttling --------------------------------------------------------------------------------

    def locked(self, name: str, address: str) -> bool:
        return (self._recent("name:" + name) >= MAX_FAILURES
                or self._recent("address:" + address) >= MAX_FAILURES_PER_ADDRESS)

    def _recent(self, key: str) -> int:
        now = self.clock()
        tries = self._failures[key]
        while tries and now - tries[0] > LOCKOUT:
            tries.popleft()
        return len(tries)

    def failed(self, name: str, address: str) -> None:
        for key in ("name:" + name, "address:" + address):
            self._failures[key].append(self.clock())

    def succeeded(self, name: str) -> None:
        self._failures.pop("name:" + name, None)
