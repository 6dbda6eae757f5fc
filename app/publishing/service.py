"""Namespaces and registries: create, read, update, schema contracts."""

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, true

from app.core.auth import allowed_namespaces, namespace_allowed
from app.core.db import DbSession, utcnow
from app.core.errors import Conflict, InvalidRequest, NotFound, VersionConflict
from app.core.models import Tenant
from app.core.owned import get_owned, owned
from app.core.pagination import page_of
from app.publishing.contracts import breaking_changes
from app.publishing.filters import contains
from app.publishing.indexes import declared
from app.publishing.models import (
    DEFAULT_TTL,
    DomainClaim,
    Namespace,
    NamespaceVersion,
    Record,
    Registry,
    RegistryContract,
)
from app.publishing.validation import TAGS, check_schema, schema_key, tag_schema, validate_details


def namespace_is(ref: Any) -> Any:
    """WHERE clause: the namespace `ref` names — its id, its name, or a domain verified for it
    (publishing/domains.py). `ref` may be a bound parameter."""
    domain = func.lower(ref) if not isinstance(ref, str) else ref.lower()
    verified = select(DomainClaim.namespace_id).where(
        DomainClaim.domain == domain, DomainClaim.verified_at.is_not(None)
    )
    return or_(Namespace.id == ref, Namespace.name == ref, Namespace.id.in_(verified))


def get_namespace(*, session: DbSession, tenant: Tenant, ref: str) -> Namespace:
    """The tenant's namespace by id, name or verified domain, or NotFound (also when the caller's key
    is limited to other namespaces)."""
    ns = get_owned(session, Namespace, tenant, namespace_is(ref), what="namespace", ref=ref)
    if not namespace_allowed(ns.id):
        raise NotFound("namespace", ref)
    return ns


def reachable(column: Any) -> Any:
    """WHERE clause: `column` (a namespace id) is one the caller's key may reach."""
    allowed = allowed_namespaces()
    return true() if allowed is None else column.in_(allowed)


def named_namespace(tenant_id: str, ref: str) -> Any:
    """select(Namespace.id): the tenant's namespace `ref` names (id, name or verified domain)."""
    return select(Namespace.id).where(Namespace.tenant_id == tenant_id, namespace_is(ref))


def registry_in_namespace(column: Any, tenant_id: str, ref: str) -> Any:
    """WHERE clause: `column` (a registry id) is of the tenant's namespace `ref` names."""
    return column.in_(select(Registry.id).where(Registry.namespace_id.in_(named_namespace(tenant_id, ref))))


def registry_reachable(column: Any) -> Any:
    """WHERE clause: `column` (a registry id) is of a namespace the caller's key may reach."""
    allowed = allowed_namespaces()
    return true() if allowed is None else column.in_(select(Registry.id).where(Registry.namespace_id.in_(allowed)))


def create_namespace(
    *,
    session: DbSession,
    tenant: Tenant,
    name: str,
    description: str,
    meta: dict[str, Any] | None = None,
    version_count: Any = None,
    actor: str | None = None,
) -> Namespace:
    """Create a namespace (its version 1); 409 if the tenant already has one of that name."""
    if session.scalar(owned(Namespace, tenant).filter_by(name=name)):
        raise Conflict(f"namespace {name!r} already exists", {"name": name})
    ns = Namespace(
        tenant_id=tenant.id, name=name, description=description, meta=meta or {}, version_count=version_count
    )
    session.add(ns)
    session.flush()
    session.add(NamespaceVersion(namespace_id=ns.id, version=1, description=ns.description, meta=ns.meta, actor=actor))
    return ns


def list_namespaces(
    *,
    session: DbSession,
    tenant: Tenant,
    page: int,
    limit: int,
    search: str | None = None,
    delegated: Sequence[str] = (),
) -> tuple[Sequence[Namespace], dict[str, int]]:
    """A page of the tenant's namespaces (and the `delegated` ones, by id: another owner's namespaces
    the caller is a delegate of), by name."""
    mine = and_(Namespace.tenant_id == tenant.id, reachable(Namespace.id))
    query = select(Namespace).where(or_(mine, Namespace.id.in_(delegated))).order_by(Namespace.name, Namespace.id)
    if search:
        query = query.where(Namespace.name.ilike(f"%{search}%"))
    return page_of(session, query, page, limit)


