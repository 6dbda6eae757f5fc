"""Datasets (the tenant's live registries) and snapshot creation, idempotent by the triple."""

from collections.abc import Sequence
from typing import Any

from redis.exceptions import RedisError
from sqlalchemy import func, or_, select

from app.core.db import DbSession, utcnow
from app.core.durations import parse_duration
from app.core.errors import InvalidRequest, NotFound
from app.core.jobs import redis_conn
from app.core.models import Tenant
from app.publishing.models import Namespace, Record, Registry
from app.publishing.service import namespace_is, reachable
from app.store.models import DELETED, Snapshot, SnapshotStatus

COUNT_TTL_S = 24 * 3600


def _named_dataset(tenant_id: str, dataset: str) -> Any:
    """select(Registry): the tenant's registries that 'namespace/registry', a bare name or an id names."""
    query = select(Registry).join(Namespace, Namespace.id == Registry.namespace_id)
    query = query.where(Registry.tenant_id == tenant_id)
    if "/" in dataset:
        ns, _, name = dataset.partition("/")
        return query.where(or_(Namespace.name == ns, Namespace.id == ns), Registry.name == name)
    return query.where(or_(Registry.name == dataset, Registry.id == dataset))


def resolve_dataset(*, session: DbSession, tenant: Tenant, dataset: str) -> Registry:
    """A live registry from 'namespace/registry' or a bare registry name unique within the tenant."""
    query = _named_dataset(tenant.id, dataset).where(Registry.state == "live", reachable(Registry.namespace_id))
    found = session.scalars(query.limit(2)).all()
    if not found:
        raise NotFound("dataset", dataset)
    if len(found) > 1:
        raise InvalidRequest(f"dataset {dataset!r} is ambiguous; use namespace/registry", {"dataset": [dataset]})
    return found[0]


def dataset_namespaces(*, session: DbSession, tenant_id: str, datasets: Sequence[str]) -> set[str | None]:
    """The namespace ids the tenant's `datasets` lie in, whatever their state or the caller's reach;
    None for one that names no registry, or several."""
    found: set[str | None] = set()
    for dataset in set(datasets):
        rows = session.scalars(_named_dataset(tenant_id, dataset).with_only_columns(Registry.namespace_id)).all()
        found.add(rows[0] if len(set(rows)) == 1 else None)
    return found


def resolve_version(registry: Registry, version: Any) -> int:
    """'v24', '24' or 'latest' as a concrete data version; 404 beyond the current one."""
    text = str(version if version is not None else "latest").strip()
    if text.lower() == "latest":
        return registry.data_version
    digits = text[1:] if text[:1] in "vV" else text
    if not digits.isdigit():
        raise InvalidRequest("version must be v<N>, <N> or latest", {"version": [text]})
    if int(digits) > registry.data_version:
        raise NotFound(
            "version", f"v{int(digits)}", {"dataset": registry.name, "current_version": f"v{registry.data_version}"}
        )
    return int(digits)


def list_datasets(
    *,
    session: DbSession,
    tenant: Tenant,
    offset: int,
    limit: int,
    namespace: str | None = None,
    search: str | None = None,
    updated_after: Any = None,
) -> tuple[list[tuple[Registry, str, int]], int]:
    """The tenant's live registries as datasets, with record counts."""
    query = (
        select(Registry, Namespace.name)
        .join(Namespace, Namespace.id == Registry.namespace_id)
        .where(Registry.tenant_id == tenant.id, Registry.state == "live", reachable(Registry.namespace_id))
        .order_by(Namespace.name, Registry.name)
    )
    if namespace:
        query = query.where(namespace_is(namespace))
    if search:
        query = query.where(or_(Registry.name.ilike(f"%{search}%"), Registry.description.ilike(f"%{search}%")))
    if updated_after:
        query = query.where(Registry.updated_at >= updated_after)
    total = session.scalar(select(func.count()).select_from(query.order_by(None).subquery())) or 0
    rows = session.execute(query.offset(offset).limit(limit)).all()
    counts = record_counts(session=session, registries=[reg for reg, _ in rows])
    return [(reg, ns, counts.get(reg.id, 0)) for reg, ns in rows], total


