"""Snapshot management (seed 004): get, list, rename, lifecycle, retry, delete, progress."""

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import or_, select

from app.core import delegation
from app.core.db import DbSession, iso, utcnow
from app.core.durations import parse_duration
from app.core.errors import HasDependencies, InvalidState
from app.core.models import ApiKey, Tenant
from app.core.owned import get_owned, owned
from app.core.pagination import offset_of
from app.core.storage import artifact_fs, delete_artifact
from app.publishing.models import Registry
from app.publishing.service import registry_in_namespace, registry_reachable
from app.store import dependents
from app.store.models import DELETED, Snapshot, SnapshotStatus
from app.store.service import reset_for_build

TOUCH_EVERY = timedelta(seconds=60)
SORTS = {
    "name": Snapshot.name,
    "created_at": Snapshot.created_at,
    "status": Snapshot.status,
    "size_bytes": Snapshot.size_bytes,
}


def in_reach() -> Any:
    """WHERE clause: snapshots of registries in namespaces the caller's key may reach."""
    return registry_reachable(Snapshot.registry_id)


@delegation.register_locator("snapshot_id")
def delegated_snapshot(key: ApiKey, snapshot_id: str, grants: dict[str, list[str]]) -> tuple[Tenant, list[str]] | None:
    """A snapshot of a registry in a namespace delegated to the key: its owner and namespace."""
    return delegation.locate(
        key,
        grants,
        select(Snapshot.tenant_id, Registry.namespace_id)
        .join(Registry, Registry.id == Snapshot.registry_id)
        .where(Snapshot.id == snapshot_id),
    )


def in_namespace(tenant: Tenant, ref: str) -> Any:
    """WHERE clause: snapshots of registries in the tenant's namespace `ref` (id, name or domain)."""
    return registry_in_namespace(Snapshot.registry_id, tenant.id, ref)


def get_snapshot(*, session: DbSession, tenant: Tenant, snapshot_id: str, touch: bool = False) -> Snapshot:
    """Return one of the tenant's snapshots, or raise NotFound; `touch` moves last_used_at."""
    snap = get_owned(session, Snapshot, tenant, Snapshot.status != DELETED, in_reach(), what="snapshot", id=snapshot_id)
    if touch and (snap.last_used_at is None or utcnow() - snap.last_used_at > TOUCH_EVERY):
        snap.last_used_at = utcnow()  # at most once a minute: a hot read path must not become a write path
    return snap


def list_snapshots(
    *,
    session: DbSession,
    tenant: Tenant,
    offset: int,
    limit: int,
    sort_by: str = "created_at",
    sort_order: str = "desc",
    status: str | None = None,
    dataset: str | None = None,
    namespace: str | None = None,
    version: Any = None,
    owner: str | None = None,
    search: str | None = None,
    created_after: Any = None,
    created_before: Any = None,
    format: str | None = None,
) -> tuple[Sequence[Snapshot], int]:
    """A filtered, sorted window of the tenant's snapshots and the total."""
    query = owned(Snapshot, tenant).where(Snapshot.status != DELETED, in_reach())
    for column, value in (
        (Snapshot.status, status),
        (Snapshot.dataset, dataset),
        (Snapshot.created_by, owner),
        (Snapshot.format, format),
    ):
        if value:
            query = query.where(column == value)
    if namespace:
        query = query.where(in_namespace(tenant, namespace))
    if version is not None:
        query = query.where(Snapshot.version == version)
    if search:
        query = query.where(or_(Snapshot.name.ilike(f"%{search}%"), Snapshot.description.ilike(f"%{search}%")))
    if created_after:
        query = query.where(Snapshot.created_at >= created_after)
    if created_before:
        query = query.where(Snapshot.created_at <= created_before)
    column = SORTS[sort_by]
    query = query.order_by(column.desc() if sort_order == "desc" else column.asc(), Snapshot.id)
    return offset_of(session, query, offset, limit)


def update_snapshot(*, session: DbSession, tenant: Tenant, snapshot_id: str, changes: dict[str, Any]) -> Snapshot:
    """Rename or re-describe a snapshot (nothing else changes)."""
    snap = get_snapshot(session=session, tenant=tenant, snapshot_id=snapshot_id)
    for field in ("name", "description"):
        if field in changes:
            setattr(snap, field, changes[field])
    snap.updated_at = utcnow()
    return snap