def update_namespace(
    *, session: DbSession, tenant: Tenant, ref: str, changes: dict[str, Any], actor: str | None = None
) -> Namespace:
    """Change a namespace's description/meta: its next version."""
    ns = get_namespace(session=session, tenant=tenant, ref=ref)
    for field in ("description", "meta", "public"):
        if field in changes:
            setattr(ns, field, changes[field])
    ns.updated_at = utcnow()
    session.add(
        NamespaceVersion(
            namespace_id=ns.id,
            version=namespace_version(session=session, namespace=ns) + 1,
            description=ns.description,
            meta=ns.meta,
            actor=actor,
        )
    )
    return ns


def namespace_version(*, session: DbSession, namespace: Namespace) -> int:
    """The namespace's current version (v1 is its creation; each update the next)."""
    latest = session.scalar(
        select(func.max(NamespaceVersion.version)).where(NamespaceVersion.namespace_id == namespace.id)
    )
    return latest or 0


def get_registry(*, session: DbSession, tenant: Tenant, namespace: str, name: str) -> Registry:
    """The tenant's registry `name` in namespace (id or name), or NotFound."""
    # one round trip on the hot read path: the namespace, outer-joined to the registry
    row = session.execute(
        select(Namespace.id, Registry)
        .outerjoin(
            Registry,
            and_(Registry.namespace_id == Namespace.id, Registry.name == name, Registry.tenant_id == tenant.id),
        )
        .where(Namespace.tenant_id == tenant.id, namespace_is(namespace))
    ).first()
    if row is None or not namespace_allowed(row[0]):
        raise NotFound("namespace", namespace)
    if row[1] is None:
        raise NotFound("registry", name)
    return row[1]


def create_registry(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    registry_name: str,
    description: str,
    schema: dict[str, Any] | None = None,
    tag: Any = None,
    meta: dict[str, Any] | None = None,
    ttl: Any = None,
) -> Registry:
    """Create a registry from a custom schema xor a pre-built tag; contract v1, data version 0."""
    if (schema is None) == (tag is None):
        raise InvalidRequest("provide exactly one of 'schema' or 'tag'", {"schema": ["schema xor tag"]})
    if tag is not None and tag not in TAGS:
        raise InvalidRequest(f"unknown tag {tag!r}", {"tag": [f"one of {list(TAGS)}"]})
    schema = tag_schema(tag) if tag else schema
    check_schema(schema)
    declared(schema)  # x-index marks are checked before anything is made
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    if session.scalar(select(Registry.id).filter_by(namespace_id=ns.id, name=registry_name)):
        raise Conflict(f"registry {registry_name!r} already exists in {ns.name!r}", {"registry_name": registry_name})
    reg = Registry(
        tenant_id=tenant.id,
        namespace_id=ns.id,
        name=registry_name,
        description=description,
        meta=meta or {},
        tag=tag,
        ttl=ttl or DEFAULT_TTL,
        schema=schema,
        contract_version=1,
        data_version=0,
        state="live",
    )
    session.add(reg)
    session.flush()
    session.add(RegistryContract(registry_id=reg.id, version=1, schema=schema))
    return reg


def listed() -> Any:
    """Registries lists and queries show: not soft-deleted (publishing/recovery.py) nor purged."""
    return Registry.state.in_(("live", "inactive"))


def list_registries(
    *, session: DbSession, tenant: Tenant, namespace: str, page: int, limit: int, search: str | None = None
) -> tuple[Sequence[Registry], dict[str, int]]:
    """A page of a namespace's registries; `search` matches the name or description."""
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    query = owned(Registry, tenant).filter_by(namespace_id=ns.id).where(listed()).order_by(Registry.name)
    if search:
        query = query.where(or_(contains(Registry.name, search), contains(Registry.description, search)))
    return page_of(session, query, page, limit)


REGISTRY_SORTS = {"date": Registry.created_at, "status": Registry.state, "name": Registry.name, "id": Registry.id}


def query_registries(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    page: int,
    page_size: int,
    status: str | None = None,
    name: str | None = None,
    from_: date | None = None,
    to: date | None = None,
    sort: str = "name",
    as_on: date | None = None,
) -> tuple[Namespace, Sequence[Registry], int]:
    """DeDi's registry query: (namespace, a page of its registries, how many match)."""
    ns = get_namespace(session=session, tenant=tenant, ref=namespace)
    query = owned(Registry, tenant).filter_by(namespace_id=ns.id).where(listed())
    if status is not None:
        query = query.where(Registry.state == ("live" if status in ("active", "live") else status))
    if name:
        query = query.where(contains(Registry.name, name))
    if from_ is not None:
        query = query.where(Registry.updated_at >= datetime.combine(from_, time.min, UTC))
    if to is not None:
        query = query.where(Registry.updated_at < datetime.combine(to + timedelta(days=1), time.min, UTC))
    if as_on is not None:
        query = query.where(Registry.created_at < datetime.combine(as_on + timedelta(days=1), time.min, UTC))
    items, pagination = page_of(session, query.order_by(REGISTRY_SORTS[sort], Registry.name), page, page_size)
    return ns, items, pagination["total"]


