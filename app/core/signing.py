"""Signed URL tokens (share links, download links): itsdangerous over SHARE_SECRETS (the last signs,
all verify: append a key to rotate; SECRET_KEY when none is set), one salt per kind. A token only
names a row; the row holds the expiry and the revocation."""

from datetime import datetime, timedelta
from typing import Any, TypeVar

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer
from sqlalchemy import select

from app.core.db import DbSession, utcnow
from app.core.errors import Gone, InvalidRequest, NotFound
from app.core.owned import get_owned

L = TypeVar("L")  # a link model: id, tenant_id, expires_at, revoked_at


def expiry(expires_in_s: int, limit_setting: str) -> datetime:
    """When a link made now for `expires_in_s` seconds expires; 400 past the `limit_setting` config."""
    limit = current_app.config[limit_setting]
    if expires_in_s > limit:
        raise InvalidRequest(f"expires_in_s may be at most {limit}", {"expires_in_s": [f"max {limit}"]})
    return utcnow() + timedelta(seconds=expires_in_s)


def resolve(session: DbSession, model: type[L], salt: str, claim: str, token: str, what: str) -> L:
    """The link row a token names (its id under `claim`, its tenant under "t"): 404 when tampered or
    unknown, 410 once revoked or expired."""
    claims = unsign(salt, token)
    link = claims and session.scalar(select(model).filter_by(id=claims.get(claim), tenant_id=claims.get("t")))
    if not link:
        raise NotFound(what)
    if link.revoked_at is not None:  # type: ignore[attr-defined]
        raise Gone(f"this {what} was revoked")
    if link.expires_at <= utcnow():  # type: ignore[attr-defined]
        raise Gone(f"this {what} has expired")
    return link


def revoke(session: DbSession, model: type[L], tenant: Any, link_id: str, what: str, *criteria: Any) -> L:
    """Revoke one of the tenant's links matching `criteria` (again: no change); NotFound otherwise."""
    link = get_owned(session, model, tenant, *criteria, what=what, id=link_id)
    link.revoked_at = link.revoked_at or utcnow()  # type: ignore[attr-defined]
    return link


def _serializer(salt: str) -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SHARE_SECRETS"] or [current_app.config["SECRET_KEY"]], salt=salt)


def sign(salt: str, claims: dict[str, Any]) -> str:
    return _serializer(salt).dumps(claims)


def unsign(salt: str, token: str) -> dict[str, Any] | None:
    """The claims a token carries, or None when it was not signed by us for this salt."""
    try:
        claims = _serializer(salt).loads(token)
    except BadSignature:
        return None
    return claims if isinstance(claims, dict) else None