def set_lifecycle(
    *, session: DbSession, tenant: Tenant, snapshot_id: str, ttl: Any = None, inactivity_timeout: Any = None, **_: Any
) -> Snapshot:
    """Set ttl / inactivity_timeout (ISO 8601 durations)."""
    snap = get_snapshot(session=session, tenant=tenant, snapshot_id=snapshot_id)
    if ttl is not None:
        parse_duration(ttl, "ttl")
        snap.ttl = ttl
    if inactivity_timeout is not None:
        parse_duration(inactivity_timeout, "inactivity_timeout")
        snap.inactivity_timeout = inactivity_timeout
    snap.updated_at = utcnow()
    return snap


def retry_snapshot(*, session: DbSession, tenant: Tenant, snapshot_id: str) -> tuple[Snapshot, str]:
    """Re-queue a failed snapshot; 409 invalid_state otherwise. Returns (snapshot, previous status)."""
    snap = get_snapshot(session=session, tenant=tenant, snapshot_id=snapshot_id)
    if snap.status != SnapshotStatus.FAILED:
        raise InvalidState("Can only retry snapshots with status 'failed'", {"current_status": snap.status})
    reset_for_build(snap)
    return snap, SnapshotStatus.FAILED


def delete_snapshot(*, session: DbSession, tenant: Tenant, snapshot_id: str) -> None:
    """Delete a snapshot and its artifacts; 409 while an export of it is queued or running."""
    snap = get_snapshot(session=session, tenant=tenant, snapshot_id=snapshot_id)
    active = [d.status for d in dependents.of(session, [snap.id])[snap.id] if d.active]
    if active:
        raise HasDependencies(
            "Cannot delete snapshot with active exports",
            {"active_export_count": len(active), "statuses": sorted(set(active))},
        )
    delete_artifact(snap.storage_path or "")
    # the row stays, marked deleted, so its exports and their receipts stay readable; to every
    # snapshot read it is gone (404), and asking for the same triple again builds it afresh
    snap.status, snap.phase, snap.updated_at = DELETED, DELETED, utcnow()
    snap.artifacts, snap.storage_path, snap.size_bytes, snap.row_count = [], None, 0, 0


def progress(snap: Snapshot, now: datetime | None = None) -> dict[str, Any]:
    """The seed-004 progress document for a snapshot."""
    now = now or utcnow()
    if snap.status == SnapshotStatus.READY:
        duration = (snap.finished_at - snap.started_at).total_seconds() if snap.started_at else 0
        return {
            "id": snap.id,
            "status": "ready",
            "phase": "completed",
            "completed_at": iso(snap.finished_at),
            "duration_seconds": round(duration, 3),
            "row_count": snap.row_count,
        }
    steps = snap.steps or []
    return {
        "id": snap.id,
        "status": snap.status,
        "phase": snap.phase,
        "started_at": iso(snap.started_at),
        "steps": steps,
        "completed_steps": sum(1 for s in steps if s.get("status") == "completed"),
        "total_steps": len(steps) or 1,
        "row_count": snap.row_count,
        "elapsed_seconds": int((now - snap.started_at).total_seconds()) if snap.started_at else 0,
        "error_message": snap.error,
    }


def storage_key(path: str | None) -> str | None:
    """A store path as its key relative to the artifact root: never the server's filesystem layout."""
    if not path:
        return None
    _, root = artifact_fs()
    return path[len(root) + 1 :] if path.startswith(root + "/") else path.rsplit("/", 1)[-1]


def snapshot_dict(snap: Snapshot, export_count: int = 0) -> dict[str, Any]:
    """The seed-004 snapshot fields, with dataset/version in place of mapping_id/mapping_version."""
    return {
        "id": snap.id,
        "snapshot_id": snap.id,
        "dataset": snap.dataset,
        "namespace": snap.namespace_name,
        "contract": f"v{snap.contract_version}",
        "version": f"v{snap.version}",
        "format": snap.format,
        "owner_username": snap.created_by,
        "name": snap.name,
        "description": snap.description,
        "storage_key": storage_key(snap.storage_path),
        "size_bytes": snap.size_bytes,
        "row_counts": {snap.dataset: snap.row_count},
        "status": snap.status,
        "phase": snap.phase,
        "error_message": snap.error,
        "retry_count": snap.retry_count,
        "artifacts": [
            {
                "name": a.get("name"),
                "key": storage_key(a.get("path")),
                "size_bytes": a.get("size_bytes"),
                "sha256": a.get("sha256"),
                "rows": a.get("rows"),
            }
            for a in (snap.artifacts or [])
        ],
        "created_at": iso(snap.created_at),
        "updated_at": iso(snap.updated_at),
        "completed_at": iso(snap.finished_at),
        "last_used_at": iso(snap.last_used_at),
        "ttl": snap.ttl,
        "inactivity_timeout": snap.inactivity_timeout,
        "export_count": export_count,
    }
