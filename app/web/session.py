"""Browser sessions: the API key is checked once, then only a random session id lives in the cookie;
the session (key id + CSRF token) is stored server-side in Redis."""

import hmac
import json
import secrets
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from flask import current_app, g, request
from sqlalchemy import select

from app.core.auth import hash_token
from app.core.jobs import redis_conn
from app.core.models import ApiKey, Operator, Tenant
from app.core.operators import operator_for_token
from app.extensions import db

COOKIE = "dj_session"


@dataclass
class SessionUser:
    key_id: str
    tenant_name: str
    scopes: frozenset

    @property
    def is_admin(self):
        return "admin" in self.scopes

    @property
    def can_publish(self):
        return bool({"publish", "admin"} & self.scopes)

    @property
    def can_export(self):
        return bool({"export", "admin"} & self.scopes)


def _key(sid):
    return f"dj:session:{sid}"


def sign_in(token):
    """Check a pasted tenant API key or operator key; returns (session id, csrf, is_operator) or None."""
    operator = operator_for_token(session=db.session, token=token.strip())
    if operator is not None:
        who = {"operator_id": operator.id}
    else:
        key = db.session.scalar(select(ApiKey).filter_by(token_hash=hash_token(token.strip())))
        if key is None or key.revoked_at is not None:
            return None
        who = {"key_id": key.id}
    sid, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
    redis_conn().setex(_key(sid), current_app.config["SESSION_TTL_S"], json.dumps({**who, "csrf": csrf}))
    return sid, csrf, operator is not None


def sign_out():
    sid = request.cookies.get(COOKIE)
    if sid:
        redis_conn().delete(_key(sid))


def load_session():
    """Populate g.api_key, g.tenant, g.session_user and g.csrf (a tenant's session) or g.operator
    (an operator's session) from the session cookie, if valid."""
    g.session_user, g.csrf, g.operator = None, None, None
    sid = request.cookies.get(COOKIE)
    raw = redis_conn().get(_key(sid)) if sid else None
    if raw is None:
        return
    data = json.loads(raw)
    if "operator_id" in data:
        operator = db.session.get(Operator, data["operator_id"])
        if operator is not None and operator.revoked_at is None:
            g.operator, g.csrf = operator, data["csrf"]
        return
    key = db.session.get(ApiKey, data["key_id"])
    if key is None or key.revoked_at is not None:
        return
    g.api_key, g.tenant = key, db.session.get(Tenant, key.tenant_id)
    g.session_user = SessionUser(key.id, g.tenant.name, frozenset(key.scope_set))
    g.csrf = data["csrf"]


def load_for_pages():
    """before_request, right after the bearer key: a signed-in browser counts as its key's tenant
    (for rate limits) on the UI pages only; the API never reads the cookie."""
    if request.headers.get("Authorization") or g.auth_error or request.path.startswith(("/api/", "/dedi/")):
        return
    if request.cookies.get(COOKIE):
        load_session()


def csrf_ok():
    """A POST from a signed-in page must echo the session's CSRF token."""
    sent = request.form.get("csrf_token", "")
    return bool(g.get("csrf")) and hmac.compare_digest(sent, g.csrf)


def safe_next(target):
    """`target` if it is a path on this site, else "" (no scheme, host, backslash, control or space)."""
    decoded = unquote(target or "")
    for text in (target or "", decoded):
        if not text.startswith("/") or text.startswith("//") or "\\" in text:
            return ""
        if any(ord(c) < 33 or ord(c) == 127 for c in text):
            return ""
        parts = urlsplit(text)
        if parts.scheme or parts.netloc:
            return ""
    return target


def set_cookie(response, sid):
    response.set_cookie(
        COOKIE,
        sid,
        httponly=True,
        samesite="Lax",
        secure=request.is_secure,
        max_age=current_app.config["SESSION_TTL_S"],
    )
    return response
