"""Namespace delegates (DeDi's delegation, with permissions): the owner — or a delegate holding
`manage` — adds another tenant or one key with `read`, `publish` or `manage` (DeDi's namespace
delegate is all of them, the default), changes the grant by adding again, lists and removes them.
A removal applies at once in this process, within AUTH_CACHE_TTL_S in the others (grants are cached
per key, like keys)."""

import time
from typing import Any

from flask import current_app
from sqlalchemy import event, or_, select
from sqlalchemy.orm import Session

from app.core import delegation
from app.core.db import DbSession, iso, utcnow
from app.core.errors import InvalidRequest, NotFound
from app.core.models import ApiKey, Tenant
from app.extensions import db
from app.publishing.models import Namespace, NamespaceDelegate, Registry
from app.publishing.service import get_namespace, listed, namespace_is

# key id -> (expires at, {namespace id: permissions}): most keys are no one's delegate, and the hot
# read path must not pay a query to learn it. A change flushed in this process clears it at once;
# other processes see it within AUTH_CACHE_TTL_S, as they see a revoked key.
_GRANTS: dict[str, tuple[float, dict[str, list[str]]]] = {}


@delegation.register_lister
def grants_of(key: ApiKey) -> dict[str, list[str]]:
    """{namespace id: permissions} delegated to the key or its tenant, cached per key."""
    ttl, now = current_app.config["AUTH_CACHE_TTL_S"], time.monotonic()
    hit = _GRANTS.get(key.id)
    if hit is not None and hit[0] > now:
        return hit[1]
    grants = delegated_to(key)
    if ttl > 0:
        if len(_GRANTS) > 10_000:
            _GRANTS.clear()
        _GRANTS[key.id] = (now + ttl, grants)
    return grants


@event.listens_for(Session, "after_flush")
def _forget_on_change(session: Session, _context: Any) -> None:
    if any(isinstance(obj, NamespaceDelegate) for obj in (*session.new, *session.dirty, *session.deleted)):
        _GRANTS.clear()


@delegation.register
def delegated(key: ApiKey, ref: str) -> tuple[Tenant, str, list[str]] | None:
    """(owner, namespace id, permissions) when `ref` names a namespace delegated to the key or its
    tenant, and the key's own tenant has no namespace by that reference."""
    grants = grants_of(key)
    if not grants:
        return None
    session = db.session
    found = session.execute(
        select(Namespace.id, Namespace.tenant_id).where(
            namespace_is(ref), or_(Namespace.id.in_(list(grants)), Namespace.tenant_id == key.tenant_id)
        )
    ).all()
    if any(tenant_id == key.tenant_id for _, tenant_id in found) or len(found) != 1:
        return None  # its own namespace by that name, none delegated, or a name two delegated ones share
    owner = session.get(Tenant, found[0][1])
    return (owner, found[0][0], grants[found[0][0]]) if owner is not None else None


def delegated_to(key: ApiKey) -> dict[str, list[str]]:
    """{namespace id: permissions} of the namespaces delegated to the key or its tenant."""
    rows = db.session.execute(
        select(NamespaceDelegate.namespace_id, NamespaceDelegate.permissions).where(
            or_(NamespaceDelegate.delegate_tenant_id == key.tenant_id, NamespaceDelegate.delegate_key_id == key.id)
        )
    ).all()
    grants: dict[str, set[str]] = {}
    for row in rows:
        grants.setdefault(str(row.namespace_id), set()).update(row.permissions)
    return {ns: sorted(p) for ns, p in grants.items()}


def _who(session: DbSession, tenant: str | None, key_id: str | None) -> tuple[str | None, str | None]:
    """(delegate tenant id, delegate key id) from a tenant id or name, or a key id; 400 unless exactly one."""
    if (tenant is None) == (key_id is None):
        raise InvalidRequest("name the delegate: tenant (id or name) or key_id, exactly one", {"tenant": ["or key_id"]})
    if tenant is not None:
        found = session.scalar(select(Tenant.id).where(or_(Tenant.id == tenant, Tenant.name == tenant)))
        if found is None:
            raise InvalidRequest(f"no tenant {tenant!r}", {"tenant": [tenant]})
        return found, None
    key = session.scalar(select(ApiKey.id).where(ApiKey.id == key_id, ApiKey.revoked_at.is_(None)))
    if key is None:
        raise InvalidRequest(f"no active key {key_id!r}", {"key_id": [key_id]})
    return None, key


