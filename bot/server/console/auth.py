"""Console sign-in: the admin token, once, for a session cookie (`HttpOnly; SameSite=Strict`), and the agent's
name remembered in the session.

Sessions live in this process's memory: a restart signs everyone out (they sign in again with the token), and
signing out ends the session at once. The cookie holds only a random session ID, never the token.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from starlette.requests import Request
from starlette.responses import Response

from bot.admin_token import AdminToken
from bot.clock import Clock

COOKIE = "cyanbot_console"
SESSION_SECONDS = 12 * 3600
MAX_SESSIONS = 1000


@dataclass
class Session:
    id: str
    started: float
    agent: str = ""


class Sessions:
    """Signed-in console sessions, by the random ID their cookie carries."""

    def __init__(self, token: AdminToken, clock: Clock) -> None:
        self.token, self.clock = token, clock
        self._by_id: dict[str, Session] = {}

    def sign_in(self, offered: str) -> Session | None:
        """A new session when `offered` is the admin token; None otherwise."""
        if not self.token.matches(offered.strip()):
            return None
        now = self.clock.now()
        for sid in [k for k, s in self._by_id.items() if now - s.started > SESSION_SECONDS]:
            del self._by_id[sid]
        if len(self._by_id) >= MAX_SESSIONS:  # the oldest go first
            for sid in sorted(self._by_id, key=lambda k: self._by_id[k].started)[: MAX_SESSIONS // 10]:
                del self._by_id[sid]
        session = Session(secrets.token_urlsafe(32), now)
        self._by_id[session.id] = session
        return session

    def of(self, request: Request) -> Session | None:
        """The request's live session, from its cookie."""
        sid = request.cookies.get(COOKIE)
        session = self._by_id.get(sid) if sid else None
        if session is None:
            return None
        if self.clock.now() - session.started > SESSION_SECONDS:
            del self._by_id[session.id]
            return None
        return session

    def sign_out(self, request: Request) -> None:
        session = self.of(request)
        if session is not None:
            self._by_id.pop(session.id, None)

    def remember_agent(self, request: Request, agent: str) -> None:
        """The name an agent acted under, offered again on the next page (only for console sessions)."""
        session = self.of(request)
        if session is not None:
            session.agent = agent


def _cookie(value: str, max_age: int, secure: bool) -> str:
    # Written out (not Response.set_cookie, which spells it `SameSite=strict`): the contract's exact attributes.
    return (f"{COOKIE}={value}; Max-Age={max_age}; Path=/; HttpOnly; SameSite=Strict"
            + ("; Secure" if secure else ""))


def set_cookie(response: Response, session: Session, *, secure: bool) -> None:
    response.headers.append("set-cookie", _cookie(session.id, SESSION_SECONDS, secure))


def clear_cookie(response: Response, *, secure: bool) -> None:
    response.headers.append("set-cookie", _cookie("", 0, secure))
