"""Signed URL tokens (share links, download links): itsdangerous over SHARE_SECRETS (the last signs,
all verify: append a key to rotate; SECRET_KEY when none is set), one salt per kind. A token only
names a row; the row holds the expiry and the revocation."""

from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer

from app.core.db import utcnow
from app.core.errors import InvalidRequest


def expiry(expires_in_s: int, limit_setting: str) -> datetime:
    """When a link made now for `expires_in_s` seconds expires; 400 past the `limit_setting` config."""
    limit = current_app.config[limit_setting]
    if expires_in_s > limit:
        raise InvalidRequest(f"expires_in_s may be at most {limit}", {"expires_in_s": [f"max {limit}"]})
    return utcnow() + timedelta(seconds=expires_in_s)


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
