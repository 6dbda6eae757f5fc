"""The Flask class the app is built from: Flask, less two costs every request paid for nothing.

Measured on a record lookup (instructions per request under callgrind, `bench/lookup_cost.py`): the
signed-cookie session, opened and saved for every request though only the web pages' flash messages
use it, was 4 % of them; `ensure_sync`, which asks `inspect` whether a function is a coroutine each
time Flask or flask-smorest calls a hook or a view (25 times a lookup), 2.5 %."""

from collections.abc import Callable
from typing import Any

from flask import Flask, Request, Response
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface, SessionMixin

SYNC_MEMO_CAP = 4096  # functions Flask is handed are the app's own: hooks, views, error handlers


class FlashCookies(SecureCookieSessionInterface):
    """Flask's signed cookie session, which only the web pages' flash messages use: a request that
    carries no cookie at all (every API call) gets an empty session without a signer built for it,
    and an empty session nobody touched is not saved."""

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        if "HTTP_COOKIE" not in request.environ and app.secret_key:
            return self.session_class()
        return super().open_session(app, request)

    def save_session(self, app: Flask, session: SessionMixin, response: Response) -> None:
        if session or session.modified or session.accessed:
            super().save_session(app, session, response)


class App(Flask):
    session_interface = FlashCookies()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._sync: dict[Callable[..., Any], Callable[..., Any]] = {}

    def ensure_sync(self, func: Callable[..., Any]) -> Callable[..., Any]:
        """Flask's answer, remembered per function (a bound method is equal to its twin)."""
        known = self._sync.get(func)
        if known is None:
            known = super().ensure_sync(func)
            if len(self._sync) < SYNC_MEMO_CAP:
                self._sync[func] = known
        return known
