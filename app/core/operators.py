"""Operators: the people who run the service. Their keys open /rq and cross-tenant tools; a
tenant's key, whatever its scopes, never does (a tenant's `admin` governs that tenant only)."""

import secrets

from sqlalchemy import select

from app.core.auth import hash_token
from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, InvalidRequest, NotFound
from app.core.models import Operator

TOKEN_PREFIX = "djop_"


def create_operator(*, session: DbSession, name: str) -> tuple[Operator, str]:
    """Create an operator and return (Operator, token); the token is shown once, stored hashed."""
    if not name or len(name) > 100:
        raise InvalidRequest("an operator needs a name of 1-100 characters")
    if session.scalar(select(Operator).filter_by(name=name)):
        raise Conflict(f"operator {name!r} already exists")
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    operator = Operator(name=name, token_hash=hash_token(token), prefix=token[:10])
    session.add(operator)
    session.flush()
    return operator, token


def revoke_operator(*, session: DbSession, ref: str) -> Operator:
    """Revoke an operator by id or name."""
    operator = session.get(Operator, ref) or session.scalar(select(Operator).filter_by(name=ref))
    if operator is None:
        raise NotFound("operator", ref)
    operator.revoked_at = operator.revoked_at or utcnow()
    return operator


def operator_for_token(*, session: DbSession, token: str) -> Operator | None:
    """The live operator holding `token`, or None."""
    if not token.startswith(TOKEN_PREFIX):
        return None
    operator = session.scalar(select(Operator).filter_by(token_hash=hash_token(token.strip())))
    return operator if operator is not None and operator.revoked_at is None else None
