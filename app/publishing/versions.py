"""Namespaces and registries as they stood: DeDi's `version_id` / `as_on` on the namespace and registry
lookups, and the namespace's own version list. A namespace's versions are its creation and each update
(namespace_versions); a registry's are its data versions (registry_versions), and the registry at one is
its schema contract of that time, its state (inactivate/reactivate are versions too) and its live
record count then."""

from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import func, select

from app.core.db import DbSession
from app.core.errors import NotFound
from app.core.models import Tenant
from app.publishing.models import Namespace, NamespaceVersion, Record, RegistryContract, RegistryVersion
from app.publishing.reads import content_at, resolve_as_of
from app.publishing.service import get_namespace, get_registry


def _end_of(day: date) -> datetime:
    return datetime.combine(day, time.max, UTC)


def namespace_versions(*, session: DbSession, tenant: Tenant, ref: str) -> tuple[Namespace, list[NamespaceVersion]]:
    """The namespace and its versions, oldest first."""
    ns = get_namespace(session=session, tenant=tenant, ref=ref)
    rows = session.scalars(
        select(NamespaceVersion).where(NamespaceVersion.namespace_id == ns.id).order_by(NamespaceVersion.version)
    ).all()
    return ns, list(rows)


def namespace_at(
    *, session: DbSession, tenant: Tenant, ref: str, version_id: str | None, as_on: date | None
) -> tuple[Namespace, NamespaceVersion]:
    """(namespace, the version standing at `version_id` or at the end of `as_on`);
    NotFound for a version it never had (or a day before it existed)."""
    ns, rows = namespace_versions(session=session, tenant=tenant, ref=ref)
    if version_id is not None:
        wanted = int(version_id.lstrip("vV"))
        found = next((r for r in rows if r.version == wanted), None)
    else:
        assert as_on is not None
        found = next((r for r in reversed(rows) if r.created_at <= _end_of(as_on)), None)
    if found is None:
        raise NotFound("version", version_id or str(as_on), {"versions": [f"v{r.version}" for r in rows]})
    return ns, found


def registry_at(
    *, session: DbSession, tenant: Tenant, namespace: str, name: str, version_id: str | None, as_on: date | None
) -> dict[str, Any]:
    """The registry at a data version: {registry, version, state, schema, contract, record_count}."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=name)
    at = version_id if version_id is not None else _end_of(as_on).isoformat() if as_on is not None else None
    version = resolve_as_of(session=session, registry=reg, as_of=at)
    made = session.scalar(
        select(RegistryVersion.created_at).where(
            RegistryVersion.registry_id == reg.id, RegistryVersion.version == version
        )
    )
    contracts = select(RegistryContract).where(RegistryContract.registry_id == reg.id)
    contract = session.scalar(  # the latest contract made by then; before any data, the first
        contracts.where(RegistryContract.created_at <= made).order_by(RegistryContract.version.desc()).limit(1)
        if made is not None
        else contracts.order_by(RegistryContract.version).limit(1)
    )
    last_state_change = session.scalar(
        select(RegistryVersion.change)
        .where(
            RegistryVersion.registry_id == reg.id,
            RegistryVersion.version <= version,
            RegistryVersion.change.in_(("inactivate", "reactivate")),
        )
        .order_by(RegistryVersion.version.desc())
        .limit(1)
    )
    count = session.scalar(select(func.count()).select_from(Record).where(content_at(reg.id, version, False)))
    return {
        "registry": reg,
        "version": version,
        "state": "inactive" if last_state_change == "inactivate" else "live",
        "schema": contract.schema if contract else reg.schema,
        "contract": contract.version if contract else reg.contract_version,
        "record_count": count or 0,
    }
