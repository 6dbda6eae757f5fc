"""Exports: admin export of a snapshot, the consumer's one-step job, reads and receipts."""

import hashlib
from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from app.core import delegation
from app.core.db import DbSession, iso, new_id
from app.core.errors import Conflict
from app.core.models import ApiKey, Tenant
from app.core.owned import get_owned, owned
from app.core.pagination import offset_of
from app.exports.models import ACTIVE, Export, ExportStatus, WebhookDelivery
from app.exports.targets import check_target, destination
from app.exports.webhooks import check_webhook_url
from app.publishing.models import Registry
from app.store import dependents
from app.store import service as store
from app.store.dependents import Dependent
from app.store.models import DELETED, Snapshot
from app.store.snapshots import get_snapshot, in_namespace, in_reach


def _exports_of(session: DbSession, snapshot_ids: Sequence[str]) -> list[tuple[str, Dependent]]:
    """The exports of these snapshots, newest first, as the store lists them beside a snapshot."""
    rows = session.scalars(
        select(Export).where(Export.snapshot_id.in_(snapshot_ids)).order_by(Export.created_at.desc(), Export.id)
    )
    return [(e.snapshot_id, Dependent(e.id, e.target, e.status, e.status in ACTIVE)) for e in rows]


dependents.register("exports", _exports_of)


def _new_export(
    session: DbSession,
    tenant: Tenant,
    snap: Snapshot,
    target: str,
    notify_webhook: str | None,
    dedupe_key: str,
    actor: str | None,
) -> Export:
    export = Export(
        tenant_id=tenant.id,
        snapshot_id=snap.id,
        dataset=snap.dataset,
        version=snap.version,
        format=snap.format,
        target=target,
        notify_webhook=notify_webhook,
        dedupe_key=dedupe_key,
        status=ExportStatus.QUEUED,
        created_by=actor,
        artifacts=[],
    )
    session.add(export)
    session.flush()
    return export


def _refuse_clashing_target(session: DbSession, tenant: Tenant, snap: Snapshot, target: str) -> None:
    """409 when another snapshot's export of the same file names goes to the same place: its
    receipts describe bytes this one would replace."""
    place = check_target(target, tenant)
    others = session.scalars(
        select(Export).where(
            Export.tenant_id == tenant.id,
            Export.snapshot_id != snap.id,
            Export.dataset == snap.dataset,
            Export.version == snap.version,
            Export.format == snap.format,
            Export.status != ExportStatus.FAILED,
        )
    )
    for other in others:
        if check_target(other.target, tenant) == place:
            raise Conflict(
                f"{target} already holds {snap.dataset} v{snap.version} ({snap.format}) from another "
                "snapshot; export to another target",
                {"target": target, "export_id": other.id},
            )


def create_export(
    *,
    session: DbSession,
    tenant: Tenant,
    snapshot_id: str,
    target: str,
    notify_webhook: str | None = None,
    actor: str | None = None,
) -> tuple[Export, Snapshot]:
    """Admin: deliver an existing snapshot to a target (validated before anything is queued)."""
    check_target(target, tenant)
    if notify_webhook:
        check_webhook_url(notify_webhook)
    snap = get_snapshot(session=session, tenant=tenant, snapshot_id=snapshot_id, touch=True)
    _refuse_clashing_target(session, tenant, snap, target)
    # admin exports are new deliveries each time (X-Request-Id makes a retried POST replay instead)
    return _new_export(session, tenant, snap, target, notify_webhook, new_id("adm"), actor), snap


def create_job(
    *,
    session: DbSession,
    tenant: Tenant,
    dataset: str,
    version: Any,
    format: str,
    target: str,
    notify_webhook: str | None = None,
    actor: str | None = None,
) -> tuple[Export, Snapshot, bool, bool]:
    """Consumer: find or build the snapshot, then export it; idempotent by (dataset, version, format, target).

    Returns (export, snapshot, snapshot_needs_build, export_is_new)."""
    check_target(target, tenant)
    if notify_webhook:
        check_webhook_url(notify_webhook)
    snap, needs_build = store.create_snapshot(
        session=session, tenant=tenant, dataset=dataset, version=version, format=format, owner=actor
    )
    key = hashlib.sha256(f"job|{snap.registry_id}|{snap.version}|{format}|{target}".encode()).hexdigest()
    existing = session.scalar(select(Export).filter_by(tenant_id=tenant.id, dedupe_key=key))
    if existing is not None:
        return existing, snap, needs_build, False
    _refuse_clashing_target(session, tenant, snap, target)
    return _new_export(session, tenant, snap, target, notify_webhook, key, actor), snap, needs_build, True