def _count_key(registry: Registry) -> str:
    return f"dj:count:{registry.id}:v{registry.data_version}"


def record_counts(*, session: DbSession, registries: Sequence[Registry]) -> dict[str, int]:
    """Live record counts per registry. A count is fixed by (registry, data version) — every change
    to live rows is a new version — so it is computed once per version and kept in Redis."""
    if not registries:
        return {}
    try:
        cached = redis_conn().mget([_count_key(r) for r in registries])
    except RedisError:  # a cache: without Redis, count in the database
        cached = [None] * len(registries)
    counts = {r.id: int(c) for r, c in zip(registries, cached, strict=False) if c is not None}
    missing = [r for r in registries if r.id not in counts]
    if missing:
        fresh = dict(
            session.execute(
                select(Record.registry_id, func.count())
                .where(
                    Record.registry_id.in_([r.id for r in missing]), Record.state == "live", Record.version_to.is_(None)
                )
                .group_by(Record.registry_id)
            ).all()
        )
        try:
            with redis_conn().pipeline() as pipe:
                for r in missing:
                    pipe.setex(_count_key(r), COUNT_TTL_S, fresh.get(r.id, 0))
                pipe.execute()
        except RedisError:
            pass  # best effort: the counts below are exact; only the next list pays to count again
        counts.update({r.id: fresh.get(r.id, 0) for r in missing})
    return counts


def create_snapshot(
    *,
    session: DbSession,
    tenant: Tenant,
    dataset: str,
    version: Any,
    format: str,
    owner: str | None = None,
    name: str | None = None,
    description: str | None = None,
    ttl: Any = None,
    inactivity_timeout: Any = None,
) -> tuple[Snapshot, bool]:
    """Find or create the snapshot of (dataset, version, format); returns (snapshot, needs_build)."""
    registry = resolve_dataset(session=session, tenant=tenant, dataset=dataset)
    number = resolve_version(registry, version)
    for field, value in (("ttl", ttl), ("inactivity_timeout", inactivity_timeout)):
        if value is not None:
            parse_duration(value, field)
    snap = session.scalar(
        select(Snapshot).filter_by(tenant_id=tenant.id, registry_id=registry.id, version=number, format=format)
    )
    if snap is not None:
        if snap.status in (SnapshotStatus.FAILED, SnapshotStatus.EXPIRED, SnapshotStatus.DELETED):
            reset_for_build(snap)
            return snap, True
        return snap, False
    snap = Snapshot(
        tenant_id=tenant.id,
        registry_id=registry.id,
        dataset=registry.name,
        namespace_name=_namespace_name(session, registry),
        contract_version=registry.contract_version,
        version=number,
        format=format,
        status=SnapshotStatus.PENDING,
        phase="queued",
        created_by=owner,
        name=name or f"{registry.name} v{number} ({format})",
        description=description,
        ttl=ttl,
        inactivity_timeout=inactivity_timeout,
        last_used_at=utcnow(),
    )
    session.add(snap)
    session.flush()
    return snap, True


def reset_for_build(snap: Snapshot) -> None:
    """Put a failed/expired snapshot back in the queue (counted as a retry)."""
    snap.retry_count += 1 if snap.status == SnapshotStatus.FAILED else 0
    if snap.status == DELETED:  # a new life for the triple: it starts as a new snapshot would
        snap.created_at, snap.last_used_at = utcnow(), utcnow()
    snap.status, snap.phase, snap.error = SnapshotStatus.PENDING, "queued", None
    snap.steps, snap.artifacts, snap.row_count, snap.size_bytes = [], [], 0, 0
    snap.started_at = snap.finished_at = None


def _namespace_name(session: DbSession, registry: Registry) -> str:
    return session.scalars(select(Namespace.name).filter_by(id=registry.namespace_id)).one()
