"""Signed URL tokens (share links, download links): itsdangerous over SHARE_SECRETS (the last signs,
all verify: append a key to rotate; SECRET_KEY when none is set), one salt per kind. A token only
names a row; the row holds the expiry and the revocation."""

from typing import Any

from flask import current_app
from itsdangerous import BadSignature, URLSafeSerializer


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