def of_snapshots(*criteria: Any) -> Any:
    """WHERE clause: exports of snapshots matching `criteria` (the store's reach and namespace)."""
    return Export.snapshot_id.in_(select(Snapshot.id).where(*criteria))


def get_export(*, session: DbSession, tenant: Tenant, export_id: str) -> Export:
    """One of the tenant's exports of a snapshot the caller reaches, or NotFound."""
    return get_owned(session, Export, tenant, of_snapshots(in_reach()), what="export", id=export_id)


@delegation.register_locator("export_id")
def delegated_export(key: ApiKey, export_id: str, grants: dict[str, list[str]]) -> tuple[Tenant, list[str]] | None:
    """An export of a snapshot in a namespace delegated to the key: its owner and namespace."""
    return delegation.locate(
        key,
        grants,
        select(Export.tenant_id, Registry.namespace_id)
        .join(Snapshot, Snapshot.id == Export.snapshot_id)
        .join(Registry, Registry.id == Snapshot.registry_id)
        .where(Export.id == export_id),
    )


def list_exports(
    *,
    session: DbSession,
    tenant: Tenant,
    offset: int,
    limit: int,
    status: str | None = None,
    dataset: str | None = None,
    namespace: str | None = None,
    created_after: Any = None,
    created_before: Any = None,
) -> tuple[Sequence[Export], int]:
    """A filtered window of the tenant's exports of snapshots the caller reaches, newest first."""
    query = owned(Export, tenant).where(of_snapshots(in_reach())).order_by(Export.created_at.desc(), Export.id)
    if namespace:
        query = query.where(of_snapshots(in_namespace(tenant, namespace)))
    if status:
        query = query.filter_by(status=status)
    if dataset:
        query = query.filter_by(dataset=dataset)
    if created_after:
        query = query.where(Export.created_at >= created_after)
    if created_before:
        query = query.where(Export.created_at <= created_before)
    return offset_of(session, query, offset, limit)


def receipts(*, session: DbSession, export: Export) -> list[dict[str, Any]]:
    """Every webhook attempt for an export, oldest first."""
    rows = session.scalars(select(WebhookDelivery).filter_by(export_id=export.id).order_by(WebhookDelivery.id)).all()
    return [receipt_dict(r) for r in rows]


def receipt_dict(r: WebhookDelivery) -> dict[str, Any]:
    """One webhook attempt's receipt, as export views and subscription deliveries show it."""
    return {
        "event_id": r.event_id,
        "event": r.event_type,
        "attempt": r.attempt,
        "status": r.status,
        "status_code": r.status_code,
        "latency_ms": r.latency_ms,
        "error": r.error,
        "attempted_at": iso(r.created_at),
        "next_attempt_at": iso(r.next_attempt_at),
    }


def snapshot_states(*, session: DbSession, exports: Sequence[Export]) -> dict[str, str]:
    """{snapshot id: status} for the snapshots behind these exports (deleted ones included)."""
    ids = {e.snapshot_id for e in exports}
    if not ids:
        return {}
    return dict(session.execute(select(Snapshot.id, Snapshot.status).where(Snapshot.id.in_(ids))).all())


def export_dict(export: Export, snapshot_ref: bool = True, snapshot_status: Any = None) -> dict[str, Any]:
    """The seed-001 export shape plus details; `snapshot_deleted` once its snapshot was deleted."""
    out = {
        "export_id": export.id,
        "status": export.status,
        "dataset": export.dataset,
        "version": f"v{export.version}",
        "format": export.format,
        "target": export.target,
        "destination": destination(export.target, export.tenant_id),
        "notify_webhook": export.notify_webhook,
        "error": export.error,
        "artifacts": [{k: a.get(k) for k in ("uri", "size_bytes", "sha256", "rows")} for a in export.artifacts or []],
        "created_at": iso(export.created_at),
        "updated_at": iso(export.updated_at),
        "finished_at": iso(export.finished_at),
    }
    if snapshot_ref:
        out["snapshot_ref"] = export.snapshot_id
        out["snapshot_deleted"] = snapshot_status == DELETED
    return out