def add(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    permissions: list[str],
    delegate_tenant: str | None = None,
    key_id: str | None = None,
    actor: str | None = None,
) -> tuple[NamespaceDelegate, bool]:
    """Grant (or change) a delegate's permissions; returns (grant, newly added). 400 for the owner itself."""
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    who_tenant, who_key = _who(session, delegate_tenant, key_id)
    if who_tenant == ns.tenant_id:
        raise InvalidRequest("the owner needs no delegation", {"tenant": [delegate_tenant]})
    row = session.scalar(
        select(NamespaceDelegate).where(
            NamespaceDelegate.namespace_id == ns.id,
            NamespaceDelegate.delegate_tenant_id == who_tenant,  # None compares as IS NULL
            NamespaceDelegate.delegate_key_id == who_key,
        )
    )
    made = row is None
    if row is None:
        row = NamespaceDelegate(
            tenant_id=ns.tenant_id,
            namespace_id=ns.id,
            delegate_tenant_id=who_tenant,
            delegate_key_id=who_key,
            created_by=actor,
        )
        session.add(row)
    row.permissions, row.updated_at = sorted(set(permissions)), utcnow()
    session.flush()
    return row, made


def of(*, session: DbSession, tenant: Tenant, namespace: str) -> tuple[Namespace, list[NamespaceDelegate]]:
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    rows = session.scalars(
        select(NamespaceDelegate).where(NamespaceDelegate.namespace_id == ns.id).order_by(NamespaceDelegate.created_at)
    ).all()
    return ns, list(rows)


def remove(
    *, session: DbSession, tenant: Tenant, namespace: str, delegate_tenant: str | None = None, key_id: str | None = None
) -> list[NamespaceDelegate]:
    """Remove a delegate; returns the ones left. 404 when it was none."""
    ns, rows = of(session=session, tenant=tenant, namespace=namespace)
    who_tenant, who_key = _who(session, delegate_tenant, key_id)
    gone = [r for r in rows if r.delegate_tenant_id == who_tenant and r.delegate_key_id == who_key]
    if not gone:
        raise NotFound("delegate", delegate_tenant or key_id or "?", {"namespace_id": ns.id})
    for row in gone:
        session.delete(row)
    return [r for r in rows if r not in gone]


def delegate_dict(session: DbSession, row: NamespaceDelegate) -> dict[str, Any]:
    name = (
        session.scalar(select(Tenant.name).where(Tenant.id == row.delegate_tenant_id))
        if row.delegate_tenant_id
        else None
    )
    return {
        "tenant_id": row.delegate_tenant_id,
        "tenant_name": name,
        "key_id": row.delegate_key_id,
        "permissions": row.permissions,
        "created_by": row.created_by,
        "created_at": iso(row.created_at),
        "updated_at": iso(row.updated_at),
    }


def shared_registries(*, session: DbSession, key: ApiKey) -> list[dict[str, Any]]:
    """The live registries of the namespaces delegated to `key` (other tenants'), with the grant:
    what a delegate's browser lists as shared with it."""
    grants = delegated_to(key)
    if not grants:
        return []
    rows = session.execute(
        select(Registry.name, Namespace.id, Namespace.name, Tenant.name)
        .join(Namespace, Namespace.id == Registry.namespace_id)
        .join(Tenant, Tenant.id == Namespace.tenant_id)
        .where(Namespace.id.in_(list(grants)), listed())
        .order_by(Namespace.name, Registry.name)
    ).all()
    return [
        {"registry": reg, "namespace_id": ns_id, "namespace": ns, "owner": owner, "permissions": grants[ns_id]}
        for reg, ns_id, ns, owner in rows
    ]
