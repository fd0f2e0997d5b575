"""Console sign-in: the admin token, once, for a session cookie (`HttpOnly; SameSite=Strict`), and the agent's
name remembered in the session.

Sessions are stored (the `console_sessions` table), so a restart of the web process signs nobody out and every web
process on the database knows them; signing out ends the session at once, everywhere. The cookie holds only a
random session ID, never the token; the database holds only an HMAC of that ID keyed by the admin token, so a copy
of the database signs nobody in, and a new admin token signs everyone out (as a restart with one used to).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from typing import Protocol

from starlette.requests import Request
from starlette.responses import Response

from bot.admin_token import AdminToken
from bot.clock import Clock

COOKIE = "cyanbot_console"
SESSION_SECONDS = 12 * 3600
MAX_SESSIONS = 1000
MAX_ID_LENGTH = 100  # ours are 43 characters; a longer cookie is not one of them (and is not hashed)


@dataclass
class Session:
    id: str
    started: float
    agent: str = ""


class SessionStore(Protocol):
    """The store's console-session verbs (bot/store/directory.py)."""

    def add_console_session(self, key: str, started: float, *, expired_before: float, keep: int) -> None: ...
    def console_session(self, key: str) -> tuple[float, str] | None: ...
    def set_console_agent(self, key: str, agent: str) -> None: ...
    def end_console_session(self, key: str) -> None: ...


class Sessions:
    """Signed-in console sessions, by the random ID their cookie carries."""

    def __init__(self, token: AdminToken, clock: Clock, store: SessionStore) -> None:
        self.token, self.clock, self.store = token, clock, store

    def _key(self, session_id: str) -> str:
        """What the store keeps for a session ID."""
        return hmac.new(self.token.value.encode(), session_id.encode(), hashlib.sha256).hexdigest()

    def sign_in(self, offered: str) -> Session | None:
        """A new session when `offered` is the admin token; None otherwise. Expired sessions go, and the oldest
        when MAX_SESSIONS are stored."""
        if not self.token.matches(offered.strip()):
            return None
        now = self.clock.now()
        session = Session(secrets.token_urlsafe(32), now)
        self.store.add_console_session(self._key(session.id), now, expired_before=now - SESSION_SECONDS,
                                       keep=MAX_SESSIONS)
        return session

    def of(self, request: Request) -> Session | None:
        """The request's live session, from its cookie."""
        sid = request.cookies.get(COOKIE)
        if not sid or len(sid) > MAX_ID_LENGTH:
            return None
        found = self.store.console_session(self._key(sid))
        if found is None:
            return None
        started, agent = found
        if self.clock.now() - started > SESSION_SECONDS:
            self.store.end_console_session(self._key(sid))
            return None
        return Session(sid, started, agent)

    def sign_out(self, request: Request) -> None:
        session = self.of(request)
        if session is not None:
            self.store.end_console_session(self._key(session.id))

    def remember_agent(self, request: Request, agent: str) -> None:
        """The name an agent acted under, offered again on the next page (only for console sessions)."""
        session = self.of(request)
        if session is not None and session.agent != agent:
            self.store.set_console_agent(self._key(session.id), agent)


def _cookie(value: str, max_age: int, secure: bool) -> str:
    # Written out (not Response.set_cookie, which spells it `SameSite=strict`): the contract's exact attributes.
    return (f"{COOKIE}={value}; Max-Age={max_age}; Path=/; HttpOnly; SameSite=Strict"
            + ("; Secure" if secure else ""))


def set_cookie(response: Response, session: Session, *, secure: bool) -> None:
    response.headers.append("set-cookie", _cookie(session.id, SESSION_SECONDS, secure))


def clear_cookie(response: Response, *, secure: bool) -> None:
    response.headers.append("set-cookie", _cookie("", 0, secure))