def _failing_records(
    session: DbSession, registry: Registry, schema: dict[str, Any], sample: int = 100
) -> tuple[int, list[str]]:
    key, failing, names = schema_key(schema), 0, list[str]()
    rows = session.execute(
        select(Record.name, Record.details)
        .where(Record.registry_id == registry.id, Record.state.in_(("live", "draft")), Record.version_to.is_(None))
        .execution_options(yield_per=2000)
    )
    for name, details in rows:
        if validate_details(key, details):
            failing += 1
            if len(names) < sample:
                names.append(str(name))
    return failing, names


def update_registry(
    *,
    session: DbSession,
    tenant: Tenant,
    namespace: str,
    name: str,
    changes: dict[str, Any],
    force: bool = False,
    dry_run: bool = False,
) -> Any:
    """Update description/meta/ttl, and the schema as a new contract version.

    Returns (registry, report); report describes the schema change (or None)."""
    reg = get_registry(session=session, tenant=tenant, namespace=namespace, name=name)
    stated = changes.get("tag")
    if stated is not None and stated != (reg.tag or "custom"):
        raise InvalidRequest(
            f"registry {name!r} is {reg.tag or 'custom'!r}; a tag is fixed at creation",
            {"tag": [f"this registry is {reg.tag or 'custom'}"]},
        )
    report = None
    new_schema = changes.get("schema")
    if new_schema is not None and new_schema != reg.schema:
        check_schema(new_schema)
        declared(new_schema)
        breaking = breaking_changes(reg.schema, new_schema)
        failing, names = _failing_records(session, reg, new_schema)
        report = {
            "contract": f"v{reg.contract_version + 1}",
            "breaking_changes": breaking,
            "failing_records": failing,
            "failing_record_names": names,
            "applied": False,
        }
        if dry_run:
            return reg, report
        if breaking and not force:
            raise VersionConflict(
                "schema change is not backward compatible; pass force=true to apply",
                {"incompatibilities": breaking, "failing_records": failing},
            )
        reg.contract_version += 1
        reg.schema = new_schema
        session.add(
            RegistryContract(registry_id=reg.id, version=reg.contract_version, schema=new_schema, forced=bool(breaking))
        )
        report["applied"] = True
    elif dry_run:
        return reg, {
            "contract": f"v{reg.contract_version}",
            "breaking_changes": [],
            "failing_records": 0,
            "failing_record_names": [],
            "applied": False,
        }
    for field in ("description", "meta", "ttl"):
        if field in changes:
            setattr(reg, field, changes[field])
    reg.updated_at = utcnow()
    return reg, report


def registries_by_tag(*, session: DbSession, tenant: Tenant, tag: str) -> Sequence[Registry]:
    """The tenant's live registries built on a standard tag, by namespace then name."""
    query = owned(Registry, tenant).where(  # live (so never a deleted one), in namespaces the key reaches
        Registry.tag == tag, Registry.state == "live", reachable(Registry.namespace_id)
    )
    return session.scalars(query.order_by(Registry.namespace_id, Registry.name)).all()


def verified_domain(*, session: DbSession, namespace: Namespace) -> str | None:
    """The domain verified for the namespace, if any."""
    return session.scalar(
        select(DomainClaim.domain)
        .where(DomainClaim.namespace_id == namespace.id, DomainClaim.verified_at.is_not(None))
        .order_by(DomainClaim.verified_at)
        .limit(1)
    )


def registry_count(*, session: DbSession, namespace: Namespace) -> int:
    """Registries in a namespace (not the deleted)."""
    return (
        session.scalar(
            select(func.count()).select_from(Registry).where(Registry.namespace_id == namespace.id, listed())
        )
        or 0
    )


def record_count(*, session: DbSession, registry: Registry) -> int:
    """Live, current records in a registry (ignores valid_till; the sweep makes expiry durable)."""
    return session.scalar(  # type: ignore[return-value]  # a count is never NULL
        select(func.count())
        .select_from(Record)
        .where(Record.registry_id == registry.id, Record.state == "live", Record.version_to.is_(None))
    )
