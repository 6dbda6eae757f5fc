"""Namespace delegates (DeDi's delegation, with permissions): the owner — or a delegate holding
`manage` — adds another tenant or one key with `read`, `publish` or `manage` (DeDi's namespace
delegate is all of them, the default), changes the grant by adding again, lists and removes them.
A removal applies to the next request (grants are read on every request, never cached)."""

from typing import Any

from sqlalchemy import or_, select

from app.core import delegation
from app.core.db import DbSession, iso, utcnow
from app.core.errors import InvalidRequest, NotFound
from app.core.models import ApiKey, Tenant
from app.extensions import db
from app.publishing.models import Namespace, NamespaceDelegate
from app.publishing.service import get_namespace, namespace_is


@delegation.register
def delegated(key: ApiKey, ref: str) -> tuple[Tenant, list[str]] | None:
    """(owner, permissions) when `ref` names a namespace delegated to the key or its tenant, and the
    key's own tenant has no namespace by that reference."""
    session = db.session
    own = session.scalar(select(Namespace.id).where(Namespace.tenant_id == key.tenant_id, namespace_is(ref)).limit(1))
    if own is not None:
        return None
    grants = session.execute(
        select(NamespaceDelegate.tenant_id, NamespaceDelegate.namespace_id, NamespaceDelegate.permissions)
        .join(Namespace, Namespace.id == NamespaceDelegate.namespace_id)
        .where(
            namespace_is(ref),
            or_(NamespaceDelegate.delegate_tenant_id == key.tenant_id, NamespaceDelegate.delegate_key_id == key.id),
        )
    ).all()
    if not grants or len({g.namespace_id for g in grants}) > 1:
        return None  # none, or a name several delegated namespaces share: use the namespace id
    owner = session.get(Tenant, grants[0].tenant_id)
    permissions = sorted({p for g in grants for p in g.permissions})
    return (owner, permissions) if owner is not None else None


@delegation.register_lister
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
