"""Bearer API keys: creation, hashing, lookup per request and scope checks."""

import base64
import hashlib
import secrets
import time
from collections.abc import Callable
from typing import Any

from flask import current_app, g, request
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, Forbidden, InvalidRequest, NotFound, Unauthorized
from app.core.models import SCOPES, ApiKey, Tenant
from app.extensions import db

URL_TOKEN_PARAMS = ("access_token", "token", "api_key", "apikey", "key")


def hash_token(token: str) -> str:
    """Keys are 256-bit random, so a plain SHA-256 is a safe, fast one-way hash."""
    return hashlib.sha256(token.encode()).hexdigest()


def new_webhook_secret() -> str:
    """A Standard Webhooks secret: whsec_ + base64 of 24 random bytes."""
    return "whsec_" + base64.b64encode(secrets.token_bytes(24)).decode()


def create_tenant(*, session: DbSession, name: str, rate_limit: str | None = None) -> Tenant:
    """Create a tenant, or raise Conflict if the name is taken."""
    if session.scalar(select(Tenant).filter_by(name=name)):
        raise Conflict(f"tenant {name!r} already exists")
    tenant = Tenant(name=name, rate_limit=rate_limit, allowed_buckets=[], webhook_secret=new_webhook_secret())
    session.add(tenant)
    session.flush()
    return tenant


# how a namespace reference (id, name or verified domain) becomes its id within a tenant: publishing
# registers it when it loads (core knows no area)
NamespaceResolver = Callable[[DbSession, str, str], str | None]
_namespace_resolver: list[NamespaceResolver] = []


def register_namespace_resolver(resolver: NamespaceResolver) -> NamespaceResolver:
    _namespace_resolver[:] = [resolver]
    return resolver


def namespace_id_of(session: DbSession, tenant_id: str, ref: str) -> str | None:
    """The id of the tenant's namespace `ref` names, or None (or when no area registered a resolver)."""
    return _namespace_resolver[0](session, tenant_id, ref) if _namespace_resolver else None


def create_api_key(
    *,
    session: DbSession,
    tenant: Tenant,
    scopes: list[str],
    owner: str | None = None,
    namespaces: list[str] | None = None,
) -> tuple[ApiKey, str]:
    """Create a key and return (ApiKey, token); the token is shown once and stored only hashed. With
    `namespaces` (ids or names) the key reaches those namespaces only; an admin key governs the whole
    tenant, so it cannot be limited."""
    unknown = set(scopes) - set(SCOPES)
    if unknown or not scopes:
        raise InvalidRequest(f"unknown scopes {sorted(unknown)}; choose from {list(SCOPES)}")
    ids = None
    if namespaces is not None:
        if "admin" in scopes:
            raise InvalidRequest("an admin key governs the whole tenant: it cannot be limited to namespaces")
        found = {ref: namespace_id_of(session, tenant.id, ref) for ref in namespaces}
        missing = [ref for ref, ns_id in found.items() if ns_id is None]
        if missing or not found:
            raise InvalidRequest(f"unknown namespaces {missing}", {"namespaces": missing or ["at least one"]})
        ids = sorted({ns_id for ns_id in found.values() if ns_id})
    token = "dj_" + secrets.token_urlsafe(32)
    key = ApiKey(
        tenant_id=tenant.id,
        token_hash=hash_token(token),
        prefix=token[:10],
        scopes=",".join(sorted(set(scopes))),
        owner=owner,
        namespaces=ids,
    )
    session.add(key)
    session.flush()
    return key, token


def tenant_keys(*, session: DbSession, tenant: Tenant) -> list[ApiKey]:
    """The tenant's API keys, oldest first."""
    return list(session.scalars(select(ApiKey).filter_by(tenant_id=tenant.id).order_by(ApiKey.created_at)).all())


def revoke_tenant_key(*, session: DbSession, tenant: Tenant, key_id: str) -> ApiKey:
    """Revoke one of the tenant's keys; NotFound for any other."""
    key = session.scalar(select(ApiKey).filter_by(id=key_id, tenant_id=tenant.id))
    if key is None:
        raise NotFound("api key", key_id)
    return revoke_api_key(session=session, key_id=key.id)


