"""Public read, publishing's side: which namespace a keyless request names (core/public.py asks), and
what such a request may see — live registries and live records only; drafts, inactive and deleted
registries, revoked, expired and deleted records stay private (404, as for what does not exist)."""

from typing import Any

from sqlalchemy import select

from app.core.auth import register_namespace_resolver
from app.core.db import DbSession
from app.core.errors import NotFound
from app.core.models import Tenant
from app.core.public import anonymous, register
from app.extensions import db
from app.publishing.models import Namespace, Registry
from app.publishing.service import named_namespace, namespace_is


@register
def public_namespace_owner(view_args: dict[str, Any]) -> Tenant | None:
    """The owner of the public namespace `{namespace}` names (by id, verified domain, or a name only
    one public namespace has)."""
    ref = view_args.get("namespace")
    if not isinstance(ref, str):
        return None
    found = db.session.scalars(select(Namespace).where(Namespace.public.is_(True), namespace_is(ref)).limit(2)).all()
    if len(found) != 1:
        return None
    return db.session.get(Tenant, found[0].tenant_id)


def keep_private(registry: Registry | None = None, state: str | None = None) -> None:
    """For a keyless request: 404 unless the registry and the record state are live."""
    if not anonymous():
        return
    if (registry is not None and registry.state != "live") or (state is not None and state != "live"):
        raise NotFound("resource", "not public", {"public": ["live data only without a key"]})


@register_namespace_resolver
def namespace_id_of(session: DbSession, tenant_id: str, ref: str) -> str | None:
    """The id of the tenant's namespace `ref` names (id, name or verified domain), for keys limited to
    namespaces (core/auth.py)."""
    return session.scalar(named_namespace(tenant_id, ref).limit(1))