def revoke_api_key(*, session: DbSession, key_id: str) -> ApiKey:
    """Mark a key revoked; it answers 401 from then on."""
    key = session.get(ApiKey, key_id)
    if key is None:
        raise NotFound("api key", key_id)
    key.revoked_at = key.revoked_at or utcnow()
    return key


def load_request_key() -> None:
    """before_request: resolve the bearer key (if any) into g.api_key / g.tenant."""
    g.api_key = g.tenant = None
    g.auth_error = None
    if any(p in request.args for p in URL_TOKEN_PARAMS):
        g.auth_error = "tokens are not accepted in URLs; use the Authorization header"
        return
    header = request.headers.get("Authorization", "")
    if not header:
        return  # a browser's session cookie is app.web's to read (app.web.session.load_for_pages)
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        g.auth_error = "malformed Authorization header; expected 'Bearer <token>'"
        return
    row = _principal(hash_token(token.strip()))
    if row is None:
        g.auth_error = "unknown or revoked API key"
        return
    g.api_key, g.tenant = row


# token hash -> (expires at, ApiKey, Tenant): detached, read-only rows, so a hot read path skips the
# auth query. Any change to a key or tenant flushed in this process clears it at once (see
# `_forget_on_change`); other processes see a revocation within AUTH_CACHE_TTL_S.
_PRINCIPALS: dict[str, tuple[float, ApiKey, Tenant]] = {}


def _principal(token_hash: str) -> tuple[ApiKey, Tenant] | None:
    """(ApiKey, Tenant) for a live key, or None; cached for AUTH_CACHE_TTL_S seconds."""
    ttl = current_app.config["AUTH_CACHE_TTL_S"]
    now = time.monotonic()
    hit = _PRINCIPALS.get(token_hash)
    if hit is not None and hit[0] > now:
        return hit[1:]
    row = db.session.execute(
        select(ApiKey, Tenant).join(Tenant, Tenant.id == ApiKey.tenant_id).where(ApiKey.token_hash == token_hash)
    ).first()
    if row is None or row[0].revoked_at is not None:
        _PRINCIPALS.pop(token_hash, None)
        return None
    if ttl > 0:
        db.session.expunge(row[0])
        db.session.expunge(row[1])
        if len(_PRINCIPALS) > 10_000:
            _PRINCIPALS.clear()
        _PRINCIPALS[token_hash] = (now + ttl, row[0], row[1])
    return row[0], row[1]


@event.listens_for(Session, "after_flush")
def _forget_on_change(session: Session, _context: Any) -> None:
    if any(isinstance(obj, (ApiKey, Tenant)) for obj in (*session.new, *session.dirty, *session.deleted)):
        _PRINCIPALS.clear()


def namespace_allowed(namespace_id: str) -> bool:
    """Whether this request may reach the namespace (see `allowed_namespaces`)."""
    allowed = allowed_namespaces()
    return allowed is None or namespace_id in allowed


def allowed_namespaces() -> list[str] | None:
    """The namespace ids this request is limited to, or None when it reaches its whole tenant: a
    delegate's request reaches the delegated namespaces it named (core/delegation.py sets `g.reach`),
    a key limited to namespaces those, a keyless public read the public one it named."""
    reach = g.get("reach")
    if reach is not None:
        return list(reach)
    key = g.get("api_key")
    return None if key is None else key.namespaces


def actor() -> str:
    """Who acts in this request, as audit and `created_by` record it: the key's owner, else its id."""
    return g.api_key.owner or g.api_key.id


def require_scopes(scopes: tuple[str, ...] | list[str]) -> None:
    """Raise 401 without a valid key, 403 when the key holds none of `scopes` (admin holds all)."""
    if g.get("api_key") is None:
        raise Unauthorized(g.get("auth_error") or "missing API key")
    held = g.api_key.scope_set
    if scopes and "admin" not in held and not held & set(scopes):
        raise Forbidden(
            f"this action needs one of the scopes {sorted(scopes)}", {"required": sorted(scopes), "held": sorted(held)}
        )
